package story

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// mention is an explicit calendar date found in text. Year is 0 when the
// text gave none.
type mention struct {
	Start, End       int // byte offsets in the text
	Year, Month, Day int
	// Onset is set when the text gives the date as the start of what it
	// reports ("ongoing since September 27", "the fighting which began on
	// September 27").
	Onset bool
	// Deadline is set when the text gives the date as a deadline or the end
	// of a period ("until 18 April"): no event happened on it.
	Deadline bool
}

// onsetCue matches the words that, just before a date, make it an onset.
var onsetCue = regexp.MustCompile(`(?i)\b(?:since|(?:began|begun|started|broke out|erupted|flared up)(?:\s+on)?)\s+(?:the\s+)?$`)

//go:embed data/deadlines.txt
var deadlinesFile string

// deadlineCues are the phrases that make the date after them a deadline.
var deadlineCues = parseLines(deadlinesFile)

// parseLines reads one phrase a line, skipping blank and # comment lines.
func parseLines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Join(strings.Fields(line), " "))
		}
	}
	return out
}

// isDeadline reports whether the words just before start in text make the
// date there a deadline or the end of a period ("until 18 April").
func isDeadline(text string, start int) bool {
	before := strings.Fields(strings.ToLower(text[max(0, start-40):start]))
	for len(before) > 0 && (before[len(before)-1] == "on" || before[len(before)-1] == "the") {
		before = before[:len(before)-1]
	}
	lead := " " + strings.Join(before, " ")
	for _, cue := range deadlineCues {
		if strings.HasSuffix(lead, " "+cue) {
			return true
		}
	}
	return false
}

// isOnset reports whether the words just before start in text make the date
// there an onset.
func isOnset(text string, start int) bool {
	return onsetCue.MatchString(text[max(0, start-24):start])
}

const monthNames = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`

// The three ways news text writes a date: "November 10, 2020" or
// "Nov. 10"; "10 November 2020" or "27th of September"; "2020-11-10".
var (
	monthDay = regexp.MustCompile(`\b` + monthNames + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	dayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `\b\.?(?:,?\s+(\d{4})\b)?`)
	isoDate  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:T|\b)`)
)

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// findDates returns the explicit dates in text, in order. Impossible dates
// (February 30) are dropped; years outside 1800–2199 are taken as no year.
func findDates(text string) []mention {
	var out []mention
	// earlier holds the mentions a pattern that ran before found in the
	// current window, sorted and disjoint: a later pattern's match that
	// overlaps one of them is dropped.
	var earlier []mention
	taken := func(start, end int) bool {
		i := sort.Search(len(earlier), func(i int) bool { return earlier[i].End > start })
		return i < len(earlier) && earlier[i].Start < end
	}
	add := func(start, end int, year, month, day string) {
		if taken(start, end) {
			return
		}
		m := mention{Start: start, End: end, Month: monthNumber(month), Day: atoi(day), Year: atoi(year), Onset: isOnset(text, start), Deadline: isDeadline(text, start)}
		if m.Year < 1800 || m.Year > 2199 {
			m.Year = 0
		}
		if !valid(m.Year, m.Month, m.Day) {
			return
		}
		out = append(out, m)
	}
	for _, w := range dateWindows(text) {
		part := text[w[0]:w[1]]
		first := len(out)
		next := func() {
			sortMentions(out[first:])
			earlier = out[first:]
		}
		earlier = nil
		for _, ix := range isoDate.FindAllStringSubmatchIndex(part, -1) {
			add(w[0]+ix[0], w[0]+ix[1], part[ix[2]:ix[3]], part[ix[4]:ix[5]], part[ix[6]:ix[7]])
		}
		next()
		for _, ix := range monthDay.FindAllStringSubmatchIndex(part, -1) {
			add(w[0]+ix[0], w[0]+ix[1], group(part, ix, 3), part[ix[2]:ix[3]], part[ix[4]:ix[5]])
		}
		next()
		for _, ix := range dayMonth.FindAllStringSubmatchIndex(part, -1) {
			add(w[0]+ix[0], w[0]+ix[1], group(part, ix, 3), part[ix[4]:ix[5]], part[ix[2]:ix[3]])
		}
	}
	sortMentions(out)
	return out
}

// dateWindows returns, in order, disjoint stretches of text that hold
// every match of the date patterns: around each month name and each run of
// four digits followed by a hyphen, a few words either side. Running the
// patterns on these stretches rather than on the whole text finds the same
// dates for a fraction of the cost. A stretch begins and ends next to a
// character that is not an ASCII word character, so the patterns' word
// boundaries fall where they would in the whole text.
func dateWindows(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		word := text[i:j]
		if monthWords[word] || (len(word) == 4 && allDigits(word) && j < len(text) && text[j] == '-') {
			from, to := extendLeft(text, i), extendRight(text, j)
			if n := len(out); n > 0 && from <= out[n-1][1] {
				out[n-1][1] = max(out[n-1][1], to)
			} else {
				out = append(out, [2]int{from, to})
			}
		}
		i = j
	}
	return out
}

// monthWords are the spellings monthNames accepts.
var monthWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(strings.Trim(monthNames, "()"), "|") {
		m[w] = true
	}
	return m
}()

// dateReach is how many runs of white space and word characters a date
// spans on either side of a month name or a year: "27th of September,
// 2020" has three before the month and two after.
const dateReach = 4

