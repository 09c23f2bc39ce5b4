package entity

import (
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// A document names many things the gazetteer cannot know. The passes here
// read what the document itself says about a capitalised name: a full name
// whose last word recurs alone is a person named and then referred to by
// surname ("Matt Maley … Maley said"); a word that has a demonym beside it
// in the same document is a country ("Kardonia … Kardonian tanks").

// capRuns returns the runs of capitalised name words in toks, as token
// index pairs: words joined by single spaces, none a closed-class word.
func (r *Registry) capRuns(toks []tok) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); {
		if !nameWord(toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && nameWord(toks[j]) && toks[j].title == toks[i].title && toks[j].Near(toks[j-1].Token) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// clockWord reports whether the word at i is "AM" or "PM" after a time
// of day: "2:31 PM" names no one.
func clockWord(toks []tok, i int) bool {
	return (toks[i].low == "am" || toks[i].low == "pm") && i > 0 && toks[i-1].Kind == text.Number
}

// nameWord reports whether t can be part of a name: a capitalised word that
// is not a closed-class word opening a sentence.
func nameWord(t tok) bool {
	return t.Kind == text.Word && t.caps && !stopCaps[t.low]
}

// givenNames are closed-class words that are also first names: capitalised
// inside a sentence and before a name word, they open a person's name
// ("Will Moy", "May Chen").
var givenNames = map[string]bool{"will": true, "may": true, "april": true, "june": true, "august": true}

// givenName reports whether the word at i is a first name that stop-word
// lists would drop.
func givenName(toks []tok, i int) bool {
	return !toks[i].initial && givenNames[toks[i].low] && i+1 < len(toks) && nameWord(toks[i+1]) && toks[i+1].Spaced(toks[i].Token)
}

// surnameHints returns the keys of words that end a two- or three-word run
// of names and also stand alone elsewhere in the document: the surnames of
// people it names in full once and then by surname.
func (r *Registry) surnameHints(toks []tok, runs [][2]int) map[string]bool {
	alone := map[string]bool{}
	last := map[string]bool{}
	for _, run := range runs {
		if toks[run[0]].title {
			continue // a headline capitalises every word
		}
		switch n := run[1] - run[0]; {
		case n == 1:
			alone[toks[run[0]].key] = true
		case n <= 3:
			last[toks[run[1]-1].key] = true
		}
	}
	out := map[string]bool{}
	for k := range last {
		if alone[k] && len([]rune(k)) > 2 {
			out[k] = true
		}
	}
	return out
}

// demonymSuffixes make the adjective of a country from its name, after the
// name or after the name less its final vowel: Kardonia → Kardonian,
// Velmoria → Velmorian, Taiwan → Taiwanese.
var demonymSuffixes = []string{"n", "an", "ian", "ese", "ish", "i"}

// learnCountries learns as countries the single names of the document that
// have a demonym beside them in the same document, and the demonyms as
// their adjectives, so that "Kardonian officials" names Kardonia's state.
func (r *Registry) learnCountries(toks []tok, runs [][2]int) {
	words := map[string]bool{}
	for _, run := range runs {
		for k := run[0]; k < run[1]; k++ {
			words[toks[k].Text] = true
		}
	}
	for _, run := range runs {
		if run[1]-run[0] != 1 {
			continue
		}
		name := toks[run[0]].Text
		if len([]rune(name)) < 4 || r.adj[name] != "" || r.plural[name] != "" || !lowerTail(name) {
			continue
		}
		adj := demonymIn(name, words)
		if adj == "" {
			continue
		}
		id, ok := r.knownCountry(toks[run[0]].key)
		if !ok {
			continue // a known name of something else: a person, a company
		}
		if id == "" {
			id = r.learn(parallax.GPE, name)
		}
		r.adj[adj] = id
		r.plural[adj+"s"] = id
	}
}

// knownCountry returns the id of the place a one-word name already
// names, "" with true when it names nothing yet, and false when it names
// something that is no place.
func (r *Registry) knownCountry(key string) (string, bool) {
	for _, p := range r.phrases[key] {
		if len(p.keys) == 1 {
			return p.id, r.recs[p.id].ent.Type == parallax.GPE
		}
	}
	return "", true
}

// demonymIn returns the demonym of name that words hold, or "".
func demonymIn(name string, words map[string]bool) string {
	stems := []string{name}
	if strings.ContainsRune("aeiouy", rune(name[len(name)-1])) {
		stems = append(stems, name[:len(name)-1])
	}
	for _, s := range stems {
		for _, suf := range demonymSuffixes {
			if s+suf != name && words[s+suf] { // "Rossi" is no demonym of itself
				return s + suf
			}
		}
	}
	return ""
}

// lowerTail reports whether w is a capitalised word with lower-case letters
// after its first: a name, not an abbreviation.
func lowerTail(w string) bool {
	for i, c := range w {
		if i > 0 && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// stateNouns after a possessive name make it a state's: "Kardonia's
// defence ministry", "Velmoria's foreign minister".
var stateOwned = map[string]bool{
	"defence": true, "defense": true, "foreign": true, "interior": true, "army": true,
	"military": true, "embassy": true, "parliament": true, "capital": true,
	"border": true, "ministry": true, "government": true, "president": true,
	"prime": true, "armed": true, "troops": true, "territory": true, "citizens": true,
}

// stateContext reports whether a single name at token i is followed by a
// possessive and a noun only states own.
func stateContext(toks []tok, i int) bool {
	if i+3 >= len(toks) || toks[i+1].key != "'" || toks[i+2].Text != "s" {
		return false
	}
	return stateOwned[toks[i+3].low]
}

// appositive reports whether a name ending before token j is followed by
// a comma and an age or a role ("Will Moy, chief executive of …", "Matt
// Maley, equity strategist at …", "Elizabeth Burton, 32, of …").
func appositive(toks []tok, j int) bool {
	if j+1 >= len(toks) || toks[j].Text != "," {
		return false
	}
	if toks[j+1].Kind == text.Number && j+2 < len(toks) && toks[j+2].Text == "," {
		return true
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		t := toks[k]
		if t.Kind != text.Word || t.caps {
			return false
		}
		if roleWord(t.low) {
			return true
		}
	}
	return false
}

// roleWord reports whether w is a noun of occupation or office.
func roleWord(w string) bool {
	if roleNouns[w] || w == "minister" || w == "secretary" || w == "adviser" || w == "advisor" || w == "president" || w == "leader" || w == "official" || w == "director" || w == "chairman" || w == "head" {
		return true
	}
	if len(w) < 6 || stopCaps[w] {
		return false
	}
	for _, suf := range []string{"ist", "yst", "ian", "writer", "player", "officer", "manager", "owner", "agent", "worker"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// acronym reports whether the word at i is an abbreviation in capitals
// that spells a closed-class word ("WHO"), outside a line of capitals.
func acronym(toks []tok, i int) bool {
	if !allCaps(toks[i].Text) || len(toks[i].Text) < 3 {
		return false
	}
	return !(i+1 < len(toks) && allCaps(toks[i+1].Text)) && !(i > 0 && allCaps(toks[i-1].Text))
}

// hyphenated reports whether tokens j and j+1 are a hyphen and a
// capitalised word joined to the word before: the second half of "Sui-Lee".
func hyphenated(toks []tok, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "-" && toks[j].Start == toks[j-1].End &&
		toks[j+1].Start == toks[j].End && nameWord(toks[j+1]) && lowerTail(toks[j+1].Text)
}

// nickname reports whether tokens j..j+2 are a nickname in quotation
// marks between a given name and a surname: Joseph "Joe" Kintner.
func nickname(toks []tok, j int) bool {
	if j+3 >= len(toks) || toks[j].Kind != text.Punct || !strings.Contains(`"“'‘`, toks[j].Text) || !givenWord(toks[j-1]) {
		return false
	}
	word, closing, after := toks[j+1], toks[j+2], toks[j+3]
	return toks[j].Spaced(toks[j-1].Token) && word.Start == toks[j].End && nameWord(word) &&
		closing.Start == word.End && strings.Contains(`"”'’`, closing.Text) &&
		after.Spaced(closing.Token) && nameWord(after)
}

// memberOf reports whether a two-word name ending before token j is
// followed by "of" and a capitalised name: a person and the body they
// work for ("Alex Horton of the Washington Post").
func memberOf(toks []tok, j int) bool {
	if j+2 >= len(toks) || toks[j].Text != "of" {
		return false
	}
	k := j + 1
	if strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	return k < len(toks) && nameWord(toks[k])
}

// ampersand reports whether token j is an ampersand joining two capitalised
// words with no space: "PG&E", "AT&T".
func ampersand(toks []tok, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "&" && toks[j].Start == toks[j-1].End &&
		toks[j+1].Start == toks[j].End && toks[j+1].caps
}

// acronymName reports whether name is capitals joined by "&": a company's
// abbreviation.
func acronymName(name string) bool {
	if !strings.Contains(name, "&") {
		return false
	}
	for _, c := range name {
		if c != '&' && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// speechVerbs are the verbs of saying that make the name before them a
// speaker's ("Cam Heyward said", "Osric Vane argued") or after them ("said
// Eyamba Sowers"), as data/speech_verbs.tsv lists them.
var speechVerbs = mustWords("data/speech_verbs.tsv")

// leadIns stand between a subject and its speech verb: auxiliaries and
// adverbs of time or manner ("has said", "later added", "has long argued").
var leadIns = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "later": true, "then": true,
	"again": true, "once": true, "previously": true, "repeatedly": true, "publicly": true,
	"earlier": true, "already": true, "since": true, "recently": true, "long": true,
	"separately": true, "privately": true,
}

// speaks reports whether the words from token j are a speech verb, after
// at most two auxiliaries or adverbs: "said", "has said", "later added".
func speaks(toks []tok, j int) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		t := toks[k]
		if t.Kind != text.Word || t.caps {
			return false
		}
		w := t.low
		if speechVerbs[w] {
			return true
		}
		if !leadIns[w] {
			return false
		}
	}
	return false
}

// reports reports whether the words from token j are "reported" or
// "reports" and "that", after at most two auxiliaries or adverbs: the verb
// of an outlet as often as of a person ("Politico reported that").
func reports(toks []tok, j int) bool {
	for k := j; k+1 < len(toks) && k <= j+2; k++ {
		w := toks[k].low
		if (w == "reported" || w == "reports") && toks[k+1].low == "that" {
			return true
		}
		if toks[k].Kind != text.Word || toks[k].caps || !leadIns[w] {
			return false
		}
	}
	return false
}

// apposed reads a name ending before token j that is followed by an
// apposition set off by commas and a speech verb: "Tom Baird, the captain,
// said", "Velt Freight, the regional carrier, said". It returns the type of
// the speaker the apposition's head noun describes (an organisation for
// "carrier", "company", "part of …", a person otherwise), or "" when no
// such apposition follows. The apposition opens with a lower-case word, a
// number or a possessive name ("Vane's deputy"), so a list of names
// ("Baird, Marsh and Vane said") is none.
func apposed(toks []tok, j int) string {
	if j+2 >= len(toks) || toks[j].Text != "," || toks[j+1].caps && !possessive(toks, j+1) || toks[j+1].Kind == text.Punct {
		return ""
	}
	head, open := "", true // open: the head's noun phrase goes on
	for k := j + 1; k < len(toks) && k <= j+20; k++ {
		t := toks[k]
		switch {
		case t.Text == ",":
			if !speaks(toks, k+1) {
				return ""
			}
			if orgNouns[head] || orgHeads[head] || partNouns[head] {
				return parallax.Org
			}
			return parallax.Person
		case t.Kind == text.Punct && t.Text != "'" && t.Text != "’" && t.Text != "-":
			return "" // the sentence ends or a quotation opens
		case t.Kind != text.Word:
		case speechVerbs[t.low]:
			return "" // a clause, not an apposition: "Baird, the captain said,"
		case appositionEnds[t.low]:
			open = false
		case open && t.Text != "s" && !determiners[t.low]:
			head = t.low // "the regional carrier", "the Arlow Council"
		}
	}
	return ""
}

// possessive reports whether the word at k is followed by "'s".
func possessive(toks []tok, k int) bool {
	return k+2 < len(toks) && (toks[k+1].Text == "'" || toks[k+1].Text == "’") && toks[k+2].Text == "s"
}

// determiners open an apposition's noun phrase and never head it.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// appositionEnds close the noun phrase that heads an apposition: "the
// captain of the Morrow Star", "a ferry operator based in Arlow".
var appositionEnds = map[string]bool{
	"of": true, "for": true, "at": true, "in": true, "with": true, "from": true, "on": true,
	"to": true, "that": true, "which": true, "who": true, "whose": true, "based": true,
	"and": true, "since": true, "until": true,
}

// partNouns head an apposition that makes the name before it a body:
// "Customs and Border Protection, part of Homeland Security".
var partNouns = map[string]bool{
	"part": true, "unit": true, "arm": true, "branch": true, "division": true, "subsidiary": true,
}
