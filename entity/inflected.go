package entity

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lang"
	"github.com/parallax-news/parallax/text"
)

// Languages that inflect names (Russian: "Лавров", "Лаврова", "Лавровым")
// are read by one recogniser driven by the language's data in package lang:
// a word is matched on its stem, what is left once its case ending is
// stripped, and the closed word classes of the language (titles, the nouns
// that head the name of a body or a place, prepositions of place) type the
// capitalised names the gazetteer does not know.

// langIndex is a language's gazetteer, keyed by stems.
type langIndex struct {
	p       *lang.Profile
	phrases map[string][]stemPhrase // every stem of the first word → names
	written map[string]bool         // every word of every name as written, in lower case: the form no case ending changed
}

// stemPhrase is a name as the stems of its words: a word matches when one
// of its stems is one of the name word's.
type stemPhrase struct {
	words []map[string]bool
	exact string // an abbreviation, matched as written
	id    string
}

// inflTok is a token with what the inflected recogniser needs.
type inflTok struct {
	text.Token
	low     string
	stem    string
	stems   []string // every stem, for matching the gazetteer
	caps    bool     // starts with a capital
	abbrev  bool     // two or more capitals and no lower-case letter
	latin   bool
	initial bool // first word of a sentence
}

// inflDoc is one document being read by the inflected recogniser.
type inflDoc struct {
	p        *lang.Profile
	toks     []inflTok
	used     []bool
	midCaps  map[string]bool   // stems capitalised inside a sentence
	surnames map[string]string // last stem of a person's full name → its id
	single   map[string]string // stem of a one-word mention → its id
	found    []found
}

// langIndexOf returns the registry's index of language p, building it on first
// use: the language's gazetteer joins the shipped one under the same ids.
func (r *Registry) langIndexOf(p *lang.Profile) *langIndex {
	if ix, ok := r.langs[p.Code]; ok {
		return ix
	}
	ix := &langIndex{p: p, phrases: map[string][]stemPhrase{}, written: map[string]bool{}}
	for _, e := range p.Gazetteer {
		if _, ok := r.recs[e.ID]; !ok {
			r.recs[e.ID] = &record{ent: parallax.Entity{ID: e.ID, Type: e.Type, Name: e.Name}, attrs: map[string]string{}, seen: map[string]bool{}}
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			ph := stemPhrase{id: e.ID}
			if isAbbrev(n) {
				ph.exact = n
			}
			for _, w := range text.Tokenize(n) {
				if w.Kind == text.Punct {
					continue
				}
				set := map[string]bool{}
				ix.written[strings.ToLower(w.Text)] = true
				for _, s := range p.Stems(strings.ToLower(w.Text)) {
					set[s] = true
				}
				ph.words = append(ph.words, set)
			}
			if len(ph.words) == 0 {
				continue
			}
			for s := range ph.words[0] {
				ix.phrases[s] = append(ix.phrases[s], ph)
			}
		}
	}
	r.langs[p.Code] = ix
	return ix
}

// resolveInflected finds the mentions of a document in a language that
// inflects names.
func (r *Registry) resolveInflected(st *docState, p *lang.Profile) {
	d := newInflDoc(st, p)
	ix := r.langIndexOf(p)
	d.things()
	d.quoted(r)
	d.known(r, ix)
	d.placeHeaded(r, ix)
	d.domains(r)
	d.abbreviations(r)
	d.governed(r)
	d.capitalised(r)
	st.found = d.found
}

