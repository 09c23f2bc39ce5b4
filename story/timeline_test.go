package story

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// storiesOf builds stories over docs, each a list of document indexes.
func storiesOf(docs []Item, stories ...[]int) []parallax.Story {
	var out []parallax.Story
	for i, members := range stories {
		s := parallax.Story{ID: fmt.Sprintf("s-%d", i)}
		for _, d := range members {
			s.Docs = append(s.Docs, docs[d].Doc.ID)
		}
		out = append(out, s)
	}
	return out
}

func TestTimelineLendsYears(t *testing.T) {
	const flood = "The dam at Varne gave way on March 14 after a week of rain."
	undated := item("Varne dam breaks", flood, "")
	report := func(published string) Item {
		return item("Varne rebuilds, "+published, "Crews in Varne began clearing the valley.", published)
	}
	for _, tc := range []struct {
		name    string
		docs    []Item  // docs[0] holds the event checked
		stories [][]int // document indexes per story
		want    string  // date and basis of the flood event; "" when it is left out
	}{
		{"year from the story",
			[]Item{undated, report("2031-04-02"), report("2031-03-20")}, [][]int{{0, 1, 2}},
			"2031-03-14 year from the story's reports dated 2031-03-20 to 2031-04-02"},
		{"latest occurrence no more than two months after the latest report",
			[]Item{undated, report("2031-01-05")}, [][]int{{0, 1}},
			"2030-03-14 year from the story's report dated 2031-01-05"},
		{"no year when the story's reports are more than 366 days apart",
			[]Item{undated, report("2031-04-02"), report("2030-03-31")}, [][]int{{0, 1, 2}},
			""},
		{"a year apart is still one year",
			[]Item{undated, report("2031-04-02"), report("2030-04-02")}, [][]int{{0, 1, 2}},
			"2031-03-14 year from the story's reports dated 2030-04-02 to 2031-04-02"},
		{"no year from another story",
			[]Item{undated, report("2031-04-02")}, [][]int{{0}, {1}},
			""},
		{"no year without a story",
			[]Item{undated, report("2031-04-02")}, nil,
			""},
		{"no year when the story has no dated document",
			[]Item{undated, report("")}, [][]int{{0, 1}},
			""},
		{"a date in the document's own text wins",
			[]Item{item("Varne dam breaks", flood+" Repairs had ended on June 2, 2029.", ""), report("2031-04-02")}, [][]int{{0, 1}},
			"2029-03-14 year from another date in the text"},
		{"the document's publication date wins",
			[]Item{item("Varne dam breaks", flood, "2029-05-01"), report("2031-04-02")}, [][]int{{0, 1}},
			"2029-03-14 year from the publication date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range Timeline(tc.docs, storiesOf(tc.docs, tc.stories...), nil) {
				if strings.HasPrefix(e.Event, "The dam at Varne") {
					got = append(got, e.Date+" "+e.Basis)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("flood event dated %q, want it left out", got)
			case tc.want != "" && (len(got) != 1 || got[0] != tc.want):
				t.Errorf("flood event dated %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTimelineThreadLendsOnsets checks that a thread lends its reports'
// year only to the start of what a document reports as going on, and only
// on or before the thread's latest report.
func TestTimelineThreadLendsOnsets(t *testing.T) {
	const siege = "The siege of Varne, ongoing since March 14, has cut the valley off. Its mayor was hurt on March 20."
	undated := item("Varne under siege", siege, "")
	report := item("Talks on Varne", "Envoys met in Castelmar to discuss the valley.", "2031-04-02")
	other := item("Varne in numbers", "Figures on the valley.", "")
	docs := []Item{undated, report, other}
	stories := storiesOf(docs, []int{0, 2}, []int{1})
	thread := []parallax.Thread{{ID: "t-0", Stories: []string{stories[0].ID, stories[1].ID}}}
	for _, tc := range []struct {
		name    string
		threads []parallax.Thread
		want    []string // date and basis of every event of the undated document
	}{
		{"the onset takes the thread's year, the point event none", thread,
			[]string{"2031-03-14 year from the thread's report dated 2031-04-02"}},
		{"no thread, no year", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range Timeline(docs, stories, tc.threads) {
				if contains(e.Docs, undated.Doc.ID) {
					got = append(got, e.Date+" "+e.Basis)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTimelineBasis(t *testing.T) {
	const sentence = "On March 14 the dam at Varne gave way."
	dated := item("Dam breaks", sentence+" Mayor Holt said the valley is safe.", "2031-03-20")
	dated.Statements = []parallax.Statement{{ID: "s1", Doc: dated.Doc.ID, SpeakerName: "Mayor Holt", Date: "2031-03-15", Content: "the valley is safe",
		Start: len(sentence) + len(" Mayor Holt said ")}}
	dated.Doc.Captions = []string{"The dam at Varne, photographed on May 2, 2019.", "The valley on April 1."}
	undated := item("Dam breaks, update", sentence, "")
	stories := storiesOf([]Item{dated, undated}, []int{0, 1})
	for _, tc := range []struct {
		name  string
		items []Item
		want  []string // date, basis and sources of every event, in order
	}{
		{"each kind of date, and a merged event keeps the first basis",
			[]Item{dated, undated},
			[]string{
				"2019-05-02 caption date [" + dated.Doc.ID + "]",
				"2031-03-14 year from the publication date [" + dated.Doc.ID + " " + undated.Doc.ID + "]",
				"2031-03-15 statement date [" + dated.Doc.ID + "]",
				"2031-03-20 publication date [" + dated.Doc.ID + "]",
			}},
		{"the first source seen gives the basis",
			[]Item{undated, dated},
			[]string{
				"2019-05-02 caption date [" + dated.Doc.ID + "]",
				"2031-03-14 year from the story's report dated 2031-03-20 [" + undated.Doc.ID + " " + dated.Doc.ID + "]",
				"2031-03-15 statement date [" + dated.Doc.ID + "]",
				"2031-03-20 publication date [" + dated.Doc.ID + "]",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range Timeline(tc.items, stories, nil) {
				got = append(got, fmt.Sprintf("%s %s %v", e.Date, e.Basis, e.Docs))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestTimelineOneSentenceOnePlace checks that a sentence reporting a
// statement is placed by the statement's date, not by a date of what it
// reports, that a sentence naming several days is placed once, on the
// day it reports rather than the start of what it reports, and that a
// deadline is no event.
func TestTimelineOneSentenceOnePlace(t *testing.T) {
	const (
		signed = "The truce was signed in Sarn on 9 March."
		said   = "The ministry said on Friday that its units had left under the truce signed on 9 March."
		until  = "The council extended its mission until 18 April."
		twice  = "Fighting that began on 21 February flared again on 2 March."
		by     = "Both sides must withdraw by 30 April."
	)
	it := item("Truce holds", signed+" "+said+" "+until+" "+by+" "+twice, "2026-03-14")
	it.Statements = []parallax.Statement{{ID: "s1", Doc: it.Doc.ID, SpeakerName: "Ministry", Date: "2026-03-13",
		Content: "its units had left under the truce signed on 9 March", Start: strings.Index(it.Doc.Body, "its units")}}
	var got []string
	for _, e := range Timeline([]Item{it}, nil, nil) {
		got = append(got, e.Date+" "+e.Event)
	}
	want := []string{
		"2026-03-02 " + twice,
		"2026-03-09 " + signed,
		"2026-03-13 Ministry: its units had left under the truce signed on 9 March",
		"2026-03-14 Published: Truce holds",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestIsDeadline(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"extended until 18 April", true},
		{"must leave by the 30 April", true},
		{"no later than 5 May", true},
		{"signed on 9 March", false},
		{"began on 21 February", false},
		{"Varne, 9 March", false},
	} {
		ms := findDates(tc.text)
		if len(ms) != 1 {
			t.Fatalf("%q: %d dates, want 1", tc.text, len(ms))
		}
		if ms[0].Deadline != tc.want {
			t.Errorf("%q: deadline %v, want %v", tc.text, ms[0].Deadline, tc.want)
		}
	}
}
