package email

import (
	"context"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/notify"
)

func envelope(to string) notify.Envelope {
	return notify.Envelope{DeliveryID: "d-1", Target: notify.Target{Email: to}, Message: notify.Message{
		Kind: "digest", Subject: "2 new jobs for “Go backend”", AlertName: "Go backend", Link: "http://app.test/jobs",
		UnsubscribeURL: "http://app.test/api/v1/unsubscribe?token=abc.def",
		Items: []notify.Item{
			{Title: "Backend Engineer <Go>", Company: "Acme & Co", Location: "Berlin", Score: 81, URL: "http://app.test/jobs/1"},
			{Title: "Platform Engineer", Company: "Globex", Score: 64, URL: "http://app.test/jobs/2"},
		}}}
}

// parts reads a received message into its headers and its decoded parts by content type.
func parts(t *testing.T, data string) (mail.Header, map[string]string) {
	t.Helper()
	msg, err := mail.ReadMessage(strings.NewReader(data))
	if err != nil {
		t.Fatalf("read message: %v\n%s", err, data)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("content type %q: %v", msg.Header.Get("Content-Type"), err)
	}
	out := map[string]string{}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		var r io.Reader = p
		if strings.EqualFold(p.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
			r = quotedprintable.NewReader(p)
		}
		b, _ := io.ReadAll(r)
		out[ct] = strings.ReplaceAll(string(b), "\r\n", "\n")
	}
	return msg.Header, out
}

func TestSendOverSMTP(t *testing.T) {
	srv := startSMTPD(t)
	ch := New(Config{Host: "127.0.0.1", Port: srv.port(), From: "Career Copilot <copilot@example.test>", TLS: "none"})
	if err := ch.Send(context.Background(), envelope("ada@example.test")); err != nil {
		t.Fatal(err)
	}
	got := srv.messages()
	if len(got) != 1 || got[0].From != "copilot@example.test" || len(got[0].To) != 1 || got[0].To[0] != "ada@example.test" {
		t.Fatalf("received %+v", got)
	}
	h, ps := parts(t, got[0].Data)
	dec := new(mime.WordDecoder)
	subj, _ := dec.DecodeHeader(h.Get("Subject"))
	if subj != "2 new jobs for “Go backend”" {
		t.Fatalf("subject %q", subj)
	}
	if h.Get("List-Unsubscribe") != "<http://app.test/api/v1/unsubscribe?token=abc.def>" || h.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" {
		t.Fatalf("unsubscribe headers %q %q", h.Get("List-Unsubscribe"), h.Get("List-Unsubscribe-Post"))
	}
	if h.Get("X-Copilot-Delivery") != "d-1" {
		t.Fatalf("delivery header %q", h.Get("X-Copilot-Delivery"))
	}
	text, html := ps["text/plain"], ps["text/html"]
	if !strings.Contains(text, "- Backend Engineer <Go> — Acme & Co · Berlin · match 81\n  http://app.test/jobs/1") ||
		!strings.Contains(text, "Unsubscribe: http://app.test/api/v1/unsubscribe?token=abc.def") {
		t.Fatalf("text part:\n%s", text)
	}
	// HTML escapes the posting's text and carries the same unsubscribe link.
	if !strings.Contains(html, `<a href="http://app.test/jobs/1">Backend Engineer &lt;Go&gt;</a> — Acme &amp; Co`) ||
		!strings.Contains(html, `<a href="http://app.test/api/v1/unsubscribe?token=abc.def">Unsubscribe`) {
		t.Fatalf("html part:\n%s", html)
	}
	srv.mu.Lock()
	cmds := strings.Join(srv.commands, " ")
	srv.mu.Unlock()
	if !strings.HasPrefix(cmds, "EHLO") || !strings.Contains(cmds, "MAIL RCPT DATA") || !strings.HasSuffix(cmds, "QUIT") {
		t.Fatalf("commands %s", cmds)
	}
}

func TestSendErrors(t *testing.T) {
	srv := startSMTPD(t)
	srv.rejectTo = "nobody@example.test"
	ch := New(Config{Host: "127.0.0.1", Port: srv.port(), From: "copilot@example.test", TLS: "none"})
	err := ch.Send(context.Background(), envelope("nobody@example.test"))
	if err == nil || !notify.IsPermanent(err) {
		t.Fatalf("rejected recipient: %v (permanent %v)", err, notify.IsPermanent(err))
	}
	if len(srv.messages()) != 0 {
		t.Fatal("a message was accepted")
	}
	// A server that is not there is worth retrying.
	down := New(Config{Host: "127.0.0.1", Port: 1, From: "copilot@example.test", TLS: "none"})
	if err := down.Send(context.Background(), envelope("ada@example.test")); err == nil || notify.IsPermanent(err) {
		t.Fatalf("unreachable server: %v", err)
	}
	if err := New(Config{}).Send(context.Background(), envelope("ada@example.test")); !notify.IsPermanent(err) {
		t.Fatalf("no host: %v", err)
	}
}
