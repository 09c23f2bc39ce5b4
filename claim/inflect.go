package claim

import (
	"slices"
	"strings"
)

// inflect returns the forms of an English verb phrase that report an act in
// every tense and aspect: the base (present plural, after "to" or a
// modal), the third person singular, the past, the past participle and the
// -ing form, by the regular rules of spelling ("argue", "argues", "argued",
// "arguing"; "deny", "denies", "denied"). Only the first word inflects
// ("point out", "points out"). Irregular verbs and doubled consonants are
// given in irregular: third person, past, participle and -ing form, in
// that order, "" for a regular one. A verb that is as often a noun
// ("comment", "post") keeps only its past and -ing forms: "his comments",
// "Trump's post" report nothing.
func inflect(lemma string, irregular []string, noun bool) []string {
	ws := strings.Fields(lemma)
	if len(ws) == 0 {
		return nil
	}
	v, rest := ws[0], ""
	if len(ws) > 1 {
		rest = " " + strings.Join(ws[1:], " ")
	}
	forms := []string{thirdPerson(v), past(v), past(v), ingForm(v)}
	for i, f := range irregular {
		if i < len(forms) && f != "" {
			forms[i] = f
		}
	}
	out := []string{v + rest}
	if noun {
		out, forms = nil, forms[1:]
	}
	for _, f := range forms {
		if !slices.Contains(out, f+rest) {
			out = append(out, f+rest)
		}
	}
	return out
}

// consonantY reports whether v ends in a consonant and "y": "deny", not
// "convey".
func consonantY(v string) bool {
	n := len(v)
	return n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
}

func thirdPerson(v string) string {
	switch {
	case consonantY(v):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

func past(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case consonantY(v):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func ingForm(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && !strings.HasSuffix(v, "ye") && !strings.HasSuffix(v, "oe") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}
