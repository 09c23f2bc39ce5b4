package story

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// maxEventLen bounds the text of a timeline event, in runes.
const maxEventLen = 200

// Timeline orders the dated events and statements of items: dated
// statements, publication dates, and explicit dates in bodies and captions.
// A date without a year takes one as resolveYears says; in a document with
// no publication date, the year is lent by the publication dates of the
// other documents of its story (see storyAnchors). A date still without a
// year is left out. Events with the same date and text are one event
// listing all their sources.
func Timeline(items []Item, stories []parallax.Story, threads []parallax.Thread) []parallax.TimelineEvent {
	lent := lentAnchors(items, stories, threads)
	var tl timeline
	for _, it := range items {
		tl.addItem(it, lent[it.Doc.ID])
	}
	return tl.events()
}

// Bases of the dates that are not found in a body.
const (
	basisPublication = "publication date"
	basisStatement   = "statement date"
	basisCaption     = "caption date"
)

type timeline struct {
	byKey map[string]*parallax.TimelineEvent
	order []string
}

func (tl *timeline) add(date, event, basis, doc, stmt string) {
	if tl.byKey == nil {
		tl.byKey = map[string]*parallax.TimelineEvent{}
	}
	key := date + "\x00" + strings.ToLower(event)
	e := tl.byKey[key]
	if e == nil {
		e = &parallax.TimelineEvent{Date: date, Event: event, Docs: []string{}, Statements: []string{}, Basis: basis}
		tl.byKey[key] = e
		tl.order = append(tl.order, key)
	}
	if doc != "" && !contains(e.Docs, doc) {
		e.Docs = append(e.Docs, doc)
	}
	if stmt != "" && !contains(e.Statements, stmt) {
		e.Statements = append(e.Statements, stmt)
	}
}

// addItem adds the events of one document. lent is the year anchor other
// documents lend it, used only when it has no publication date.
func (tl *timeline) addItem(it Item, lent yearAnchor) {
	d := it.Doc
	published := publishedDate(d)
	anchor := lent
	if !published.IsZero() {
		tl.add(published.Format("2006-01-02"), "Published: "+clip(firstNonEmpty(d.Title, d.ID)), basisPublication, d.ID, "")
		anchor = yearAnchor{date: published, basis: basisPublished}
	}
	// One sentence, one place: a sentence that reports a statement is
	// placed by the statement's date, when it was said, and not by the
	// dates of what it reports; a deadline is no event.
	starts := byteOffsets(d.Body, it.Statements)
	var spans []sentenceSpan // dated sentences that report statements
	dated := resolveYears(findDates(d.Body), anchor)
	place := sentencePlaces(d.Body, dated)
	for i, m := range dated {
		if m.Deadline {
			continue
		}
		from, to := sentenceAround(d.Body, m.Start, m.End)
		event := clip(d.Body[from:to])
		if holdsAny(starts, from, to) {
			spans = append(spans, sentenceSpan{from, to, m.iso(), event})
			continue
		}
		if place[from] == i {
			tl.add(m.iso(), event, m.basis, d.ID, "")
		}
	}
	for _, c := range d.Captions {
		for _, m := range findDates(c) {
			if m.Year != 0 && !m.Deadline { // a caption's own date only: photos are often older than the story
				tl.add(m.iso(), clip(c), basisCaption, d.ID, "")
			}
		}
	}
	for i, s := range it.Statements {
		if _, err := time.Parse("2006-01-02", s.Date); err != nil {
			continue
		}
		event := clip(statementEvent(s))
		for _, sp := range spans {
			// A statement in a sentence dated the day it was made is that
			// sentence's event.
			if sp.date == s.Date && starts[i] >= sp.from && starts[i] < sp.to {
				event = sp.event
				break
			}
		}
		tl.add(s.Date, event, basisStatement, d.ID, s.ID)
	}
}

// sentenceSpan is a dated sentence of a body: byte offsets, date, event.
type sentenceSpan struct {
	from, to    int
	date, event string
}

// sentencePlaces returns, for each sentence of body that names dates (by
// its byte offset), the index in dated of the one date it is placed on:
// the first that is neither a deadline nor an onset, else the first that
// is not a deadline. "The dam broke on March 14 and was repaired by June
// 2" is an event of March 14 only.
func sentencePlaces(body string, dated []datedMention) map[int]int {
	place := map[int]int{}
	for i, m := range dated {
		if m.Deadline {
			continue
		}
		from, _ := sentenceAround(body, m.Start, m.End)
		if j, ok := place[from]; !ok || dated[j].Onset && !m.Onset {
			place[from] = i
		}
	}
	return place
}

// holdsAny reports whether one of the byte offsets lies in [from, to).
func holdsAny(offsets []int, from, to int) bool {
	for _, o := range offsets {
		if o >= from && o < to {
			return true
		}
	}
	return false
}

// publishedDate returns the day d was published, or the zero time.
func publishedDate(d parallax.Document) time.Time {
	t, _ := time.Parse("2006-01-02", prefix(d.Published, 10))
	return t
}

