package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// report prints the figures as a Markdown table, one row per level, with the bare twin beside it.
type report struct {
	out        io.Writer
	log        io.Writer
	notes      []string
	routeLines []string
}

type row struct {
	label string
	r     result
	bare  *result
}

func (p *report) header() {
	fmt.Fprintln(p.out, "| database | clients | requests | rps | p50 ms | p90 ms | p99 ms | max ms | errors | mean bytes | server CPU ms/req | bare rps | bare p99 ms | rps vs bare | p99 vs bare |")
	fmt.Fprintln(p.out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
}

func (p *report) row(label string, r result) row { return row{label: label, r: r} }

func (p *report) print(w row) {
	r := w.r
	bareRPS, bareP99, rpsRatio, p99Ratio := "", "", "", ""
	if b := w.bare; b != nil {
		bareRPS, bareP99 = fmt.Sprintf("%.0f", b.RPS()), ms(b.P99)
		if b.RPS() > 0 {
			rpsRatio = fmt.Sprintf("%.1f%%", 100*r.RPS()/b.RPS())
		}
		if b.P99 > 0 {
			p99Ratio = fmt.Sprintf("%.1f×", float64(r.P99)/float64(b.P99))
		}
	}
	cpu := ""
	if r.ServerCPU > 0 && r.Requests > 0 {
		cpu = ms(r.ServerCPU / time.Duration(r.Requests))
	}
	fmt.Fprintf(p.out, "| %s | %d | %d | %.0f | %s | %s | %s | %s | %d | %d | %s | %s | %s | %s | %s |\n", w.label, r.Clients, r.Requests, r.RPS(),
		ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max), r.Errors, r.MeanBytes(), cpu, bareRPS, bareP99, rpsRatio, p99Ratio)
	if r.Errors > 0 {
		p.note(fmt.Sprintf("%s at %d clients: errors by route %s", w.label, r.Clients, kv(r.ErrorKind)))
	}
	var rs []string
	for _, name := range sortedKeys(r.Routes) {
		st := r.Routes[name]
		rs = append(rs, fmt.Sprintf("%s %d req p50 %s p99 %s max %s ms, %d B", name, st.Requests, ms(st.P50), ms(st.P99), ms(st.Max), st.MeanBytes))
	}
	at := ""
	if r.LoadAvg != "" {
		at = " (load average " + r.LoadAvg + " at start)"
	}
	if m := r.ServerRSS; m.Peak > 0 {
		rs = append(rs, fmt.Sprintf("server RSS peak %.0f MiB, mean %.0f MiB", float64(m.Peak)/(1<<20), float64(m.Mean)/(1<<20)))
	}
	p.routeLines = append(p.routeLines, fmt.Sprintf("%s at %d clients%s: %s", w.label, r.Clients, at, strings.Join(rs, "; ")))
	fmt.Fprintln(p.log, p.routeLines[len(p.routeLines)-1])
}

func (p *report) bareRow(r result) {
	fmt.Fprintf(p.out, "| bare | %d | %d | %.0f | %s | %s | %s | %s | %d | %d | | | | | |\n", r.Clients, r.Requests, r.RPS(),
		ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max), r.Errors, r.MeanBytes())
}

func (p *report) note(s string) {
	p.notes = append(p.notes, s)
	fmt.Fprintln(p.log, "note:", s)
}

func (p *report) notesOut() {
	if len(p.routeLines) > 0 {
		fmt.Fprintln(p.out, "\nBy route:")
		for _, l := range p.routeLines {
			fmt.Fprintln(p.out, "- "+l)
		}
	}
	for _, n := range p.notes {
		fmt.Fprintln(p.out, "\n- "+n)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }

func kv(m map[string]int) string {
	keys := sortedKeys(m)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%d", k, m[k])
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
