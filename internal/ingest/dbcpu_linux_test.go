package ingest_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// clockTicks is the unit of the CPU times in /proc/<pid>/stat (USER_HZ, 100 on every Linux port Go supports).
const clockTicks = 100

// dbCPU is the CPU time the PostgreSQL backends now connected to st's database have used, when the server
// runs on this machine (0 on SQLite or when their /proc entries cannot be read): on a shared machine the
// wall time of a write includes waiting for a core, and the database's CPU time is what the writes cost it.
func dbCPU(st *store.Store) time.Duration {
	if st.Dialect() != store.Postgres {
		return 0
	}
	rows, err := st.DB().QueryContext(context.Background(), `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)
	if err != nil {
		return 0
	}
	defer rows.Close()
	var total time.Duration
	for rows.Next() {
		var pid int
		if rows.Scan(&pid) != nil {
			return 0
		}
		t, ok := procCPU(pid)
		if !ok {
			return 0
		}
		total += t
	}
	return total
}

// procCPU reads the user and system time of a process from /proc/<pid>/stat.
func procCPU(pid int) (time.Duration, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, false
	}
	s := string(b)
	// The fields after the parenthesised command name start at the state (field 3); utime and stime are fields 14 and 15.
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0, false
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(ut+st) * time.Second / clockTicks, true
}
