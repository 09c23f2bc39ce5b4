package compare

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/quantity"
)

// overlapDays is how far apart two dated statements may be and still speak
// of the same moment; beyond it they may describe different periods (a
// wartime ceasefire and a later one).
const overlapDays = 14

// quoteLen bounds each span quoted in a conflict's explanation, in runes.
const quoteLen = 110

// stmt is a statement with what conflict detection needs to know about it.
type stmt struct {
	s       *parallax.Statement
	f       *frame
	pos     int       // input order, for order within a document
	day     time.Time // the statement's date, else its document's, else zero
	doc     parallax.Document
	factual bool   // not an opinion or a call, nor a relay of others (see relays)
	cue     string // the cue's lower-cased words joined by single spaces
	rejects bool   // its cue, or the sentence before it, is a refutation
	// rejectsBefore is set when its own sentence, before it, rejects
	// something it names only by its kind: "Kiir denied those claims in
	// a statement, calling them “smoke screens …”". What the statement
	// answers is a claim reported before it.
	rejectsBefore bool
	// tallyNone is set when the one negation of its claim counts none of
	// those a harm befell ("no one was killed in the attack").
	tallyNone bool
	// person keys a named person's statements alike across the names
	// reports give him (see personKeys), or is "".
	person string
	// occasion is when it places what it speaks of (see occasionOf), and
	// opening what its report's opening lines name.
	occasion occasion
	opening  opening
	// storyDays is set when the dated statements of its story fall on
	// more than one day: the story was reported as it unfolded.
	storyDays bool
	context   string // "Speaker (affiliation, date, outlet)", for explanations
	quoted    string // its content shortened for explanations
}

// newStmt gathers what conflict detection needs about statement s, the
// pos-th of the input, found in doc; what does not depend on the other
// statement of a pair is worked out once here.
func newStmt(s *parallax.Statement, pos int, doc parallax.Document) *stmt {
	return newStmtOpening(s, pos, doc, readOpening(doc.Body))
}

// newStmtOpening is newStmt given what doc's opening names, which a
// caller meeting several statements of one report reads once.
func newStmtOpening(s *parallax.Statement, pos int, doc parallax.Document, o opening) *stmt {
	x := &stmt{s: s, pos: pos, doc: doc, factual: !isOpinionOrCall(*s) && !relays(s.Content)}
	x.day = day(s.Date, doc.Published)
	x.cue = strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	// A fragment of its cue's clause claims nothing, unless the cue says
	// what it is: "denied", "blamed … for". A figure's qualifier that
	// opens it is no preposition: "at least 400 workers lost their jobs".
	if fragment(s.Content) && !opensWithFigure(s.Content) && !hasCue(x.cue, "refutation") && !hasCue(x.cue, "accuse") {
		x.factual = false
	}
	before := paragraphBefore(doc.Body, s.Start)
	raw := cutLead(before)
	lead := strings.Join(splitWords(strings.ToLower(raw)), " ")
	x.rejects = hasCue(x.cue, "refutation") && !turnsDown(x.cue, s.Content) || hasCue(lead, "refutation")
	x.rejectsBefore = rejectsByKind(ownSentence(raw))
	x.occasion = occasionOf(s.Content, before, x.day)
	x.opening = o
	x.context, x.quoted = context(x), quote(s.Content)
	return x
}

// opensWithFigure says whether a content opens with a figure, its
// qualifier first ("at least 400", "about 50"): not a time of day or a
// date, which say when what the cue's clause tells of happened.
func opensWithFigure(content string) bool {
	qs := quantity.Parse(content)
	if len(qs) == 0 || qs[0].Start != 0 {
		return false
	}
	switch qs[0].Dim {
	case quantity.Time, quantity.Date, quantity.Year:
		return false
	}
	return true
}

// markStoryDays sets storyDays on the statements of each story (by
// stories, keyed by document) whose dated statements fall on more than
// one day.
func markStoryDays(all []*stmt, stories map[string]string) {
	first, last := map[string]time.Time{}, map[string]time.Time{}
	for _, x := range all {
		if x.day.IsZero() {
			continue
		}
		k := stories[x.s.Doc]
		if f, ok := first[k]; !ok || x.day.Before(f) {
			first[k] = x.day
		}
		if x.day.After(last[k]) {
			last[k] = x.day
		}
	}
	for _, x := range all {
		k := stories[x.s.Doc]
		x.storyDays = last[k].After(first[k])
	}
}

