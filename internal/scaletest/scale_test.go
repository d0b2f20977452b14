package scaletest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

// readLimit is the read budget per user and window given to both processes.
const readLimit = 10

// TestScaleOut starts two `copilot serve --role=all` processes on one fresh PostgreSQL database and one
// Redis and checks from the outside that they share the work instead of doing it twice.
func TestScaleOut(t *testing.T) {
	_, redisURL := services(t)
	capture := testutil.SharedFile(t, "greenhouse/brete-gitlab-jobs-content-full.json")
	dbURL := storetest.FreshPostgres(t)
	d := openDB(t, dbURL)
	mir := newMirror(t)
	firstJobs := mir.serve(t, capture)

	env := baseEnv(t, dbURL, redisURL, fmt.Sprintf("COPILOT_RATE_READS=%d/1m", readLimit))
	runCommand(t, env, "migrate", "up")
	started := time.Now()
	a := startServe(t, "A", env)
	b := startServe(t, "B", env)

	if !t.Run("rate limits are shared", func(t *testing.T) { sharedRateLimit(t, a, b) }) {
		return
	}

	userID, token := register(t, a.base, "alex.scale@example.com")
	var src struct {
		ID string `json:"id"`
	}
	mustCall(t, http.MethodPost, a.base+"/api/v1/sources", token, map[string]any{"kind": "greenhouse", "interval_minutes": 5,
		"params": map[string]string{"board": "gitlab", "base_url": mir.srv.URL, "company_name": "GitLab"}}, http.StatusCreated, &src)

	iv := &intervals{t: t, d: d, mir: mir, sourceID: src.ID}
	if !t.Run("first interval fetches the board once", func(t *testing.T) {
		iv.t = t
		iv.next(1)
		if got := d.count(`SELECT count(*) FROM posting_sources WHERE source_id = $1`, src.ID); got != len(firstJobs) {
			t.Fatalf("postings of the source after the first run = %d, want the %d jobs of the capture", got, len(firstJobs))
		}
	}) {
		return
	}

	const alertName = "Everything at GitLab"
	var alert struct {
		ID string `json:"id"`
	}
	mustCall(t, http.MethodPost, b.base+"/api/v1/alerts", token, map[string]any{"name": alertName, "frequency": "instant",
		"channels": []string{"inapp"}, "max_per_company": 10}, http.StatusCreated, &alert)
	newJobs := mir.serve(t, capture, filepath.Join("testdata", "new-jobs.json"))[len(firstJobs):]

	if !t.Run("second interval fetches once and the alert is delivered once", func(t *testing.T) {
		iv.t = t
		iv.force()
		iv.next(2)
		alertOnce(t, d, a, b, token, userID, alert.ID, alertName, newJobs)
	}) {
		return
	}

	t.Run("third interval fetches once and no scheduler tick fetches again", func(t *testing.T) {
		iv.t = t
		iv.force()
		iv.next(3)
		iv.settle()
		if got := d.count(`SELECT count(*) FROM source_runs WHERE source_id = $1 AND reason = 'schedule'`, src.ID); got != 3 {
			t.Errorf("scheduled runs = %d, want 3", got)
		}
	})

	t.Run("periodic tasks run once per period", func(t *testing.T) {
		elapsed := time.Since(started)
		periodicOnce(t, d, "ingest_schedule", time.Minute, elapsed, 4)
		periodicOnce(t, d, "application_reminders", 5*time.Minute, elapsed, 1)
		periodicOnce(t, d, "prune_expired", time.Hour, elapsed, 1)
		t.Logf("river clients that worked tasks: %v", d.workers())
	})

	for _, p := range []*proc{b, a} {
		if code := p.stop(t); code != 0 {
			t.Errorf("%s exited %d after SIGTERM, want 0\n%s", p.name, code, p.tail())
		}
	}
}

