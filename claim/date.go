package claim

import (
	"regexp"
	"sort"
	"strconv"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	mdyRE     = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	dmyRE     = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `\b(?:,?\s+(\d{4})\b)?`)
	isoRE     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	weekdayRE = regexp.MustCompile(`(?i)\b(?:(last|this|next)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b`)
	dayRelRE  = regexp.MustCompile(`(?i)\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening|the day before)\b`)
	spanRE    = regexp.MustCompile(`(?i)\b(last|this|next|past) (week|month|year|weekend)\b|\bover the weekend\b`)
)

// dater resolves the dates of one document.
type dater struct {
	published time.Time // zero when unknown
	body      string
	years     []yearAt // full dates seen in the body, for dates with no year
	scanned   bool     // years holds them: read on first need
}

type yearAt struct {
	pos  int
	year int
}

func newDater(published, body string) *dater {
	d := &dater{body: body}
	if len(published) >= 10 {
		if t, err := time.Parse("2006-01-02", published[:10]); err == nil {
			d.published = t
		}
	}
	return d
}

// scanYears finds the full dates of the body.
func (d *dater) scanYears() {
	d.scanned = true
	body := d.body
	for _, m := range mdyRE.FindAllStringSubmatchIndex(body, -1) {
		if m[6] >= 0 {
			y, _ := strconv.Atoi(body[m[6]:m[7]])
			d.years = append(d.years, yearAt{len([]rune(body[:m[0]])), y})
		}
	}
	for _, m := range dmyRE.FindAllStringSubmatchIndex(body, -1) {
		if m[6] >= 0 {
			y, _ := strconv.Atoi(body[m[6]:m[7]])
			d.years = append(d.years, yearAt{len([]rune(body[:m[0]])), y})
		}
	}
	sort.Slice(d.years, func(i, j int) bool { return d.years[i].pos < d.years[j].pos })
}

// resolve returns the day a stretch of text at rune offset pos names, as
// YYYY-MM-DD, and whether it names a time at all. A time that does not pin
// down a day ("last week", "over the weekend"), or that needs a publication
// date the document lacks, gives "" and true: known to be dated, not
// guessable.
func (d *dater) resolve(s string, pos int) (string, bool) {
	if m := isoRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		dd, _ := strconv.Atoi(m[3])
		return d.format(y, time.Month(mo), dd), true
	}
	if m := mdyRE.FindStringSubmatch(s); m != nil {
		dd, _ := strconv.Atoi(m[2])
		return d.withYear(months[lower(m[1])], dd, m[3], pos), true
	}
	if m := dmyRE.FindStringSubmatch(s); m != nil {
		dd, _ := strconv.Atoi(m[1])
		return d.withYear(months[lower(m[2])], dd, m[3], pos), true
	}
	if m := dayRelRE.FindStringSubmatch(s); m != nil {
		if d.published.IsZero() {
			return "", true
		}
		switch lower(m[1]) {
		case "yesterday", "last night", "the day before":
			return d.published.AddDate(0, 0, -1).Format("2006-01-02"), true
		}
		return d.published.Format("2006-01-02"), true
	}
	if m := weekdayRE.FindStringSubmatch(s); m != nil {
		if d.published.IsZero() || lower(m[1]) == "next" {
			return "", true
		}
		back := (int(d.published.Weekday()) - int(weekdays[lower(m[2])]) + 7) % 7
		if lower(m[1]) == "last" && back == 0 {
			back = 7
		}
		return d.published.AddDate(0, 0, -back).Format("2006-01-02"), true
	}
	if spanRE.MatchString(s) {
		return "", true
	}
	return "", false
}

// withYear completes a month and day: with the year written, else the year
// of the last full date before pos in the document, else the publication
// year (a year earlier when that would put the day after publication).
func (d *dater) withYear(mo time.Month, day int, year string, pos int) string {
	if year != "" {
		y, _ := strconv.Atoi(year)
		return d.format(y, mo, day)
	}
	if !d.scanned {
		d.scanYears()
	}
	for k := len(d.years) - 1; k >= 0; k-- {
		if d.years[k].pos <= pos {
			return d.format(d.years[k].year, mo, day)
		}
	}
	if d.published.IsZero() {
		return ""
	}
	y := d.published.Year()
	if t := time.Date(y, mo, day, 0, 0, 0, 0, time.UTC); t.After(d.published) {
		y--
	}
	return d.format(y, mo, day)
}

func (d *dater) format(y int, mo time.Month, day int) string {
	t := time.Date(y, mo, day, 0, 0, 0, 0, time.UTC)
	if t.Month() != mo || day < 1 {
		return "" // no such day: "February 30"
	}
	return t.Format("2006-01-02")
}

// blank returns s with the runes from a to b (relative to s) blanked out,
// so that dates and venues inside a content are not taken for the
// statement's own.
func blank(s []rune, a, b int) string {
	out := make([]rune, len(s))
	copy(out, s)
	for i := max(a, 0); i < min(b, len(out)); i++ {
		out[i] = ' '
	}
	return string(out)
}