// mayHaveGrown says whether two figures, x of a and y of b, are tallies
// of those a happening befell, both of some, in two reports that cannot
// be put in order (one is undated) of a story reported over several days:
// the count may have grown from one report to the other, an update as
// much as a contradiction. A report of none denies the happening rather
// than counting it so far, and still contradicts.
func mayHaveGrown(a, b *stmt, x, y amount) bool {
	unordered := a.s.Doc != b.s.Doc && (a.day.IsZero() || b.day.IsZero())
	tallies := x.q.Dim == quantity.Count && x.undergone && y.undergone
	return unordered && a.storyDays && tallies && x.q.High > 0 && y.q.High > 0
}

// pairWindow bounds the earlier statements of a question each statement is
// checked against, so a question answered thousands of times costs linear
// time, not quadratic.
const pairWindow = 64

// answersAllegation says whether one of two statements of a question
// alleges ("accused Khartoum of carrying out the attack") and the other
// denies: the denial answers the allegation, however differently the two
// word what happened.
func answersAllegation(a, b *stmt) bool {
	return alleges(a) && b.s.Stance == parallax.Denies || alleges(b) && a.s.Stance == parallax.Denies
}

// talliesNone says whether a statement denies only by counting none of
// those a harm befell ("no one was killed in the attack"): it answers how
// many, as figures do, not whether the attack was made or by whom.
func talliesNone(x *stmt) bool {
	return x.tallyNone && x.s.Stance == parallax.Denies
}

// alleges says whether a statement is an allegation by its cue ("accused
// Khartoum of carrying out the attack"). A denial reported beside it in
// one report ("Sudan had not bombed anywhere") answers it, a refutation
// whatever its cue; the same denial in another report is one side's
// position against the other's, a contradiction.
func alleges(x *stmt) bool {
	return hasCue(x.cue, "accuse")
}

// answersBeside says whether one of two statements of one report alleges
// and the other takes the opposite position.
func answersBeside(a, b *stmt) bool {
	return a.s.Doc == b.s.Doc && (alleges(a) || alleges(b))
}

// lexiconScore ranks the conflicts found through the predicate lexicon
// above those found by alignment alone.
const lexiconScore = 2

// conflicts returns the conflicts among the statements of one question.
// Of two sides that accuse each other of the same thing, the later one's
// stance is set against the earlier one's: each accusation denies the
// other.
func conflicts(members []*stmt) []candidate {
	var out []candidate
	for i, b := range members {
		for _, a := range members[max(0, i-pairWindow):i] {
			if !a.f.hasPred || !b.f.hasPred || similarity(a.f, b.f) < sameQuestion && !answersAllegation(a, b) {
				continue
			}
			if c, ok := conflict(a, b); ok {
				by := b.pos
				if a.s.Stance == parallax.Denies {
					by = a.pos
				}
				out = append(out, candidate{c: c, a: a.pos, b: b.pos, by: by, score: lexiconScore})
				if !(a.s.Speaker != "" && a.s.Speaker == b.s.Speaker) && mutualAccusation(a, b) {
					b.s.Stance = converse(a.s.Stance)
				}
			}
		}
	}
	return out
}

// conflict decides whether a and b, in input order, conflict and how.
func conflict(a, b *stmt) (parallax.Conflict, bool) {
	if b.pos < a.pos {
		a, b = b, a
	}
	c := parallax.Conflict{A: a.s.ID, B: b.s.ID}
	one := a.s.Speaker != "" && a.s.Speaker == b.s.Speaker || a.person != "" && a.person == b.person
	switch {
	case !one && mutualAccusation(a, b):
		c.Kind = parallax.Contradiction
	case !a.factual || !b.factual || !opposite(a.s.Stance, b.s.Stance) || !one && ownDeeds(a, b) || talliesNone(a) || talliesNone(b):
		return c, false
	case one:
		if a.day.IsZero() || b.day.IsZero() || a.day.Equal(b.day) {
			return c, false
		}
		c.Kind = parallax.Reversal
	case !sameTime(a, b):
		return c, false
	case refutes(b, a) || answersAllegation(a, b) && answersBeside(a, b):
		c.Kind = parallax.Refutation
	default:
		c.Kind = parallax.Contradiction
	}
	first, second := a, b
	if c.Kind == parallax.Refutation {
		first, second = answering(a, b)
	}
	c.Explain = explain(c.Kind, first, second)
	return c, true
}

// ownDeeds says whether two statements each take a position on their
// own speaker's deed, by a plea ("pleaded not guilty to the robbery"), an
// admission ("admitted taking part") or the denial of a deed ("denied
// taking part"): two speakers saying so speak of two deeds, and one
// pleading guilty does not contradict another pleading not guilty.
func ownDeeds(a, b *stmt) bool {
	return ownDeed(a) && ownDeed(b)
}

func ownDeed(x *stmt) bool {
	if hasCue(x.cue, "plea") || hasCue(x.cue, "admission") {
		return true
	}
	words := splitWords(strings.ToLower(x.s.Content))
	return denialOfContent(x.cue) && len(words) > 0 && deed(words[0])
}