func newInflDoc(st *docState, p *lang.Profile) *inflDoc {
	d := &inflDoc{p: p, used: make([]bool, len(st.toks)), midCaps: map[string]bool{}, surnames: map[string]string{}, single: map[string]string{}}
	d.toks = make([]inflTok, len(st.toks))
	for i, t := range st.toks {
		it := inflTok{Token: t.Token, initial: t.initial, caps: t.caps}
		if t.Kind == text.Word {
			it.low = text.Lower(t.Text)
			it.stems = p.Stems(it.low)
			it.stem = it.stems[len(it.stems)-1]
			if len(it.stems) > 1 {
				it.stem = it.stems[1] // the longest ending stripped
			}
			it.abbrev = isAbbrev(t.Text)
			it.latin = isLatin(t.Text)
			if it.caps && !it.initial {
				d.midCaps[it.stem] = true
			}
		}
		d.toks[i] = it
	}
	return d
}

// isAbbrev reports whether w is written in capitals, two or more, and is
// no Roman numeral ("ХХ" in Cyrillic letters too).
func isAbbrev(w string) bool {
	n, roman := 0, true
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			n++
			if !strings.ContainsRune("IVXLCDMХІ", c) {
				roman = false
			}
		case c == '-':
		default:
			return false
		}
	}
	return n >= 2 && !roman
}

func isLatin(w string) bool {
	for _, c := range w {
		return c < unicode.MaxASCII && unicode.IsLetter(c)
	}
	return false
}

// add records a mention of tokens [from, to) as id.
func (d *inflDoc) add(from, to int, id string) {
	for k := from; k < to; k++ {
		d.used[k] = true
	}
	d.found = append(d.found, found{from: from, to: to, id: id})
	if to-from == 1 {
		if _, ok := d.single[d.toks[from].stem]; !ok {
			d.single[d.toks[from].stem] = id
		}
	}
}

// free reports whether tokens [from, to) are all unclaimed.
func (d *inflDoc) free(from, to int) bool {
	for k := from; k < to; k++ {
		if d.used[k] {
			return false
		}
	}
	return true
}

// quoted finds names in guillemets or quotes after a noun that heads the
// name of a body (движение «Солидарность», компании "Роснефть"), and short
// capitalised names in quotes alone («Роснефть», «Левый фронт»): a longer
// quoted phrase is more often a title or a slogan.
func (d *inflDoc) quoted(r *Registry) {
	for i := 0; i < len(d.toks); i++ {
		from, j := d.quotation(i)
		if j == 0 || !d.free(from, j) {
			continue
		}
		if !d.headBefore(i, lang.OrgHead) && j-i > 3 {
			continue
		}
		id := r.learnInflected(parallax.Org, d.name(from, j), d.stems(from, j))
		if h := i - 1; h >= 0 && d.toks[h].abbrev && !d.p.Is(lang.Stop, d.toks[h].low) && !d.used[h] && d.toks[i].Spaced(d.toks[h].Token) {
			d.add(h, j+1, id) // the legal form or the abbreviation before the marks belongs to the name: ОАО «Газпром», РИА «Новости»
		} else {
			d.add(from, j, id)
		}
		i = j
	}
}

// things sets aside the names of things that are no body, found by the
// noun before them (корабль «Союз ТМА-12», операционной системы Windows),
// and every other quotation of the same name or use of the same Latin word
// in the document (a second «Союз» alone, "о Windows"): no mention is made
// of them, and no other pass reads their words. A Cyrillic name after the
// noun without quotation marks is more often a complement than the thing's
// name ("чемпионат Европы").
func (d *inflDoc) things() {
	named := map[string]bool{} // stem of the first word of a thing's name
	for i := range d.toks {
		if !d.headBefore(i, lang.Thing) {
			continue
		}
		from, to := d.quotation(i)
		if to == 0 && d.toks[i].latin && d.toks[i].caps {
			from, to = i, d.latinEnd(i)
		}
		if to > from {
			named[d.toks[from].stem] = true
			d.setAside(from, to)
		}
	}
	for i := range d.toks {
		from, to := d.quotation(i)
		if to == 0 && d.toks[i].latin {
			from, to = i, d.latinEnd(i)
		}
		if to > from && named[d.toks[from].stem] {
			d.setAside(from, to)
		}
	}
}

