package extract

import (
	"testing"
	"time"
)

// FuzzDate checks that the date readers never panic and only return days
// that exist.
func FuzzDate(f *testing.F) {
	for _, s := range []string{
		"2020-06-07T23:30:00-05:00", "Sun, 07 Jun 2020 23:30:00 +0200", "4. 2. 2022",
		"3 May 2020", "May 3rd, 2020", "12 de marzo de 2021", "25/12/2019", "31.02.2020", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := parseDate(s); err == nil {
			if _, err := time.Parse(time.DateOnly, d.String()[:10]); err != nil {
				t.Errorf("parseDate(%q) gave %q, not a day", s, d)
			}
		}
		for _, p := range printedDays(s) {
			if p.t.Year() < 1900 || p.t.Year() > 2099 || p.at < 0 || p.at > len(s) {
				t.Errorf("printedDays(%q) gave %v at %d", s, p.t, p.at)
			}
		}
	})
}
