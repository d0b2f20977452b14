package slack

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/notify/webhook"
)

func TestSendIncomingWebhook(t *testing.T) {
	var body []byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ = io.ReadAll(r.Body)
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	m := notify.Message{Subject: "2 new jobs for <Go>", Items: []notify.Item{
		{Title: "Backend & APIs", Company: "Acme", Score: 80, URL: "http://app.test/jobs/1", Location: "Berlin"},
		{Title: "SRE", Company: "Globex", Score: 70, URL: "http://app.test/jobs/2"},
	}}
	if err := New(webhook.HTTPClient(true, 5*time.Second)).Send(context.Background(), notify.Envelope{Target: notify.Target{URL: srv.URL}, Message: m}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Text   string `json:"text"`
		Blocks []struct {
			Type string `json:"type"`
			Text struct{ Type, Text string }
		} `json:"blocks"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if got.Text != "2 new jobs for <Go> (2 postings)" || len(got.Blocks) != 3 || got.Blocks[0].Text.Text != "*2 new jobs for &lt;Go&gt;*" ||
		got.Blocks[1].Text.Text != "<http://app.test/jobs/1|Backend &amp; APIs> — Acme · match 80 · Berlin" || got.Blocks[2].Text.Type != "mrkdwn" {
		t.Fatalf("body %s", body)
	}
}

func TestSendRefusesPrivateAndReportsStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusForbidden) }))
	defer srv.Close()
	e := notify.Envelope{Target: notify.Target{URL: srv.URL}, Message: notify.Message{Subject: "x"}}
	if err := New(webhook.HTTPClient(false, 5*time.Second)).Send(context.Background(), e); err == nil || !notify.IsPermanent(err) {
		t.Fatalf("private address: %v", err)
	}
	err := New(webhook.HTTPClient(true, 5*time.Second)).Send(context.Background(), e)
	if notify.StatusOf(err) != 403 || !notify.IsPermanent(err) {
		t.Fatalf("403: %v", err)
	}
}
