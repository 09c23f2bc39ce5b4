// Package entity finds the people, organisations, places and events a
// document names and resolves every mention — names, surnames, titles,
// abbreviations, metonyms, demonyms, typos, transliterations — to one entity
// in a registry shared across documents.
//
// Mentions are found by a shipped gazetteer (data/gazetteer.tsv, with
// demonyms and titles beside it), by capitalisation and by context: a name
// after a title ("Defense Minister Hulusi Akar") is a person; a run of
// capitalised words ending in "Ministry", "Forum" or "Zone" is an
// organisation, an event or a place. A capital city stands for its country's
// government except after a preposition of place ("in Moscow"). A plural
// demonym ("the Turks") stands for the state. Descriptions ("the Russian
// minister", "the enclave", "the South Caucasus state") are resolved to an
// entity the same document names.
//
// Names the gazetteer lacks are read from the document itself: a full name
// whose last word recurs alone is a person ("Matt Maley … Maley said"), as
// is a name in apposition to a role or an age, before or after a speech
// verb ("Lena Marsh has argued"), or before "of" and a body; a name set off
// by an apposition before a speech verb speaks as what the apposition's
// head says ("Tom Baird, the captain, said", "Velt Freight, the regional
// carrier, said"); a word alone beside a speech verb is the person whose
// full name the document opens with it ("Wu Hanfeng … Wu explained"), and a
// given name that opens none is a person of one name ("Tommy said"); a
// single word with a demonym of it in the same document
// is a country ("Kardonia" beside "Kardonian"), and one before a possessive
// and a noun only states own ("Kardonia's defence ministry") is a state; a
// word after a preposition of place is a place; capitals are an
// organisation ("KTV", "PG&E"), opening a sentence only when they speak
// ("KLF said"). A name of several words the document teaches is found
// wherever the document spells it, before the sentence that taught it too.
// A multiword organisation name matches on all its words: "Regional
// Security Council" is its own organisation, not the "Security Council" its
// head words spell.
//
// Offsets: a mention in the body has rune offsets into Document.Body. A
// mention in the title is counted as if the title and a blank line stood
// before the body, so its offsets are negative: the title's first rune is at
// -(len(title)+2), where len counts runes.
package entity

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// Resolved is a mention resolved to an entity id.
type Resolved struct {
	Entity string `json:"entity"`
	parallax.Mention
}

// DocEntities is what Resolve found in one document.
type DocEntities struct {
	Doc      parallax.Document
	Mentions []Resolved // in text order: title mentions first
	// Body is Doc.Body as Resolve read it, for the statement stage to read
	// without cutting it again; nil when the entities came from elsewhere.
	Body *text.Text `json:"-"`
}

// Options tunes a Registry.
type Options struct {
	// AliasFile names a user file of extra aliases; "" for none. Each line
	// is "entity-id<TAB>alias"; a line "entity-id<TAB>alias<TAB>TYPE<TAB>Name"
	// also declares an entity the shipped gazetteer lacks. Blank lines and
	// lines starting with # are skipped.
	AliasFile string
}

// record is one entity of the registry.
type record struct {
	ent   parallax.Entity
	attrs map[string]string
	seen  map[string]bool // mention texts, for aliases
	used  bool            // mentioned in some document
	// learned from a document, not shipped: its surname alone names it
	// only where the document also names it in full
	learned bool
}

// Registry holds the entities seen so far, across documents. It is not safe
// for concurrent use.
type Registry struct {
	recs     map[string]*record
	order    []string // ids in order of first mention
	phrases  map[string][]phrase
	vocab    map[string]map[string]bool // key of every word of every name → ids of the entities it names
	byShape  map[shape][]vocabKey       // vocab keys by first rune and length
	fixes    map[string]fix             // corrections made so far
	folded   map[string]string          // Key of the words that need the full fold ("year-old", "1,000")
	surnames map[string][]string        // key of a person's last name → ids
	adj      map[string]string          // demonym adjective → country id
	plural   map[string]string          // plural demonym → country id
	titles   map[string][][]string
	langs    map[string]*langIndex // gazetteers of inflecting languages, by code
	sources  *[]SourceCall         // where RecordSources keeps Source calls, or nil
	toks     []tok                 // the tokens of the document read last, whose room the next reuses
}

