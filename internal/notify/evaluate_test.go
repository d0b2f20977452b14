package notify_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/notify/inapp"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// recorder is a channel that remembers what it sent and can be told to fail.
type recorder struct {
	name string
	mu   sync.Mutex
	sent []notify.Envelope
	fail error
}

func (r *recorder) Name() string { return r.name }

func (r *recorder) Send(_ context.Context, e notify.Envelope) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return r.fail
	}
	r.sent = append(r.sent, e)
	return nil
}

func (r *recorder) titles() [][]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out [][]string
	for _, e := range r.sent {
		var t []string
		for _, it := range e.Message.Items {
			t = append(t, it.Title)
		}
		out = append(out, t)
	}
	return out
}

type fixture struct {
	st     *store.Store
	svc    *notify.Service
	prof   *profile.Service
	email  *recorder
	hook   *recorder
	user   store.User
	source string
	now    time.Time
}

func setup(t *testing.T, d store.Dialect) *fixture {
	t.Helper()
	ctx := context.Background()
	st := storetest.Open(t, d)
	f := &fixture{st: st, prof: profile.NewService(st), email: &recorder{name: "email"}, hook: &recorder{name: "webhook"},
		now: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)} // a Monday
	u, err := st.CreateUser(ctx, store.User{ID: uuid.NewString(), Email: "ada@example.test", PasswordHash: "h", CreatedAt: f.now, UpdatedAt: f.now}, store.NewUser{})
	if err != nil {
		t.Fatal(err)
	}
	f.user = u
	src, err := st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: "greenhouse", Name: "test", Params: map[string]string{"board": "t"},
		Key: "greenhouse:t", Interval: time.Hour, Enabled: true, CreatedAt: f.now, UpdatedAt: f.now})
	if err != nil {
		t.Fatal(err)
	}
	f.source = src.ID
	f.svc = notify.New(st, f.prof, notify.NewMatcher(f.prof), []notify.Channel{inapp.New(st, nil), f.email, f.hook},
		notify.Options{BaseURL: "http://copilot.test", Tokens: notify.NewTokens([]byte("0123456789abcdef0123456789abcdef")), EmailOn: true})
	f.svc.SetClock(func() time.Time { return f.now })
	return f
}

// ingest stores postings first seen at f.now.
func (f *fixture) ingest(t *testing.T, ps ...posting.Posting) {
	t.Helper()
	var items []store.IngestItem
	for _, p := range ps {
		p.ExternalID = p.Title + "@" + p.CompanyKey
		p.TitleKey = strings.ToLower(p.Title)
		p.PostedAt = f.now
		items = append(items, store.IngestItem{ExternalID: p.ExternalID, Posting: p, Hash: p.ExternalID})
	}
	if _, err := f.st.UpsertPostings(context.Background(), f.source, items, f.now); err != nil {
		t.Fatal(err)
	}
}

func job(title, company, text string) posting.Posting {
	return posting.Posting{Title: title, Company: company, CompanyKey: strings.ToLower(company), DescriptionText: text,
		DescriptionHTML: "<p>" + text + "</p>", WorkMode: "remote", Locations: []posting.Location{{Country: "DE", Raw: "Berlin"}}}
}

