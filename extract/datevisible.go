package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// monthNames are month names, full and abbreviated, in the languages whose
// pages most often print dates in words.
var monthNames = [][12]string{
	{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
	{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
	{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
	{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
}

var monthByName = func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, names := range monthNames {
		for i, n := range names {
			if _, ok := m[n]; !ok {
				m[n] = time.Month(i + 1)
			}
		}
	}
	return m
}()

// The forms a page prints a day in. A numeric date with dots is day first
// in every language that writes it so; one with slashes may be either.
var (
	isoDay     = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:\b|T)`)
	dottedDay  = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)?\d\d)\b`)
	slashedDay = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b`)
	monthWord  = `(\pL{3,9})\.?`
	dayMonth   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?` + monthWord + `\s+(?:de\s+)?((?:19|20)\d\d)\b`)
	monthDay   = regexp.MustCompile(`(?i)\b` + monthWord + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
)

// printedDay is a calendar day printed in a text, at a byte offset.
type printedDay struct {
	t   time.Time
	at  int
	src string // the date as printed
}

// maxPrinted bounds how many printed days one text gives.
const maxPrinted = 200

// printedDays returns the valid calendar days text prints, in order.
func printedDays(text string) []printedDay {
	var out []printedDay
	add := func(loc []int, y, m, d string) {
		at := loc[0]
		yy, _ := strconv.Atoi(y)
		if len(y) == 2 {
			yy += 2000
		}
		mm, _ := strconv.Atoi(m)
		dd, _ := strconv.Atoi(d)
		if t, ok := validDay(yy, mm, dd); ok {
			out = append(out, printedDay{t: t, at: at, src: text[loc[0]:loc[1]]})
		}
	}
	for _, m := range isoDay.FindAllStringSubmatchIndex(text, maxPrinted) {
		add(m, text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
	}
	for _, m := range dottedDay.FindAllStringSubmatchIndex(text, maxPrinted) {
		add(m, text[m[6]:m[7]], text[m[4]:m[5]], text[m[2]:m[3]])
	}
	for _, m := range slashedDay.FindAllStringSubmatchIndex(text, maxPrinted) {
		a, b := text[m[2]:m[3]], text[m[4]:m[5]]
		// With both parts 12 or less the order is unknown: both readings
		// are kept, for a check of whether a day is printed.
		if atoi(a) <= 12 {
			add(m, text[m[6]:m[7]], a, b)
		}
		if atoi(b) <= 12 {
			add(m, text[m[6]:m[7]], b, a)
		}
	}
	for _, m := range dayMonth.FindAllStringSubmatchIndex(text, maxPrinted) {
		if mon, ok := monthByName[strings.ToLower(text[m[4]:m[5]])]; ok {
			add(m, text[m[6]:m[7]], strconv.Itoa(int(mon)), text[m[2]:m[3]])
		}
	}
	for _, m := range monthDay.FindAllStringSubmatchIndex(text, maxPrinted) {
		if mon, ok := monthByName[strings.ToLower(text[m[2]:m[3]])]; ok {
			add(m, text[m[6]:m[7]], strconv.Itoa(int(mon)), text[m[4]:m[5]])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// validDay returns the day y-m-d when it exists in the calendar.
func validDay(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// dateShown reports whether text prints the day of t.
func dateShown(days []printedDay, t time.Time) bool {
	for _, p := range days {
		if sameDay(p.t, t) {
			return true
		}
	}
	return false
}
