package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/text"
)

// phraseKeys returns the token keys of a name.
func phraseKeys(name string) []string {
	var keys []string
	for _, t := range text.Tokenize(name) {
		k := t.Text
		if t.Kind != text.Punct {
			k = Key(t.Text)
		} else if k == "’" {
			k = "'"
		}
		keys = append(keys, k)
	}
	return keys
}

func sortFound(fs []found) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].from < fs[j].from })
}

// names finds the mentions that name an entity: known names, plural
// demonyms, and capitalised names read from their context.
func (r *Registry) names(st *docState) {
	toks := st.toks
	titleEnd := -1 // token index just after the last title seen
	fresh := map[string]int{}
	var titleText []string
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.Kind != text.Word {
			i++
			continue
		}
		if t.fixed != t.key && (len(r.phrases[t.key]) > 0 || len(r.surnames[t.key]) > 0) {
			toks[i].fixed = t.key // learned here since the scan: "Corwin Berlon … Berlon said" is no "Berlin"
		}
		if j, id := r.matchPhrase(toks, i); j > 0 && !(r.recs[id].learned && r.runGoesOn(toks, j, j-1)) && !r.givenPlace(st, i, j, id) && r.nationalBody(toks, i) == 0 {
			// A name another document taught is no more than a guess, and
			// it does not cut a longer name short: "Gary" learned alone
			// leaves "Gary Locke" whole.
			if p := r.personNamedAs(st, i, j, id); p != "" {
				st.add(found{i, j, p})
				i = j
				continue
			}
			id = r.metonym(toks, i, id)
			from := i
			if r.initialFits(toks, i, id) {
				from = i - 2
			}
			st.add(found{from, j, id})
			r.abbreviation(toks, j, id)
			if inner := r.inner(toks, i, j, id); inner.id != "" {
				st.add(inner)
			}
			if titleEnd == i {
				r.noteRole(st, id, titleText)
			}
			i = j
			continue
		}
		if c := r.plural[t.Text]; c != "" && r.pluralUse(toks, i) {
			from := i
			if i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
				from = i - 1
			}
			st.add(found{from, i + 1, c})
			i++
			continue
		}
		if j := r.matchTitle(toks, i); j > 0 && (nameAt(toks, j) || len(r.surnames[t.fixed]) == 0) {
			// A title word that no name follows and that is someone's
			// surname names them: "King and Weeks were abducted".
			titleText = titleText[:0]
			for k := i; k < j; k++ {
				titleText = append(titleText, toks[k].Text)
			}
			if i > 0 && r.adj[toks[i-1].Text] != "" {
				titleText = append([]string{toks[i-1].Text}, titleText...)
			}
			titleEnd = j
			i = j
			continue
		}
		if id := r.border(toks, i); id != "" {
			st.add(found{i, i + 2, id})
			i += 2
			continue
		}
		if j := r.nationalBody(toks, i); j > 0 {
			id := r.learn(parallax.Org, string(st.rs[t.Start:toks[j-1].End]))
			st.add(found{i, j, id})
			r.abbreviation(toks, j, id)
			i = j
			continue
		}
		if !t.caps || t.title || r.adj[t.Text] != "" || stopCaps[t.low] && !givenName(toks, i) && !acronym(toks, i) || clockWord(toks, i) {
			i++
			continue
		}
		j := r.chunkEnd(toks, i)
		if p := titledName(toks, i, j); p > i {
			// "Chief Medical Officer Ana Ruiz": the words before the
			// name are her title, and the name is read after it.
			titleText = titleText[:0]
			for k := i; k < p; k++ {
				titleText = append(titleText, toks[k].Text)
			}
			titleEnd = p
			i = p
			continue
		}
		known := len(r.recs)
		if id := r.chunk(st, i, j, titleEnd == i); id != "" {
			from := i
			if r.recs[id].ent.Type == parallax.Person {
				from = particleStart(toks, i) // "al-Ferani said"
			}
			st.add(found{from, j, id})
			r.abbreviation(toks, j, id)
			if titleEnd == i {
				r.noteRole(st, id, titleText)
			}
			if len(r.recs) > known && j-i > 1 && fresh[id] == 0 {
				fresh[id] = i + 1
			}
		}
		i = j
	}
	if len(fresh) > 0 {
		r.earlier(st, fresh)
	}
}

// earlier finds the mentions of names this document taught the registry
// that stand before the place it taught them: "Lena Marsh chairs the
// board. … Lena Marsh argued" names her twice, though only the second
// sentence says who she is. fresh holds the ids of the names of several
// words learned here, each with one more than the token index of the
// mention that taught it; a single word is too weak a guess to spread.
func (r *Registry) earlier(st *docState, fresh map[string]int) {
	last := 0
	for _, at := range fresh {
		last = max(last, at-1)
	}
	taken := make([]bool, last)
	for _, f := range st.found {
		for k := f.from; k < min(f.to, last); k++ {
			taken[k] = true
		}
	}
	added := false
	for i := 0; i < last; i++ {
		t := st.toks[i]
		if taken[i] || !t.caps {
			continue
		}
		end, id := 0, ""
		for _, p := range r.phrases[t.key] {
			if at := fresh[p.id]; at > 0 && i < at-1 {
				if e, ok := matchAt(st.toks, i, p); ok && e <= at-1 && e > end {
					end, id = e, p.id
				}
			}
		}
		if end == 0 || slices.Contains(taken[i:end], true) {
			continue
		}
		st.add(found{i, end, id})
		added = true
		i = end - 1
	}
	if added {
		sortFound(st.found)
	}
}

