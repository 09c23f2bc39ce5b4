package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lang"
	"github.com/parallax-news/parallax/text"
)

// tok is a token with what matching needs.
type tok struct {
	text.Token
	key     string // Key of the text; punctuation as is
	low     string // the text in lower case
	fixed   string // key corrected for a misspelling, or key
	caps    bool
	initial bool // first word of a sentence
	title   bool // inside the document title
}

// found is a mention found in one document: token range and entity.
type found struct {
	from, to int // token indices, to exclusive
	id       string
}

// docState is what Resolve knows about one document while it reads it.
type docState struct {
	toks      []tok
	rs        []rune // the title, a blank line and the body; never changed, as the body's runes are shared
	base      int    // rune offset of the body in rs
	found     []found
	named     map[string]bool     // ids found so far
	at        map[int][]found     // names by first token, for descriptions
	described []string            // ids named here that the gazetteer describes
	roles     map[string][]string // person id → titles seen before the name here
	surnames  map[string]bool     // keys of words that end a full name and recur alone
	caps      map[string]bool     // keys of words capitalised inside a sentence; see midCaps
	lower     map[string]bool     // keys of words written in lower case; see lowered
}

func (st *docState) add(f found) {
	st.found = append(st.found, f)
	st.named[f.id] = true
}

// Resolve finds and resolves the entity mentions in doc's title and body,
// adds them to the registry and returns them in text order, with the body
// as read for the statement stage.
func (r *Registry) Resolve(doc parallax.Document) DocEntities {
	body := text.Read(doc.Body)
	var title *text.Text
	if doc.Title != "" {
		title = text.Read(doc.Title)
	}
	var st *docState
	if p := lang.For(doc.Lang); p != nil {
		st = r.scan(title, body, false)
		r.resolveInflected(st, p)
	} else {
		st = r.scan(title, body, true)
		r.resolveEnglish(st)
	}
	sortFound(st.found)
	de := DocEntities{Doc: doc, Body: body}
	for _, f := range st.found {
		a, b := st.toks[f.from].Start, st.toks[f.to-1].End
		m := parallax.Mention{Doc: doc.ID, Start: a - st.base, End: b - st.base, Text: string(st.rs[a:b])}
		r.note(f.id, m)
		de.Mentions = append(de.Mentions, Resolved{Entity: f.id, Mention: m})
	}
	return de
}

// resolveEnglish finds the mentions of an English document, or of one in
// a language parallax has no data for.
func (r *Registry) resolveEnglish(st *docState) {
	runs := r.capRuns(st.toks)
	r.learnCountries(st.toks, runs)
	st.surnames = r.surnameHints(st.toks, runs)
	r.names(st)
	r.surnamesBefore(st)
	r.shortNames(st)
	r.abbreviations(st)
	r.appositionRoles(st)
	r.descriptions(st)
}

// scan reads the title, if any, and the body as one text, the title and
// a blank line before the body, and marks sentence starts and the title.
// keyed fills in the keys and corrections the English recogniser matches
// on.
func (r *Registry) scan(title, body *text.Text, keyed bool) *docState {
	full := body
	if title != nil {
		full = text.Joined(title, body)
	}
	st := &docState{rs: full.Runes, base: len(full.Runes) - len(body.Runes), roles: map[string][]string{}, named: map[string]bool{}}
	raw, sents := full.Tokens, full.Sentences
	st.toks = slices.Grow(r.toks[:0], len(raw))[:len(raw)]
	r.toks = st.toks
	opening := true
	for i, t := range raw {
		k := t.Text
		if t.Kind != text.Punct && keyed {
			k = r.key(t.Text)
		} else if k == "’" {
			k = "'"
		}
		tk := tok{Token: t, key: k, fixed: k, low: full.Lower[i], title: t.Start < st.base}
		tk.caps = t.Kind == text.Word && (startsUpper(t.Text) || innerCaps(t.Text) || particleName(t.Text))
		for len(sents) > 0 && sents[0].Start < t.Start {
			sents = sents[1:]
		}
		if len(sents) > 0 && sents[0].Start == t.Start {
			opening = true
		}
		if t.Kind == text.Word {
			tk.initial = opening
			opening = false
		}
		st.toks[i] = tk
	}
	for i := range st.toks {
		t := &st.toks[i]
		if keyed && t.caps && t.Kind == text.Word {
			t.fixed = r.correct(t.Text, t.key)
		}
	}
	return st
}

