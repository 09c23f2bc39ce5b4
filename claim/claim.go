// Package claim attributes quotes and reported statements to their speaker,
// with the cue, date and venue, as STATEMENTS.md in the project docs defines.
//
// A statement is found in one of three ways. A quotation with an
// attribution beside it ("“…,” Peskov told reporters", "X said: “…”",
// "“Why now?” Holt asked.") gives one statement per quoted sentence, and
// quotations that follow it without an attribution of their own continue
// it unless someone else speaks in between, as does a quotation after a
// paragraph or a sentence that a statement closes. A reporting cue outside
// quotations ("X said that", "X urged Y to", "according to X", "It was
// late, she said, and …") gives the reported clause or the object of the
// speech act; a report inside "according to X" ("According to X, Y said
// …") is Y's. Sentences that follow a reported "that"-clause in the same
// paragraph with no cue of their own are free indirect speech of the same
// speaker, with no cue.
//
// The speaker is the entity the subject names, resolved through the entity
// registry: not a name inside an apposition ("Holt, a lecturer at the
// University of Arlow, said"), inside a quotation, or governed by a
// preposition or a participle ("speaking to Tarrow", "in a letter to
// Tarrow"), and never the listener of "told". "He" and "she" go to a
// person the sentence named before them, else to the speaker of the
// statement or the report before or to the subject of the sentence of
// narration before, and never to a person whose honorific, given name or
// title ("spokeswoman Dana Quill") says otherwise. An unnamed
// source ("officials said", "an insurgent source told", "the fire chief
// said", "a neighbour, who asked not to be named, said", "according to
// people familiar with the talks") speaks for the body its phrase names
// ("Velmorian officials", "a State Department official"), an unnamed
// spokesperson for the body the text was speaking of, else it is a
// speaker of its own, one per document and description. Passives, cues
// with no identifiable speaker, beliefs of unnamed groups and questions put
// to someone give no statement.
package claim

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/lang"
	"github.com/parallax-news/parallax/text"
)

// Extract returns the statements in one document, in text order, with ids
// made of the document id, "-s" and a number from 1.
func Extract(de entity.DocEntities, reg *entity.Registry) []parallax.Statement {
	if p := lang.For(de.Doc.Lang); p != nil && len(p.Cues) > 0 {
		return extractByCues(de, reg, p)
	}
	d := newDoc(de, reg)
	d.seedGender()
	d.quoteStatements()
	d.reportedStatements()
	d.continuedQuotes()
	d.embeddedPosts()
	d.transcriptLines()
	d.freeIndirect()
	return d.finish()
}

// doc is one document being read.
type doc struct {
	d      parallax.Document
	reg    *entity.Registry
	rs     []rune
	toks   []text.Token
	low    []string    // lower-cased token texts; abbreviations as written
	sents  []text.Span // without their texts
	paras  []text.Span // without their texts
	quotes []text.Quote
	// quotations no attribution claimed, in order
	unattributed []text.Quote
	ments        []entity.Resolved // body mentions, in order
	used         map[int]bool      // token index of cues already used
	inSent       map[int]int       // sentence index → statements starting in it
	gender       map[string]string // person id → "he" or "she", as pronouns showed
	seeded       map[string]string // person id → "he" or "she", from honorific or given name
	sources      map[string]bool   // ids of the unnamed sources the document describes
	capsCount    map[string]int    // lower-case word → twice the times it is written capitalised, plus one if inside a sentence; once read
	stmts        []stmt
}

// stmt is a statement under construction.
type stmt struct {
	speakers []speaker
	cue      string
	cueAt    int  // token index of the cue, or -1
	that     bool // reported clause introduced by a complementiser
	direct   bool
	belief   bool // a verb of belief or intention, not of speech
	start    int  // rune offsets of the content
	end      int
	sent     int // sentence index
	date     string
	venue    string
	parent   int // 1 + index of the statement this one continues, or 0
}