// abbreviation learns an abbreviation introduced in parentheses after a
// name: "Nagorno-Karabakh (NK below)", "Eurasian Development Bank (EDB)".
// The abbreviation itself is then found as a name of id.
func (r *Registry) abbreviation(toks []tok, j int, id string) {
	if j+2 >= len(toks) || toks[j].Text != "(" {
		return
	}
	a := toks[j+1]
	if a.Kind != text.Word || !isShortCaps(a.Text) && !allCaps(a.Text) {
		return
	}
	if close := toks[j+2].Text; close != ")" && !(j+3 < len(toks) && toks[j+3].Text == ")") {
		return
	}
	if _, known := r.phrases[a.key]; !known {
		r.index(a.Text, id)
	}
}

func allCaps(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// inner returns the place named at the start of an event's or a region's
// name ("Karabakh" in "Karabakh conflict"): the name mentions it too.
func (r *Registry) inner(toks []tok, i, j int, id string) found {
	if t := r.recs[id].ent.Type; t != parallax.Event && t != parallax.Location {
		return found{}
	}
	best := found{}
	for _, p := range append(r.phrases[toks[i].key], r.phrases[toks[i].fixed]...) {
		if p.id == id || len(p.keys) >= j-i || r.recs[p.id].ent.Type != parallax.GPE {
			continue
		}
		if e, ok := matchAt(toks, i, p); ok && e > best.to {
			best = found{i, e, p.id}
		}
	}
	return best
}

// border reads "Armenian-Azerbaijani border", two demonyms joined by a hyphen
// or dash and the noun "border", as the border between the two states.
func (r *Registry) border(toks []tok, i int) string {
	if i+1 >= len(toks) || !strings.EqualFold(toks[i+1].Text, "border") {
		return ""
	}
	a, b, ok := strings.Cut(strings.ReplaceAll(toks[i].Text, "–", "-"), "-")
	ca, cb := r.adj[a], r.adj[b]
	if !ok || ca == "" || cb == "" || ca == cb {
		return ""
	}
	if cb < ca {
		ca, cb = cb, ca
	}
	id := ca + "-" + cb + "-border"
	if _, known := r.recs[id]; !known {
		r.recs[id] = &record{
			ent:   parallax.Entity{ID: id, Type: parallax.Location, Name: r.recs[ca].ent.Name + "–" + r.recs[cb].ent.Name + " border"},
			attrs: map[string]string{},
			seen:  map[string]bool{},
		}
	}
	return id
}

// initialFits reports whether the surname at i follows an initial that
// fits the person's first name: "I. Aliyev", "С. Лавров".
func (r *Registry) initialFits(toks []tok, i int, id string) bool {
	if i < 2 || r.recs[id].ent.Type != parallax.Person || toks[i-1].Text != "." {
		return false
	}
	ini := toks[i-2]
	if len([]rune(ini.Text)) != 1 || !ini.caps || toks[i-1].Start != ini.End {
		return false
	}
	return strings.HasPrefix(Key(r.recs[id].ent.Name), ini.key)
}

// pluralUse reports whether the demonym at i is used as a plural noun. One
// spelled like its adjective ("French") is a noun only after "the" and
// before no capitalised word ("the French have", not "French Foreign
// Minister").
func (r *Registry) pluralUse(toks []tok, i int) bool {
	if r.adj[toks[i].Text] == "" {
		return true
	}
	if i == 0 || !strings.EqualFold(toks[i-1].Text, "the") {
		return false
	}
	return i+1 >= len(toks) || !toks[i+1].caps
}

// metonym turns a capital into the city it is after a preposition of place
// ("talks in Moscow") and into its country's government otherwise ("Moscow
// said").
func (r *Registry) metonym(toks []tok, i int, id string) string {
	country := r.attr(id, "capitalof")
	if country == "" {
		return id
	}
	possessive := i+2 < len(toks) && toks[i+1].key == "'" && toks[i+2].Text == "s"
	if i > 0 && locative[toks[i-1].low] && !possessive {
		return id
	}
	return country
}

// followedByNoun reports whether the word after i is a lower-case word that
// a demonym would modify ("Azeri forces"), so the demonym is an adjective.
func (r *Registry) followedByNoun(toks []tok, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != text.Word || !toks[i+1].Near(toks[i].Token) {
		return false
	}
	w := toks[i+1].Text
	return !startsUpper(w) && !verbLike(w) && !floating[w]
}

// floating words follow a subject without being a noun it modifies: "The
// three together", "the Turks themselves".
var floating = map[string]bool{
	"together": true, "alone": true, "both": true, "themselves": true, "too": true,
	"all": true, "each": true,
}

// verbLike reports whether w looks like a finite verb or an adverb, the
// words that follow a subject: "the French have", "Azeris showed".
func verbLike(w string) bool {
	switch w {
	case "have", "has", "had", "are", "were", "was", "is", "will", "would", "can",
		"could", "should", "may", "might", "must", "do", "did", "also", "still",
		"and", "or", "who", "which", "that", "in", "on", "to", "for", "of", "at",
		"later", "earlier", "then", "again", "once", "now", "too", "said", "says",
		"told", "tells", "say", "wants", "want", "sees", "see":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// chunkEnd returns the end of the run of capitalised words starting at i;
// an initial with its period ("I.") joins the run.
func (r *Registry) chunkEnd(toks []tok, i int) int {
	j := i
	joined := false // a connector joined the run: "Center for Disease Control"
	for j < len(toks) {
		t := toks[j]
		if j > i && !t.Near(toks[j-1].Token) {
			break
		}
		if j > i && (hyphenated(toks, j) || ampersand(toks, j)) {
			j += 2 // "Sui-Lee", "PG&E"
			continue
		}
		if j > i && nickname(toks, j) {
			j += 3 // Joseph "Joe" Kintner
			continue
		}
		if j > i && !t.caps {
			if e := particleEnd(toks, i, j); e > j {
				j = e // "Ludwig van Hoorn", "Mahmoud al-Ferani"
				continue
			}
		}
		if j > i && r.connects(toks, j, joined) {
			joined = true
			j++
			continue
		}
		if t.Kind == text.Punct && t.Text == "." && j > i && len([]rune(toks[j-1].Text)) == 1 && j+1 < len(toks) && toks[j+1].caps && !afterNumber(toks, j-1) {
			j++
			continue
		}
		if t.Kind != text.Word || !t.caps || r.adj[t.Text] != "" {
			break
		}
		if j > i && weekdays[t.low] {
			break // a date after a name: "the newspaper Le Parisien Wednesday"
		}
		if j > i {
			if e, id := r.matchPhrase(toks, j); e > 0 {
				if r.longerOrg(toks, e, id) || r.placeOfBody(toks, i, j, id) {
					j = e // "Regional Security Council" is not the "Security Council", "Bank of Corvia" no Corvia
					continue
				}
				if b := r.nationalBody(toks, j); b > 0 && r.shippedPlace(id) {
					j = b // "Tarn Corvia Airlines": the place is inside the body's name
					continue
				}
				if !r.surnameAfterGiven(toks, i, j, id) && !r.placeAfterGiven(toks, i, j, id) {
					break
				}
			}
			if e := r.matchTitle(toks, j); e > 0 && !headedRun(toks, j) && (nameAt(toks, e) || !givenWord(toks[j-1])) {
				break // a title before a name: "Arlow Council President Dana Korr"; but "Kevin King said" ends in a surname
			}
		}
		j++
	}
	for j > i+1 && (connectors[toks[j-1].low] || !toks[j-1].caps && nameParticles[toks[j-1].low]) {
		j-- // "Juan de" where the word after the particle is a known place
	}
	if j == i {
		j = i + 1
	}
	return j
}

// nameAt reports whether token k is a name word right after the one
// before it.
func nameAt(toks []tok, k int) bool {
	return k < len(toks) && nameWord(toks[k]) && toks[k].Near(toks[k-1].Token)
}

// placeAfterGiven reports whether the known place at token j, the second
// word of the run from i, is the surname of a person whose given name
// opens the run and whose name it closes: "Joe Montana", "Michael Jordan".
func (r *Registry) placeAfterGiven(toks []tok, i, j int, id string) bool {
	if j != i+1 || !r.shippedPlace(id) || !givenWord(toks[i]) || r.isTitleWord(toks[i].low) {
		return false
	}
	e, _ := r.matchPhrase(toks, j)
	return e == j+1 && !r.runGoesOn(toks, e, j)
}

// personNamedAs returns the person this document has already named in full
// whose surname or given name is the one-word place at token i (to j):
// "Jim Jordan … Jordan said", "Sofia Brandt … Sofia said". A person the
// text is about is far likelier than a state it has not named; or "".
func (r *Registry) personNamedAs(st *docState, i, j int, id string) string {
	w := st.toks[i]
	if j != i+1 || w.title || !r.shippedPlace(id) {
		return ""
	}
	if p := r.person(st, i, []tok{w}); p != "" && st.named[p] {
		return p
	}
	id, _ = r.byGivenName(st, w.key)
	return id
}

// shippedPlace reports whether id is a place of the shipped gazetteer, not
// one learned from a text: only such a name is weighed against a person's.
func (r *Registry) shippedPlace(id string) bool {
	rec := r.recs[id]
	return !rec.learned && (rec.ent.Type == parallax.GPE || rec.ent.Type == parallax.Location)
}

// givenPlace reports whether the known place of one word at token i (to
// j) is the given name of a person named by its shape, which the run of
// name words it opens goes on to: "Virginia Giuffre", "Victoria Beckham".
// The word after it must be written as a surname, never in lower case in
// the text, and name neither a title, a known name nor a part of a place
// ("Victoria Street").
func (r *Registry) givenPlace(st *docState, i, j int, id string) bool {
	toks := st.toks
	if j != i+1 || toks[i].title || !r.shippedPlace(id) || !givenWord(toks[i]) || !r.runGoesOn(toks, j, i) {
		return false // a title capitalises every word: "Washington And Paris Ask Russia"
	}
	n := toks[j]
	if !surnameShaped(n.Text) || notSurnames[n.low] || roleWord(n.low) || r.isTitleWord(n.low) || st.lowered()[n.key] {
		return false // "Washington And Paris Ask Russia": a word the text also writes in lower case is no surname
	}
	e, _ := r.matchPhrase(toks, j)
	return e == 0
}

// surnameAfterGiven reports whether the known name at token j, inside the
// run from i, is a person's name of one word that a given name at j-1
// opens: "Donald Trumbull" after "Mr. Trumbull" is one name, not two.
func (r *Registry) surnameAfterGiven(toks []tok, i, j int, id string) bool {
	rec := r.recs[id]
	return j-1 >= i && rec.ent.Type == parallax.Person && !strings.Contains(rec.ent.Name, " ") && givenWord(toks[j-1])
}

// headedRun reports whether the run of name words from token j ends in the
// head of an organisation's name, so that a title word inside it is part of
// the name: "Morrow General Hospital".
func headedRun(toks []tok, j int) bool {
	e := j + 1
	for e < len(toks) && nameWord(toks[e]) && toks[e].Near(toks[e-1].Token) {
		e++
	}
	return e > j+1 && orgHeads[toks[e-1].low]
}

// connectors join the words of an organisation's name.
var connectors = map[string]bool{"of": true, "for": true, "and": true, "&": true}

// connects reports whether the connector at j carries an organisation's
// name on: "of" or "for" after a head noun ("Department of Health"),
// "and" or "&" once a connector has ("Health and Human Services"), each
// before a capitalised name word.
func (r *Registry) connects(toks []tok, j int, joined bool) bool {
	w := toks[j].low
	if !connectors[w] || j+1 >= len(toks) || !nameWord(toks[j+1]) || !toks[j+1].Near(toks[j].Token) {
		return false
	}
	if w == "of" || w == "for" {
		return orgHeads[toks[j-1].low]
	}
	return joined || w == "and" && bodyAhead(toks, j+1)
}

// bodyAhead reports whether the run of name words from token k ends before
// an apposition that makes it a body: the second half of "Customs and
// Border Protection, part of Homeland Security, said".
func bodyAhead(toks []tok, k int) bool {
	e := k + 1
	for e < len(toks) && nameWord(toks[e]) && toks[e].Near(toks[e-1].Token) {
		e++
	}
	return apposed(toks, e) == parallax.Org
}

// placeOfBody reports whether the known place of id at token j, inside
// the run from i, goes on a body's name after its head and "of", or right
// after a head that opens the run: "Bank of Corvia", "University of
// Marlow", "Radio Veldt" name a bank, a university and a broadcaster, not
// the place. A place after a name that only ends in a head is another
// name: "the Harbour Council Veldt expert".
func (r *Registry) placeOfBody(toks []tok, i, j int, id string) bool {
	h := j - 1
	if toks[h].low == "of" {
		h--
	} else if h != i {
		return false
	}
	return h >= i && orgHeads[toks[h].low] && r.shippedPlace(id)
}

// longerOrg reports whether the known name of id that ends at token e is
// the head of a longer organisation's name whose distinctive words come
// before it: a multiword organisation name matches on all its words, not
// on its head noun alone.
func (r *Registry) longerOrg(toks []tok, e int, id string) bool {
	return r.recs[id].ent.Type == parallax.Org && orgHeads[toks[e-1].low]
}

// chunk resolves a run of capitalised words that is not a known name: a
// surname or initial and surname of a known person, or a new entity when
// the context says what it is.
func (r *Registry) chunk(st *docState, i, j int, afterTitle bool) string {
	toks := st.toks
	var room [8]tok // most runs are short: their words stay off the heap
	words := room[:0]
	for k := i; k < j; k++ {
		if toks[k].Kind == text.Word {
			words = append(words, toks[k])
		}
	}
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	if id := r.person(st, i, words); id != "" {
		return id
	}
	speaking := len(words) == 1 && (speaks(toks, j) || speechBefore(toks, i))
	if len(words) == 1 && (givenWord(last) || speaking) {
		id, bearers := r.byGivenName(st, last.key)
		if id != "" {
			return id // "Scott Peterson … Scott told police", "Wu Hanfeng … Wu explained"
		}
		if speaking && givenWord(last) && bearers == 0 && !st.surnames[last.key] {
			// "Tommy said": one who speaks under a given name alone, which
			// no full name of the document opens, is a person of one name.
			return r.learn(parallax.Person, last.Text)
		}
	}
	if len(words) == 1 && len(r.surnames[last.fixed]) > 0 {
		// A person's surname whose bearer this document does not settle
		// is no place or body; when it speaks it is a person's.
		if speaks(toks, j) || reports(toks, j) {
			return r.learn(parallax.Person, last.Text)
		}
		return ""
	}
	name := string(st.rs[toks[i].Start:toks[j-1].End])
	if kindBefore(toks, i) {
		return r.learn(parallax.Org, name)
	}
	if len(words) == 1 && !afterTitle {
		return r.single(st, i, name)
	}
	head := last.low
	short := len(words)-particleCount(words) <= 3
	if acronymName(name) {
		return r.learn(parallax.Org, name) // "PG&E", "AT&T"
	}
	switch {
	case orgHeads[head] || designators[head] && len(words) > 1 || joinedOrg(words) || orgContext(toks, j) || orgHeads[words[0].low] && r.placeEnd(toks, i+1) == j:
		return r.learn(parallax.Org, name)
	case eventHeads[head]:
		return r.learn(parallax.Event, name)
	case locHeads[head]:
		return r.learn(parallax.Location, name)
	case afterTitle || short && (givenRun(toks, i, j, words) || personContext(toks, i, j) || roleBefore(toks, i) || appositive(toks, j) || st.surnames[last.key] || speechBefore(toks, i) || len(words) == 2 && memberOf(toks, j)):
		return r.learn(parallax.Person, name)
	case short && placeAfter(toks, i) && !words[0].initial:
		return r.learn(parallax.GPE, name)
	default:
		// "Tom Baird, the captain, said", "Velt Freight, the regional
		// carrier, said"; a person's name is short, a body's need not be.
		if typ := apposed(toks, j); typ == parallax.Org || typ == parallax.Person && short {
			return r.learn(typ, name)
		}
	}
	return "" // capitalised, but nothing says what it names: a product, a title, a slogan
}

// single resolves one capitalised word that is no known name: a place
// after a preposition of place ("in Sarn"), a state before a noun only
// states own ("Kardonia's defence ministry"), or an abbreviation, which
// names an organisation ("KTV", "NPR").
func (r *Registry) single(st *docState, i int, name string) string {
	toks := st.toks
	t := toks[i]
	switch {
	case (speaks(toks, i+1) || reports(toks, i+1)) && lowerTail(name) && len(name) > 2 && st.properName(t) && !givenWord(t) && !st.surnames[t.key]:
		// "Tottenham said", where "Tottenham's manager" stands capitalised
		// inside a sentence too: a proper name, of a club or body, unless
		// it is a given name ("Gary said") or the surname of a full name
		// the document gives; so is "Politico reported that".
		return r.learn(parallax.Org, name)
	case (speaks(toks, i+1) || reports(toks, i+1) || orgContext(toks, i+1)) && innerCaps(name) && !st.surnames[t.key]:
		// "SeaMicro says", "iFixit reported that": a word with a capital
		// inside is a brand's or a company's name wherever it stands.
		return r.learn(parallax.Org, name)
	case told(toks, i) && lowerTail(name) && len(name) > 2 && !givenWord(t) && !st.surnames[t.key]:
		// "told Wired that": one told by a single name that is no
		// person's the document gives is an outlet.
		return r.learn(parallax.Org, name)
	case r.bodyBeside(st, i) && nameShaped(name) && (speaks(toks, i+1) || reported(toks, i+1)):
		// "NBC News and Bloomberg have reported": the name shares the
		// verb with a body named beside it, and is a body too.
		return r.learn(parallax.Org, name)
	case t.initial && allCaps(name) && len(name) <= 5 && (speaks(toks, i+1) || apposed(toks, i+1) != ""):
		// "KLF said", "KLF, the regional airline, said": an abbreviation
		// opening a sentence is a name when it speaks, and a speaker so
		// written is a body.
		return r.learn(parallax.Org, name)
	case orgContext(toks, i+1) && nameShaped(name) && len(name) > 2:
		return r.learn(parallax.Org, name) // "Tessic's board said", "Hewlett-Packard's shares"
	case (spokenFor(toks, i) || owns(toks, i+1, spokesNouns)) && nameShaped(name) && len(name) > 2 && !givenWord(t) && !st.surnames[t.key]:
		// "Brindle's spokesman said", "a spokeswoman for Pellucid": one
		// who speaks for the name makes it a body's, unless the text
		// gives it as a person's.
		return r.learn(parallax.Org, name)
	case t.initial && i+1 < len(toks) && !toks[i+1].caps && !stateContext(toks, i):
		return "" // a capitalised sentence opening
	case stateContext(toks, i) && lowerTail(name):
		return r.learn(parallax.GPE, name)
	case placeAfter(toks, i) && lowerTail(name) && len(name) > 2 && st.actsAsBody(t.key) && !st.surnames[t.key]:
		// "users in Facebook groups … Facebook said": a name the text
		// makes a speaker or an owner is a body wherever it stands.
		return r.learn(parallax.Org, name)
	case placeAfter(toks, i) && lowerTail(name) && len(name) > 2:
		return r.learn(parallax.GPE, name)
	case allCaps(name) && len(name) <= 5 && !t.initial && (i+1 >= len(toks) || toks[i+1].Text != "." || speechBefore(toks, i)):
		// An abbreviation that ends a sentence is a name only where it
		// speaks: "…, said WHO."
		return r.learn(parallax.Org, name)
	}
	return ""
}

// told reports whether the word at i is the listener of "told" or
// "tells", before "that": "told Wired that".
func told(toks []tok, i int) bool {
	return i > 0 && i+1 < len(toks) && (toks[i-1].low == "told" || toks[i-1].low == "tells") && toks[i+1].low == "that"
}

// bodyBeside reports whether the word at token i is joined by "and" to
// the name of an organisation found right before it: "NBC News and
// Bloomberg".
func (r *Registry) bodyBeside(st *docState, i int) bool {
	if i < 2 || st.toks[i-1].low != "and" || len(st.found) == 0 {
		return false
	}
	f := st.found[len(st.found)-1]
	return f.to == i-1 && r.recs[f.id].ent.Type == parallax.Org
}

// reported reports whether the words from token j are a form of "report",
// after at most two auxiliaries or adverbs: "have reported", "reports".
func reported(toks []tok, j int) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		switch w := toks[k].low; {
		case toks[k].Kind != text.Word || toks[k].caps:
			return false
		case w == "reported" || w == "reports" || w == "report":
			return true
		case !leadIns[w]:
			return false
		}
	}
	return false
}

// nameShaped reports whether w is a capitalised word, or capitalised words
// joined by hyphens, with lower-case letters after each capital: a name,
// not an abbreviation ("Brindle", "Hewlett-Packard").
func nameShaped(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if part == "" || !lowerTail(part) || !startsUpper(part) {
			return false
		}
	}
	return true
}

