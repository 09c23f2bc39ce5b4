package report

import (
	"cmp"
	"fmt"
	"slices"
)

// StorySummary is a story in a listing: its size, dates and how disputed it
// is.
type StorySummary struct {
	ID         string `json:"id"`
	Label      string `json:"label"`
	Docs       int    `json:"docs"`
	First      string `json:"first"` // earliest publication date, or ""
	Last       string `json:"last"`
	Statements int    `json:"statements"`
	Conflicts  int    `json:"conflicts"`
	Disputed   int    `json:"disputed"` // questions one speaker affirms and another denies
}

// Summarize counts what a story holds.
func Summarize(sv *StoryView) StorySummary {
	sum := StorySummary{ID: sv.ID, Label: sv.Label, Docs: len(sv.Docs), Statements: len(sv.Statements)}
	for _, d := range sv.Docs {
		if d.Published == "" {
			continue
		}
		if sum.First == "" || d.Published < sum.First {
			sum.First = d.Published
		}
		sum.Last = max(sum.Last, d.Published)
	}
	for _, g := range sv.Conflicts {
		sum.Conflicts += len(g.Pairs)
	}
	for _, row := range sv.Matrix {
		if row.Disputed {
			sum.Disputed++
		}
	}
	return sum
}

// ByDispute orders stories for a reader with little time: the most
// disputed questions first, then the most conflicts, then the most
// documents, then the latest.
func ByDispute(a, b StorySummary) int {
	return cmp.Or(-cmp.Compare(a.Disputed, b.Disputed), -cmp.Compare(a.Conflicts, b.Conflicts),
		-cmp.Compare(a.Docs, b.Docs), -cmp.Compare(a.Last, b.Last), cmp.Compare(a.ID, b.ID))
}

// Dates is the span of the story's publication dates: "2026-03-14 to
// 2026-03-18", one date, or "".
func (s StorySummary) Dates() string {
	if s.Last != s.First {
		return s.First + " to " + s.Last
	}
	return s.First
}

// Digest is what the head of a report shows: the stories most worth
// reading, the questions most disputed and the newest conflicts.
type Digest struct {
	Stories  []StorySummary // ordered by ByDispute
	Disputed []DisputedQuestion
	Newest   []DatedConflict
	Loose    int // documents in no story
	Total    int // stories in all
}

// Title heads the digest's list of stories.
func (d Digest) Title() string {
	if len(d.Stories) < d.Total {
		return fmt.Sprintf("The %d most disputed of %s", len(d.Stories), Count(d.Total, "story", "stories"))
	}
	return "Stories, most disputed first"
}

// DisputedQuestion is a question with conflicts, in one story.
type DisputedQuestion struct {
	Story string // story id
	Group ConflictGroup
}

// DatedConflict is a conflict with the date of its later side: the
// statement's date, else the date its document was published.
type DatedConflict struct {
	Story string
	Date  string // YYYY-MM-DD or ""
	Label string // the question it is about
	Pair  ConflictPair
}

// digestItems is how many disputed questions and conflicts a digest keeps.
const digestItems = 5

// Question is the label of the question the conflict is about.
func (c DatedConflict) Question() string { return cmp.Or(c.Label, "no common question") }

// Digest sums r up, keeping at most n stories, and the few most disputed
// questions and newest conflicts.
func (r Report) Digest(n int) Digest {
	var d Digest
	for i := range r.Stories {
		sv := &r.Stories[i]
		if sv.ID == "" {
			d.Loose = len(sv.Docs)
			continue
		}
		d.Stories = append(d.Stories, Summarize(sv))
		published := map[string]string{}
		for _, doc := range sv.Docs {
			published[doc.ID] = doc.Published
		}
		dateOf := func(s StatementView) string { return cmp.Or(s.Date, published[s.Doc]) }
		for _, g := range sv.Conflicts {
			if g.Question != "" {
				d.Disputed = append(d.Disputed, DisputedQuestion{Story: sv.ID, Group: g})
			}
			for _, p := range g.Pairs {
				d.Newest = append(d.Newest, DatedConflict{Story: sv.ID, Date: max(dateOf(p.A), dateOf(p.B)), Label: g.Label, Pair: p})
			}
		}
	}
	d.Total = len(d.Stories)
	slices.SortStableFunc(d.Stories, ByDispute)
	slices.SortStableFunc(d.Disputed, func(a, b DisputedQuestion) int {
		return cmp.Or(-cmp.Compare(len(a.Group.Pairs), len(b.Group.Pairs)), -cmp.Compare(speakers(a.Group), speakers(b.Group)))
	})
	slices.SortStableFunc(d.Newest, func(a, b DatedConflict) int { return -cmp.Compare(a.Date, b.Date) })
	d.Stories = d.Stories[:min(n, len(d.Stories))]
	d.Disputed = d.Disputed[:min(digestItems, len(d.Disputed))]
	d.Newest = d.Newest[:min(digestItems, len(d.Newest))]
	return d
}

// speakers counts the speakers on every side of a conflict group.
func speakers(g ConflictGroup) int {
	n := 0
	for _, s := range g.Sides {
		n += len(s.Speakers)
	}
	return n
}