func newDoc(de entity.DocEntities, reg *entity.Registry) *doc {
	d := &doc{d: de.Doc, reg: reg, used: map[int]bool{}, inSent: map[int]int{}, gender: map[string]string{}, seeded: map[string]string{}, sources: map[string]bool{}}
	body := de.Body
	if body == nil || body.Source != de.Doc.Body {
		body = text.Read(de.Doc.Body)
	}
	d.rs, d.sents, d.paras = body.Runes, body.Sentences, body.Paragraphs
	d.toks = body.Tokens // shared: capitalSentences copies them before it lowers any
	d.low = slices.Clone(body.Lower)
	for i, t := range d.toks {
		if _, speaks := lex.speakers[d.low[i]]; abbreviation(t.Text) && !speaks {
			d.low[i] = t.Text // "WHO said" names no pronoun, "US" no object; but "the CEO said" is the noun
		}
	}
	opened := d.capitalSentences()
	d.quotes = text.QuoteRunes(d.rs)
	for _, m := range de.Mentions {
		if m.Start >= 0 && m.End <= len(d.rs) && !slices.ContainsFunc(opened, func(o text.Span) bool { return o.Start <= m.Start && m.End <= o.End }) {
			d.ments = append(d.ments, m) // a word of an opening in capitals names nothing: "A FERRY captain said"
		}
	}
	sort.SliceStable(d.ments, func(i, j int) bool { return d.ments[i].Start < d.ments[j].Start })
	return d
}

// capitalSentences reads the sentences written in capitals throughout
// ("OFFICIALS SAID THE BRIDGE WAS SAFE") as if in lower case: there a
// capital makes no name and no abbreviation, and a cue is a cue. The
// names in them are the entities the recogniser found. So it reads the
// opening in capitals of a sentence that an article in capitals opens and
// that goes on in lower case, as a lede is set ("A FERRY captain who saw
// it said"), and returns those openings, where no name stands.
func (d *doc) capitalSentences() []text.Span {
	copied := false // d.toks are the entity stage's until a first change
	lowerAll := func(a, b int) {
		if !copied {
			d.toks, copied = slices.Clone(d.toks), true
		}
		for k := a; k < b; k++ {
			d.low[k] = lower(d.toks[k].Text)
			d.toks[k].Text = d.low[k] // the readings that check a token's case see lower case; offsets hold
		}
	}
	var opened []text.Span
	for _, s := range d.sents {
		a, b := d.tokenAt(s.Start), d.tokenAt(s.End)
		if e := d.capitalOpening(a, b); e > a {
			lowerAll(a, e)
			opened = append(opened, text.Span{Start: d.toks[a].Start, End: d.toks[e-1].End})
			continue
		}
		words := 0
		for k := a; k < b && words >= 0; k++ {
			switch {
			case abbreviation(d.toks[k].Text):
				words++
			case d.toks[k].Text != d.low[k]:
				words = -1 // a word in lower case or capitalised only
			}
		}
		if words >= 4 {
			lowerAll(a, b)
		}
	}
	return opened
}

// capitalOpening returns the token after the words in capitals that open
// the sentence of tokens a..b with "A", "AN" or "THE" and are followed by
// a word in lower case ("AN AUSTRALIAN climber", "THE mayor"), or a when
// the sentence opens otherwise. Words of fewer than five letters are
// abbreviations, which capitals always write.
func (d *doc) capitalOpening(a, b int) int {
	if a >= b || !capitalArticles[d.toks[a].Text] {
		return a
	}
	k := a + 1
	for k < b && isWord(d.toks[k].Text) && d.toks[k].Text == strings.ToUpper(d.toks[k].Text) {
		if len([]rune(d.toks[k].Text)) < 5 {
			return a // an abbreviation, no lede: "A US official", "THE UN said"
		}
		k++
	}
	if k >= b || !isWord(d.toks[k].Text) || d.toks[k].Text != lower(d.toks[k].Text) {
		return a
	}
	return k
}

// capitalArticles open a lede set in capitals.
var capitalArticles = map[string]bool{"A": true, "AN": true, "THE": true}

