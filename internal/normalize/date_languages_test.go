package normalize

import (
	"testing"
	"time"
)

// TestParseDateLanguages reads relative dates as German, French, Spanish, Portuguese and Dutch boards
// write them; each is the same span back from now as its English wording ("vor 3 Tagen" is "3 days ago").
func TestParseDateLanguages(t *testing.T) {
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	tests := []struct {
		in   string
		want time.Time
	}{
		{"vor 3 Tagen", now.Add(-3 * day)},
		// "over", "more than", "about": the rounding words say no more than the number does, as in English.
		{"vor über 30 Tagen", now.Add(-30 * day)}, {"vor mehr als 30 Tagen", now.Add(-30 * day)},
		{"vor etwa 2 Wochen", now.Add(-14 * day)}, {"il y a plus de 30 jours", now.Add(-30 * day)},
		{"il y a environ 2 semaines", now.Add(-14 * day)}, {"hace más de 30 días", now.Add(-30 * day)},
		{"hace unos 3 días", now.Add(-3 * day)}, {"há mais de 30 dias", now.Add(-30 * day)},
		{"meer dan 30 dagen geleden", now.Add(-30 * day)}, {"ongeveer 2 weken geleden", now.Add(-14 * day)},
		{"Vor einer Woche", now.Add(-7 * day)},
		{"vor 2 Wochen", now.Add(-14 * day)},
		{"vor einem Tag", now.Add(-day)},
		{"vor 1 Monat", now.AddDate(0, -1, 0)},
		{"vor 5 Stunden", now.Add(-5 * time.Hour)},
		{"gestern", now.Add(-day)},
		{"Heute", now},
		{"il y a 2 jours", now.Add(-2 * day)},
		{"Il y a une semaine", now.Add(-7 * day)},
		{"il y a un mois", now.AddDate(0, -1, 0)},
		{"il y a 3 heures", now.Add(-3 * time.Hour)},
		{"hier", now.Add(-day)},
		{"aujourd'hui", now},
		{"aujourd’hui", now},
		{"hace 3 días", now.Add(-3 * day)},
		{"Hace una semana", now.Add(-7 * day)},
		{"hace 2 meses", now.AddDate(0, -2, 0)},
		{"ayer", now.Add(-day)},
		{"hoy", now},
		{"há 2 dias", now.Add(-2 * day)},
		{"Há um mês", now.AddDate(0, -1, 0)},
		{"ontem", now.Add(-day)},
		{"hoje", now},
		{"3 dagen geleden", now.Add(-3 * day)},
		{"1 week geleden", now.Add(-7 * day)},
		{"2 maanden geleden", now.AddDate(0, -2, 0)},
		{"gisteren", now.Add(-day)},
		{"vandaag", now},
	}
	for _, tt := range tests {
		got, flagged, err := ParseDate(tt.in, now)
		if err != nil || flagged || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v, %v; want %v", tt.in, got, flagged, err, tt.want)
		}
	}
	// A wording that names no span is no date.
	for _, bad := range []string{"vor Ort", "il y a", "hace", "geleden", "vor 3 Äpfeln"} {
		if got, _, err := ParseDate(bad, now); err == nil {
			t.Errorf("ParseDate(%q) = %v; want an error", bad, got)
		}
	}
}
