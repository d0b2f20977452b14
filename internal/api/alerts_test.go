package api_test

import (
	"bufio"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// seedPostings stores postings first seen at h.now under a fresh source.
func (h *harness) seedPostings(titles ...string) {
	h.t.Helper()
	ctx := context.Background()
	src, err := h.st.CreateSource(ctx, store.Source{ID: uuid.NewString(), Kind: "greenhouse", Name: "t", Params: map[string]string{"board": uuid.NewString()},
		Key: "greenhouse:" + uuid.NewString(), Interval: time.Hour, Enabled: true, CreatedAt: h.now, UpdatedAt: h.now})
	if err != nil {
		h.t.Fatal(err)
	}
	var items []store.IngestItem
	for _, t := range titles {
		p := posting.Posting{ExternalID: t, Title: t, TitleKey: strings.ToLower(t), Company: "Acme " + t, CompanyKey: "acme-" + strings.ToLower(t),
			DescriptionText: t + " role", DescriptionHTML: "<p>" + t + "</p>", WorkMode: "remote", PostedAt: h.now}
		items = append(items, store.IngestItem{ExternalID: t, Posting: p, Hash: t})
	}
	if _, err := h.st.UpsertPostings(ctx, src.ID, items, h.now); err != nil {
		h.t.Fatal(err)
	}
}

func TestAlertsAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		ada, _ := h.registerAPI("ada@example.test")
		bob, _ := h.registerAPI("bob@example.test")
		ada.expect("PATCH", "/api/v1/preferences", map[string]any{"digest_frequency": "off"}, 200)

		bad := ada.expect("POST", "/api/v1/alerts", map[string]any{"name": "", "min_score": 101, "frequency": "hourly", "channels": []string{"pigeon"},
			"quiet_hours_start": "25:00", "filters": map[string]any{"colour": "red"}}, 422)
		fe := fieldErrors(t, bad)
		for _, f := range []string{"name", "min_score", "frequency", "channels", "quiet_hours_start", "quiet_hours_end", "filters"} {
			if fe[f] == "" {
				t.Errorf("no error for %s: %v", f, fe)
			}
		}
		// Filter values are checked one by one, like the profile's.
		bad = ada.expect("POST", "/api/v1/alerts", map[string]any{"name": "x", "channels": []string{"inapp"},
			"filters": map[string]any{"work_modes": []string{"remote", "moon"}, "countries": []string{"de", "XX"}, "min_salary": -5, "salary_currency": "zz", "salary_period": "fortnight"}}, 422)
		fe = fieldErrors(t, bad)
		for _, f := range []string{"filters.work_modes[1]", "filters.countries[1]", "filters.min_salary", "filters.salary_currency", "filters.salary_period"} {
			if fe[f] == "" {
				t.Errorf("no error for %s: %v", f, fe)
			}
		}
		if len(fe) != 5 {
			t.Errorf("want 5 filter errors, got %v", fe)
		}
		ok := ada.expect("POST", "/api/v1/alerts", map[string]any{"name": "Remote DE", "channels": []string{"inapp"},
			"filters": map[string]any{"work_modes": []string{"Remote"}, "countries": []string{"de"}, "salary_currency": "eur"}}, 201).json(t)
		if f := ok["filters"].(map[string]any); f["work_modes"].([]any)[0] != "remote" || f["countries"].([]any)[0] != "DE" || f["salary_currency"] != "EUR" {
			t.Fatalf("filters not normalized: %v", f)
		}
		ada.expect("DELETE", "/api/v1/alerts/"+ok["id"].(string), nil, 204)
		al := ada.expect("POST", "/api/v1/alerts", map[string]any{"name": "Rust", "query": "rust", "channels": []string{"inapp"}}, 201).json(t)
		id := al["id"].(string)
		if al["frequency"] != "default" || al["max_per_company"].(float64) != 3 || al["digest_hour"].(float64) != 8 || al["enabled"] != true {
			t.Fatalf("defaults %v", al)
		}
		// Another user's alert is not there.
		for _, m := range []string{"GET", "DELETE"} {
			bob.expect(m, "/api/v1/alerts/"+id, nil, 404)
		}
		bob.expect("PUT", "/api/v1/alerts/"+id, map[string]any{"name": "x"}, 404)
		bob.expect("GET", "/api/v1/alerts/"+id+"/matches", nil, 404)
		if l := bob.expect("GET", "/api/v1/alerts", nil, 200).json(t)["alerts"].([]any); len(l) != 0 {
			t.Fatalf("bob sees %v", l)
		}

		h.now = h.now.Add(time.Minute)
		h.seedPostings("Rust Engineer", "Go Engineer", "Senior Rust Developer")
		if _, err := h.alert.Evaluate(context.Background()); err != nil {
			t.Fatal(err)
		}
		ms := ada.expect("GET", "/api/v1/alerts/"+id+"/matches", nil, 200).json(t)["matches"].([]any)
		if len(ms) != 2 || ms[0].(map[string]any)["status"] != "sent" {
			t.Fatalf("matches %v", ms)
		}
		notes := ada.expect("GET", "/api/v1/notifications", nil, 200).json(t)["notifications"].([]any)
		if len(notes) != 1 || notes[0].(map[string]any)["title"] != "2 new jobs for “Rust”" {
			t.Fatalf("notifications %v", notes)
		}
		body := notes[0].(map[string]any)["body"].(string)
		if !strings.Contains(body, "Rust Engineer") || !strings.Contains(body, "Senior Rust Developer") || strings.Contains(body, "Go Engineer") {
			t.Fatalf("body %q", body)
		}
		if n := bob.expect("GET", "/api/v1/notifications", nil, 200).json(t)["notifications"].([]any); len(n) != 0 {
			t.Fatalf("bob got %v", n)
		}
		if got := ada.expect("POST", "/api/v1/notifications/read-all", nil, 200).json(t)["marked"]; got.(float64) != 1 {
			t.Fatalf("marked %v", got)
		}
		ds := ada.expect("GET", "/api/v1/deliveries", nil, 200).json(t)["deliveries"].([]any)
		if len(ds) != 1 || ds[0].(map[string]any)["status"] != "sent" || ds[0].(map[string]any)["channel"] != "inapp" {
			t.Fatalf("deliveries %v", ds)
		}

		// Channels: a private webhook URL is refused; another user's channel is 404.
		ch := ada.expect("POST", "/api/v1/notification-channels", map[string]any{"kind": "webhook", "url": "https://hooks.example.test/x"}, 201).json(t)
		if s, _ := ch["secret"].(string); len(s) != 64 {
			t.Fatalf("secret %q", s)
		}
		bob.expect("DELETE", "/api/v1/notification-channels/"+ch["id"].(string), nil, 404)
		bob.expect("POST", "/api/v1/notification-channels/"+ch["id"].(string)+"/test", nil, 404)
		ada.expect("DELETE", "/api/v1/notification-channels/"+ch["id"].(string), nil, 204)
		ada.expect("DELETE", "/api/v1/alerts/"+id, nil, 204)
		ada.expect("GET", "/api/v1/alerts/"+id, nil, 404)
	})
}

