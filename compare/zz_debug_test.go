package compare

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// Development only: ZZPAIR="speaker|cue|content||speaker|cue|content"
func TestZZPair(t *testing.T) {
	spec := os.Getenv("ZZPAIR")
	if spec == "" {
		t.Skip()
	}
	sides := strings.Split(spec, "||")
	var rows []row
	for k, s := range sides {
		f := strings.Split(s, "|")
		rows = append(rows, row{fmt.Sprint("s", k), fmt.Sprint("d", k), "2025-03-04", f[0], f[1], "", f[2]})
	}
	stmts, docs := fixture(rows)
	for i, s := range stmts {
		c := newClaim(s)
		t.Logf("claim %d: terms=%v names=%v denies=%v rejects=%v hedged=%v guessed=%v asks=%v wishes=%v", i, sortedKeys(c.terms), sortedKeys(c.names), c.denies, c.rejects, c.hedged, c.guessed, c.asks, c.wishes)
		for k, cl := range c.clauses {
			t.Logf("   clause %d: %v neg=%v act=%q only=%v hedged=%v unreal=%v given=%v sub=%v first=%v", k, sortedKeys(cl.terms), cl.negated, cl.act, cl.only, cl.hedged, cl.unrealised, cl.given, cl.subordinate, cl.first)
		}
		for _, a := range c.amounts {
			t.Logf("   amount %+v event=%q head=%q guess=%v undergone=%v", a.q, a.event, a.head, a.guess, a.undergone)
		}
		if c.hasCause {
			t.Logf("   cause %+v", c.cause)
		}
		for _, sl := range c.slots {
			t.Logf("   slot %+v", sl)
		}
		x := newStmt(&stmts[i], i, docs[s.Doc])
		t.Logf("   factual=%v rejects=%v stance=%v", x.factual, x.rejects, stance(s, ptr(newFrame(s))))
	}
	r := Compare(stmts, docs)
	for _, c := range r.Conflicts {
		t.Logf("CONFLICT %s %s", c.Kind, c.Explain)
	}
	for _, q := range r.Questions {
		t.Logf("question %q %v", q.Label, q.Statements)
	}
}

func ptr[T any](x T) *T { return &x }

func TestZZPath(t *testing.T) {
	spec := os.Getenv("ZZPAIR")
	if spec == "" {
		t.Skip()
	}
	sides := strings.Split(spec, "||")
	var rows []row
	for k, s := range sides {
		f := strings.Split(s, "|")
		rows = append(rows, row{fmt.Sprint("s", k), fmt.Sprint("d", k), "2025-03-04", f[0], f[1], "", f[2]})
	}
	stmts, docs := fixture(rows)
	all := make([]*stmt, len(stmts))
	lines := make([]string, len(stmts))
	for i := range stmts {
		all[i] = newStmt(&stmts[i], i, docs[stmts[i].Doc])
		f := newFrame(stmts[i])
		all[i].f = &f
	}
	al := newAligner(all, lines, nil, nil)
	for i := range all {
		al.candidates(i)
	}
	rw, rn := al.related(1, 0, false)
	w, n := 0.0, 0
	for t := range al.claims[1].terms {
		if al.claims[0].terms[t] {
			w += al.weights[1][t]
			if !al.claims[1].names[t] && !al.claims[0].names[t] {
				n++
			}
		}
	}
	sim, related := aligns(w+rw, n+rn, al.totals[1], al.totals[0])
	t.Logf("shared w=%.2f n=%d rw=%.2f rn=%d sim=%.2f related=%v", w, n, rw, rn, sim, related)
	c, ok := al.decide(0, 1, sim)
	t.Logf("decide %v %v", ok, c.c.Kind)
	c, ok = al.measure(0, 1, sim, related)
	t.Logf("measure %v %v", ok, c.c.Kind)
	c, ok = al.opposedClauses(0, 1, sim)
	t.Logf("opposedClauses %v %v", ok, c.c.Kind)
	ca, cb := &al.claims[0], &al.claims[1]
	shared := map[string]float64{}
	for t := range ca.terms {
		if cb.terms[t] {
			shared[t] = 1
		}
	}
	t.Logf("opposed=%v negApart=%v contrary=%v deniesOther=%v/%v partOnly=%v notYet=%v hedged=%v/%v", opposed(ca, cb, shared, true), negatedApart(ca, cb, shared), contrary(ca, cb, shared), deniesOtherAct(ca, cb, shared), deniesOtherAct(cb, ca, shared), partOnly(ca, cb, shared), notYet(ca, cb, shared), ca.hedgedOn(apartOn(ca, cb, shared)), cb.hedgedOn(apartOn(ca, cb, shared)))
}