// deed says whether a word opening a denial's content is a verb in -ing,
// the deed denied ("denied striking the town").
func deed(w string) bool {
	return strings.HasSuffix(w, "ing") && lexicon.Is(w, lexicon.Verb)
}

// answering orders two statements of a refutation as the claim and its
// answer: the one that rejects, or that denies the other's allegation,
// second, whichever was reported first.
func answering(a, b *stmt) (claim, answer *stmt) {
	if a.rejects && !b.rejects || alleges(b) && a.s.Stance == parallax.Denies {
		return b, a
	}
	return a, b
}

// converse returns the opposite of a stance; neutral has none.
func converse(stance string) string {
	switch stance {
	case parallax.Affirms:
		return parallax.Denies
	case parallax.Denies:
		return parallax.Affirms
	}
	return stance
}

func opposite(x, y string) bool {
	return x == parallax.Affirms && y == parallax.Denies || x == parallax.Denies && y == parallax.Affirms
}

// sameTime says whether two statements may speak of one moment: they are
// in one document, or one of them is undated (statements are compared
// only within a storyline, where order and text suffice), or their dates
// are at most overlapDays apart.
func sameTime(a, b *stmt) bool {
	if a.s.Doc == b.s.Doc || a.day.IsZero() || b.day.IsZero() {
		return true
	}
	d := a.day.Sub(b.day)
	if d < 0 {
		d = -d
	}
	return d <= overlapDays*24*time.Hour
}

// refutes says whether later statement b rejects earlier a explicitly: its
// cue is a refutation ("refuted his statements", "dismissed the claim"), or
// the sentence just before it in its paragraph says that its speaker
// refuted ("Officials refuted his statements. They pointed out that …").
func refutes(b, a *stmt) bool {
	return b.rejects && !b.day.Before(a.day)
}

// ownSentence returns the part of a lead-in (see leadIn) in the
// statement's own sentence.
func ownSentence(lead string) string {
	if i := strings.LastIndexAny(strings.TrimRight(lead, " "), ".!?"); i >= 0 {
		return lead[i+1:]
	}
	return lead
}

// rejectsByKind says whether text rejects something it names only by a
// pronoun or its kind: "denied those claims in a statement", "rejected
// it, saying", not "denied that the camp was bombed". The object runs to
// the first preposition or comma, before the statement's content.
func rejectsByKind(text string) bool {
	fields := strings.Fields(strings.ToLower(text))
	for k, f := range fields {
		if !cueSets["refutation"][strings.Trim(f, ",;:\"“”")] {
			continue
		}
		// The object ends before the statement does: "denied that" or
		// "denied reports that" opens the content itself.
		n, ended := 0, false
		for _, f := range fields[k+1:] {
			o := strings.Trim(f, ",;:\"“”")
			if ended = cueSets["preposition"][o]; ended {
				break
			}
			if t := term(o); cueSets["pronoun"][o] || rejectedWhat[stem(fold(o))] {
				n++
			} else if t != "" {
				return false
			}
			if ended = strings.HasSuffix(f, ","); ended {
				break
			}
		}
		return n > 0 && ended
	}
	return false
}

// leadInRunes bounds how far before a statement leadIn looks.
const leadInRunes = 300

// paragraphBefore returns the text of body before rune offset start, at
// most about leadInRunes runes of it.
func paragraphBefore(body string, start int) string {
	if start <= 0 {
		return ""
	}
	end, n := len(body), 0
	for i := range body {
		if n == start {
			end = i
			break
		}
		n++
	}
	if n < start {
		return ""
	}
	text := body[:end]
	if len(text) > leadInRunes*4 {
		text = text[len(text)-leadInRunes*4:]
	}
	return text
}

// leadIn returns the text of body before rune offset start, within its
// paragraph, back to the start of the sentence before the statement's.
func leadIn(body string, start int) string {
	return cutLead(paragraphBefore(body, start))
}

// cutLead cuts the text before a statement (see paragraphBefore) to its
// lead-in (see leadIn).
func cutLead(text string) string {
	if i := strings.LastIndex(text, "\n\n"); i >= 0 {
		text = text[i+2:]
	}
	// Keep the statement's own sentence and the one before it.
	cut := strings.TrimRight(text, " ")
	for k := 0; k < 2; k++ {
		i := strings.LastIndexAny(strings.TrimRight(cut, ".!? "), ".!?")
		if i < 0 {
			return text
		}
		cut = cut[:i]
	}
	return text[len(cut)+1:]
}

// mutualAccusation recognises "A and B accused each other of X" reported
// as one statement per side: the same content, naming "the other", with an
// accusing cue. Each side's claim denies the other's.
func mutualAccusation(a, b *stmt) bool {
	if a.f.text != b.f.text {
		return false
	}
	return hasCue(a.cue, "accuse") && hasCue(b.cue, "accuse") && hasCue(a.f.text, "reciprocal")
}