// shape is what a misspelling keeps of a word: its first rune and about
// its length. Corrections look only at known words of the same first rune
// and a length within the typo budget, so their cost does not grow with
// the whole vocabulary.
type shape struct {
	first rune
	n     int
}

// vocabKey is a vocabulary key with its runes, decoded once for the
// corrections that compare it with every unknown name word.
type vocabKey struct {
	key   string
	runes []rune
}

func shapeOf(k string) shape {
	rs := []rune(k)
	return shape{rs[0], len(rs)}
}

// fix is a correction and the vocabulary size it was made against: a
// name learned since may correct the word differently.
type fix struct {
	to    string
	vocab int
}

// phrase is a name as a sequence of token keys.
type phrase struct {
	keys  []string
	exact string // non-empty for short all-capital aliases, matched case-sensitively
	id    string
	// lastCapital is set when the name's last word is written with a
	// capital: the same word in lower case does not end it ("Tomas said"
	// is not "Tomas Said"; "Lachin corridor" stays as written).
	lastCapital bool
}

// lastWordCapital reports whether the last word of name opens with a
// capital letter.
func lastWordCapital(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && startsUpper(f[len(f)-1])
}

// NewRegistry returns a registry seeded with the shipped gazetteer and the
// aliases of opt.AliasFile.
func NewRegistry(opt Options) (*Registry, error) {
	r := &Registry{
		recs:     map[string]*record{},
		phrases:  map[string][]phrase{},
		vocab:    map[string]map[string]bool{},
		byShape:  map[shape][]vocabKey{},
		fixes:    map[string]fix{},
		folded:   map[string]string{},
		surnames: map[string][]string{},
		adj:      map[string]string{},
		plural:   map[string]string{},
		titles:   map[string][][]string{},
		langs:    map[string]*langIndex{},
	}
	gaz, err := loadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	for _, e := range gaz {
		r.add(e)
	}
	dems, err := loadDemonyms()
	if err != nil {
		return nil, fmt.Errorf("load demonyms: %w", err)
	}
	for _, d := range dems {
		for _, a := range d.adjectives {
			r.adj[a] = d.country
		}
		for _, p := range d.plurals {
			r.plural[p] = d.country
		}
	}
	r.addInstitutionForms()
	titles, err := loadTitles()
	if err != nil {
		return nil, fmt.Errorf("load titles: %w", err)
	}
	for _, t := range titles {
		ws := strings.Fields(t)
		r.titles[ws[0]] = append(r.titles[ws[0]], ws)
	}
	if opt.AliasFile != "" {
		extra, err := loadAliasFile(opt.AliasFile)
		if err != nil {
			return nil, err
		}
		for _, e := range extra {
			if _, ok := r.recs[e.id]; !ok && e.name == "" {
				return nil, fmt.Errorf("alias file %s: unknown entity %q (declare it with TYPE and name)", opt.AliasFile, e.id)
			}
			r.add(e)
		}
	}
	return r, nil
}

// add puts a gazetteer entry in the registry, or adds its aliases to the
// entity already there.
func (r *Registry) add(e gazEntry) {
	rec, ok := r.recs[e.id]
	if !ok {
		rec = &record{
			ent:   parallax.Entity{ID: e.id, Type: e.typ, Name: e.name},
			attrs: e.attrs,
			seen:  map[string]bool{},
		}
		r.recs[e.id] = rec
		r.index(e.name, e.id)
	}
	for _, a := range e.aliases {
		r.index(a, e.id)
	}
}