// spokenFor reports whether the name at token i follows one who speaks
// for it and "for" or "at", or one who works at it: "a spokesman for
// Bloomberg", "an executive at Pellucid", "an analyst at Corvane,". A
// word in lower case after the name makes it a modifier, of a place as
// often ("a doctor at Sarn hospital").
func spokenFor(toks []tok, i int) bool {
	if i < 2 || toks[i-1].low != "for" && toks[i-1].low != "at" {
		return false
	}
	w := toks[i-2]
	if w.Kind != text.Word || w.caps {
		return false
	}
	if spokesNouns[w.low] {
		return true
	}
	next := i + 1
	return toks[i-1].low == "at" && roleWord(w.low) && (next >= len(toks) || toks[next].Kind == text.Punct)
}

// titledName returns where a person's name starts inside the run of
// capitalised words i..j when the words before it are a title that ends in
// a noun of occupation or office that is no title the registry knows:
// "Chief Medical Officer Ana Ruiz", "Senior Economist Tomasz Wielgosz"; or 0. The name opens with a given
// name and reads as one by its shape.
func titledName(toks []tok, i, j int) int {
	for p := i + 1; p+1 < j; p++ {
		prev := toks[p-1]
		if toks[p].Kind != text.Word || prev.Kind != text.Word || !lowerTail(prev.Text) || !roleWord(prev.low) || !givenWord(toks[p]) {
			continue
		}
		var words []tok
		for k := p; k < j; k++ {
			if toks[k].Kind == text.Word {
				words = append(words, toks[k])
			}
		}
		if givenRun(toks, p, j, words) {
			return p
		}
	}
	return 0
}