// add appends a statement.
func (d *doc) add(s stmt) {
	if len(s.speakers) == 0 {
		return // every later step reads a statement's first speaker
	}
	d.stmts = append(d.stmts, s)
	d.inSent[s.sent]++
}

// finish orders the statements, fills dates and venues and gives ids.
func (d *doc) finish() []parallax.Statement {
	d.datesAndVenues() // before sorting: parent links are indices
	sort.SliceStable(d.stmts, func(i, j int) bool { return d.stmts[i].start < d.stmts[j].start })
	d.dropInner()
	d.identify()
	d.spokespeople()
	var out []parallax.Statement
	for _, s := range d.stmts {
		for _, sp := range s.speakers {
			e, _ := d.reg.Lookup(sp.id)
			out = append(out, parallax.Statement{
				ID:             d.d.ID + "-s" + strconv.Itoa(len(out)+1),
				Doc:            d.d.ID,
				Speaker:        sp.id,
				SpeakerName:    d.spokenName(sp, e.Name),
				SpeakerFor:     sp.forID,
				SpeakerMention: sp.mention,
				Cue:            s.cue,
				Date:           s.date,
				Venue:          s.venue,
				Direct:         s.direct,
				Kind:           kindOf(s),
				Content:        string(d.rs[s.start:s.end]),
				Start:          s.start,
				End:            s.end,
			})
		}
	}
	return out
}

// spokenName returns the name of speaker sp as the article gives it: the
// capital its mention names when a capital speaks for its state ("Beijing
// officials said", "New Delhi said"), else name, the entity's.
func (d *doc) spokenName(sp speaker, name string) string {
	capital := d.reg.CapitalName(sp.id)
	if capital != "" && hasWords(sp.mention, capital) {
		return capital
	}
	return name
}

// hasWords reports whether the words of phrase stand together in s.
func hasWords(s, phrase string) bool {
	split := func(x string) string {
		return " " + strings.Join(strings.FieldsFunc(x, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }), " ") + " "
	}
	return phrase != "" && strings.Contains(split(s), split(phrase))
}

// dropInner drops a statement with no cue of its own that lies inside
// another of the same speaker: a quotation that a reported clause holds
// ("“…” impeachment, Trump said") is read once. The statements are in
// text order.
func (d *doc) dropInner() {
	out := d.stmts[:0]
	var outer *stmt
	for _, s := range d.stmts {
		if s.cueAt < 0 && outer != nil && s.end <= outer.end && s.speakers[0].id == outer.speakers[0].id {
			continue
		}
		out = append(out, s)
		if outer == nil || s.end > outer.end {
			outer = &out[len(out)-1]
		}
	}
	d.stmts = out
}

// kindOf returns the parallax statement kind of s.
func kindOf(s stmt) string {
	if s.belief {
		return parallax.Belief
	}
	return parallax.Speech
}

// tokenAt returns the index of the first token starting at or after rune
// offset p.
func (d *doc) tokenAt(p int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= p })
}

// sentenceOf returns the index of the sentence holding rune offset p, or -1.
func (d *doc) sentenceOf(p int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > p })
	if i < len(d.sents) && d.sents[i].Start <= p {
		return i
	}
	return -1
}

// paraOf returns the index of the paragraph holding rune offset p, or -1.
func (d *doc) paraOf(p int) int {
	i := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End > p })
	if i < len(d.paras) && d.paras[i].Start <= p {
		return i
	}
	return -1
}

// inQuote returns the index of the quotation holding rune offset p, or -1.
func (d *doc) inQuote(p int) int {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].Outer.End > p })
	if i < len(d.quotes) && d.quotes[i].Outer.Start <= p {
		return i
	}
	return -1
}

// mentionsIn returns the body mentions that start at or after rune offset a
// and before b, in order.
func (d *doc) mentionsIn(a, b int) []entity.Resolved {
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].Start >= a })
	j := sort.Search(len(d.ments), func(j int) bool { return d.ments[j].Start >= b })
	if j < i {
		j = i
	}
	return d.ments[i:j]
}
