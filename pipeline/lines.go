package pipeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"sync"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/internal/parallel"
)

// The comparison meets statements only within a storyline: its questions,
// term weights and conflicts never reach across two. So each storyline is
// compared apart, on all cores, and the results are joined as one run over
// everything would give them; a storyline whose input is unchanged since
// an earlier analysis can then take that analysis's result.

// storyline is the part of the comparison's input in one storyline.
type storyline struct {
	key string
	at  []int // positions of its statements in the whole input
	in  compare.Input
}

// splitLines returns the storylines of in, ordered by their first
// statement. Docs, Lines and Stories are shared, not copied; each
// storyline's Entities hold only the mentions in its documents.
func splitLines(in compare.Input) []storyline {
	var out []storyline
	of := map[string]int{} // storyline key → index in out
	for i, s := range in.Statements {
		key := in.Lines[s.Doc]
		k, ok := of[key]
		if !ok {
			k = len(out)
			of[key] = k
			out = append(out, storyline{key: key, in: compare.Input{Docs: in.Docs, Lines: in.Lines, Stories: in.Stories}})
		}
		out[k].at = append(out[k].at, i)
		out[k].in.Statements = append(out[k].in.Statements, s)
	}
	for _, e := range in.Entities {
		at := map[int]int{} // storyline → index of e in its Entities
		for _, m := range e.Mentions {
			k, ok := of[in.Lines[m.Doc]]
			if !ok {
				continue // no statement of its storyline is compared
			}
			ents := &out[k].in.Entities
			j, ok := at[k]
			if !ok {
				j = len(*ents)
				at[k] = j
				*ents = append(*ents, parallax.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
			}
			(*ents)[j].Mentions = append((*ents)[j].Mentions, m)
		}
	}
	return out
}

// compareLines compares each storyline of in with run, on every core,
// and joins the results. The largest storylines go first, so that one
// left for last does not hold up the others' cores.
func compareLines(in compare.Input, run func(storyline) compare.Result) compare.Result {
	lines := splitLines(in)
	order := make([]int, len(lines))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(lines[b].at), len(lines[a].at)) })
	type done struct {
		k int
		r compare.Result
	}
	results := make([]compare.Result, len(lines))
	pool := parallel.NewOrdered(0, func(k int) done { return done{k, run(lines[k])} },
		func(d done) error { results[d.k] = d.r; return nil })
	for _, k := range order {
		pool.Put(k) // deliver never fails
	}
	pool.Close()
	return join(len(in.Statements), lines, results)
}

// join puts the storylines' results together as one run over all of
// them gives them: the statements in their places, the questions in the
// order of their first statement, and the conflicts storyline by
// storyline, in the order of their first statements. A question is named
// by the least id of its statements rather than numbered, so that it
// keeps its name while it keeps that statement: documents added anywhere
// in the order leave the names, and so the stored rows, of the questions
// they do not join as they were.
func join(n int, lines []storyline, results []compare.Result) compare.Result {
	out := compare.Result{Statements: make([]parallax.Statement, n)}
	type question struct {
		first int // position of its first statement
		line  int
		id    string
		q     parallax.Question
	}
	var qs []question
	for k, r := range results {
		first := map[string]int{}
		least := map[string]string{} // question → the least id of its statements
		for j, s := range r.Statements {
			at := lines[k].at[j]
			out.Statements[at] = s
			if _, ok := first[s.Question]; !ok {
				first[s.Question] = at
			}
			if id, ok := least[s.Question]; !ok || s.ID < id {
				least[s.Question] = s.ID
			}
		}
		for _, q := range r.Questions {
			id, ok := least[q.ID]
			if !ok { // a question no statement answers: named within its storyline
				id = lines[k].key + "-" + q.ID
			}
			qs = append(qs, question{first[q.ID], k, "q-" + id, q})
		}
		out.Conflicts = append(out.Conflicts, r.Conflicts...)
	}
	slices.SortStableFunc(qs, func(a, b question) int { return cmp.Compare(a.first, b.first) })
	ids := make([]map[string]string, len(lines)) // storyline → its question ids → the joined ones
	for k := range ids {
		ids[k] = map[string]string{}
	}
	for _, q := range qs {
		ids[q.line][q.q.ID] = q.id
		q.q.ID = q.id
		out.Questions = append(out.Questions, q.q)
	}
	for k, l := range lines {
		for _, at := range l.at {
			if id, ok := ids[k][out.Statements[at].Question]; ok {
				out.Statements[at].Question = id
			}
		}
	}
	return out
}