// nationalBody returns the end of a body's name that opens with a demonym
// or the name of a known place, when no known name starts after it; or 0:
// "Chinese Center for Disease Control", "American Medical Association",
// "Michigan Department of Health". After a place one head is name enough:
// "Veldt Telecom", "the Port Selwyn Gazette" name a company and a
// newspaper, not the place. A demonym is part of such a name too; a known
// body after it ("Russian Foreign Ministry") is the state's, read
// elsewhere, and one head after it ("Russian army") describes the state's
// own.
func (r *Registry) nationalBody(toks []tok, i int) int {
	t := toks[i]
	if !t.caps || t.title {
		return 0
	}
	from, least := i+1, 2
	if r.adj[t.Text] == "" {
		if from, least = r.placeEnd(toks, i), 1; from == 0 {
			return 0
		}
	}
	if from >= len(toks) || !toks[from].caps || !nameWord(toks[from]) || !toks[from].Spaced(toks[from-1].Token) {
		return 0
	}
	if e, _ := r.matchPhrase(toks, from); e > 0 || r.matchTitle(toks, from) > 0 {
		return 0
	}
	j := r.chunkEnd(toks, from)
	var words []tok
	for k := from; k < j; k++ {
		if toks[k].Kind == text.Word {
			words = append(words, toks[k])
		}
	}
	if len(words) < least || !orgHeads[words[len(words)-1].low] && !joinedOrg(words) {
		return 0
	}
	return j
}