// latinEnd returns the end of the run of capitalised Latin words from i.
func (d *inflDoc) latinEnd(i int) int {
	j := i
	for j < len(d.toks) && d.toks[j].latin && d.toks[j].caps && (j == i || d.toks[j].Spaced(d.toks[j-1].Token)) {
		j++
	}
	return j
}

// quotation returns the words [from, to) of a short quotation opening at
// token i whose first word is capitalised, or zeros.
func (d *inflDoc) quotation(i int) (int, int) {
	close := closingQuote(d.toks[i].Text)
	if close == "" || i+1 >= len(d.toks) || !d.toks[i+1].caps && !d.toks[i+1].abbrev {
		return 0, 0
	}
	j := i + 1
	for j < len(d.toks) && j-i <= 8 && d.toks[j].Text != close && !isStopPunct(d.toks[j].Text) {
		j++
	}
	if j >= len(d.toks) || d.toks[j].Text != close || j == i+1 {
		return 0, 0
	}
	return i + 1, j
}

// setAside marks tokens [from, to) read without making a mention of them.
func (d *inflDoc) setAside(from, to int) {
	for k := from; k < to; k++ {
		d.used[k] = true
	}
}

// closingQuote returns the mark that closes the opening quotation mark q,
// or "".
func closingQuote(q string) string {
	switch q {
	case "«":
		return "»"
	case "„":
		return "“"
	case "\"":
		return "\""
	case "“":
		return "”"
	}
	return ""
}

func isStopPunct(s string) bool {
	return s == "." || s == "!" || s == "?" || s == "«"
}

// headBefore reports whether a word of class stands just before token i,
// or two words before it with an adjective between ("партии «Единая
// Россия»", "космического корабля «Союз»"; not "акции компании «…»").
func (d *inflDoc) headBefore(i int, class string) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		t := d.toks[k]
		if t.Kind != text.Word {
			return false
		}
		if d.p.Is(class, t.low) {
			return true
		}
		if d.p.Ending(t.low) != "adj" {
			return false
		}
	}
	return false
}

// name is the text of tokens [from, to) as written.
func (d *inflDoc) name(from, to int) string {
	var b strings.Builder
	for k := from; k < to; k++ {
		if k > from && d.toks[k].Start > d.toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].Text)
	}
	return b.String()
}

// stems is the key of tokens [from, to): their stems.
func (d *inflDoc) stems(from, to int) string {
	var ss []string
	for k := from; k < to; k++ {
		if d.toks[k].Kind != text.Punct {
			ss = append(ss, d.toks[k].stem)
		}
	}
	return strings.Join(ss, " ")
}

// known finds the names of the language's gazetteer in any case form.
func (d *inflDoc) known(r *Registry, ix *langIndex) {
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.Kind != text.Word || !t.caps || d.used[i] {
			continue
		}
		best, id := 0, ""
		for _, s := range t.stems {
			for _, ph := range ix.phrases[s] {
				if end, ok := d.matchStems(i, ph); ok && (end > best || end == best && ph.id < id) {
					best, id = end, ph.id // the same choice whatever the map order
				}
			}
		}
		if best == 0 || best == i+1 && r.recs[id].ent.Type != parallax.Person && d.inPersonName(i) {
			continue
		}
		from := i
		if r.recs[id].ent.Type == parallax.Person && i > 0 && !d.used[i-1] && d.toks[i-1].caps && d.toks[i].Spaced(d.toks[i-1].Token) && d.p.Given(d.toks[i-1].low) != "" {
			from = i - 1 // a shorter form of a known name: "Реджеп Эрдоган"
		}
		d.add(from, best, id)
		i = best - 1
	}
}