func (f *fixture) prefs(t *testing.T, mut func(p *profile.Preferences)) {
	t.Helper()
	p := profile.DefaultPreferences()
	mut(&p)
	if _, err := f.prof.SavePreferences(context.Background(), f.user.ID, p); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) alert(t *testing.T, in string) store.Alert {
	t.Helper()
	var ai notify.AlertInput
	if err := json.Unmarshal([]byte(in), &ai); err != nil {
		t.Fatal(err)
	}
	a, err := f.svc.Create(context.Background(), f.user.ID, ai)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (f *fixture) pass(t *testing.T) notify.Pass {
	t.Helper()
	p, err := f.svc.Evaluate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (f *fixture) inapp(t *testing.T) []store.Notification {
	t.Helper()
	n, err := f.st.Notifications(context.Background(), f.user.ID, false, 100)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestInstantAlertSendsNewMatchesOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := setup(t, d)
		f.prefs(t, func(p *profile.Preferences) { p.DigestFrequency = "off" })
		old := job("Go Engineer (old)", "Acme", "Go services")
		f.ingest(t, old) // before the alert: never sent
		f.now = f.now.Add(time.Minute)
		f.alert(t, `{"name":"Go","query":"go","channels":["inapp","email"],"filters":{"work_modes":["remote"]}}`)
		f.now = f.now.Add(time.Minute)
		f.ingest(t, job("Senior Go Engineer", "Acme", "We write Go and PostgreSQL."), job("Java Developer", "Globex", "Spring and Java."),
			job("Backend Engineer", "Initech", "Our backend is written in Go."))
		p := f.pass(t)
		if p.Matched != 2 || p.Batches != 1 || p.Deliveries != 2 {
			t.Fatalf("first pass %+v", p)
		}
		got := f.email.titles()
		if len(got) != 1 || len(got[0]) != 2 || !contains(got[0], "Senior Go Engineer") || !contains(got[0], "Backend Engineer") {
			t.Fatalf("email sent %v", got)
		}
		e := f.email.sent[0]
		if e.Target.Email != "ada@example.test" || !strings.HasPrefix(e.Message.UnsubscribeURL, "http://copilot.test/api/v1/unsubscribe?token=") ||
			e.Message.Subject != "2 new jobs for “Go”" {
			t.Fatalf("email envelope %+v", e)
		}
		notes := f.inapp(t)
		if len(notes) != 1 || notes[0].Kind != "alert" || !strings.Contains(notes[0].Body, "Senior Go Engineer — Acme") {
			t.Fatalf("in-app %+v", notes)
		}
		// Nothing new: nothing sent. The same postings seen again (re-ingested): nothing sent.
		f.now = f.now.Add(time.Minute)
		if p := f.pass(t); p.Batches != 0 || p.Deliveries != 0 {
			t.Fatalf("idle pass %+v", p)
		}
		f.ingest(t, job("Senior Go Engineer", "Acme", "We write Go and PostgreSQL."))
		f.pass(t)
		if len(f.email.sent) != 1 || len(f.inapp(t)) != 1 {
			t.Fatalf("resent: %d emails, %d notifications", len(f.email.sent), len(f.inapp(t)))
		}
		// One more new match arrives alone.
		f.now = f.now.Add(time.Minute)
		f.ingest(t, job("Go Platform Engineer", "Umbrella", "Kubernetes operators in Go."))
		f.pass(t)
		if got := f.email.titles(); len(got) != 2 || len(got[1]) != 1 || got[1][0] != "Go Platform Engineer" {
			t.Fatalf("second email %v", got)
		}
		if n := f.inapp(t); len(n) != 2 || n[0].Link != "/jobs/"+f.email.sent[1].Message.Items[0].PostingID {
			t.Fatalf("second notification %+v", n)
		}
	})
}

func TestDigestTimingCapQuietHoursAndPreferences(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := setup(t, d)
		f.prefs(t, func(p *profile.Preferences) {
			p.Timezone = "Europe/Berlin"
			p.DigestFrequency = "daily"
			p.EmailNotifications = false
		})
		// 10:00 UTC = 11:00 Berlin; the digest goes out at 09:00 Berlin, so the first one is tomorrow.
		f.alert(t, `{"name":"Go digest","query":"go","channels":["inapp","email"],"max_per_company":2,"digest_hour":9}`)
		f.now = f.now.Add(time.Minute)
		var ps []posting.Posting
		for i := 1; i <= 4; i++ {
			ps = append(ps, job(fmt.Sprintf("Go Engineer %d", i), "Acme", "Go"))
		}
		ps = append(ps, job("Go Engineer at Globex", "Globex", "Go"))
		f.ingest(t, ps...)
		if p := f.pass(t); p.Matched != 5 || p.Batches != 0 {
			t.Fatalf("before the slot %+v", p)
		}
		f.now = time.Date(2026, 3, 3, 7, 59, 0, 0, time.UTC) // 08:59 Berlin
		if p := f.pass(t); p.Batches != 0 {
			t.Fatalf("a minute early %+v", p)
		}
		f.now = time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC) // 09:00 Berlin
		p := f.pass(t)
		// email_notifications is off: in-app only. Two of Acme's four, plus Globex's.
		if p.Batches != 1 || p.Deliveries != 1 || len(f.email.sent) != 0 {
			t.Fatalf("digest pass %+v, %d emails", p, len(f.email.sent))
		}
		n := f.inapp(t)
		if len(n) != 1 || n[0].Kind != "digest" || strings.Count(n[0].Body, "— Acme") != 2 || strings.Count(n[0].Body, "— Globex") != 1 {
			t.Fatalf("digest %+v", n)
		}
		// The dropped two are not sent later either.
		f.now = time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC)
		if p := f.pass(t); p.Batches != 0 {
			t.Fatalf("next day with nothing new %+v", p)
		}
		// Quiet hours hold an instant alert until they end.
		f.prefs(t, func(p *profile.Preferences) { p.Timezone = "Europe/Berlin"; p.DigestFrequency = "off" })
		f.alert(t, `{"name":"Night","query":"rust","channels":["email"],"quiet_hours_start":"22:00","quiet_hours_end":"07:00"}`)
		f.now = time.Date(2026, 3, 4, 22, 30, 0, 0, time.UTC) // 23:30 Berlin
		f.ingest(t, job("Rust Engineer", "Acme", "Rust"))
		if p := f.pass(t); p.Matched != 1 || p.Batches != 0 || len(f.email.sent) != 0 {
			t.Fatalf("quiet hours %+v", p)
		}
		f.now = time.Date(2026, 3, 5, 6, 0, 0, 0, time.UTC) // 07:00 Berlin
		// Email is back on in these preferences: the held match goes out when the quiet hours end.
		if p := f.pass(t); p.Batches != 1 || p.Deliveries != 1 {
			t.Fatalf("after quiet hours %+v", p)
		}
		if got := f.email.titles(); len(got) != 1 || len(got[0]) != 1 || got[0][0] != "Rust Engineer" {
			t.Fatalf("after quiet hours sent %v", got)
		}
	})
}