// placeEnd returns the end of the name of a known place that starts at
// token i, which may open the name of a body as an adjective does:
// "Michigan Department of Health", as "Russian Foreign Ministry"; or 0.
func (r *Registry) placeEnd(toks []tok, i int) int {
	e, id := r.matchPhrase(toks, i)
	if e == 0 || !r.shippedPlace(id) {
		return 0
	}
	return e
}

// orgContext reports whether the tokens from j are "'s" and a noun only
// an organisation owns: "Orvane Semiconductor's shareholders".
func orgContext(toks []tok, j int) bool {
	return owns(toks, j, orgOwned)
}

// owns reports whether the tokens from j are "'s" and a noun of nouns.
func owns(toks []tok, j int, nouns map[string]bool) bool {
	return j+2 < len(toks) && (toks[j].Text == "'" || toks[j].Text == "’") && toks[j+1].Text == "s" && nouns[toks[j+2].low]
}

// kindBefore reports whether a noun for a kind of organisation stands
// right before the name at token i, or before the name's own "The": "the
// blog The Playlist", "the charity Oxfam", "the studio Lionsgate".
func kindBefore(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Text == "The" && !toks[k].initial {
		k--
	}
	return k >= 0 && toks[k].Kind == text.Word && !toks[k].caps && orgNouns[toks[k].Text] && toks[k+1].Near(toks[k].Token)
}

