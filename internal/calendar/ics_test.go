package calendar

import (
	"strings"
	"testing"
	"time"
)

func TestSmallFeedExactBytes(t *testing.T) {
	upd := time.Date(2026, 3, 20, 8, 0, 0, 0, time.UTC)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	c := Calendar{Name: "Interviews", Events: []Event{{
		UID:         "i-1@career-copilot",
		Start:       time.Date(2026, 3, 29, 9, 0, 0, 0, berlin), // the day Berlin moves to summer time: 07:00Z
		End:         time.Date(2026, 3, 29, 10, 0, 0, 0, berlin),
		Summary:     "Technical interview: Acme, Inc.; Backend",
		Description: "Bring the take-home.\nAsk about on-call",
		Location:    "Room 4, HQ",
		URL:         "https://meet.example.com/abc",
		Updated:     upd,
		Alarm:       30 * time.Minute,
	}}}
	want := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Career Copilot//Application tracker//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n" +
		"X-WR-CALNAME:Interviews\r\nBEGIN:VEVENT\r\nUID:i-1@career-copilot\r\nDTSTAMP:20260320T080000Z\r\n" +
		"DTSTART:20260329T070000Z\r\nDTEND:20260329T080000Z\r\n" +
		"SUMMARY:Technical interview: Acme\\, Inc.\\; Backend\r\n" +
		"DESCRIPTION:Bring the take-home.\\nAsk about on-call\r\n" +
		"LOCATION:Room 4\\, HQ\r\nURL:https://meet.example.com/abc\r\nLAST-MODIFIED:20260320T080000Z\r\n" +
		"BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Technical interview: Acme\\, Inc.\\; Backend\r\nTRIGGER:-PT30M\r\nEND:VALARM\r\n" +
		"END:VEVENT\r\nEND:VCALENDAR\r\n"
	if got := string(c.Bytes()); got != want {
		t.Fatalf("feed bytes differ\n got: %q\nwant: %q", got, want)
	}
}

func TestFoldAt75OctetsKeepsRunes(t *testing.T) {
	line := "SUMMARY:" + strings.Repeat("é", 80) // 8 + 160 octets
	got := Fold(line)
	parts := strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n")
	if len(parts) != 3 {
		t.Fatalf("want 3 physical lines, got %d: %q", len(parts), got)
	}
	// First line: 8 ASCII octets + 33 two-octet runes = 74 (75 would split a rune).
	if len(parts[0]) != 74 || len(parts[1]) != 75 || parts[1][0] != ' ' {
		t.Fatalf("line lengths %d %d %d", len(parts[0]), len(parts[1]), len(parts[2]))
	}
	joined := parts[0]
	for _, p := range parts[1:] {
		joined += p[1:]
	}
	if joined != line {
		t.Fatal("unfolding does not give the original line back")
	}
	if Fold("UID:x") != "UID:x\r\n" {
		t.Fatal("a short line must not fold")
	}
}

func TestEscape(t *testing.T) {
	if got := Escape(`a\b;c,d` + "\r\ne\nf"); got != `a\\b\;c\,d\ne\nf` {
		t.Fatalf("escape %q", got)
	}
}
