package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/lexicon"
)

// placePhrase bounds the words read after a place preposition for the
// noun of the place ("in the Yida refugee camp").
const placePhrase = 4

// qualifiers are what a figure is given for: the places its clause names
// after a place preposition ("in the camp", "in Athens") and the days it
// names ("on Monday"), as terms; of its places, those written as names
// (named: "Kordofan", not "the camp"); and the places its report opens
// with (report), those of the happening the report tells of.
type qualifiers struct {
	places, days []string
	named        []string
	report       []string
	// marks are the names that tell which site of a kind a place is
	// ("at the Kell plant"): two figures for sites of one kind marked by
	// different names are for different places.
	marks []string
}

// qualify reads the qualifiers of the figure in clause k of clauses
// (words as written): the places and the days of its own clause, else of
// the nearest clause before it that names some ("In Athens, 565 shops
// were damaged"; "forces fought rebels in the hills, killing dozens"),
// but not of a relative clause, which says where someone or something
// else is ("the man, who lived in Harwell, fell 200 metres").
func qualify(clauses [][]string, k int) qualifiers {
	if k >= len(clauses) {
		return qualifiers{}
	}
	per := make([]qualifiers, k+1)
	last := ""
	for c := range per {
		last = per[c].read(clauses[c], last)
	}
	var q qualifiers
	for c := k; c >= 0; c-- {
		if c < k && len(clauses[c]) > 0 && cueSets["relative"][strings.ToLower(clauses[c][0])] {
			continue
		}
		if q.places == nil {
			q.places, q.named, q.marks = per[c].places, per[c].named, per[c].marks
		}
		if q.days == nil {
			q.days = per[c].days
		}
	}
	return q
}

// read reads the places and days of a clause's words into q, given the
// last place named before the clause, and returns the last place named by
// its end. A place outside another is told from it ("three fell outside
// it": outside the place named before).
func (q *qualifiers) read(words []string, last string) string {
	for k, raw := range words {
		w := strings.ToLower(raw)
		// A day or month is written as a name: "the march" names none.
		if r, _ := utf8.DecodeRuneInString(raw); cueSets["calendar"][fold(w)] && unicode.IsUpper(r) {
			q.days = appendNew(q.days, fold(w))
		}
		outside := cueSets["outside"][w]
		if !cueSets["place"][w] && !outside {
			if p := namedSite(words[k:]); p != "" {
				last = p
				q.places = appendNew(q.places, p)
				q.named = appendNew(q.named, p)
			}
			continue
		}
		p, name := placeAfter(words[k+1:])
		if p == "" && outside && k+1 < len(words) && cueSets["pronoun"][strings.ToLower(words[k+1])] {
			p = last
		}
		if p == "" {
			continue
		}
		last = p
		if outside {
			p = "-" + p
		}
		q.places = appendNew(q.places, p)
		if name {
			q.named = appendNew(q.named, p)
		} else {
			for _, m := range siteMarks(words[k+1:]) {
				q.marks = appendNew(q.marks, m)
			}
		}
	}
	return last
}

// siteMarks returns the terms of the names that open the noun phrase
// of words, past articles, before the word that heads it ("the Kell
// plant" gives "kell").
func siteMarks(words []string) []string {
	var out []string
	for _, raw := range words[:min(len(words), placePhrase)] {
		w := strings.ToLower(raw)
		switch {
		case stopwords[w] && len(out) == 0:
		case isName(raw):
			out = append(out, term(w))
		default:
			return out
		}
	}
	return nil
}

// placeAfter returns the term of the place that the words after a place
// preposition name, or "": the last word of the noun phrase opening them,
// past articles, when it is a name or a kind of site; "the streets of
// Athens" gives the name. It says whether the place is written as a name.
func placeAfter(words []string) (string, bool) {
	head := ""
	for k, n := 0, 0; k < len(words) && n < placePhrase; k++ {
		w := strings.ToLower(words[k])
		if strings.ContainsFunc(w, unicode.IsDigit) {
			break
		}
		if stopwords[w] {
			if n > 0 {
				if cueSets["partitive"][w] && k+1 < len(words) && isName(words[k+1]) {
					head = words[k+1]
				}
				// A happening is where its object is: "killed in the
				// raid on the depot" were killed at the depot.
				if (cueSets["partitive"][w] || cueSets["place"][w]) && !isName(head) && isA(strings.ToLower(head), "happening") {
					return placeAfter(words[k+1:])
				}
				break
			}
			continue
		}
		head, n = words[k], n+1
	}
	if head == "" || !site(head) {
		return "", false
	}
	return term(strings.ToLower(head)), isName(head)
}

// namedSite returns the term of the name that words give a kind of site
// they open with, wherever it stands ("bombing the area of Guffa", "the
// town of Taludi"), or "".
func namedSite(words []string) string {
	if len(words) < 3 || isName(words[0]) || !site(words[0]) || !cueSets["partitive"][strings.ToLower(words[1])] || !isName(words[2]) {
		return ""
	}
	return term(strings.ToLower(words[2]))
}

// site says whether a word names a place: a name, or a kind of site the
// lexicon knows. Days and months date rather than place.
func site(raw string) bool {
	w := strings.ToLower(raw)
	if isWhen(fold(w)) {
		return false
	}
	if isName(raw) {
		return true
	}
	return slices.ContainsFunc(cueWords("site"), func(kind string) bool { return lexicon.IsA(w, kind) })
}

// isName says whether a word is written as a name: capitalised, and not
// a possessive ("Thursday's bombing" is an event).
func isName(raw string) bool {
	r, _ := utf8.DecodeRuneInString(raw)
	return unicode.IsUpper(r) && !strings.HasSuffix(raw, "'s") && !strings.HasSuffix(raw, "’s")
}

// apart says whether two figures are given for different places or days:
// each names some, and they name none in common; or one is given for a
// happening beside the other's (see beside).
func apart(x, y qualifiers) bool {
	return disjoint(x.places, y.places) || disjoint(x.days, y.days) || disjoint(x.marks, y.marks) || beside(x, y) || beside(y, x)
}

// beside says whether figure x is given for a happening beside the one y
// counts: x names places by name that neither its report's opening nor
// y's names, and y names no place, so that it counts at what its report
// opens with. "Killing dozens in the hills of Kordofan", in a report that
// opens with a camp bombed, counts at another happening than "12 people
// were killed" does; "fell 600 metres near the Sefton hut", in a report
// that opens with that fall there, counts at the one happening. A kind of
// site ("in the school", "remained in hospital") is often a part of the
// place an opening names, or not where the happening befell, and
// openings that name one place in different words do not set two
// figures naming none apart.
func beside(x, y qualifiers) bool {
	return len(y.places) == 0 && disjoint(x.named, x.report) && disjoint(x.named, y.report)
}

// disjoint says whether two lists both hold something and share nothing.
func disjoint(x, y []string) bool {
	return len(x) > 0 && len(y) > 0 && !slices.ContainsFunc(x, func(t string) bool { return slices.Contains(y, t) })
}

// appendNew appends s to list unless it is empty or there already.
func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