// addInstitutionForms indexes the usual ways of naming a country's body:
// "Russia’s Foreign Ministry" and "the Foreign Ministry of Russia" for the
// "Russian Foreign Ministry".
func (r *Registry) addInstitutionForms() {
	adjOf := map[string]string{}
	for a, c := range r.adj {
		if _, ok := adjOf[c]; !ok || len(a) > len(adjOf[c]) {
			adjOf[c] = a
		}
	}
	for id, rec := range r.recs {
		c := rec.attrs["country"]
		if rec.ent.Type != parallax.Org || c == "" || r.recs[c] == nil {
			continue
		}
		for a, ac := range r.adj {
			if ac != c || !strings.HasPrefix(rec.ent.Name, a+" ") {
				continue
			}
			body := strings.TrimPrefix(rec.ent.Name, a+" ")
			country := r.recs[c].ent.Name
			r.index(country+"’s "+body, id)
			r.index(country+"'s "+body, id)
			r.index(body+" of "+country, id)
		}
	}
}

// index makes name a way of naming id.
func (r *Registry) index(name, id string) {
	keys := phraseKeys(name)
	if len(keys) == 0 {
		return
	}
	p := phrase{keys: keys, id: id, lastCapital: len(keys) > 1 && lastWordCapital(name)}
	if isShortCaps(name) {
		p.exact = name
	}
	for _, q := range r.phrases[keys[0]] {
		if q.id == id && strings.Join(q.keys, " ") == strings.Join(keys, " ") && q.exact == p.exact {
			return
		}
	}
	r.phrases[keys[0]] = append(r.phrases[keys[0]], p)
	rec := r.recs[id]
	for _, k := range keys {
		// Misspellings are corrected towards shipped names only: a name one
		// document taught is too weak a guess to bend another's words to.
		if len([]rune(k)) >= 4 && (rec == nil || !rec.learned) {
			if r.vocab[k] == nil {
				r.vocab[k] = map[string]bool{}
				sh := shapeOf(k)
				r.byShape[sh] = append(r.byShape[sh], vocabKey{k, []rune(k)})
			}
			r.vocab[k][id] = true
		}
	}
	if rec != nil && rec.ent.Type == parallax.Person {
		for len(keys) > 1 && generations[keys[len(keys)-1]] {
			keys = keys[:len(keys)-1] // "Martin Delaney Jr." is Delaney
		}
		last := keys[len(keys)-1]
		for _, x := range r.surnames[last] {
			if x == id {
				return
			}
		}
		r.surnames[last] = append(r.surnames[last], id)
	}
}

// generations follow a surname and are no part of it: "Jr.", "III".
var generations = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, ".": true}

