package compare

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// A story often tells of several happenings of one kind: the bombing of
// one day and that of the day before, a quake and an earlier one in the
// same region. What a statement says of one does not contradict what
// another says of the other, however alike their words. A statement's
// occasion is the days it gives what it speaks of, by name ("in
// Thursday's bombing", "in September"); when it names the happening only
// by a definite noun ("seven people were killed in those bombings"), the
// days of the sentence before it that names that happening ("The
// Wednesday bombings in the north …") are its own.

// occasion is when a statement places what it speaks of: the weekdays,
// the months and the years it names, as lower-cased names and numbers.
type occasion struct {
	weekdays, months, years []string
}

// relativeDays are the words that name a day by its distance from the
// day of the report ("yesterday"), in days before it.
var relativeDays = map[string]int{"today": 0, "tonight": 0, "yesterday": 1}

// occasionOf reads the occasion of a statement: its content, with the
// text of its document before it for a happening it names by a definite
// noun, and the day it was made (zero when not known), which
// dates "yesterday" and "today".
func occasionOf(content, before string, day time.Time) occasion {
	o := daysNamed(content, day)
	if !o.empty() {
		return o
	}
	noun := definiteHappening(splitWords(content))
	if noun == "" {
		return o
	}
	for _, sentence := range sentencesBefore(before) {
		words := splitWords(sentence)
		if slices.ContainsFunc(words, func(w string) bool { return term(strings.ToLower(w)) == noun }) {
			return daysNamed(sentence, day)
		}
	}
	return o
}

// daysNamed returns the weekdays and months that text names, "yesterday"
// and "today" as the weekday they were when day is known, but not in a
// clause that tells of something before or beside what it speaks of
// ("the biggest protest since he took office last October").
func daysNamed(text string, day time.Time) occasion {
	var o occasion
	var words []string
	for _, clause := range rawClauses(text) {
		if !cueSets["background"][strings.ToLower(clause[0])] {
			words = append(words, clause...)
		}
	}
	for k, raw := range words {
		w := fold(strings.ToLower(raw))
		if back, ok := relativeDays[w]; ok && !day.IsZero() {
			w = strings.ToLower(day.AddDate(0, 0, -back).Weekday().String())
		}
		switch {
		case isWeekday(w):
			o.weekdays = appendNew(o.weekdays, w)
		case isMonth(w) && monthName(words, k):
			o.months = appendNew(o.months, w)
		case isYear(w):
			o.years = appendNew(o.years, w)
		case w == "year" && k > 0 && !day.IsZero():
			if back, ok := periodsBack[strings.ToLower(words[k-1])]; ok {
				o.years = appendNew(o.years, strconv.Itoa(day.Year()-back))
			}
		case w == "month" && k > 0 && !day.IsZero():
			if back, ok := periodsBack[strings.ToLower(words[k-1])]; ok {
				o.months = appendNew(o.months, strings.ToLower(day.AddDate(0, -back, 0).Month().String()))
			}
		}
	}
	return o
}

// periodsBack are the words that name a year or a month by its distance
// from that of the report ("last year", "next month"), in years or months
// before it.
var periodsBack = map[string]int{"this": 0, "last": 1, "next": -1}

// isYear says whether a word is a year of the last two centuries written
// in digits ("2004").
func isYear(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && 1900 <= n && n < 2100
}

// isWeekday says whether a lower-cased word is the English name of a day
// of the week.
func isWeekday(w string) bool { return weekdayNames[w] }

// isMonth says whether a lower-cased word is the English name of a month.
func isMonth(w string) bool { return monthNames[w] }

// weekdayNames and monthNames are the lower-cased names isWeekday and
// isMonth know: looked up once each rather than spelt anew for every word.
var weekdayNames, monthNames = func() (days, months map[string]bool) {
	days, months = map[string]bool{}, map[string]bool{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		days[strings.ToLower(d.String())] = true
	}
	for m := time.January; m <= time.December; m++ {
		months[strings.ToLower(m.String())] = true
	}
	return days, months
}()

// monthName says whether the k-th of words, the name of a month, names
// it: written as a name, and not after an article, which makes a noun of
// it ("the march", "the May rally" aside, "in March").
func monthName(words []string, k int) bool {
	return isName(words[k]) && (k == 0 || !cueSets["definite"][strings.ToLower(words[k-1])] && strings.ToLower(words[k-1]) != "a")
}

// definiteHappening returns the term of the first noun of content that a
// definite or demonstrative word opens ("the attack", "those bombings")
// and that names a happening in the lexicon, or "".
func definiteHappening(words []string) string {
	for k := 0; k+1 < len(words); k++ {
		if !cueSets["definite"][strings.ToLower(words[k])] {
			continue
		}
		for _, raw := range words[k+1 : min(len(words), k+1+placePhrase)] {
			w := strings.ToLower(raw)
			if stopwords[w] {
				break
			}
			if isA(fold(w), "happening") {
				return term(w)
			}
		}
	}
	return ""
}

// sentencesBefore returns the last sentences of text, the nearest first,
// at most occasionSentences of them besides the one text ends in. A
// period after a single letter ends an initial ("the U. S. State
// Department"), not a sentence.
func sentencesBefore(text string) []string {
	var out []string
	end := len(text)
	for i := len(text) - 2; i >= 0 && len(out) < occasionSentences; i-- {
		if !sentenceEnd(text, i) {
			continue
		}
		if strings.TrimSpace(text[i+1:end]) != "" {
			out = append(out, text[i+1:end])
		}
		end = i + 1
	}
	if len(out) < occasionSentences {
		out = append(out, text[:end])
	}
	return out
}

// occasionSentences bounds the sentences before a statement read for the
// happening it names by a definite noun: its own and the one before.
const occasionSentences = 2

