package claim

// documentSubject returns the speaker of cue h when its subject, in the
// clause from rune offset from, is a document or a message
// (data/documents.tsv): its issuer when the text names one ("the
// ministry's statement said", "a Kremlin statement said", "an email from
// the campaign asks"), else the document itself ("the memo suggests",
// "court filings allege"); or nil when the subject is no document. A bare
// "the statement" goes back to the speaker of the statement before, whose
// words it is.
func (d *doc) documentSubject(h hit, from int) []speaker {
	j := h.aux - 1
	if j > 0 && d.low[j] == "," {
		if ra, _ := d.relativeClause(from, d.toks[h.aux].Start); ra > from {
			j = d.tokenAt(ra) - 1 // "The statement, which Variety obtained, claimed"
		}
	}
	if h.kind == kindBelief || j < 0 || d.toks[j].Start < from || d.inQuote(d.toks[j].Start) >= 0 {
		return nil
	}
	if hd, by := d.issuedBy(j, from); hd >= 0 && d.opensClause(hd-btoi(hd > 0 && determiners[d.low[hd-1]]), from) {
		return d.issuer(by+1, d.issuerEnd(by+1, j+1)) // "a statement from the ministry on Monday said": the ministry
	}
	if !lex.docs[d.low[j]] || d.toks[j].Text != d.low[j] && !d.sentenceStart(j) {
		return nil // "The Washington Post reported": a name
	}
	k := j
	for k > 0 && k > j-4 && !d.possessed(k) && d.toks[k-1].Start >= from && d.toks[k-1].Text == d.low[k-1] && npWords(d.low[k-1], d.low[k-1]) && !determiners[d.low[k-1]] {
		k-- // "the internal memo", "court records"
	}
	if k > 2 && d.possessed(k) && d.toks[k-3].Start >= from {
		return d.issuer(d.tokenAt(d.lineStart(k-3, from)), k-2) // "the ministry's statement"
	}
	if ms := d.mentionsIn(d.toks[k].Start, d.toks[j].Start); len(ms) > 0 {
		m := ms[len(ms)-1]
		return []speaker{{id: m.Entity, mention: m.Text}} // "a Kremlin statement"
	}
	det := k > 0 && d.toks[k-1].Start >= from && determiners[d.low[k-1]]
	if det && (possessives[d.low[k-1]] || k > 1 && leadPreps[d.low[k-2]]) {
		return nil // "his letter said": the pronoun's; "in its tweet announcing": no subject
	}
	if det && k == j && (d.low[k-1] == "the" || d.low[k-1] == "this" || d.low[k-1] == "that") {
		if sp := d.issuerBefore(j); sp != nil {
			return relabel(sp, string(d.rs[d.toks[k-1].Start:d.toks[j].End])) // "X said in a statement …. “…,” the statement read"
		}
		if prev, ok := d.lastBefore(d.toks[k].Start); ok && d.paraOf(d.toks[k].Start)-d.paraOf(prev.start) <= 1 {
			return relabel(prev.speakers, string(d.rs[d.toks[k-1].Start:d.toks[j].End])) // "“…,” the statement said"
		}
	}
	if first := k - btoi(det); !d.opensClause(first, from) {
		return nil // the document is an object: "issued a statement warning that"
	}
	return d.namedSource(d.toks[k].Start, d.toks[j].End)
}

// possessives are the determiners that say whose a document is.
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true}

// issuedBy returns the token of a document's noun that "from", "by" or
// "of" and its issuer join to the cue at token j+1, and the token of that
// preposition ("a statement from the ministry said", "a letter by three
// senators urged", "a letter signed by seven doctors says"), or -1, -1.
func (d *doc) issuedBy(j, from int) (int, int) {
	for k := j - 1; k > 0 && k >= j-7 && d.toks[k].Start >= from; k-- {
		w := d.low[k]
		if w == "from" || w == "by" || w == "of" {
			n := k - 1
			if w == "by" && n > 0 && issuingWords[d.low[n]] {
				n-- // "signed by", "written by"
			}
			if lex.docs[d.low[n]] && d.toks[n].Text == d.low[n] {
				return n, k
			}
		}
		if !isWord(d.toks[k].Text) && d.toks[k].Text != "’" && d.toks[k].Text != "'" || len(lex.cues[w]) > 0 && d.toks[k].Text == w {
			return -1, -1
		}
	}
	return -1, -1
}

// issuingWords are the participles between a document's noun and "by" and
// its issuer.
var issuingWords = map[string]bool{
	"signed": true, "written": true, "sent": true, "issued": true, "released": true, "published": true, "posted": true,
}