func TestUnsubscribeWithoutSession(t *testing.T) {
	h := newHarness(t, store.SQLite)
	ada, _ := h.registerAPI("ada@example.test")
	al := ada.expect("POST", "/api/v1/alerts", map[string]any{"name": "Go", "query": "go", "channels": []string{"inapp", "email"}}, 201).json(t)
	id := al["id"].(string)
	anon := h.apiClient()
	anon.expect("GET", "/api/v1/unsubscribe?token=forged.token", nil, 200) // the confirmation page changes nothing
	anon.expect("GET", "/api/v1/unsubscribe?token=forged.token&confirm=1", nil, 400)
	// The harness signs with the same server secret as the emails' links.
	tok := notify.NewTokens([]byte(secret)).Sign(id)
	page := anon.expect("GET", "/api/v1/unsubscribe?token="+tok, nil, 200)
	if !strings.Contains(string(page.body), "confirm=1") {
		t.Fatalf("page %s", page.body)
	}
	if got := ada.expect("GET", "/api/v1/alerts/"+id, nil, 200).json(t)["channels"].([]any); len(got) != 2 {
		t.Fatalf("a GET of the bare link unsubscribed: %v", got)
	}
	done := anon.expect("POST", "/api/v1/unsubscribe?token="+tok, nil, 200)
	if !strings.Contains(string(done.body), "Unsubscribed") {
		t.Fatalf("done %s", done.body)
	}
	if got := ada.expect("GET", "/api/v1/alerts/"+id, nil, 200).json(t)["channels"].([]any); len(got) != 1 || got[0] != "inapp" {
		t.Fatalf("channels %v", got)
	}
}

