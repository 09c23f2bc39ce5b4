package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/quantity"
)

// opener is who or what a statement's first clause speaks of, as far as
// its words tell: the names written before its first verb ("Corran Vale
// fell 60 metres") and the age it is described by there ("the
// 36-year-old fell"). A measure said of one subject is not a measure of
// another of the same kind.
type opener struct {
	names []string
	age   *quantity.Quantity
	// words is how many words of the content the subject spans.
	words int
}

// openerOf reads the subject of a content: the words before the first
// inflected verb written in lower case (a capitalised word is a name,
// whatever verb it may spell: "Will", "Rose").
func openerOf(content string, qs []quantity.Quantity) opener {
	words := splitWords(content)
	v := slices.IndexFunc(words, func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLower(r) && inflectedVerb(w)
	})
	if v <= 0 {
		return opener{}
	}
	s := opener{words: v}
	for _, w := range words[:v] {
		if t := term(strings.ToLower(w)); t != "" && isName(w) && !isWhen(fold(strings.ToLower(w))) {
			s.names = appendNew(s.names, t)
		}
	}
	rs := []rune(content)
	for k := range qs {
		if qs[k].Dim == quantity.Age && len(splitWords(string(rs[:min(max(qs[k].Start, 0), len(rs))]))) < v {
			s.age = &qs[k]
			break
		}
	}
	return s
}

// others says whether two subjects are two of one kind told apart: each
// names someone and they share no name, or each is described by an age
// and the ages differ ("the 36-year-old", "the 32-year-old").
func (s opener) others(t opener) bool {
	return disjoint(s.names, t.names) || s.agedApart(t)
}

// agedApart says whether two subjects are each described by an age and
// the ages differ: two persons, whatever else the statements share ("the
// 36-year-old climber was not wearing crampons", "the 32-year-old
// climber was"). Names are not weighed so: a place and its government
// ("Sudan", "Khartoum") are one side.
func (s opener) agedApart(t opener) bool {
	return s.age != nil && t.age != nil && !quantity.Compatible(*s.age, *t.age)
}
