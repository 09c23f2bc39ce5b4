package lexicon

import "strings"

// suffixes are WordNet's rules of detachment (its morphy): an inflected
// ending and the endings of the base forms it may come from.
var suffixes = map[POS][][2]string{
	Noun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
		{"men", "man"}, {"ies", "y"}},
	Verb: {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
		{"ing", "e"}, {"ing", ""}},
	Adjective: {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// bases returns the base forms of w that WordNet holds as the part of
// speech pos: w itself, the forms the exception list of pos gives (not
// another's: "men" is no form of the verb "man"), and the forms the rules
// of detachment give. A compound ("death tolls") is inflected on its last
// word, or, as a verb, on its first ("pulled out", "stepped down").
func (d *db) bases(w string, pos POS) []string {
	var out []string
	add := func(b string) {
		if b == "" || !d.hasPOS(b, pos) {
			return
		}
		for _, o := range out {
			if o == b {
				return
			}
		}
		out = append(out, b)
	}
	add(w)
	for _, b := range d.exceptions(w, pos) {
		add(b)
	}
	for _, r := range suffixes[pos] {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0]) {
			add(w[:len(w)-len(r[0])] + r[1])
		}
	}
	if i := strings.LastIndexByte(w, '_'); i > 0 && len(out) == 0 {
		head, last := w[:i+1], w[i+1:]
		for _, b := range d.bases(last, pos) {
			add(head + b)
		}
	}
	if i := strings.IndexByte(w, '_'); i > 0 && len(out) == 0 && pos == Verb {
		first, rest := w[:i], w[i:]
		for _, b := range d.bases(first, pos) {
			add(b + rest)
		}
	}
	return out
}

// hasPOS reports whether lemma w has a sense of part of speech pos.
func (d *db) hasPOS(w string, pos POS) bool {
	for _, id := range d.lemma(w) {
		if d.pos[id] == pos {
			return true
		}
	}
	return false
}