// inPersonName reports whether the word at i, which also names a place or
// a body, is part of a person's name here: a given name before another
// name word ("Питер Семнеби", "София Ротару") or a name after a given name
// ("Иоанн Грозный").
func (d *inflDoc) inPersonName(i int) bool {
	if d.p.Given(d.toks[i].low) != "" && i+1 < len(d.toks) && d.toks[i+1].caps && !d.toks[i+1].initial && d.toks[i+1].Spaced(d.toks[i].Token) {
		return true
	}
	return i > 0 && !d.toks[i].initial && d.toks[i-1].caps && d.toks[i].Spaced(d.toks[i-1].Token) && d.p.Given(d.toks[i-1].low) != ""
}

// joined reports whether token k is a mark between two words it touches,
// as the dot of "Лента.ру".
func (d *inflDoc) joined(k int) bool {
	return k > 0 && k+1 < len(d.toks) && d.toks[k].Start == d.toks[k-1].End && d.toks[k+1].Start == d.toks[k].End &&
		d.toks[k-1].Kind == text.Word && d.toks[k+1].Kind == text.Word
}

// domains finds the outlets named by their web address (infox.ru,
// Лента.ру): words joined by dots that end in a top-level domain.
func (d *inflDoc) domains(r *Registry) {
	for j := 2; j < len(d.toks); j++ {
		if d.toks[j].Kind != text.Word || !d.p.Is(lang.Domain, d.toks[j].low) || d.toks[j-1].Text != "." || !d.joined(j-1) {
			continue
		}
		from := j - 2
		for from >= 2 && d.toks[from-1].Text == "." && d.joined(from-1) {
			from -= 2
		}
		if d.free(from, j+1) {
			name := d.name(from, j+1)
			d.add(from, j+1, r.learnInflected(parallax.Org, name, strings.ToLower(name)))
		}
	}
}

// matchStems matches a name's stems at token i; abbreviations must match
// as written.
func (d *inflDoc) matchStems(i int, ph stemPhrase) (int, bool) {
	k := i
	for n, want := range ph.words {
		for k < len(d.toks) && d.toks[k].Kind == text.Punct && (d.toks[k].Text == "-" || n > 0 && d.joined(k)) {
			k++ // "Лента.ру"
		}
		if k >= len(d.toks) || d.used[k] || !anyIn(d.toks[k].stems, want) {
			return 0, false
		}
		if n > 0 && !d.toks[k].Near(d.toks[k-1].Token) {
			return 0, false
		}
		k++
	}
	if ph.exact != "" && d.name(i, k) != ph.exact {
		return 0, false
	}
	return k, true
}

func anyIn(ss []string, set map[string]bool) bool {
	for _, s := range ss {
		if set[s] {
			return true
		}
	}
	return false
}

// placeHeaded makes a body of a known place's name, written as the
// gazetteer writes it, and the head of a foreign body's name right after
// it: "Нью-Йорк таймс", "Вашингтон пост" name newspapers, not the city. A
// place in another case or after a preposition of place, where a name that
// never declines is too, heads no such name: "в Нью-Йорке пост мэра", "в
// Осло пост мэра".
func (d *inflDoc) placeHeaded(r *Registry, ix *langIndex) {
	for n, f := range d.found {
		if f.to >= len(d.toks) || !r.shippedPlace(f.id) || !ix.written[d.toks[f.to-1].low] {
			continue
		}
		if f.from > 0 && d.p.Is(lang.Place, d.toks[f.from-1].low) {
			continue
		}
		h := d.toks[f.to]
		if h.Kind != text.Word || d.used[f.to] || !h.Spaced(d.toks[f.to-1].Token) || !d.p.Is(lang.NameHead, h.low) {
			continue
		}
		d.used[f.to] = true
		d.found[n] = found{from: f.from, to: f.to + 1, id: r.learnInflected(parallax.Org, d.name(f.from, f.to+1), d.stems(f.from, f.to+1))}
	}
}