// lineResults keeps what the comparison found in each storyline of an
// analysis, and what an earlier analysis found.
type lineResults struct {
	reuse  map[string]parallax.LineResult // by input
	mu     sync.Mutex
	kept   []parallax.LineResult
	reused int
}

// lineKept is what the comparison found in one storyline: its statements'
// questions and stances, in order, its questions and its conflicts.
type lineKept struct {
	Questions []string            `json:"questions"`
	Stances   []string            `json:"stances"`
	Asked     []parallax.Question `json:"asked"`
	Conflicts []parallax.Conflict `json:"conflicts"`
}

// compareLine compares one storyline, or takes what an earlier analysis
// found in it when everything the comparison reads of it is as it was
// then, and keeps the result.
func (p *Pipeline) compareLine(l storyline) compare.Result {
	if p.version == "" {
		return compare.Run(l.in)
	}
	input := lineInput(l)
	if r, ok := p.lines.reuse[input]; ok {
		if res, ok := decodeLine(l, r.Data); ok {
			p.lines.keep(r, true)
			return res
		}
	}
	res := compare.Run(l.in)
	k := lineKept{Asked: res.Questions, Conflicts: res.Conflicts}
	for _, s := range res.Statements {
		k.Questions = append(k.Questions, s.Question)
		k.Stances = append(k.Stances, s.Stance)
	}
	if data, err := json.Marshal(k); err == nil {
		p.lines.keep(parallax.LineResult{Version: p.version, Input: input, Data: data}, false)
	}
	return res
}

func (x *lineResults) keep(r parallax.LineResult, reused bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.kept = append(x.kept, r)
	if reused {
		x.reused++
	}
}

// decodeLine returns the result kept in data for storyline l; ok is false
// when data does not fit it.
func decodeLine(l storyline, data []byte) (res compare.Result, ok bool) {
	var k lineKept
	if json.Unmarshal(data, &k) != nil || len(k.Questions) != len(l.in.Statements) || len(k.Stances) != len(l.in.Statements) {
		return compare.Result{}, false
	}
	res = compare.Result{Statements: slices.Clone(l.in.Statements), Questions: k.Asked, Conflicts: k.Conflicts}
	for i := range res.Statements {
		res.Statements[i].Question, res.Statements[i].Stance = k.Questions[i], k.Stances[i]
	}
	return res, true
}

// lineInput hashes what the comparison reads of storyline l: its
// statements, their documents and stories, and the entities they mention
// with their mentions there.
func lineInput(l storyline) string {
	in := struct {
		Line       string
		Statements []parallax.Statement
		Docs       []parallax.Document
		Stories    []string
		Entities   []parallax.Entity
	}{Line: l.key, Statements: l.in.Statements, Entities: l.in.Entities}
	seen := map[string]bool{}
	for _, s := range l.in.Statements {
		if !seen[s.Doc] {
			seen[s.Doc] = true
			in.Docs = append(in.Docs, l.in.Docs[s.Doc])
			in.Stories = append(in.Stories, l.in.Stories[s.Doc])
		}
	}
	h := sha256.New()
	json.NewEncoder(h).Encode(in) // a hash never fails to write
	return hex.EncodeToString(h.Sum(nil))
}

// LineResults returns what the comparison found in each storyline of the
// latest Analysis, reused or found anew, in the order of their inputs, for
// the store to keep for the next analysis (Options.ReuseLines).
func (p *Pipeline) LineResults() []parallax.LineResult {
	out := slices.Clone(p.lines.kept)
	slices.SortFunc(out, func(a, b parallax.LineResult) int { return strings.Compare(a.Input, b.Input) })
	return out
}

// ReusedLines returns how many storylines' comparisons the latest
// Analysis reused.
func (p *Pipeline) ReusedLines() int { return p.lines.reused }
