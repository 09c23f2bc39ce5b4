package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// textMonths maps month names and common abbreviations, lower-cased, in
// English, Russian (nominative and genitive), German, Portuguese, Spanish,
// French and Indonesian, to month numbers.
var textMonths = map[string]int{}

func init() {
	lists := []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"januari februari maret april mei juni juli agustus september oktober november desember",
	}
	for _, l := range lists {
		for i, m := range strings.Fields(l) {
			textMonths[m] = i + 1
		}
	}
	textMonths["sept"] = 9
}

// monthNumber returns the number of a month named by word, lower-cased,
// or 0. A name of five letters or more misspelt by one letter (dropped,
// added, changed or swapped: "Novemer", "Febuary") still names its month:
// in a date's place, between a day and a year, it can mean nothing else.
func monthNumber(word string) int {
	if n := textMonths[word]; n > 0 {
		return n
	}
	w := []rune(word)
	if len(w) < 5 {
		return 0
	}
	found := 0
	for name, n := range textMonths {
		if len([]rune(name)) >= 5 && oneEdit(w, []rune(name)) {
			if found != 0 && found != n {
				return 0 // near two months: no guess
			}
			found = n
		}
	}
	return found
}

// oneEdit reports whether a and b differ by one letter dropped, added or
// changed, or two neighbours swapped.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return len(b)-len(a) == 1
	}
	if len(a) < len(b) {
		return string(a[i:]) == string(b[i+1:])
	}
	if string(a[i+1:]) == string(b[i+1:]) {
		return true
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
}

// The month is matched as any word and looked up in textMonths: a regular
// expression listing every month name in seven languages is many times
// slower.
const (
	monthToken = `(\p{L}+)\.?`
	clock      = `(?:\s*,?\s*(?:at|um|às|a las|à|в|pukul|-)?\s*(\d{1,2})\s?[:.]\s?(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?)?`
)

// dateREs are the date forms read, with their capture layouts:
// ISO, day-month-year, month-day-year, and numeric day.month.year.
var dateREs = []*regexp.Regexp{
	regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2}))?`),
	regexp.MustCompile(`\b(\d{1,2})\.?\s+(?:de\s+)?` + monthToken + `\s+(?:de\s+)?(\d{4})(?:\s*(?:г\.|года))?` + clock),
	regexp.MustCompile(monthToken + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + clock),
	regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})` + clock),
}

// stamp is a calendar date with an optional time of day, as printed.
type stamp struct {
	year, month, day int
	hour, min        int
	hasTime          bool
}

// Date returns the date as YYYY-MM-DD.
func (s stamp) Date() string { return fmt.Sprintf("%04d-%02d-%02d", s.year, s.month, s.day) }

// Time returns YYYY-MM-DDTHH:MM, or the date alone when no time was printed.
func (s stamp) Time() string {
	if !s.hasTime {
		return s.Date()
	}
	return fmt.Sprintf("%sT%02d:%02d", s.Date(), s.hour, s.min)
}

// before reports whether s comes before t.
func (s stamp) before(t stamp) bool {
	return s.Time() < t.Time()
}

// readTextDate finds the first complete date (day, month and year) in text,
// with its time of day when one follows ("12 November 2020 19: 10",
// "October 9, 2018 at 4:02 pm"). A weekday or a date without a year is not
// a date here: it cannot be placed without guessing.
func readTextDate(text string) (stamp, bool) {
	if !hasYear(text) {
		return stamp{}, false
	}
	lower := strings.ToLower(text)
	var best stamp
	bestAt := -1
	for k, re := range dateREs {
		for _, m := range re.FindAllStringSubmatchIndex(lower, 8) {
			if bestAt >= 0 && m[0] >= bestAt {
				break
			}
			if s := readStamp(k, lower, m); s.valid() {
				best, bestAt = s, m[0]
				break
			}
		}
	}
	return best, bestAt >= 0
}

