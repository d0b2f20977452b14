// Package email sends notifications over SMTP with a plain-text and an HTML part.
package email

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/wneessen/go-mail"

	"github.com/career-copilot/copilot/internal/notify"
)

// Config is the SMTP server (the SMTP_* settings).
type Config struct {
	Host     string
	Port     int
	Username string
	Password string
	From     string
	TLS      string // starttls, tls or none
	Timeout  time.Duration
}

// Channel sends email.
type Channel struct{ c Config }

// New returns the email channel; it never dials until a message is sent.
func New(c Config) *Channel {
	if c.Timeout == 0 {
		c.Timeout = 20 * time.Second
	}
	return &Channel{c: c}
}

// Name is "email".
func (*Channel) Name() string { return "email" }

func (ch *Channel) client() (*mail.Client, error) {
	opts := []mail.Option{mail.WithPort(ch.c.Port), mail.WithTimeout(ch.c.Timeout), mail.WithHELO("localhost")}
	switch ch.c.TLS {
	case "none":
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	case "tls":
		opts = append(opts, mail.WithSSL())
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if ch.c.Username != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover), mail.WithUsername(ch.c.Username), mail.WithPassword(ch.c.Password))
	}
	c, err := mail.NewClient(ch.c.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("email: client: %w", err)
	}
	return c, nil
}

// Build assembles the message for e (exported for tests and previews).
func (ch *Channel) Build(e notify.Envelope) (*mail.Msg, error) {
	m := mail.NewMsg()
	if err := m.From(ch.c.From); err != nil {
		return nil, &notify.SendError{Permanent: true, Err: fmt.Errorf("email: from %q: %w", ch.c.From, err)}
	}
	if err := m.To(e.Target.Email); err != nil {
		return nil, &notify.SendError{Permanent: true, Err: fmt.Errorf("email: to: %w", err)}
	}
	m.Subject(e.Message.Subject)
	m.SetMessageIDWithValue(e.DeliveryID + "@career-copilot")
	m.SetDate()
	m.SetGenHeader("X-Copilot-Delivery", e.DeliveryID)
	if u := e.Message.UnsubscribeURL; u != "" {
		m.SetGenHeader(mail.HeaderListUnsubscribe, "<"+u+">")
		m.SetGenHeader(mail.HeaderListUnsubscribePost, "List-Unsubscribe=One-Click")
	}
	text, html, err := Render(e.Message)
	if err != nil {
		return nil, &notify.SendError{Permanent: true, Err: err}
	}
	m.SetBodyString(mail.TypeTextPlain, text)
	m.AddAlternativeString(mail.TypeTextHTML, html)
	return m, nil
}

// Send delivers one message to e.Target.Email.
func (ch *Channel) Send(ctx context.Context, e notify.Envelope) error {
	if ch.c.Host == "" {
		return &notify.SendError{Permanent: true, Err: errors.New("email: SMTP_HOST is not set")}
	}
	if e.Target.Email == "" {
		return &notify.SendError{Permanent: true, Err: errors.New("email: no recipient")}
	}
	m, err := ch.Build(e)
	if err != nil {
		return err
	}
	c, err := ch.client()
	if err != nil {
		return err
	}
	if err := c.DialAndSendWithContext(ctx, m); err != nil {
		var se *mail.SendError
		if errors.As(err, &se) && !se.IsTemp() && se.Reason == mail.ErrSMTPRcptTo {
			return &notify.SendError{Permanent: true, Err: fmt.Errorf("email: send: %w", err)}
		}
		return &notify.SendError{Err: fmt.Errorf("email: send: %w", err)}
	}
	return nil
}
