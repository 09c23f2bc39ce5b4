package compare

import (
	"strconv"

	"github.com/parallax-news/parallax"
)

// quoteGap is the most runes between two parts of one speaker's quote in
// one document ("…," he said, "…") for them to be read as one.
const quoteGap = 60

// questions returns the final questions and sets each statement's
// Question: the groups the grouper formed, joined where a conflict links
// two of them (a conflict is a disagreement on one question), where the
// aligner found two statements to say the same of one thing, agreeing or
// not (see aligner.joins), where a statement that joins no question is
// close to an earlier one while the question stays small (aligner.loose),
// and where consecutive parts of one quote
// stand alone, so that a long quote is one row of the claim matrix, not
// one per sentence. Questions are numbered in the order of their first
// statement.
func questions(stmts []parallax.Statement, all []*stmt, groups [][]int, kept []candidate, joins, loose [][2]int, claims []claim) []parallax.Question {
	qOf := make([]int, len(stmts))
	for q, members := range groups {
		for _, m := range members {
			qOf[m] = q
		}
	}
	parent := make([]int, len(groups))
	for q := range parent {
		parent[q] = q
	}
	find := func(q int) int {
		for parent[q] != q {
			parent[q] = parent[parent[q]]
			q = parent[q]
		}
		return q
	}
	union := func(x, y int) {
		x, y = find(x), find(y)
		if x != y {
			parent[max(x, y)] = min(x, y)
		}
	}
	for _, c := range kept {
		union(qOf[c.a], qOf[c.b])
	}
	for _, p := range joins {
		union(qOf[p[0]], qOf[p[1]])
	}
	// Statements close by a lower bar join last, while the question they
	// make holds no more than looseSize statements.
	size := map[int]int{}
	for i := range stmts {
		size[find(qOf[i])]++
	}
	for _, p := range loose {
		x, y := find(qOf[p[0]]), find(qOf[p[1]])
		if x != y && size[x]+size[y] <= looseSize {
			union(x, y)
			size[find(x)] = size[x] + size[y]
		}
	}
	for i := 1; i < len(stmts); i++ {
		a, b := &stmts[i-1], &stmts[i]
		if len(groups[qOf[i-1]]) == 1 && len(groups[qOf[i]]) == 1 && quoteParts(a, b) {
			union(qOf[i-1], qOf[i])
		}
	}
	members := map[int][]int{}
	var roots []int
	for i := range stmts {
		r := find(qOf[i])
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	var out []parallax.Question
	for n, r := range roots {
		id := "q" + strconv.Itoa(n+1)
		q := parallax.Question{ID: id}
		var asked []*stmt
		var cs []claim
		for _, m := range members[r] {
			stmts[m].Question = id
			q.Statements = append(q.Statements, stmts[m].ID)
			asked = append(asked, all[m])
			cs = append(cs, claims[m])
		}
		q.Label = questionLabel(asked, cs)
		out = append(out, q)
	}
	return out
}

// quoteParts says whether two statements, b following a, are parts of one
// direct quote: one speaker, one document, a few runes apart.
func quoteParts(a, b *parallax.Statement) bool {
	return a.Doc == b.Doc && a.Direct && b.Direct && a.Speaker != "" && a.Speaker == b.Speaker &&
		b.Start >= a.End && b.Start-a.End <= quoteGap
}
