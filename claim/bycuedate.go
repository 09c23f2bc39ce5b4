package claim

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/lang"
)

var (
	dayMonthRE = regexp.MustCompile(`(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?`)
	wordRE     = regexp.MustCompile(`\p{L}+`)
)

var weekdayNum = map[string]time.Weekday{"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}

// russianDate returns the date a sentence gives a statement in a language
// with month and day names in p: "12 ноября 2020 года", "12 ноября" (the
// year of publication), "в среду" and "вчера" (counted back from the
// publication date), as YYYY-MM-DD, or "" when it gives none it can place.
func russianDate(p *lang.Profile, published, s string) string {
	pub, havePub := parsePublished(published)
	for _, m := range dayMonthRE.FindAllStringSubmatch(s, -1) {
		mon := p.Month(strings.ToLower(m[2]))
		day, _ := strconv.Atoi(m[1])
		if mon == 0 || day < 1 || day > 31 {
			continue
		}
		year := 0
		switch {
		case m[3] != "":
			year, _ = strconv.Atoi(m[3])
		case havePub:
			year = pub.Year()
		default:
			continue
		}
		return time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	if !havePub {
		return ""
	}
	for _, w := range wordRE.FindAllString(s, -1) {
		v := p.Day(strings.ToLower(w))
		if v == "" {
			continue
		}
		if wd, ok := weekdayNum[v]; ok {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			return pub.AddDate(0, 0, -back).Format("2006-01-02")
		}
		if n, err := strconv.Atoi(v); err == nil {
			return pub.AddDate(0, 0, n).Format("2006-01-02")
		}
	}
	return ""
}

// parsePublished reads a publication date, YYYY-MM-DD or RFC 3339.
func parsePublished(s string) (time.Time, bool) {
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