// sharedRateLimit alternates reads of one user between the two processes: the budget is spent across
// both, so the request after the tenth in total is refused whichever process answers it.
func sharedRateLimit(t *testing.T, a, b *proc) {
	_, token := register(t, b.base, "riley.limits@example.com")
	var got []int
	for i := 0; i < readLimit+4; i++ {
		p := a
		if i%2 == 1 {
			p = b
		}
		status, _ := call(t, http.MethodGet, p.base+"/api/v1/profile", token, nil)
		got = append(got, status)
	}
	for i, s := range got {
		want := http.StatusOK
		if i >= readLimit {
			want = http.StatusTooManyRequests
		}
		if s != want {
			t.Fatalf("statuses of alternated reads = %v, want %d × 200 then 429", got, readLimit)
		}
	}
}

// intervals drives the source's schedule: it makes the source due and waits for the scheduler to run it.
type intervals struct {
	t        *testing.T
	d        *db
	mir      *mirror
	sourceID string
}

// force makes the source due now, as if its interval had passed.
func (iv *intervals) force() {
	iv.d.exec(`UPDATE sources SET next_run_at = now() - interval '1 second' WHERE id = $1`, iv.sourceID)
}

// next waits until the board has been fetched n times in total and the n-th run has finished.
func (iv *intervals) next(n int) {
	iv.t.Helper()
	// The scheduler ticks once a minute; on a loaded machine allow for three ticks.
	waitFor(iv.t, 3*time.Minute, fmt.Sprintf("fetch %d of the board", n), func() (bool, error) {
		return iv.mir.hits.Load() >= int64(n), nil
	})
	waitFor(iv.t, 2*time.Minute, fmt.Sprintf("run %d to finish", n), func() (bool, error) {
		return iv.d.count(`SELECT count(*) FROM source_runs WHERE source_id = $1 AND finished_at IS NOT NULL`, iv.sourceID) >= n, nil
	})
	if got := iv.mir.hits.Load(); got != int64(n) {
		iv.t.Fatalf("board fetched %d times after %d interval(s), want %d", got, n, n)
	}
	if got := iv.d.count(`SELECT count(*) FROM source_runs WHERE source_id = $1 AND status = 'succeeded'`, iv.sourceID); got != n {
		iv.t.Fatalf("succeeded runs = %d, want %d", got, n)
	}
}

// settle waits for a scheduler tick after the last run and for any source run it queued, then checks
// that the board was not fetched again: the run moved next_run_at one interval on.
func (iv *intervals) settle() {
	iv.t.Helper()
	var last time.Time
	if err := iv.d.conn.QueryRow(iv.t.Context(), `SELECT max(finished_at) FROM source_runs WHERE source_id = $1`, iv.sourceID).Scan(&last); err != nil {
		iv.t.Fatal(err)
	}
	waitFor(iv.t, 3*time.Minute, "a scheduler tick after the last run", func() (bool, error) {
		return iv.d.count(`SELECT count(*) FROM river_job WHERE kind = 'ingest_schedule' AND state = 'completed' AND created_at > $1`, last) > 0, nil
	})
	waitFor(iv.t, time.Minute, "no source run waiting", func() (bool, error) {
		return iv.d.count(`SELECT count(*) FROM river_job WHERE kind = 'ingest_source' AND finalized_at IS NULL`) == 0, nil
	})
	if got := iv.mir.hits.Load(); got != 3 {
		iv.t.Fatalf("board fetched %d times after the next tick, want 3", got)
	}
}