// maxLendingSpan bounds how far apart the publication dates of the
// documents lending a year may be: over a year apart, a month and day
// could fall in more than one of their years.
const maxLendingSpan = 366 * 24 * time.Hour

// lentAnchors returns, for each document of items without a publication
// date, the year anchor that the dated documents of its story give: their
// latest publication date, so that a month and day takes the year of its
// latest occurrence no more than two months after it (yearBefore).
//
// When its story has no dated document, its thread's dated documents lend
// a year to onsets only ("fighting which began on September 27"), and
// only when the onset falls on or before their latest date: a thread links
// stories of one kind that can be years apart (two riots, two cable cuts),
// and a point event's month and day recur every year, while the start of
// what the document reports as still going on belongs to the period of
// the thread's reports.
//
// Dated documents more than maxLendingSpan apart lend nothing.
func lentAnchors(items []Item, stories []parallax.Story, threads []parallax.Thread) map[string]yearAnchor {
	published := make(map[string]time.Time, len(items))
	for _, it := range items {
		if t := publishedDate(it.Doc); !t.IsZero() {
			published[it.Doc.ID] = t
		}
	}
	out := map[string]yearAnchor{}
	lend := func(docs []string, a yearAnchor) {
		if a.date.IsZero() {
			return
		}
		for _, d := range docs {
			if _, ok := published[d]; !ok {
				if _, ok := out[d]; !ok {
					out[d] = a
				}
			}
		}
	}
	storyDocs := make(map[string][]string, len(stories))
	for _, s := range stories {
		storyDocs[s.ID] = s.Docs
		lend(s.Docs, lendingAnchor(datesOf(s.Docs, published), "story"))
	}
	for _, th := range threads {
		var docs []string
		for _, s := range th.Stories {
			docs = append(docs, storyDocs[s]...)
		}
		a := lendingAnchor(datesOf(docs, published), "thread")
		a.onsetOnly = true
		lend(docs, a)
	}
	return out
}

// datesOf returns the publication dates of the docs that have one.
func datesOf(docs []string, published map[string]time.Time) []time.Time {
	var dates []time.Time
	for _, d := range docs {
		if t, ok := published[d]; ok {
			dates = append(dates, t)
		}
	}
	return dates
}

// lendingAnchor returns the anchor the publication dates of the documents
// of a story or thread (group) give, or the zero anchor when there are none
// or they are more than maxLendingSpan apart.
func lendingAnchor(dates []time.Time, group string) yearAnchor {
	if len(dates) == 0 {
		return yearAnchor{}
	}
	first, last := dates[0], dates[0]
	for _, t := range dates[1:] {
		if t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if last.Sub(first) > maxLendingSpan {
		return yearAnchor{}
	}
	const day = "2006-01-02"
	basis := "year from the " + group + "'s report dated " + last.Format(day)
	switch {
	case len(dates) > 1 && first.Equal(last):
		basis = "year from the " + group + "'s reports dated " + last.Format(day)
	case len(dates) > 1:
		basis = "year from the " + group + "'s reports dated " + first.Format(day) + " to " + last.Format(day)
	}
	return yearAnchor{date: last, basis: basis}
}

// byteOffsets converts the statements' rune offsets into body to byte
// offsets, in one pass over the body; an offset past the end gives -1.
func byteOffsets(body string, stmts []parallax.Statement) []int {
	out := make([]int, len(stmts))
	want := map[int][]int{}
	for i, s := range stmts {
		out[i] = -1
		want[s.Start] = append(want[s.Start], i)
	}
	n := 0
	for b := range body {
		for _, i := range want[n] {
			out[i] = b
		}
		n++
	}
	return out
}

// events returns the events in date order, and in the order they were
// found within a date.
func (tl *timeline) events() []parallax.TimelineEvent {
	out := make([]parallax.TimelineEvent, 0, len(tl.order))
	for _, k := range tl.order {
		out = append(out, *tl.byKey[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// statementEvent words a statement as an event: "Speaker: content".
func statementEvent(s parallax.Statement) string {
	if s.SpeakerName == "" {
		return s.Content
	}
	return s.SpeakerName + ": " + s.Content
}

// sentenceAround returns the byte span of the sentence of text that holds
// [start, end).
func sentenceAround(text string, start, end int) (int, int) {
	if end > start && strings.IndexByte(".!?", text[end-1]) >= 0 {
		end-- // a date that ends its sentence takes the full stop: "on 28 February."
	}
	from := strings.LastIndexAny(text[:start], ".!?\n") + 1
	to := strings.IndexAny(text[end:], ".!?\n")
	if to < 0 {
		to = len(text)
	} else {
		to += end + 1
	}
	return from, to
}

// clip shortens s to maxEventLen runes, at a word boundary when it can.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxEventLen {
		return s
	}
	r := []rune(s)[:maxEventLen]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > maxEventLen/2 {
		cut = cut[:i]
	}
	return cut + " …"
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
