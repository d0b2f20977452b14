// Package slack posts notifications to Slack-compatible incoming webhooks ({"text": ..., "blocks": [...]}).
package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/notify/webhook"
)

// Channel posts to incoming webhooks.
type Channel struct{ hc *http.Client }

// New returns the Slack channel; hc should be webhook.HTTPClient (the SSRF-guarded client).
func New(hc *http.Client) *Channel { return &Channel{hc: hc} }

// Name is "slack".
func (*Channel) Name() string { return "slack" }

type text struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type block struct {
	Type string `json:"type"`
	Text *text  `json:"text,omitempty"`
}

// Body is the incoming-webhook JSON of a message: a plain-text fallback and mrkdwn blocks.
func Body(m notify.Message) ([]byte, error) {
	var b strings.Builder
	b.WriteString("*" + escape(m.Subject) + "*")
	if m.Text != "" {
		b.WriteString("\n" + escape(m.Text))
	}
	blocks := []block{{Type: "section", Text: &text{Type: "mrkdwn", Text: b.String()}}}
	for _, it := range m.Items {
		line := fmt.Sprintf("<%s|%s> — %s · match %d", it.URL, escape(it.Title), escape(it.Company), it.Score)
		if it.Location != "" {
			line += " · " + escape(it.Location)
		}
		blocks = append(blocks, block{Type: "section", Text: &text{Type: "mrkdwn", Text: line}})
	}
	fallback := m.Subject
	if len(m.Items) > 0 {
		fallback = fmt.Sprintf("%s (%d postings)", m.Subject, len(m.Items))
	}
	return json.Marshal(map[string]any{"text": fallback, "blocks": blocks})
}

// escape applies Slack's three mrkdwn escapes.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Send posts the message to the target URL.
func (c *Channel) Send(ctx context.Context, e notify.Envelope) error {
	body, err := Body(e.Message)
	if err != nil {
		return &notify.SendError{Permanent: true, Err: fmt.Errorf("slack: encode: %w", err)}
	}
	if err := webhook.Post(ctx, c.hc, e.Target.URL, body, nil); err != nil {
		return fmt.Errorf("slack: %w", err)
	}
	return nil
}