// joinedOrg reports whether a head noun and a connector join the words:
// "Department of Health and Human Services".
func joinedOrg(words []tok) bool {
	for k := 0; k+1 < len(words); k++ {
		if orgHeads[words[k].low] && connectors[words[k+1].low] {
			return true
		}
	}
	return false
}

// speechBefore reports whether a speech verb stands right before a name:
// "said Eyamba Sowers".
func speechBefore(toks []tok, i int) bool {
	return i > 0 && speechVerbs[toks[i-1].low]
}

// placePrep are the prepositions after which an unknown name is a place:
// "in Hong Kong", "near Fort Worth".
var placePrep = map[string]bool{"in": true, "near": true, "outside": true, "inside": true, "across": true, "throughout": true}

// placeAfter reports whether a preposition of place stands as a word of
// its own right before token i: "in Sarn", not the unit of "its 17in
// MacBook".
func placeAfter(toks []tok, i int) bool {
	return i > 0 && placePrep[toks[i-1].low] && (i == 1 || toks[i-1].Start > toks[i-2].End)
}

// personContext reports whether the words after a name (tokens i..j) say
// it is a person's: a speech verb ("Cam Heyward said", "Lena Marsh has
// argued"), or ", who".
func personContext(toks []tok, i, j int) bool {
	if speaks(toks, j) && !(i > 0 && toks[i-1].low == "of") {
		return true // but "the leader of Al Qaeda said": the leader speaks
	}
	if j+1 < len(toks) && toks[j].Text == "," && speaks(toks, j+1) && i > 0 && toks[i-1].Text == "," {
		return true // set off by commas before a speech verb: "…'s chief monitor, Ana Lindqvist, said"
	}
	return j+1 < len(toks) && toks[j].Text == "," && strings.EqualFold(toks[j+1].Text, "who")
}