// readStamp reads the groups of a match of dateREs[k].
func readStamp(k int, lower string, m []int) stamp {
	g := func(i int) string {
		if 2*i >= len(m) || m[2*i] < 0 {
			return ""
		}
		return lower[m[2*i]:m[2*i+1]]
	}
	var s stamp
	switch k {
	case 0:
		s.year, s.month, s.day = number(g(1)), number(g(2)), number(g(3))
	case 1:
		s.day, s.month, s.year = number(g(1)), monthNumber(g(2)), number(g(3))
	case 2:
		s.month, s.day, s.year = monthNumber(g(1)), number(g(2)), number(g(3))
	case 3:
		s.day, s.month, s.year = number(g(1)), number(g(2)), number(g(3))
	}
	if h := g(4); h != "" {
		s.hour, s.min, s.hasTime = number(h), number(g(5)), true
		switch ampm := g(6); {
		case strings.HasPrefix(ampm, "p") && s.hour < 12:
			s.hour += 12
		case strings.HasPrefix(ampm, "a") && s.hour == 12:
			s.hour = 0
		}
	}
	return s
}

// hasYear reports whether s holds a run of exactly four digits, which
// every date form read here has; it spares the regular expressions most
// lines.
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}

// valid reports whether s is a real calendar date (and time of day).
func (s stamp) valid() bool {
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if s.year < 1900 || s.year > 2100 || s.month < 1 || s.month > 12 || s.day < 1 || s.day > days[s.month] {
		return false
	}
	return !s.hasTime || s.hour < 24 && s.min < 60
}

// number reads a run of digits matched by a date pattern.
func number(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// isDateLine reports whether a line is a date and little else: a
// timestamp or dateline above or below an article.
func isDateLine(text string) bool {
	if len(text) > 80 {
		return false
	}
	_, ok := readTextDate(text)
	return ok
}

// monthDayRE and dayMonthRE find day-and-month mentions with or without
// a year ("on November 12", "12 ноября").
var (
	monthDayRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(\p{L}+)\.?\s+(\d{1,2})(?:[^\p{N}]|$)`)
	dayMonthRE = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)`)
)

// mentionsDay reports whether text names the day and month of s.
func mentionsDay(text string, s stamp) bool {
	lower := strings.ToLower(text)
	for _, m := range monthDayRE.FindAllStringSubmatch(lower, -1) {
		if textMonths[m[1]] == s.month && number(m[2]) == s.day {
			return true
		}
	}
	for _, m := range dayMonthRE.FindAllStringSubmatch(lower, -1) {
		if textMonths[m[2]] == s.month && number(m[1]) == s.day {
			return true
		}
	}
	return false
}

// headerLines returns the indexes of the lines around the top of the
// article where a dateline or timestamp is printed: the twelve lines above
// it, nearest first, then its first six lines.
func (p *page) headerLines() []int {
	var out []int
	for i := p.start - 1; i >= max(0, p.start-12); i-- {
		out = append(out, i)
	}
	for i := p.start; i < min(p.end, p.start+6); i++ {
		out = append(out, i)
	}
	return out
}

// published dates the page: a date line at the head of the article (or in
// its byline), else the earliest comment when the body reports events of that
// same day. It returns the date and why it was chosen, or "" and why none.
func (p *page) published(body string, comments []stampedComment) (string, string) {
	for _, i := range p.headerLines() {
		l := p.lines[i]
		if l.role == roleBody || l.role == roleCaption || l.words > 16 {
			continue
		}
		if s, ok := readTextDate(l.text); ok {
			return s.Date(), fmt.Sprintf("dated line at the head of the article: %q", l.text)
		}
	}
	var first stamp
	found := false
	for _, c := range comments {
		if c.when.year != 0 && (!found || c.when.before(first)) {
			first, found = c.when, true
		}
	}
	if !found {
		return "", "no dated line in the page; weekdays and dates without a year do not fix the day"
	}
	if mentionsDay(body, first) {
		return first.Date(), fmt.Sprintf("the body reports events of %s and the earliest comment is stamped %s", first.Date(), first.Time())
	}
	return "", fmt.Sprintf("no dated line in the page; published no later than the earliest comment, %s", first.Time())
}