// governed makes a body of a country's name and the noun before it that
// heads a body's name: "правительства Китая", "сборная России",
// "парламент Грузии" name the country's government, team or parliament,
// not the country.
func (d *inflDoc) governed(r *Registry) {
	for n, f := range d.found {
		if f.from == 0 {
			continue
		}
		head := d.toks[f.from-1]
		rec := r.recs[f.id]
		if head.Kind != text.Word || head.caps && !head.initial || d.used[f.from-1] || !d.p.Is(lang.OrgHead, head.low) || rec == nil || rec.ent.Type != parallax.GPE {
			continue
		}
		from := f.from - 1
		d.used[from] = true
		d.found[n] = found{from: from, to: f.to, id: r.learnInflected(parallax.Org, d.name(from, f.to), d.stems(from, f.to))}
	}
}

// abbreviations finds the bodies named by words in capitals (ВТБ, РБК),
// but not the legal forms that head them (ОАО), common nouns (СМИ) or the
// designations of models and flights joined to a number (Ту-154, STS-124).
func (d *inflDoc) abbreviations(r *Registry) {
	for i, t := range d.toks {
		switch {
		case t.Kind != text.Word || !t.abbrev || d.used[i]:
		case d.designation(i):
			d.setAside(i, i+1)
		case !d.p.Is(lang.OrgHead, t.low) && !d.p.Is(lang.Stop, t.low):
			d.add(i, i+1, r.learnInflected(parallax.Org, t.Text, t.Text))
		}
	}
	for i, t := range d.toks {
		if a := d.declinedAbbrev(t.Text); a != "" && !d.used[i] && !d.p.Is(lang.OrgHead, strings.ToLower(a)) {
			d.add(i, i+1, r.learnInflected(parallax.Org, a, a))
		}
	}
}

// declinedAbbrev returns the abbreviation a word in capitals with a case
// ending holds ("МИДа", "МИДе" → "МИД"), or "".
func (d *inflDoc) declinedAbbrev(w string) string {
	rs := []rune(w)
	n := 0
	for n < len(rs) && unicode.IsUpper(rs[n]) {
		n++
	}
	if n < 2 || n == len(rs) || len(rs)-n > 2 || !isAbbrev(string(rs[:n])) {
		return ""
	}
	for _, e := range d.p.Stems(strings.ToLower(w)) {
		if e == strings.ToLower(string(rs[:n])) {
			return string(rs[:n])
		}
	}
	return ""
}

// designation reports whether the word at i is joined by a hyphen to a
// number: "STS-124", "ТМА-7".
func (d *inflDoc) designation(i int) bool {
	return i+2 < len(d.toks) && d.toks[i+1].Text == "-" && d.toks[i+1].Start == d.toks[i].End &&
		d.toks[i+2].Kind == text.Number && d.toks[i+2].Start == d.toks[i+1].End
}

// capitalised types the runs of capitalised words no list knows: first
// those whose words or context say what they are, people first so that a
// surname standing alone later is known as one; then the rest, a single
// word as what the document names by it elsewhere.
func (d *inflDoc) capitalised(r *Registry) {
	runs := d.runs()
	for _, run := range runs {
		if d.personByForm(run[0], run[1]) {
			d.person(r, run[0], run[1])
		}
	}
	var rest [][2]int
	for _, run := range runs {
		if d.free(run[0], run[1]) && !d.byContext(r, run[0], run[1]) {
			rest = append(rest, run)
		}
	}
	for _, run := range rest {
		if d.free(run[0], run[1]) {
			d.unknown(r, run[0], run[1])
		}
	}
}