// alertOnce asks both processes to evaluate alerts at the same time, repeatedly, and checks that the new
// postings reached the user in exactly one notification and one delivery.
func alertOnce(t *testing.T, d *db, a, b *proc, token, userID, alertID, alertName string, newJobs []greenhouseJob) {
	checkBoth := func() time.Time {
		at := time.Now()
		var wg sync.WaitGroup
		for range 2 {
			for _, p := range []*proc{a, b} {
				wg.Go(func() {
					if s, body, err := send(http.MethodPost, p.base+"/api/v1/alerts/check", token, nil); err != nil || s != http.StatusAccepted {
						t.Errorf("POST /alerts/check on %s: %d %s %v", p.name, s, body, err)
					}
				})
			}
		}
		wg.Wait()
		return at
	}
	checkBoth()
	waitFor(t, 2*time.Minute, "the alert notification", func() (bool, error) {
		return d.count(`SELECT count(*) FROM notifications WHERE user_id = $1`, userID) > 0, nil
	})
	// More passes on both processes after the notification exists: none may send it again.
	after := checkBoth()
	waitFor(t, 2*time.Minute, "the evaluation passes asked after the notification", func() (bool, error) {
		return d.count(`SELECT count(*) FROM river_job WHERE kind = 'notify_evaluate' AND state = 'completed' AND created_at >= $1`, after) >= 4, nil
	})

	var kind, title, body string
	if n := d.count(`SELECT count(*) FROM notifications WHERE user_id = $1`, userID); n != 1 {
		t.Fatalf("notifications = %d, want 1", n)
	}
	if err := d.conn.QueryRow(t.Context(), `SELECT kind, title, body FROM notifications WHERE user_id = $1`, userID).Scan(&kind, &title, &body); err != nil {
		t.Fatal(err)
	}
	wantTitle := fmt.Sprintf("%d new jobs for “%s”", len(newJobs), alertName)
	if kind != "alert" || title != wantTitle {
		t.Errorf("notification = (%q, %q), want (alert, %q)", kind, title, wantTitle)
	}
	for _, j := range newJobs {
		if !strings.Contains(body, j.Title) {
			t.Errorf("notification body lacks %q:\n%s", j.Title, body)
		}
	}

	if n := d.count(`SELECT count(*) FROM deliveries WHERE user_id = $1`, userID); n != 1 {
		t.Fatalf("deliveries = %d, want 1", n)
	}
	var channel, status string
	var payload []byte
	if err := d.conn.QueryRow(t.Context(), `SELECT channel, status, payload FROM deliveries WHERE user_id = $1`, userID).Scan(&channel, &status, &payload); err != nil {
		t.Fatal(err)
	}
	var msg struct {
		Items []struct {
			Title string `json:"title"`
		} `json:"items"`
	}
	if err := json.Unmarshal(payload, &msg); err != nil {
		t.Fatalf("delivery payload: %v", err)
	}
	var got, want []string
	for _, it := range msg.Items {
		got = append(got, it.Title)
	}
	for _, j := range newJobs {
		want = append(want, j.Title)
	}
	sort.Strings(got)
	sort.Strings(want)
	if channel != "inapp" || status != "sent" || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("delivery = (%s, %s, %q), want (inapp, sent, %q)", channel, status, got, want)
	}
	if n := d.count(`SELECT count(*) FROM alert_postings WHERE alert_id = $1 AND status = 'sent'`, alertID); n != len(newJobs) {
		t.Errorf("sent alert postings = %d, want %d", n, len(newJobs))
	}
	if n := d.count(`SELECT count(*) FROM alert_postings WHERE alert_id = $1`, alertID); n != len(newJobs) {
		t.Errorf("alert postings = %d, want only the %d new ones", n, len(newJobs))
	}
}

// periodicOnce checks the periodic task was inserted once per period across both processes: at least
// min times, no more than the elapsed time allows for one inserter, and never twice within a period.
func periodicOnce(t *testing.T, d *db, kind string, period, elapsed time.Duration, min int) {
	t.Helper()
	ts := d.taskTimes(kind)
	most := int(elapsed/period) + 1
	if len(ts) < min || len(ts) > most {
		t.Errorf("%s ran %d times in %s, want %d to %d (once per %s)", kind, len(ts), elapsed.Round(time.Second), min, most, period)
	}
	for i := 1; i < len(ts); i++ {
		if gap := ts[i].Sub(ts[i-1]); gap < period*3/4 {
			t.Errorf("%s ran twice within %s (at %s and %s), want once per %s", kind, gap, ts[i-1].Format(time.RFC3339Nano), ts[i].Format(time.RFC3339Nano), period)
		}
	}
}