// key is Key, remembering the words that need the full fold: hyphenated
// words and numbers recur from document to document.
func (r *Registry) key(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	if k, ok := r.folded[s]; ok {
		return k
	}
	k := foldKey(s)
	r.folded[s] = k
	return k
}

func startsUpper(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c)
	}
	return false
}

// innerCaps reports whether w is a word of letters with a capital after a
// small letter: "SeaMicro", "iFixit", "eBay". A common word is never so
// written; a brand or a company's name often is.
func innerCaps(w string) bool {
	lower := false
	for _, c := range w {
		// Most words are lower case throughout: one table lookup a
		// letter settles them (a lower or upper case letter is a letter).
		switch {
		case unicode.IsLower(c):
			lower = true
		case unicode.IsUpper(c):
			if lower {
				return true
			}
		case !unicode.IsLetter(c):
			return false
		default:
			lower = false
		}
	}
	return false
}

// correct returns the key of the known name word that w misspells, or key
// when w is a known word, a common word, or close to no single name word.
// Two candidates at the same distance mean no correction: a guess between
// two real names is never made.
func (r *Registry) correct(w, key string) string {
	if f, ok := r.fixes[key]; ok && f.vocab == len(r.vocab) {
		return f.to
	}
	rk := []rune(key)
	n := len(rk)
	lw := strings.ToLower(w)
	if _, ok := r.vocab[key]; ok || stopCaps[lw] || r.adj[w] != "" || r.plural[w] != "" || typoBudget(n) == 0 {
		return key
	}
	if _, ok := r.phrases[key]; ok {
		return key
	}
	if r.isTitleWord(lw) {
		return key
	}
	best, bestD, tie := "", typoBudget(n)+1, false
	first, budget := rk[0], typoBudget(n)
	for m := n - budget; m <= n+budget; m++ {
		for _, vk := range r.byShape[shape{first, m}] {
			v := vk.key
			d := runeDistance(rk, vk.runes, budget)
			if d > typoBudget(min(n, len(vk.runes))) || !typoShaped(rk, vk.runes) {
				// Too far: before a first candidate it would only set a tie
				// that candidate clears. The shorter key sets the budget: a
				// name too short to be told through a slip ("Mali") is not
				// reached by a longer word a letter off ("Maley").
				continue
			}
			ids := r.vocab[v]
			switch {
			case d < bestD:
				best, bestD, tie = v, d, false
			case d == bestD && !overlap(ids, r.vocab[best]):
				tie = true
			case d == bestD && v < best:
				best = v // another spelling of the same entity: keep the choice stable
			}
		}
	}
	if best == "" || tie || bestD > typoBudget(n) {
		best = key
	}
	r.fixes[key] = fix{best, len(r.vocab)}
	return best
}

// shortTypo is the length of key under which a name misspelt by a
// substituted letter keeps its consonants.
const shortTypo = 6

// typoShaped reports whether a word of key a, within the typo budget of
// the known key b, can be a misspelling of it: in a key shorter than
// shortTypo, a substituted letter must be a vowel for a vowel. A short
// name's consonants make it the name it is, and one consonant more or
// less apart is another name far more often than a slip: "Parks" is no
// "Paris", "Quillo" no "Quito", where "Kabol" is "Kabul". Vowels are what
// spelling and transliteration vary ("Kabol", "Cairu"); a letter dropped
// or added keeps the others ("Karabah").
func typoShaped(a, b []rune) bool {
	if len(a) != len(b) || len(a) >= shortTypo {
		return true
	}
	for k := range a {
		if a[k] != b[k] && (!vowel(a[k]) || !vowel(b[k])) {
			return false
		}
	}
	return true
}