// byContext types a run by its words and the words around it, and reports
// whether it did.
func (d *inflDoc) byContext(r *Registry, from, to int) bool {
	learn := func(typ string, from, to int) {
		d.add(from, to, r.learnInflected(typ, d.name(from, to), d.stems(from, to)))
	}
	last := d.toks[to-1]
	switch {
	case d.surnames[last.stem] != "":
		d.add(from, to, d.surnames[last.stem])
	case to-from > 1 && d.p.Is(lang.OrgHead, last.low) && d.p.Ending(d.toks[from].low) == "adj":
		learn(parallax.Org, from, to) // "Русская Православная Церковь"
	case d.orgAfter(from, to) > 0:
		learn(parallax.Org, from, d.orgAfter(from, to)) // "Большого театра", "Российского института"
	case d.p.Is(lang.OrgHead, d.toks[from].low) && (!d.toks[from].initial || d.extendOrg(to) > from+1):
		learn(parallax.Org, from, d.absorbCountry(r, d.extendOrg(to))) // not a sentence's "Правительство" alone
	case to-from == 1 && d.compoundBody(last.low):
		learn(parallax.Org, from, to)
	case to < len(d.toks) && d.toks[to].Kind == text.Word && d.p.Is(lang.LocHead, d.toks[to].low):
		learn(parallax.Location, from, to+1)
	case from > 0 && d.p.Is(lang.LocHead, d.toks[from-1].low):
		learn(parallax.Location, from, to)
	case from > 0 && d.p.Is(lang.OrgHead, d.toks[from-1].low):
		learn(parallax.Org, from, to)
	case toponym(last.low):
		learn(parallax.Location, from, to) // "Сколково", "Царицыно"
	case d.surnameForm(to - 1):
		d.person(r, from, to)
	case d.toks[from].latin:
		learn(parallax.Org, from, to)
	case from > 0 && d.p.Is(lang.Place, d.toks[from-1].low):
		learn(parallax.Location, from, to)
	case to-from > 1 && d.p.Ending(last.low) == "place":
		learn(parallax.Location, from, to) // "Новой Зеландии"
	case to-from > 1 && d.p.Ending(last.low) != "adj":
		d.person(r, from, to) // names of several words are mostly people's
	default:
		return false
	}
	return true
}

// unknown types a run that neither its words nor its context type: a word
// the document names something by elsewhere is that; an adjective names
// a body with the noun after it; a given name alone a person; a noun in
// -ия or -ье a place.
func (d *inflDoc) unknown(r *Registry, from, to int) {
	last := d.toks[to-1]
	switch {
	case d.surnames[last.stem] != "":
		d.add(from, to, d.surnames[last.stem])
	case to-from == 1 && d.single[last.stem] != "":
		d.add(from, to, d.single[last.stem])
	case d.p.Ending(last.low) == "adj":
		if to < len(d.toks) && d.toks[to].Kind == text.Word && d.p.Is(lang.OrgHead, d.toks[to].low) {
			d.add(from, to+1, r.learnInflected(parallax.Org, d.name(from, to+1), d.stems(from, to+1)))
		}
	case d.p.Given(last.low) != "":
		d.person(r, from, to)
	case d.p.Ending(last.low) == "place":
		d.add(from, to, r.learnInflected(parallax.Location, d.name(from, to), d.stems(from, to)))
	}
	// any other single word is left: unknown nouns are people, bodies,
	// places and no name at all in about equal shares
}

// absorbCountry extends a body's name that ends at token to over the
// country named right after it ("Министерство обороны Армении"): the
// country's mention becomes part of the body's, and the end is returned.
func (d *inflDoc) absorbCountry(r *Registry, to int) int {
	for n, f := range d.found {
		if f.from != to || !d.toks[to].Near(d.toks[to-1].Token) {
			continue
		}
		if rec := r.recs[f.id]; rec == nil || rec.ent.Type != parallax.GPE {
			return to
		}
		d.found = append(d.found[:n], d.found[n+1:]...)
		for k := f.from; k < f.to; k++ {
			d.used[k] = false
		}
		return f.to
	}
	return to
}

// compoundBody reports whether w is a compound name of a body, a prefix
// and a word: "минсвязи", "мосгордума".
func (d *inflDoc) compoundBody(w string) bool {
	rs := []rune(w)
	for n := 2; n <= 4 && n < len(rs)-3; n++ {
		if d.p.Is(lang.OrgPrefix, string(rs[:n])) {
			return true
		}
	}
	return false
}