// issuer returns who issued a document, named by tokens a..b: an entity
// the words name, else the unnamed source they describe, else the words
// themselves as a source ("the campaign").
func (d *doc) issuer(a, b int) []speaker {
	if a >= b {
		return nil
	}
	if ms := d.mentionsIn(d.toks[a].Start, d.toks[b-1].End); len(ms) > 0 {
		m := ms[len(ms)-1]
		return []speaker{{id: m.Entity, mention: m.Text}}
	}
	if sourceType(d.low[b-1]) != "" {
		if sp := d.unnamed(b-1, b-1, d.toks[a].Start); sp != nil {
			return sp
		}
	}
	for a < b && (determiners[d.low[a]] || quantifiers[d.low[a]]) {
		a++
	}
	if a >= b {
		return nil
	}
	return d.namedSource(d.toks[a].Start, d.toks[b-1].End)
}

// lineStart returns where the noun phrase that ends at token k and
// possesses a document begins: after the last determiner, comma or clause
// opener before it, no earlier than from.
func (d *doc) lineStart(k, from int) int {
	i := k
	for i > 0 && i > k-5 && d.toks[i-1].Start >= from && isWord(d.toks[i-1].Text) && !clauseOpeners[d.low[i-1]] && !conjunctions[d.low[i-1]] {
		i--
	}
	return d.toks[i].Start
}

// opensClause reports whether token k opens the clause that starts at rune
// offset from, past an opening conjunction or adverbial set off by a
// comma.
func (d *doc) opensClause(k, from int) bool {
	i := k - 1
	return d.toks[k].Start == d.toks[d.tokenAt(from)].Start || i >= 0 && (d.low[i] == "," || conjunctions[d.low[i]])
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// issuedIn returns the issuer of a document that runes a..b name after
// "according to": the words after "from" or "by" that follow the
// document's noun, up to a time or a place ("a statement released by the
// ministry on Friday"), or nil when they name no document.
func (d *doc) issuedIn(a, b int) []speaker {
	i, e := d.tokenAt(a), d.tokenAt(b)
	for k := i; k+1 < e && k < i+4; k++ {
		if !lex.docs[d.low[k]] {
			continue
		}
		g := k + 1
		for g < e && docGlue[d.low[g]] && d.low[g] != "from" && d.low[g] != "by" {
			g++ // "released", "issued"
		}
		if g >= e || d.low[g] != "from" && d.low[g] != "by" {
			return nil
		}
		return d.issuer(g+1, d.issuerEnd(g+1, e))
	}
	return nil
}

// issuerEnd returns the token, from a up to e, where the words that name
// a document's issuer end: before a time or a place ("the ministry on
// Friday", "the council in Brackton") or what is no word.
func (d *doc) issuerEnd(a, e int) int {
	for a < e && !leadPreps[d.low[a]] && !weekday(d.low[a]) && isWord(d.toks[a].Text) {
		a++
	}
	return a
}

// issuerBefore returns who issued the document that "the" and the noun at
// token j refer back to: the subject of the nearest sentence before, in
// the same paragraph or the two before, that names a document of the same
// noun outside quotations ("Harlow Records denied the claims in a
// statement", "Harlow Records issued a statement", "a report by Harlow
// Records"), or nil. Sentences
// where the noun itself is the subject ("the statement continued") name
// no issuer and are passed over.
func (d *doc) issuerBefore(j int) []speaker {
	si := d.sentenceOf(d.toks[j].Start)
	any := func(string) bool { return true }
	for s := si - 1; s >= 0 && s >= si-8 && d.paraOf(d.sents[s].Start) >= d.paraOf(d.toks[j].Start)-2; s-- {
		a, b := d.tokenAt(d.sents[s].Start), d.tokenAt(d.sents[s].End)
		for i := a; i < b; i++ {
			if d.low[i] != d.low[j] || d.inQuote(d.toks[i].Start) >= 0 {
				continue
			}
			if sp := d.agentIn(d.toks[i].Start, d.sents[s].End); sp != nil && d.low[i+1] == "by" {
				return sp // "a report by the agency"
			}
			if m, ok := d.personEarlierIn(s, d.toks[i].Start, any, false); ok {
				return []speaker{{id: m.Entity, mention: m.Text}}
			}
			if a+1 < i && d.low[a] == "the" && lex.namedBefore[d.low[a+1]] {
				return d.unnamed(a+1, a+1, d.sents[s].Start) // "The company denied the claims in a statement"
			}
			break
		}
	}
	return nil
}
