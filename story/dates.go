package story

import (
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
	taken := func(start, end int) bool {
		for _, m := range out {
			if start < m.End && m.Start < end {
				return true
			}
		}
		return false
	}
	add := func(start, end int, year, month, day string) {
		if taken(start, end) {
			return
		}
		m := mention{Start: start, End: end, Month: monthNumber(month), Day: atoi(day), Year: atoi(year)}
		if m.Year < 1800 || m.Year > 2199 {
			m.Year = 0
		}
		if !valid(m.Year, m.Month, m.Day) {
			return
		}
		out = append(out, m)
	}
	for _, ix := range isoDate.FindAllStringSubmatchIndex(text, -1) {
		add(ix[0], ix[1], text[ix[2]:ix[3]], text[ix[4]:ix[5]], text[ix[6]:ix[7]])
	}
	for _, ix := range monthDay.FindAllStringSubmatchIndex(text, -1) {
		add(ix[0], ix[1], group(text, ix, 3), text[ix[2]:ix[3]], text[ix[4]:ix[5]])
	}
	for _, ix := range dayMonth.FindAllStringSubmatchIndex(text, -1) {
		add(ix[0], ix[1], group(text, ix, 3), text[ix[4]:ix[5]], text[ix[2]:ix[3]])
	}
	sortMentions(out)
	return out
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

// resolveYears gives each date without a year the year of the nearest
// dated mention before it in the same text, else of the first one after
// it, else of the publication date (published year, 0 when unknown). A
// date taken from the publication year that would fall more than two
// months after publication is put in the year before: news reports what
// happened, rarely what is far ahead. Dates still without a year are
// dropped: a year is never guessed.
func resolveYears(ms []mention, published time.Time) []mention {
	out := ms[:0:0]
	for i, m := range ms {
		if m.Year == 0 {
			m.Year = anchorYear(ms, i)
		}
		if m.Year == 0 && !published.IsZero() {
			m.Year = published.Year()
			if time.Date(m.Year, time.Month(m.Month), m.Day, 0, 0, 0, 0, time.UTC).After(published.AddDate(0, 2, 0)) {
				m.Year--
			}
		}
		if m.Year != 0 && valid(m.Year, m.Month, m.Day) {
			out = append(out, m)
		}
	}
	return out
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

// bodyDay estimates when an undated text was written from the dates it
// gives with a year: the latest of them, since news reports what has
// happened and rarely dates what is ahead.
func bodyDay(text string) (int, bool) {
	if len(text) > 200 {
		text = text[:200]
	}
	best, ok := 0, false
	for _, m := range resolveYears(findDates(text), time.Time{}) {
		day := int(time.Date(m.Year, time.Month(m.Month), m.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
		if !ok || day > best {
			best, ok = day, true
		}
	}
	return best, ok
}

// dayPrefix begins the key of a calendar day; the vocabulary counts day
// keys as it counts entity ids, as terms no word can spell.
const dayPrefix = "day:"

// dayKeys returns a key for each calendar day the text names, month and
// day only, since news often leaves out the year: two reports naming the
// same days are likely about the same development.
func dayKeys(text string) []string {
	var keys []string
	for _, m := range findDates(text) {
		keys = append(keys, fmt.Sprintf("%s%02d-%02d", dayPrefix, m.Month, m.Day))
	}
	return keys
}