// sentenceEnd says whether text[i], not its last byte, ends a sentence:
// a line's end, or a stop that a space, a line's end or a closing quote
// follows, after a word rather than an initial.
func sentenceEnd(text string, i int) bool {
	if text[i] == '\n' {
		return true
	}
	if strings.IndexByte(".!?", text[i]) < 0 || initial(text[:i]) {
		return false
	}
	next := strings.TrimLeft(text[i+1:], "\"'”’")
	return next == "" || next[0] == ' ' || next[0] == '\n'
}

// initial says whether text ends in a single letter, an initial when a
// period follows it.
func initial(text string) bool {
	n := len(text)
	return n > 0 && isLetter(text[n-1]) && (n == 1 || !isLetter(text[n-2]))
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// monthsAround returns the months of the week up to a day: a statement
// that names no day speaks, as far as is known, of the days before its
// report.
func monthsAround(day time.Time) []string {
	var out []string
	for back := 0; back < 7; back++ {
		out = appendNew(out, strings.ToLower(day.AddDate(0, 0, -back).Month().String()))
	}
	return out
}

// otherOccasions says whether two statements are shown to speak of
// different happenings by when they place them: they name weekdays, or
// months, and none in common; or one names months and the other, naming
// none, was reported in a week none of whose days is in them. A
// statement that names no day speaks, as far as is known, of the
// happening its report opens with: the months of the report's opening
// lines are its own, set against a statement that names its own. The
// weekdays there may be those of the report's news ("the agency on
// Friday condemned the bombing"), not of the happening.
func otherOccasions(a, b *stmt) bool {
	x, y := a.occasion, b.occasion
	if dayBeside(a, b) || dayBeside(b, a) {
		return true
	}
	switch {
	case x.empty() && y.empty():
		return false
	case x.empty():
		x = occasion{months: a.opening.months}
	case y.empty():
		y = occasion{months: b.opening.months}
	}
	if disjoint(x.weekdays, y.weekdays) || disjoint(x.months, y.months) || disjoint(x.years, y.years) {
		return true
	}
	return monthApart(x, y, b.day) || monthApart(y, x, a.day) || yearApart(x, y, b.day) || yearApart(y, x, a.day)
}

// dayBeside says whether statement a places what it speaks of on
// weekdays that neither its report's opening nor b's names, and b names
// no day: b speaks of what its report opens with, and a of a happening
// beside it ("seven were killed in those bombings", of the Wednesday
// bombings a report of Thursday's air raid recalls, against "the raid
// caused no casualties"). The weekdays of an opening may be those of the
// news rather than of the happening ("the agency on Friday condemned the
// raid"), so that a's day in its own report's opening is a's happening.
func dayBeside(a, b *stmt) bool {
	return b.occasion.empty() && disjoint(a.occasion.weekdays, a.opening.weekdays) &&
		disjoint(a.occasion.weekdays, b.opening.weekdays)
}

func (o occasion) empty() bool {
	return len(o.weekdays) == 0 && len(o.months) == 0 && len(o.years) == 0
}

// yearApart says whether occasion x names years and y, reported on day,
// names none, and neither the year of that day nor the year before it,
// of which a report may still tell, is one of x's.
func yearApart(x, y occasion, day time.Time) bool {
	if len(x.years) == 0 || len(y.years) > 0 || day.IsZero() {
		return false
	}
	return disjoint(x.years, []string{strconv.Itoa(day.Year()), strconv.Itoa(day.Year() - 1)})
}

// openingRunes bounds the opening of a report read for the months and
// places of the happening it tells of.
const openingRunes = 400

// opening is what a report's opening lines name of the happening it
// tells of: its weekdays and months, and the places it is said to befall
// (see qualifiers).
type opening struct {
	weekdays, months, places []string
}

// readOpening reads the months and places a report's opening lines name.
func readOpening(body string) opening {
	n := 0
	for i := range body {
		if n == openingRunes {
			body = body[:i]
			break
		}
		n++
	}
	var q qualifiers
	last := ""
	for _, words := range rawClauses(body) {
		last = q.read(words, last)
	}
	days := daysNamed(body, time.Time{})
	return opening{weekdays: days.weekdays, months: days.months, places: q.places}
}

// monthApart says whether occasion x names months and y, reported on day,
// names none, and the week before that day, of which y speaks as far as
// is known, is in none of x's months.
func monthApart(x, y occasion, day time.Time) bool {
	if len(x.months) == 0 || len(y.months) > 0 || day.IsZero() {
		return false
	}
	return disjoint(x.months, monthsAround(day))
}

// A claim reprinted in several reports may give its day in one and not
// in another ("12 people were killed in Thursday's bombing", "at least 12
// people had been killed"): it is one claim, of one happening.

// occasionsShared bounds the statements of one speaker whose occasions a
// statement that names none is checked against.
const occasionsShared = 16

// shareOccasions gives each statement that names no day the occasion of
// a statement of the same speaker in its storyline that says the same
// (their terms alike as in repeats) and names one.
func shareOccasions(all []*stmt, claims []claim, lines []string) {
	dated := map[string][]int{}
	for i, x := range all {
		if k := speakerKey(x); k != "" && !x.occasion.empty() {
			key := lines[i] + "\x00" + k
			dated[key] = append(dated[key], i)
		}
	}
	for i, x := range all {
		k := speakerKey(x)
		if k == "" || !x.occasion.empty() {
			continue
		}
		ds := dated[lines[i]+"\x00"+k]
		for _, j := range ds[max(0, len(ds)-occasionsShared):] {
			if dice(claims[i].terms, claims[j].terms) >= repeatSimilar {
				x.occasion = all[j].occasion
				break
			}
		}
	}
}