// explain names both speakers with their affiliation, date and outlet,
// and quotes both spans briefly, earlier first: "Tomas Ferreira
// (Kardonian Defence Ministry, 14 March 2026, Northgate Wire) says “…”;
// Ilse Marquardt (…) says “…”". A refutation is given as the claim and
// its answer, in that order.
func explain(kind string, a, b *stmt) string {
	if kind != parallax.Refutation && !a.day.IsZero() && !b.day.IsZero() && b.day.Before(a.day) {
		a, b = b, a
	}
	first, second := says(a), says(b)
	switch kind {
	case parallax.Refutation:
		if !denialOfContent(b.cue) {
			second = "rejects it, saying" // a cue that denies says what it rejects
		}
	case parallax.Reversal:
		second = "later " + second
		if a.s.Doc != b.s.Doc && (a.day.IsZero() || b.day.IsZero()) {
			second = "elsewhere " + says(b) // which report came first is not known
		}
	}
	if a.s.Doc == b.s.Doc && a.day.Equal(b.day) {
		// One report: its date and outlet (or title) once, before both:
		// "On 3 June 2025, in The Valley Courier: ", "In “Title”: ".
		where := reportOf(a)
		if where != "" {
			where += ": "
		}
		return fmt.Sprintf("%s%s %s “%s”; %s %s “%s”.",
			where, speakerContext(a), first, a.quoted, speakerContext(b), second, b.quoted)
	}
	return fmt.Sprintf("%s %s “%s”; %s %s “%s”.",
		a.context, first, a.quoted, b.context, second, b.quoted)
}

// says is the verb an explanation gives a statement: its cue's when the
// cue, not the content, takes the position ("denied “taking part in the
// robbery”", "pleaded “not guilty to …”", "ruled out"), else "says".
func says(x *stmt) string {
	for _, class := range []string{"refutation", "admission", "plea"} {
		for _, p := range cueWords(class) {
			if strings.Contains(" "+x.cue+" ", " "+p+" ") {
				return p
			}
		}
	}
	return "says"
}

func who(x *stmt) string {
	if x.s.SpeakerName != "" {
		return x.s.SpeakerName
	}
	if x.s.Speaker != "" {
		return x.s.Speaker
	}
	return "an unnamed source"
}

// context is "Speaker (affiliation, date, outlet)" with what is known. The
// affiliation is the organisation a spokesperson speaks for, written from
// its entity id; a document without an outlet is named by its title.
func context(x *stmt) string {
	var parts []string
	if f := x.s.SpeakerFor; f != "" && f != x.s.Speaker {
		parts = append(parts, entityName(f))
	}
	parts = append(parts, whereParts(x)...)
	if len(parts) == 0 {
		return who(x)
	}
	return fmt.Sprintf("%s (%s)", who(x), strings.Join(parts, ", "))
}

// speakerContext is "Speaker (affiliation)", or the speaker alone.
func speakerContext(x *stmt) string {
	if f := x.s.SpeakerFor; f != "" && f != x.s.Speaker {
		return fmt.Sprintf("%s (%s)", who(x), entityName(f))
	}
	return who(x)
}

// reportOf names the report a statement is in, as a sentence opens:
// "On 3 June 2025, in The Valley Courier", "In “Title”", or "".
func reportOf(x *stmt) string {
	parts := whereParts(x)
	for i, p := range parts {
		if !strings.HasPrefix(p, "in ") && (i > 0 || x.day.IsZero()) {
			parts[i] = "in " + p
		}
	}
	if len(parts) == 0 {
		return ""
	}
	if !x.day.IsZero() {
		parts[0] = "on " + parts[0]
	}
	s := strings.Join(parts, ", ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// whereParts are the date of a statement and its outlet, else the title
// of its document; a document with neither is not named by its id, which
// tells a reader nothing.
func whereParts(x *stmt) []string {
	var parts []string
	if !x.day.IsZero() {
		parts = append(parts, x.day.Format("2 January 2006"))
	}
	if x.doc.Outlet != "" {
		parts = append(parts, x.doc.Outlet)
	} else if x.doc.Title != "" {
		parts = append(parts, "in “"+quote(x.doc.Title)+"”")
	}
	return parts
}

// entityName writes an entity id ("kardonian-defence-ministry") as a
// name ("Kardonian Defence Ministry").
func entityName(id string) string {
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// quote shortens s to quoteLen runes at a word boundary.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= quoteLen {
		return s
	}
	cut := string([]rune(s)[:quoteLen])
	if i := strings.LastIndexByte(cut, ' '); i > quoteLen/2 {
		cut = cut[:i]
	}
	return cut + " …"
}
