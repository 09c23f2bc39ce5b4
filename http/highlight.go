package http

import (
	"sort"

	"github.com/parallax-news/parallax"
)

// mark is a fact found at a place in a body: a statement or an entity
// mention, in rune offsets.
type mark struct {
	start, end int
	stmt       *parallax.Statement // a statement, or nil
	entity     *parallax.Entity    // the entity of a mention, or nil
	match      bool                // a word a search matched
}

// segment is a stretch of a body under the same marks: the innermost
// statement and entity mention that cover it, if any, and whether a
// search matched it. First is set on the
// first segment of a statement, where its anchor goes.
type segment struct {
	Text   string
	Stmt   *parallax.Statement
	First  bool
	Entity *parallax.Entity
	Match  bool
}

// segments cuts body at every mark's ends, so that each piece can be shown
// with the facts that cover it. Marks outside the body or empty are
// dropped; overlapping marks of one kind give way to the one that began
// later (the inner one, when they nest).
func segments(body string, marks []mark) []segment {
	runes := []rune(body)
	var cuts []int
	var kept []mark
	for _, m := range marks {
		if m.start < 0 || m.end > len(runes) || m.start >= m.end {
			continue
		}
		kept = append(kept, m)
		cuts = append(cuts, m.start, m.end)
	}
	cuts = append(cuts, 0, len(runes))
	sort.Ints(cuts)
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	var out []segment
	seen := map[*parallax.Statement]bool{}
	next := 0 // kept[:next] have begun
	var open []mark
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		if from == to {
			continue
		}
		for next < len(kept) && kept[next].start <= from {
			open = append(open, kept[next])
			next++
		}
		open = stillOpen(open, from)
		seg := segment{Text: string(runes[from:to])}
		for _, m := range open { // later-begun marks come later and win
			if m.stmt != nil {
				seg.Stmt = m.stmt
			}
			if m.entity != nil {
				seg.Entity = m.entity
			}
			seg.Match = seg.Match || m.match
		}
		if seg.Stmt != nil && !seen[seg.Stmt] {
			seen[seg.Stmt], seg.First = true, true
		}
		out = append(out, seg)
	}
	return out
}

// stillOpen drops the marks that end at or before at.
func stillOpen(open []mark, at int) []mark {
	kept := open[:0]
	for _, m := range open {
		if m.end > at {
			kept = append(kept, m)
		}
	}
	return kept
}

// entityMention is a mention with the entity it names.
type entityMention struct {
	parallax.Mention
	entity *parallax.Entity
}

// docMarks returns the marks of one document: its statements and its
// entity mentions.
func docMarks(stmts []*parallax.Statement, mentions []entityMention) []mark {
	out := make([]mark, 0, len(stmts)+len(mentions))
	for _, s := range stmts {
		out = append(out, mark{start: s.Start, end: s.End, stmt: s})
	}
	for _, m := range mentions {
		out = append(out, mark{start: m.Start, end: m.End, entity: m.entity})
	}
	return out
}