// isShortCaps reports whether name is an abbreviation such as "NK" or
// "U.S.", which must match with its exact case.
func isShortCaps(name string) bool {
	letters := 0
	for _, c := range name {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 4
}

// Lookup returns the entity with that id as the registry knows it, without
// mentions.
func (r *Registry) Lookup(id string) (parallax.Entity, bool) {
	rec, ok := r.recs[id]
	if !ok {
		return parallax.Entity{}, false
	}
	return parallax.Entity{ID: rec.ent.ID, Type: rec.ent.Type, Name: rec.ent.Name}, true
}

// CapitalName returns the name of the capital of the state with id, as
// the gazetteer gives it, or "": the name a text uses when the capital
// speaks for its state ("Moscow said").
func (r *Registry) CapitalName(id string) string {
	if rec, ok := r.recs[r.attr(id, "capital")]; ok {
		return rec.ent.Name
	}
	return ""
}

// attr returns an attribute of entity id from the gazetteer ("country",
// "role", "for", ...), or "".
func (r *Registry) attr(id, key string) string {
	if rec, ok := r.recs[id]; ok {
		return rec.attrs[key]
	}
	return ""
}

// Entities returns every entity mentioned so far, with its mentions, in the
// order they were first mentioned. Aliases are the other names the entity
// was mentioned by, sorted.
func (r *Registry) Entities() []parallax.Entity {
	out := make([]parallax.Entity, 0, len(r.order))
	for _, id := range r.order {
		rec := r.recs[id]
		e := rec.ent
		e.Aliases = []string{}
		for t := range rec.seen {
			if t != e.Name {
				e.Aliases = append(e.Aliases, t)
			}
		}
		sort.Strings(e.Aliases)
		e.Mentions = append([]parallax.Mention(nil), rec.ent.Mentions...)
		out = append(out, e)
	}
	return out
}

// note adds a mention of id.
func (r *Registry) note(id string, m parallax.Mention) {
	rec := r.recs[id]
	if !rec.used {
		rec.used = true
		r.order = append(r.order, id)
	}
	rec.seen[m.Text] = true
	rec.ent.Mentions = append(rec.ent.Mentions, m)
}

// learn adds an entity found in text (not in the gazetteer) and returns its id.
func (r *Registry) learn(typ, name string) string {
	id := slug(name)
	if id == "" {
		id = "entity"
	}
	base, n := id, 2
	for {
		rec, ok := r.recs[id]
		if !ok {
			break
		}
		if Key(rec.ent.Name) == Key(name) {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, n)
		n++
	}
	r.recs[id] = &record{
		ent:     parallax.Entity{ID: id, Type: typ, Name: name},
		attrs:   map[string]string{},
		seen:    map[string]bool{},
		learned: true,
	}
	r.index(name, id)
	return id
}

// slug makes an id from a name: transliterated, lower case, words joined by
// hyphens.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(Transliterate(name)) {
		if t, ok := translit[c]; ok {
			b.WriteString(t)
			dash = false
			continue
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// Source returns the id of an unnamed source a document describes
// ("officials", "an insurgent source", "police"), noting m as its mention.
// Such a source is one entity per document and name: "officials" in two
// documents are not the same people. typ is Person for one speaker, Org for
// a group.
func (r *Registry) Source(doc, typ, name string, m parallax.Mention) string {
	id := slug(name) + "-" + slug(shortID(doc))
	_, known := r.recs[id]
	if r.sources != nil {
		*r.sources = append(*r.sources, SourceCall{Doc: doc, Type: typ, Name: name, Mention: m, ID: id, Known: known})
	}
	if !known {
		r.recs[id] = &record{
			ent:   parallax.Entity{ID: id, Type: typ, Name: name},
			attrs: map[string]string{"source": "unnamed"},
			seen:  map[string]bool{},
		}
	}
	r.note(id, m)
	return id
}

// SourceCall is one call of Source and what it found: whether the id it
// gives was known already. A caller that keeps the statements of a
// document keeps these beside them, to bring the registry to the state
// reading the document left it in without reading it again (Replay).
type SourceCall struct {
	Doc     string           `json:"doc"`
	Type    string           `json:"type"`
	Name    string           `json:"name"`
	Mention parallax.Mention `json:"mention"`
	ID      string           `json:"id"`
	Known   bool             `json:"known"`
}

// RecordSources keeps every Source call from now until the returned
// function is called, which returns them in the order they were made.
func (r *Registry) RecordSources() (stop func() []SourceCall) {
	calls := []SourceCall{}
	r.sources = &calls
	return func() []SourceCall {
		r.sources = nil
		return calls
	}
}

// Replay makes the Source calls of calls again, unless one would not find
// what it found when it was made — an id known then and not now, or the
// other way round — in which case it changes nothing and returns false.
func (r *Registry) Replay(calls []SourceCall) bool {
	made := map[string]bool{}
	for _, c := range calls {
		_, known := r.recs[c.ID]
		if (known || made[c.ID]) != c.Known {
			return false
		}
		made[c.ID] = true
	}
	for _, c := range calls {
		r.Source(c.Doc, c.Type, c.Name, c.Mention)
	}
	return true
}

// shortID is the first eight characters of a document id.
func shortID(doc string) string {
	if len(doc) > 8 {
		return doc[:8]
	}
	return doc
}
