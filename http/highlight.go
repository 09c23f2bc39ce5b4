package http

import (
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// mark is a fact found at a place in a body: a statement or an entity
// mention, in rune offsets, with the id of its anchor on a document page.
type mark struct {
	start, end int
	stmt       *parallax.Statement // a statement, or nil
	entity     *parallax.Entity    // the entity of a mention, or nil
	match      bool                // a word a search matched
	id         string              // the anchor, or "" for a search match
}

// mentionAnchor is the id of a mention of entity beginning at rune start.
func mentionAnchor(entity string, start int) string {
	return "m-" + entity + "-" + strconv.Itoa(start)
}

// piece is one step of a highlighted body: a run of text, or the opening
// or closing of a mark's element. ID is set on the opening of a mark's
// first element, where its anchor goes; a mark cut by one that crosses it
// is closed and opened again without it.
type piece struct {
	Text   string
	Open   bool
	Close  bool
	ID     string
	Stmt   *parallax.Statement
	Entity *parallax.Entity
	Match  bool
}

// highlight lays body out as text within nested marks, so that every mark
// has an element of its own wherever it lies: marks that share a span
// nest (the statement outside the mention, the longer outside the
// shorter), and a mark that crosses another's end is closed there and
// opened again. Marks outside the body or empty are dropped; a mark's
// anchor is given once.
func highlight(body string, marks []mark) []piece {
	runes := []rune(body)
	var kept []mark
	cuts := []int{0, len(runes)}
	for _, m := range marks {
		if m.start < 0 || m.end > len(runes) || m.start >= m.end {
			continue
		}
		kept = append(kept, m)
		cuts = append(cuts, m.start, m.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	sort.SliceStable(kept, func(i, j int) bool { return outer(kept[i], kept[j]) })
	var out []piece
	var open []mark // the marks whose elements are open, outermost first
	seen := map[string]bool{}
	next := 0
	for i, at := range cuts {
		open, out = closeAt(open, at, out)
		for ; next < len(kept) && kept[next].start == at; next++ {
			m := kept[next]
			id := m.id
			if seen[id] {
				id = ""
			}
			seen[id] = id != ""
			out = append(out, opening(m, id))
			open = append(open, m)
		}
		if i+1 < len(cuts) {
			out = append(out, piece{Text: string(runes[at:cuts[i+1]])})
		}
	}
	return out
}

// outer orders marks as their elements nest: by start, the longer first,
// a statement around a mention around a search match.
func outer(a, b mark) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	if a.end != b.end {
		return a.end > b.end
	}
	return rank(a) < rank(b)
}

func rank(m mark) int {
	switch {
	case m.stmt != nil:
		return 0
	case m.entity != nil:
		return 1
	}
	return 2
}

// closeAt closes the elements of the open marks that end at or before
// at, and the elements inside them; those inside that go on are opened
// again. It returns the marks still open.
func closeAt(open []mark, at int, out []piece) ([]mark, []piece) {
	first := slices.IndexFunc(open, func(m mark) bool { return m.end <= at })
	if first < 0 {
		return open, out
	}
	for k := len(open) - 1; k >= first; k-- {
		out = append(out, closing(open[k]))
	}
	still := open[:first]
	for _, m := range open[first:] {
		if m.end > at {
			out = append(out, opening(m, ""))
			still = append(still, m)
		}
	}
	return still, out
}

func opening(m mark, id string) piece {
	return piece{Open: true, ID: id, Stmt: m.stmt, Entity: m.entity, Match: m.match}
}

func closing(m mark) piece {
	return piece{Close: true, Stmt: m.stmt, Entity: m.entity, Match: m.match}
}

// entityMention is a mention with the entity it names.
type entityMention struct {
	parallax.Mention
	entity *parallax.Entity
}

// docMarks returns the marks of one document's body: its statements and
// its entity mentions there.
func docMarks(stmts []*parallax.Statement, mentions []entityMention) []mark {
	out := make([]mark, 0, len(stmts)+len(mentions))
	for _, s := range stmts {
		out = append(out, mark{start: s.Start, end: s.End, stmt: s, id: "st-" + s.ID})
	}
	for _, m := range mentions {
		out = append(out, mark{start: m.Start, end: m.End, entity: m.entity, id: mentionAnchor(m.entity.ID, m.Start)})
	}
	return out
}

// titleMarks returns the marks of the mentions in a document's title,
// whose offsets count as if the title and a blank line stood before the
// body, in offsets into the title.
func titleMarks(title string, mentions []entityMention) []mark {
	shift := utf8.RuneCountInString(title) + 2
	var out []mark
	for _, m := range mentions {
		if m.Start < 0 {
			out = append(out, mark{start: m.Start + shift, end: m.End + shift, entity: m.entity, id: mentionAnchor(m.entity.ID, m.Start)})
		}
	}
	return out
}