// runs returns the runs of free capitalised words: words joined by single
// spaces, none a closed-class word. A sentence's first word opens a run
// only when the document capitalises it elsewhere inside a sentence or it
// is a given name.
func (d *inflDoc) runs() [][2]int {
	var out [][2]int
	for i := 0; i < len(d.toks); {
		if !d.nameWord(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(d.toks) && d.nameWord(j) && !d.toks[j].initial && d.toks[j].Near(d.toks[j-1].Token) {
			j++
		}
		if k := d.givenInside(i, j); k > 0 {
			j = k
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// givenInside returns where a person's full name opens inside the run of
// capitalised words [from, to): at a given name that follows a word that
// is none and is followed by another word ("клуба Челси Фрэнк Лэмпард",
// "штата Аризона Гэбриэль Гиффордс"); or 0.
func (d *inflDoc) givenInside(from, to int) int {
	for k := from + 1; k+1 < to; k++ {
		if d.p.Given(d.toks[k].low) != "" && d.p.Given(d.toks[k-1].low) == "" && !isPatronymic(d.toks[k+1].stem) {
			return k
		}
	}
	return 0
}

func (d *inflDoc) nameWord(i int) bool {
	t := d.toks[i]
	if t.Kind != text.Word || !t.caps || d.used[i] || d.p.Is(lang.Stop, t.low) || d.p.Is(lang.Title, t.low) || d.p.Is(lang.Title, t.stem) {
		return false
	}
	if t.initial {
		return d.midCaps[t.stem] || d.p.Given(t.low) != "" || d.p.Is(lang.OrgHead, t.low)
	}
	return true
}

// personByForm reports whether a run is a person's name by its words: a
// given name or a patronymic in it, or a title before it.
func (d *inflDoc) personByForm(from, to int) bool {
	for k := from; k < to; k++ {
		if d.p.Given(d.toks[k].low) != "" && (to-from > 1 || k+1 < len(d.toks) && d.toks[k+1].caps) {
			return true
		}
		if isPatronymic(d.toks[k].stem) {
			return true
		}
	}
	// a title before a body's or a place's name is its member's:
	// "представитель Министерства", "губернатор Приморья Сергей Дарькин"
	return from > 0 && d.p.Is(lang.Title, d.toks[from-1].low) && !d.p.Is(lang.OrgHead, d.toks[from].low) && !d.givenAt(to) && d.orgAfter(from, to) == 0
}

// orgAfter returns the end of a body's name that a run of capitalised
// words [from, to) ending in an adjective opens: the run, up to three
// adjectives in lower case and the noun that heads a body's name
// ("Национального фронта", "Русской винно-водочной компании",
// "Брукхейвенской национальной лаборатории"); or 0.
func (d *inflDoc) orgAfter(from, to int) int {
	if d.p.Ending(d.toks[to-1].low) != "adj" {
		return 0
	}
	for k := to; k < len(d.toks) && k <= to+3; k++ {
		t := d.toks[k]
		if t.Kind != text.Word || t.caps || d.used[k] || !t.Near(d.toks[k-1].Token) {
			return 0
		}
		if d.p.Is(lang.OrgHead, t.low) {
			return k + 1
		}
		if d.p.Ending(t.low) != "adj" && t.low != "и" {
			return 0
		}
	}
	return 0
}

// givenAt reports whether the word at i is a capitalised given name that
// goes on the name before it.
func (d *inflDoc) givenAt(i int) bool {
	return i < len(d.toks) && d.toks[i].caps && d.toks[i].Spaced(d.toks[i-1].Token) && d.p.Given(d.toks[i].low) != ""
}

// isPatronymic reports whether a stem is a patronymic's: Владимирович,
// Викторовна.
func isPatronymic(stem string) bool {
	for _, s := range []string{"ович", "евич", "овн", "евн", "ичн"} {
		if strings.HasSuffix(stem, s) && len([]rune(stem)) > len([]rune(s))+2 {
			return true
		}
	}
	return false
}

// toponym reports whether w has the ending of the Russian place names
// that never decline (Сколково, Шереметьево, Царицыно): a surname's suffix
// with a neuter -о, which no surname's form has.
func toponym(w string) bool {
	for _, suf := range []string{"ово", "ево", "ёво", "ино", "ыно"} {
		if strings.HasSuffix(w, suf) && len([]rune(w)) > 5 {
			return true
		}
	}
	return false
}

// surnameForm reports whether the word at i has the suffix of a surname.
func (d *inflDoc) surnameForm(i int) bool {
	s := d.toks[i].stem
	for _, suf := range []string{"ов", "ев", "ёв", "ин", "ын", "енко", "ян", "дзе", "швили", "ук", "юк"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// person records a run as a person and its last word as the surname by
// which the document may name them again.
func (d *inflDoc) person(r *Registry, from, to int) {
	id := r.learnInflected(parallax.Person, d.name(from, to), d.stems(from, to))
	if nom := d.nominative(from, to); nom != "" {
		r.learnInflected(parallax.Person, nom, d.stems(from, to))
	}
	if to-from > 1 {
		last := d.toks[to-1].stem
		if _, ok := d.surnames[last]; !ok {
			d.surnames[last] = id
		}
	}
	d.add(from, to, id)
}

// nominative guesses the nominative of a person's name written in
// another case, from a given name in it: "Романа Вильфанда" → "Роман
// Вильфанд", "Марии Захаровой" → "Мария Захарова". It returns "" when
// no word is a given name or the name is already nominative.
func (d *inflDoc) nominative(from, to int) string {
	sex, at := "", -1
	for k := from; k < to; k++ {
		if g := d.p.Given(d.toks[k].low); g != "" {
			sex, at = g, k
			break
		}
	}
	if at < 0 || d.p.Nominative(d.toks[at].low) == "" || strings.EqualFold(d.p.Nominative(d.toks[at].low), d.toks[at].Text) {
		return ""
	}
	var ws []string
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch {
		case t.Kind != text.Word:
			return ""
		case k == at:
			ws = append(ws, d.p.Nominative(t.low))
		case t.stem == t.low || t.latin:
			ws = append(ws, t.Text)
		default:
			w := []rune(t.Text)[:len([]rune(t.stem))]
			if sex == "f" && d.surnameForm(k) {
				w = append(w, 'а') // Захаров-ой → Захаров-а
			}
			ws = append(ws, string(w))
		}
	}
	return strings.Join(ws, " ")
}

// extendOrg extends an organisation's name over the lower-case words that
// complete it ("Министерство иностранных дел"), up to punctuation, a
// closed-class word or a capitalised word.
func (d *inflDoc) extendOrg(to int) int {
	for k := to; k < len(d.toks) && k < to+4; k++ {
		t := d.toks[k]
		if t.Kind != text.Word || t.caps || d.used[k] || d.p.Is(lang.Stop, t.low) || !t.Near(d.toks[k-1].Token) {
			return k
		}
		to = k + 1
	}
	return to
}

// learnInflected returns the entity of a name found in a document of an
// inflecting language. key holds the name's stems, so every case form of
// the name is one entity; its id is made from the stems, so it does not
// depend on which form came first.
func (r *Registry) learnInflected(typ, name, key string) string {
	id := slug(typ + " " + key)
	rec, ok := r.recs[id]
	if !ok {
		r.recs[id] = &record{ent: parallax.Entity{ID: id, Type: typ, Name: name}, attrs: map[string]string{}, seen: map[string]bool{}, learned: true}
		return id
	}
	// the shortest form, then the first in order, names it: mostly the
	// nominative, and the same whatever order documents come in
	if n, o := len([]rune(name)), len([]rune(rec.ent.Name)); n < o || n == o && name < rec.ent.Name {
		rec.ent.Name = name
	}
	return id
}