// extendLeft moves i left over dateReach runs of white space and word
// characters.
func extendLeft(text string, i int) int {
	for range dateReach {
		for i > 0 && isSpaceByte(text[i-1]) {
			i--
		}
		for i > 0 && isWordByte(text[i-1]) {
			i--
		}
	}
	return i
}

// extendRight moves j right over dateReach runs of a punctuation mark, white
// space and word characters.
func extendRight(text string, j int) int {
	for range dateReach {
		if j < len(text) && strings.IndexByte(".,-", text[j]) >= 0 {
			j++
		}
		for j < len(text) && isSpaceByte(text[j]) {
			j++
		}
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
	}
	return j
}

// isWordByte reports whether b is an ASCII word character, as \b sees it.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isSpaceByte reports whether b is white space, as \s sees it.
func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// group returns submatch n of a match, or "" when it did not take part.
func group(text string, ix []int, n int) string {
	if ix[2*n] < 0 {
		return ""
	}
	return text[ix[2*n]:ix[2*n+1]]
}

// monthNumber reads a month name or a two-digit month number.
func monthNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if len(s) < 3 {
		return 0
	}
	return months[strings.ToLower(s[:3])]
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// valid reports whether the day exists in that month (of a leap year when
// the year is unknown).
func valid(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	y := year
	if y == 0 {
		y = 2000
	}
	return day <= time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func sortMentions(m []mention) {
	sort.Slice(m, func(i, j int) bool { return m[i].Start < m[j].Start })
}

// Bases of dates found in a body, as TimelineEvent.Basis words them.
const (
	basisText      = "date in the text"
	basisNearby    = "year from another date in the text"
	basisPublished = "year from the publication date"
)

// yearAnchor is a date that lends its year to dates written without one,
// with the basis those dates are given. The zero value lends nothing.
type yearAnchor struct {
	date  time.Time
	basis string
	// onsetOnly restricts the anchor to onsets no later than date: a
	// thread's reports lend a year to the start of what is still going on,
	// not to a point event that recurs from year to year.
	onsetOnly bool
}

// datedMention is a mention with its year resolved, and how it was.
type datedMention struct {
	mention
	basis string
}

// resolveYears gives each date without a year the year of the nearest
// dated mention before it in the same text, else of the first one after
// it, else the year yearBefore gives for the anchor (the publication date,
// or a date lent by other documents). Dates still without a year are
// dropped: a year is never guessed.
func resolveYears(ms []mention, anchor yearAnchor) []datedMention {
	out := make([]datedMention, 0, len(ms))
	for i, m := range ms {
		basis := basisText
		if m.Year == 0 {
			m.Year, basis = anchorYear(ms, i), basisNearby
		}
		if m.Year == 0 {
			if m.Year = anchor.yearFor(m); m.Year != 0 {
				basis = anchor.basis
			}
		}
		if m.Year != 0 && valid(m.Year, m.Month, m.Day) {
			out = append(out, datedMention{m, basis})
		}
	}
	return out
}

// yearFor returns the year a lends to m, or 0 when it lends none.
func (a yearAnchor) yearFor(m mention) int {
	if a.date.IsZero() || a.onsetOnly && !m.Onset {
		return 0
	}
	y := yearBefore(a.date, m.Month, m.Day)
	if a.onsetOnly && time.Date(y, time.Month(m.Month), m.Day, 0, 0, 0, 0, time.UTC).After(a.date) {
		return 0
	}
	return y
}

// yearBefore returns the year of the latest occurrence of month-day that
// falls no more than two months after anchor: news reports what happened,
// rarely what is far ahead. February 29 may come out in a common year,
// which the caller drops as no date.
func yearBefore(anchor time.Time, month, day int) int {
	limit := anchor.AddDate(0, 2, 0)
	y := limit.Year()
	if time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).After(limit) {
		y--
	}
	return y
}

// anchorYear returns the year of the nearest mention with a year before i,
// else after i, else 0.
func anchorYear(ms []mention, i int) int {
	for j := i - 1; j >= 0; j-- {
		if ms[j].Year != 0 {
			return ms[j].Year
		}
	}
	for j := i + 1; j < len(ms); j++ {
		if ms[j].Year != 0 {
			return ms[j].Year
		}
	}
	return 0
}

// iso formats a resolved mention as YYYY-MM-DD.
func (m mention) iso() string {
	return time.Date(m.Year, time.Month(m.Month), m.Day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// dayPrefix begins the key of a calendar day; the vocabulary counts day
// keys as it counts entity ids, as terms no word can spell.
const dayPrefix = "day:"

// spanDays is the width of the spans of days that dayKeys also names a
// date by. Reports of one development name nearby days more often than
// the same day; two grids of spans, offset by half a span, make any two
// days less than spanDays/2 apart share a span.
const spanDays = 10

// dayKeys returns keys for each calendar day the text names: the day, and
// the two spans of days that hold it. Month and day only, since news often
// leaves out the year: two reports naming the same or nearby days are
// likely about the same development, and two naming days months apart
// likely are not.
func dayKeys(text string) []string {
	var keys []string
	for _, m := range findDates(text) {
		// Day of a common year: the spans are the same whatever the year.
		doy := time.Date(2001, time.Month(m.Month), m.Day, 0, 0, 0, 0, time.UTC).YearDay()
		keys = append(keys,
			fmt.Sprintf("%s%02d-%02d", dayPrefix, m.Month, m.Day),
			fmt.Sprintf("%sa%d", dayPrefix, doy/spanDays),
			fmt.Sprintf("%sb%d", dayPrefix, (doy+spanDays/2)/spanDays))
	}
	return keys
}
