package claim

import (
	"cmp"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
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

// monthNames are the names of months the date patterns read, in the
// order the patterns try them.
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"}

var monthRE = `(` + strings.Join(monthNames, "|") + `)\.?`

// monthStarts holds the first three letters of every name in monthNames.
var monthStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range monthNames {
		m[n[:3]] = true
	}
	return m
}()

var (
	mdyRE     = datePattern{regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`), monthWindow}
	dmyRE     = datePattern{regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `\b(?:,?\s+(\d{4})\b)?`), monthWindow}
	isoRE     = datePattern{regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), hyphenWindow}
	weekdayRE = guard(`(?i)\b(?:(last|this|next)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b`)
	dayRelRE  = guard(`(?i)\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening)\b`)
	spanRE    = guard(`(?i)\b(last|this|next|past) (week|month|year|weekend)\b|\bover the weekend\b`)
)

// dater resolves the dates of one document.
type dater struct {
	published time.Time // zero when unknown
	body      string
	years     []yearAt // full dates seen in the body, for dates with no year
	scanned   bool     // years holds them: read on first need
	named     []dateAt // every date the body names, resolved: the events a relative day counts from
	listed    bool     // named holds them: read on first need
	mdy, dmy  [][]int  // the matches of mdyRE and dmyRE in the body, once found
	matched   bool     // mdy and dmy hold them
}

// dateAt is a date the body names, at a rune offset.
type dateAt struct {
	pos  int
	date time.Time
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
	d.matchBody()
	for _, m := range d.mdy {
		if m[6] >= 0 {
			y, _ := strconv.Atoi(body[m[6]:m[7]])
			d.years = append(d.years, yearAt{utf8.RuneCountInString(body[:m[0]]), y})
		}
	}
	for _, m := range d.dmy {
		if m[6] >= 0 {
			y, _ := strconv.Atoi(body[m[6]:m[7]])
			d.years = append(d.years, yearAt{utf8.RuneCountInString(body[:m[0]]), y})
		}
	}
	sort.Slice(d.years, func(i, j int) bool { return d.years[i].pos < d.years[j].pos })
}

// matchBody finds the month-and-day dates of the body, for scanYears and
// listNamed both.
func (d *dater) matchBody() {
	if !d.matched {
		d.mdy, d.dmy, d.matched = findDates(mdyRE, d.body, -1), findDates(dmyRE, d.body, -1), true
	}
}

// datePattern is a date pattern and the part of a stretch of text that
// holds every match of it there: window(s, i, j) returns a..b within i..j,
// empty when the stretch s[i:j] can hold none, and such that \b reads at
// its ends as in s.
type datePattern struct {
	*regexp.Regexp
	window func(s string, i, j int) (a, b int)
}

// findDates returns up to n matches of re in s (all when n < 0), as
// re.FindAllStringSubmatchIndex does, searching only the stretches of s
// that can hold a date: runs of ASCII letters, digits, white space,
// periods, commas, hyphens and underscores that hold a digit. Every match
// of a date pattern lies in one such stretch, and the rune that ends a
// stretch is not a word rune, so \b reads at a stretch's ends as in s.
// The pattern's window narrows the search further. The stretches are
// short and few, which spares the pattern most of the text.
func findDates(re datePattern, s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && len(out) != n; {
		j, digit := i, false
		for j < len(s) && inDateStretch(s[j]) {
			digit = digit || '0' <= s[j] && s[j] <= '9'
			j++
		}
		a, b := i, i
		if digit {
			a, b = re.window(s, i, j)
		}
		if a < b {
			for _, m := range re.FindAllStringSubmatchIndex(s[a:b], n-len(out)) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += a
					}
				}
				out = append(out, m)
			}
		}
		i = max(j, i+1)
	}
	return out
}

// monthWindow returns the part a..b of the stretch s[i:j] that holds every
// match of a pattern naming a month, empty when the stretch names none. A
// match of mdyRE or dmyRE holds the name of a month, whose first three
// letters start with a capital, with only the runes of a day, its ordinal
// suffix and "of" before it (beforeMonth) and only lower-case letters,
// digits, white space, periods and commas after them (afterMonth). So the
// window runs from the first name's start back over those runes, and from
// the last name's first three letters on over the others; then on to where
// a word ends on either side, so that \b reads at its ends as in s.
func monthWindow(s string, i, j int) (a, b int) {
	first, last := -1, -1
	for k := i; k+3 <= j; k++ {
		if 'A' <= s[k] && s[k] <= 'Z' && monthStarts[s[k:k+3]] {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return i, i
	}
	a = first
	for a > i && strings.IndexByte(beforeMonth, s[a-1]) >= 0 {
		a--
	}
	for a > i && a < j && wordByte(s[a-1]) {
		a++ // no match starts right after a word rune
	}
	b = last + 3
	for b < j && strings.IndexByte(afterMonth, s[b]) >= 0 {
		b++
	}
	for b < j && wordByte(s[b]) {
		b++
	}
	return a, b
}

// hyphenWindow is the window of isoRE: all of a stretch that holds a
// hyphen, as its matches do.
func hyphenWindow(s string, i, j int) (a, b int) {
	if strings.IndexByte(s[i:j], '-') < 0 {
		return i, i
	}
	return i, j
}

// beforeMonth and afterMonth are the runes a match of a month-and-day
// pattern holds before a month's name and after its first three letters.
const (
	beforeMonth = "0123456789 \t\n\v\f\rstndrhof"
	afterMonth  = "abcdefghijklmnopqrstuvwxyz0123456789 \t\n\v\f\r.,"
)

// wordByte reports whether c is a word rune as \b reads it.
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// inDateStretch reports whether byte c can be part of a stretch that
// findDates searches.
func inDateStretch(c byte) bool {
	return dateStretchBytes[c]
}

// dateStretchBytes holds inDateStretch for every byte: findDates asks it
// of every byte of a body.
var dateStretchBytes = func() (in [256]bool) {
	for c := range 256 {
		in[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("_.,- \t\n\v\f\r", byte(c)) >= 0
	}
	return in
}()

// resolve returns the day a stretch of text at rune offset pos names, as
// YYYY-MM-DD, and whether it names a time at all. A time that does not pin
// down a day ("last week", "over the weekend"), or that needs a publication
// date the document lacks, gives "" and true: known to be dated, not
// guessable.
func (d *dater) resolve(s string, pos int) (string, bool) {
	if m := findDates(isoRE, s, 1); m != nil {
		y, _ := strconv.Atoi(group(s, m[0], 1))
		mo, _ := strconv.Atoi(group(s, m[0], 2))
		dd, _ := strconv.Atoi(group(s, m[0], 3))
		return d.format(y, time.Month(mo), dd), true
	}
	if m := findDates(mdyRE, s, 1); m != nil {
		dd, _ := strconv.Atoi(group(s, m[0], 2))
		return d.withYear(months[lower(group(s, m[0], 1))], dd, group(s, m[0], 3), pos), true
	}
	if m := findDates(dmyRE, s, 1); m != nil {
		dd, _ := strconv.Atoi(group(s, m[0], 1))
		return d.withYear(months[lower(group(s, m[0], 2))], dd, group(s, m[0], 3), pos), true
	}
	folded := fold(s)
	if ix := lex.reldayRE.index(s, folded); ix != nil {
		rel := lex.reldays[strings.Join(strings.Fields(lower(s[ix[2]:ix[3]])), " ")]
		var base time.Time
		if date, _ := d.resolve(s[:ix[0]], pos); date != "" {
			base, _ = time.Parse("2006-01-02", date)
		} else if rel.inText {
			base = cmp.Or(d.namedBefore(pos+utf8.RuneCountInString(s[:ix[0]])), d.published)
		}
		if base.IsZero() {
			return "", true
		}
		return base.AddDate(0, 0, rel.days).Format("2006-01-02"), true
	}
	if ix := dayRelRE.index(s, folded); ix != nil {
		if d.published.IsZero() {
			return "", true
		}
		switch lower(group(s, ix, 1)) {
		case "yesterday", "last night":
			return d.published.AddDate(0, 0, -1).Format("2006-01-02"), true
		}
		return d.published.Format("2006-01-02"), true
	}
	if ix := weekdayRE.index(s, folded); ix != nil {
		which, day := lower(group(s, ix, 1)), weekdays[lower(group(s, ix, 2))]
		if which == "next" {
			return "", true
		}
		if d.published.IsZero() {
			// No report date: the first such day on or after the event
			// the text named last, if any.
			named := d.namedBefore(pos + utf8.RuneCountInString(s[:ix[0]]))
			if named.IsZero() {
				return "", true
			}
			ahead := (int(day) - int(named.Weekday()) + 7) % 7
			return named.AddDate(0, 0, ahead).Format("2006-01-02"), true
		}
		back := (int(d.published.Weekday()) - int(day) + 7) % 7
		if which == "last" && back == 0 {
			back = 7
		}
		return d.published.AddDate(0, 0, -back).Format("2006-01-02"), true
	}
	if spanRE.match(s, folded) {
		return "", true
	}
	return "", false
}

// namedBefore returns the last date the body names before rune offset
// pos, or the zero time.
func (d *dater) namedBefore(pos int) time.Time {
	if !d.listed {
		d.listNamed()
	}
	var out time.Time
	for _, n := range d.named {
		if n.pos >= pos {
			break
		}
		out = n.date
	}
	return out
}

// listNamed finds and resolves every date the body names.
func (d *dater) listNamed() {
	d.listed = true
	body := d.body
	add := func(start int, date string) {
		if t, err := time.Parse("2006-01-02", date); err == nil {
			d.named = append(d.named, dateAt{utf8.RuneCountInString(body[:start]), t})
		}
	}
	for _, m := range findDates(isoRE, body, -1) {
		y, _ := strconv.Atoi(body[m[2]:m[3]])
		mo, _ := strconv.Atoi(body[m[4]:m[5]])
		dd, _ := strconv.Atoi(body[m[6]:m[7]])
		add(m[0], d.format(y, time.Month(mo), dd))
	}
	d.matchBody()
	for _, m := range d.mdy {
		dd, _ := strconv.Atoi(body[m[4]:m[5]])
		pos := utf8.RuneCountInString(body[:m[0]])
		add(m[0], d.withYear(months[lower(body[m[2]:m[3]])], dd, group(body, m, 3), pos))
	}
	for _, m := range d.dmy {
		dd, _ := strconv.Atoi(body[m[2]:m[3]])
		pos := utf8.RuneCountInString(body[:m[0]])
		add(m[0], d.withYear(months[lower(body[m[4]:m[5]])], dd, group(body, m, 3), pos))
	}
	sort.Slice(d.named, func(i, j int) bool { return d.named[i].pos < d.named[j].pos })
}

// group returns submatch n of a match of s, or "" when it took no part.
func group(s string, ix []int, n int) string {
	if ix[2*n] < 0 {
		return ""
	}
	return s[ix[2*n]:ix[2*n+1]]
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