// vowel reports whether c is a vowel of a key (y is folded into i).
func vowel(c rune) bool {
	return strings.ContainsRune("aeiou", c)
}

// overlap reports whether two sets of ids share one.
func overlap(a, b map[string]bool) bool {
	for id := range a {
		if b[id] {
			return true
		}
	}
	return false
}

func (r *Registry) isTitleWord(w string) bool {
	_, ok := r.titles[w]
	return ok
}

// matchPhrase returns the longest known name starting at token i.
func (r *Registry) matchPhrase(toks []tok, i int) (end int, id string) {
	t := toks[i]
	if !t.caps && !isUncased(t.Text) {
		return 0, ""
	}
	try := func(k string) {
		for _, p := range r.phrases[k] {
			j, ok := matchAt(toks, i, p)
			if ok && j > end {
				end, id = j, p.id
			}
		}
	}
	try(t.key)
	if t.fixed != t.key {
		keyEnd, keyID := end, id
		try(t.fixed)
		if end > keyEnd && (r.runGoesOn(toks, i-1, i) || r.runGoesOn(toks, end, end-1)) {
			return keyEnd, keyID // part of a longer name, not a misspelt one: "Pollard Ryeman" is no "Poland"
		}
	}
	return end, id
}

// runGoesOn reports whether token k is a name word beside token n, with
// one space between them, and no title: the run of capitalised words that
// holds n goes on at k.
func (r *Registry) runGoesOn(toks []tok, k, n int) bool {
	if k < 0 || k >= len(toks) || !nameWord(toks[k]) || r.isTitleWord(toks[k].low) {
		return false
	}
	a, b := toks[min(k, n)], toks[max(k, n)]
	return b.Spaced(a.Token)
}

// matchAt matches phrase p at token i. After the first word, one word may
// be misspelled by one letter ("Valdai Form").
func matchAt(toks []tok, i int, p phrase) (int, bool) {
	if i+len(p.keys) > len(toks) {
		return 0, false
	}
	fuzzy := false
	for k, want := range p.keys {
		t := toks[i+k]
		if k > 0 && !t.Near(toks[i+k-1].Token) {
			return 0, false // names do not span more than one space
		}
		if k == len(p.keys)-1 && p.lastCapital && t.Kind == text.Word && !t.caps && !isUncased(t.Text) {
			return 0, false
		}
		if t.key == want || t.fixed == want {
			continue
		}
		if k > 0 && !fuzzy && t.Kind == text.Word && len([]rune(want)) >= 4 && distance(t.key, want, 1) <= 1 {
			fuzzy = true
			continue
		}
		return 0, false
	}
	if p.exact != "" {
		var b strings.Builder
		for k := range p.keys {
			b.WriteString(toks[i+k].Text)
		}
		if b.String() != strings.ReplaceAll(p.exact, " ", "") {
			return 0, false
		}
	}
	return i + len(p.keys), true
}

func isUncased(w string) bool {
	for _, c := range w {
		return unicode.IsLetter(c) && !unicode.IsUpper(c) && !unicode.IsLower(c)
	}
	return false
}

// matchTitle returns the end of a title ("Foreign Minister", "spokesperson")
// starting at token i, or 0.
func (r *Registry) matchTitle(toks []tok, i int) int {
	end := 0
	for _, ws := range r.titles[toks[i].low] {
		if i+len(ws) > len(toks) {
			continue
		}
		ok := true
		for k, w := range ws {
			if toks[i+k].low != w {
				ok = false
				break
			}
		}
		if ok && i+len(ws) > end {
			end = i + len(ws)
		}
	}
	if end > 0 && end < len(toks) && toks[end].Text == "." && toks[end].Start == toks[end-1].End {
		end++ // an abbreviated title: "Lt.", "Sen."
	}
	return end
}