func TestUnsubscribeAndRetries(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := setup(t, d)
		f.prefs(t, func(p *profile.Preferences) { p.DigestFrequency = "off" })
		a := f.alert(t, `{"name":"Go","query":"go","channels":["inapp","email"]}`)
		f.hook.fail = &notify.SendError{Status: 503}
		f.email.fail = fmt.Errorf("smtp down")
		q := &queue{}
		f.svc.SetQueue(q)
		f.now = f.now.Add(time.Minute)
		f.ingest(t, job("Go Engineer", "Acme", "Go"))
		f.pass(t)
		if len(q.ids) != 2 {
			t.Fatalf("queued %v", q.ids)
		}
		ctx := context.Background()
		// The failing email does not hold up in-app; a retry after success sends nothing twice.
		for _, id := range q.ids {
			err := f.svc.Deliver(ctx, id, 1, false)
			dl, _ := f.st.Delivery(ctx, id)
			switch dl.Channel {
			case "email":
				if err == nil || dl.Status != "pending" || dl.Attempts != 1 || dl.LastError == "" {
					t.Fatalf("failed email %+v %v", dl, err)
				}
			case "inapp":
				if err != nil || dl.Status != "sent" {
					t.Fatalf("in-app %+v %v", dl, err)
				}
			}
		}
		f.email.fail = nil
		for _, id := range append(q.ids, q.ids...) {
			if err := f.svc.Deliver(ctx, id, 2, false); err != nil {
				t.Fatal(err)
			}
		}
		if len(f.email.sent) != 1 || len(f.inapp(t)) != 1 {
			t.Fatalf("after retries: %d emails, %d notifications", len(f.email.sent), len(f.inapp(t)))
		}
		// The link in the email works without a session and takes email off the alert.
		tok := strings.TrimPrefix(f.email.sent[0].Message.UnsubscribeURL, "http://copilot.test/api/v1/unsubscribe?token=")
		if _, err := f.svc.Unsubscribe(ctx, tok+"x"); err != notify.ErrBadToken {
			t.Fatalf("tampered token: %v", err)
		}
		name, err := f.svc.Unsubscribe(ctx, tok)
		if err != nil || name != "Go" {
			t.Fatalf("unsubscribe %q %v", name, err)
		}
		got, _ := f.svc.Get(ctx, f.user.ID, a.ID)
		if len(got.Channels) != 1 || got.Channels[0] != "inapp" {
			t.Fatalf("channels after unsubscribe %v", got.Channels)
		}
	})
}

type queue struct{ ids []string }

func (q *queue) EnqueueDelivery(_ context.Context, id string) error {
	q.ids = append(q.ids, id)
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