// roleBefore reports whether a role noun stands right before a name
// ("analyst Carsten Fritsch", "co-author Michael Malaska").
func roleBefore(toks []tok, i int) bool {
	if i > 1 && toks[i-1].Text == "," && toks[i-2].Kind == text.Word && !toks[i-2].caps && roleWord(toks[i-2].low) {
		return true // in apposition to a role: "the council's chief economist, Ana Lindqvist"
	}
	if i == 0 || toks[i-1].Kind != text.Word || toks[i-1].caps {
		return false
	}
	w := toks[i-1].low
	if roleNouns[w] {
		return true
	}
	if len(w) < 6 || stopCaps[w] {
		return false
	}
	for _, suf := range []string{"ist", "yst", "ian", "writer", "player", "officer", "manager"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleNouns are the common nouns of occupation that stand before a name.
var roleNouns = map[string]bool{
	"actor": true, "actress": true, "singer": true, "coach": true, "lawyer": true, "agent": true, "diplomat": true,
	"attorney": true, "professor": true, "doctor": true, "judge": true, "activist": true,
	"prosecutor": true, "researcher": true, "scientist": true, "economist": true,
	"analyst": true, "reporter": true, "journalist": true, "editor": true, "author": true,
	"co-author": true, "founder": true, "ceo": true, "chief": true, "executive": true,
	"quarterback": true, "striker": true, "manager": true, "artist": true, "designer": true,
	"musician": true, "drummer": true, "guitarist": true, "playwright": true, "novelist": true,
	"politician": true, "lawmaker": true, "senator": true, "congressman": true,
	"congresswoman": true, "governor": true, "mayor": true, "candidate": true, "rapper": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "wife": true, "husband": true,
	"son": true, "daughter": true, "mother": true, "father": true, "brother": true, "sister": true,
}

// person resolves a surname ("Lavrov") or an initial and surname ("S.
// Lavrov") at token i to a known person, preferring one this document
// already names, and of several the one it named first.
func (r *Registry) person(st *docState, i int, words []tok) string {
	words, lead := withoutParticles(words)
	last := words[len(words)-1]
	ids := r.surnames[last.fixed]
	if len(lead) > 0 {
		// "Van Hoorn said" names the one whose name holds "van Hoorn".
		var keep []string
		for _, id := range ids {
			if holdsSurname(r.recs[id].ent.Name, lead, last.key) {
				keep = append(keep, id)
			}
		}
		ids = keep
	}
	if len(ids) == 0 {
		return ""
	}
	if len(words) > 1 {
		if len([]rune(words[0].Text)) != 1 {
			return ""
		}
		var keep []string
		for _, id := range ids {
			if strings.HasPrefix(Key(r.recs[id].ent.Name), strings.ToLower(words[0].key)) {
				keep = append(keep, id)
			}
		}
		ids = keep
	}
	var here []string
	for _, id := range ids {
		if st.named[id] {
			here = append(here, id)
		}
	}
	if len(here) == 1 {
		return here[0]
	}
	if len(here) > 1 {
		return firstNamed(st, here) // "Tyler Hansbrough … said Gene Hansbrough … Hansbrough added": the one the story is about
	}
	if len(ids) == 1 && !r.recs[ids[0]].learned {
		return ids[0] // a shipped person is known by surname everywhere; one learned elsewhere is not
	}
	return ""
}

// byGivenName returns the one person this document names in full whose
// name opens with the given name key, or "" when it names none or several,
// and how many it names.
func (r *Registry) byGivenName(st *docState, key string) (string, int) {
	found, n := "", 0
	for id := range st.named {
		rec := r.recs[id]
		if rec.ent.Type != parallax.Person || !strings.Contains(rec.ent.Name, " ") {
			continue
		}
		if first, _, _ := strings.Cut(rec.ent.Name, " "); Key(first) != key {
			continue
		}
		found, n = id, n+1
	}
	if n > 1 {
		return "", n
	}
	return found, n
}

// firstNamed returns the one of ids this document names first: a story
// names the person it is about before those about them.
func firstNamed(st *docState, ids []string) string {
	best, at := "", -1
	for _, f := range st.found {
		if (at < 0 || f.from < at) && slices.Contains(ids, f.id) {
			best, at = f.id, f.from
		}
	}
	return best
}

// noteRole records the title a person was named with here, and teaches the
// registry the person's office and country when the gazetteer lacks them.
func (r *Registry) noteRole(st *docState, id string, title []string) {
	rec := r.recs[id]
	if rec == nil || rec.ent.Type != parallax.Person || len(title) == 0 {
		return
	}
	st.roles[id] = append(st.roles[id], strings.Join(title, " "))
	if c := r.adj[title[0]]; c != "" && rec.attrs["country"] == "" {
		rec.attrs["country"] = c
	}
	if rec.attrs["role"] == "" {
		words := title
		if r.adj[title[0]] != "" {
			words = title[1:]
		}
		rec.attrs["role"] = strings.Join(words, " ")
	}
}

// lowered returns the keys of the words the document writes in lower case
// somewhere: common words, which a capital at the head of a line or in a
// headline does not make names.
func (st *docState) lowered() map[string]bool {
	if st.lower == nil {
		st.lower = map[string]bool{}
		for _, t := range st.toks {
			if t.Kind == text.Word && !t.caps {
				st.lower[t.key] = true
			}
		}
	}
	return st.lower
}

// properName reports whether the capitalised word t is a proper name by
// where the document writes it: capitalised inside a sentence, or opening
// one when the document never writes it in lower case and it is no noun
// the lexicon knows ("Instagram said", where "Police said" and "Officials
// said" open with common nouns).
func (st *docState) properName(t tok) bool {
	if st.midCaps()[t.key] {
		return true
	}
	return t.initial && !t.title && !st.lowered()[t.key] && !lexicon.Is(t.low, lexicon.Noun)
}

// actsAsBody reports whether the document makes the capitalised word of
// key a body's name somewhere by what stands beside it: a single name
// inside a sentence followed by a verb of saying or reporting ("Facebook
// said"), or one that owns what only a body owns or one who speaks for
// it ("Facebook's shares", "a spokesman for Facebook").
func (st *docState) actsAsBody(key string) bool {
	toks := st.toks
	for i, t := range toks {
		if t.key != key || !t.caps || t.title || i > 0 && nameWord(toks[i-1]) && t.Near(toks[i-1].Token) {
			continue // not a single name: "Tom Sarn said"
		}
		if !t.initial && (speaks(toks, i+1) || reports(toks, i+1)) || owns(toks, i+1, orgOwned) || owns(toks, i+1, spokesNouns) || spokenFor(toks, i) {
			return true
		}
	}
	return false
}

// midCaps returns the keys of the words the document capitalises inside a
// sentence, outside its title: proper names rather than sentence openings.
func (st *docState) midCaps() map[string]bool {
	if st.caps == nil {
		st.caps = map[string]bool{}
		for _, t := range st.toks {
			if t.caps && !t.initial && !t.title {
				st.caps[t.key] = true
			}
		}
	}
	return st.caps
}

// afterNumber reports whether token i is glued to a number before it: a
// unit or a resolution ("4K", "5G"), never an initial.
func afterNumber(toks []tok, i int) bool {
	if i == 0 || toks[i-1].End != toks[i].Start {
		return false
	}
	rs := []rune(toks[i-1].Text)
	return len(rs) > 0 && unicode.IsDigit(rs[len(rs)-1])
}