func TestAnalyticsDashboardAndStream(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		ada, _ := h.registerAPI("ada@example.test")
		bob, _ := h.registerAPI("bob@example.test")
		var ids []string
		for _, s := range []string{"saved", "applied", "applied", "interviewing"} {
			app := ada.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme", "title": "Engineer " + s, "stage": s}, 201).json(t)
			ids = append(ids, app["id"].(string))
		}
		ada.expect("POST", "/api/v1/applications/"+ids[1]+"/stage", map[string]any{"stage": "screening"}, 200)
		p := ada.expect("GET", "/api/v1/analytics/pipeline", nil, 200).json(t)
		funnel := p["funnel"].([]any)
		want := []float64{4, 3, 2, 1, 0, 0}
		for i, w := range want {
			if c := funnel[i].(map[string]any)["count"].(float64); c != w {
				t.Fatalf("funnel %v", funnel)
			}
		}
		if p["applied"].(float64) != 3 || p["responded"].(float64) != 2 {
			t.Fatalf("pipeline %v", p)
		}
		if bp := bob.expect("GET", "/api/v1/analytics/pipeline", nil, 200).json(t); bp["total"].(float64) != 0 {
			t.Fatalf("bob's pipeline %v", bp)
		}
		dash := ada.expect("GET", "/api/v1/dashboard", nil, 200).json(t)
		pl := dash["pipeline"].(map[string]any)
		if pl["saved"].(float64) != 1 || pl["applied"].(float64) != 1 || pl["screening"].(float64) != 1 || pl["interviewing"].(float64) != 1 {
			t.Fatalf("dashboard pipeline %v", pl)
		}
		// Due reminders and upcoming interviews are named after their application.
		if r, i := dash["reminders_due"].([]any), dash["upcoming_interviews"].([]any); len(r) != 0 || len(i) != 0 {
			t.Fatalf("nothing is due yet: %v %v", r, i)
		}
		base := "/api/v1/applications/" + ids[3]
		ada.expect("POST", base+"/reminders", map[string]any{"title": "Send the portfolio", "due_at": h.now.UTC().Add(-time.Hour).Format("2006-01-02T15:04")}, 201)
		ada.expect("POST", base+"/interviews", map[string]any{"kind": "technical", "starts_at": h.now.UTC().Add(48 * time.Hour).Format("2006-01-02T15:04")}, 201)
		dash = ada.expect("GET", "/api/v1/dashboard", nil, 200).json(t)
		rem, iv := dash["reminders_due"].([]any), dash["upcoming_interviews"].([]any)
		if len(rem) != 1 || rem[0].(map[string]any)["title"] != "Send the portfolio" || rem[0].(map[string]any)["company"] != "Acme" {
			t.Fatalf("reminders due %v", rem)
		}
		if len(iv) != 1 || iv[0].(map[string]any)["title"] != "Engineer interviewing" || iv[0].(map[string]any)["company"] != "Acme" {
			t.Fatalf("upcoming interviews %v", iv)
		}
		h.seedPostings("Data Engineer", "Backend Engineer")
		m := ada.expect("GET", "/api/v1/analytics/market", nil, 200).json(t)
		if m["postings"].(float64) != 2 || m["work_modes"].(map[string]any)["remote"].(float64) != 2 {
			t.Fatalf("market %v", m)
		}
		if dash := ada.expect("GET", "/api/v1/dashboard", nil, 200).json(t); dash["new_postings_today"].(float64) != 2 || len(dash["new_matches"].([]any)) != 2 {
			t.Fatalf("dashboard today %v", dash)
		}

		// The stream opens with the unread count.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "GET", h.srv.URL+"/api/v1/notifications/stream", nil)
		req.Header.Set("Authorization", "Bearer "+ada.bearer)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if res.Header.Get("Content-Type") != "text/event-stream" {
			t.Fatalf("content type %q", res.Header.Get("Content-Type"))
		}
		sc := bufio.NewScanner(res.Body)
		var lines []string
		for sc.Scan() && len(lines) < 3 {
			if l := sc.Text(); strings.HasPrefix(l, "event:") || strings.HasPrefix(l, "data:") {
				lines = append(lines, l)
			}
			if len(lines) == 2 {
				break
			}
		}
		if strings.Join(lines, "|") != `event: unread|data: {"count":0}` {
			t.Fatalf("stream %v", lines)
		}
	})
}
