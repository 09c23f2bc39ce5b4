package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/quantity"
)

// labelWordsMax bounds a question label, in words.
const labelWordsMax = 16

// questionLabel words a question as a person would ask it, from the
// statement that states it most plainly. A figure makes it a question of
// value ("How many people were killed in the school?", "the quake measured
// what magnitude?"); otherwise the statement's first clause is asked as a
// yes-or-no question, its negation dropped ("Sudan had not bombed the
// camp" asks "Had Sudan bombed the camp?"; "the army bombed the camp"
// asks "Did the army bomb the camp?").
func questionLabel(contents []string, claims []claim) string {
	for k, as := range askedAmounts(claims) {
		for _, a := range as {
			if l := valueQuestion(contents[k], a); l != "" {
				return l
			}
		}
	}
	best := -1
	for k, c := range claims {
		if c.hedged || negatedAnywhere(&c) || len(strings.Fields(contents[k])) < 3 {
			continue
		}
		if best < 0 || len(contents[k]) < len(contents[best]) {
			best = k
		}
	}
	if best < 0 {
		best = 0
	}
	if best >= len(contents) {
		return "(no words)?"
	}
	return yesNoQuestion(contents[best])
}

// askedAmounts returns, per claim of a question, its figures for a
// measure that another claim of the question gives a figure for too: a
// question of value asks for that measure.
func askedAmounts(claims []claim) [][]amount {
	keys := map[string]int{} // measure → statements giving a figure for it
	for _, c := range claims {
		for k := range c.keys {
			keys[k]++
		}
	}
	out := make([][]amount, len(claims))
	for k, c := range claims {
		for _, a := range c.amounts {
			if shared(a.keys(), keys) {
				out[k] = append(out[k], a)
			}
		}
	}
	return out
}

// shared says whether another statement gives a figure for one of the
// measures keys.
func shared(keys []string, count map[string]int) bool {
	for _, k := range keys {
		if count[k] > 1 {
			return true
		}
	}
	return false
}

// negatedAnywhere says whether some clause of the claim is negated.
func negatedAnywhere(c *claim) bool {
	for _, cl := range c.clauses {
		if cl.negated {
			return true
		}
	}
	return c.denies
}

// valueQuestion asks for the figure q of content: the clause holding it,
// with the figure replaced by "how many" (a count) or by what the
// dimension asks ("what magnitude", "how far"), or "" when the figure is
// not found in the text.
func valueQuestion(content string, a amount) string {
	q := a.q
	rs := []rune(content)
	if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
		return ""
	}
	ask := "how many"
	if q.Dim != quantity.Count {
		ask = askFor(string(q.Dim))
	}
	before, after := clauseAround(string(rs[:q.Start]), string(rs[q.End:]))
	// "forces carried out four strikes on Marren" asks "How many strikes
	// did forces carry out on Marren?"
	if head := q.Head.Text; verbEnds(before) && head != "" && strings.HasPrefix(strings.TrimSpace(after), head) {
		rest := strings.TrimPrefix(strings.TrimSpace(after), head)
		if yn, ok := inverted(strings.Fields(before + " " + rest)); ok {
			return finish(append(strings.Fields(ask+" "+head), yn...))
		}
	}
	words := strings.Fields(after)
	if len(words) > 0 && strings.TrimSpace(before) == "" {
		words[0] = plural(words[0]) // "one was injured" asks "how many were injured"
	}
	return finish(strings.Fields(before + " " + ask + " " + strings.Join(words, " ")))
}

// verbEnds says whether text ends in a verb that a figure is the object
// of ("the militia fired").
func verbEnds(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	_, _, ok := verbBase(strings.ToLower(f[len(f)-1]))
	return ok
}

// plural returns the plural form of a singular verb ("was" → "were").
func plural(verb string) string {
	switch strings.ToLower(verb) {
	case "was":
		return "were"
	case "is":
		return "are"
	case "has":
		return "have"
	}
	return verb
}

// askFor returns the words that ask for a figure of a dimension: those
// of data/cues.txt ("ask-length: how far"), else "what" and its name.
func askFor(dim string) string {
	if w := cueWords("ask-" + dim); len(w) > 0 && w[0] != "" {
		return w[0]
	}
	return "what " + dim
}

// clauseAround trims the text before and after a figure to its clause.
func clauseAround(before, after string) (string, string) {
	if i := strings.LastIndexAny(before, ",;:.!?("); i >= 0 {
		before = before[i+1:]
	}
	fields := strings.Fields(before)
	for i := len(fields) - 1; i >= 0; i-- {
		if cueSets["clause"][strings.ToLower(fields[i])] {
			before = strings.Join(fields[i+1:], " ")
			break
		}
	}
	if i := strings.IndexAny(after, ",;:.!?()"); i >= 0 {
		after = after[:i]
	}
	fields = strings.Fields(after)
	for i, w := range fields {
		if i > 0 && (w == "and" || w == "but" || w == "while") {
			after = strings.Join(fields[:i], " ")
			break
		}
	}
	return before, after
}

// yesNoQuestion turns the first clause of a statement into a question that
// a yes or a no answers: an auxiliary moves to the front without its
// negation; a verb in the past takes "did" before its subject.
func yesNoQuestion(content string) string {
	words := firstClause(afterCondition(content))
	if len(words) > 0 && strings.EqualFold(words[0], "that") {
		words = words[1:]
	}
	words = withSubject(words)
	if q, ok := inverted(words); ok {
		return finish(q)
	}
	return finish(words)
}

// afterCondition leaves out a condition that opens a statement, up to its
// comma: "if the rains come, the dam will hold" asks of the dam.
func afterCondition(content string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(content), " ")
	if !cueSets["condition"][strings.ToLower(first)] {
		return content
	}
	if _, rest, ok := strings.Cut(content, ","); ok && strings.TrimSpace(rest) != "" {
		return rest
	}
	return content
}

// withSubject makes a clause that a report cut from its subject askable:
// a reporting verb before a clause with its own subject is left out
// ("indicated he grabbed her" asks "Did he grab her?"); a clause opening
// on its auxiliary takes "it" for the subject it lost ("was caused by a
// fault" asks "Was it caused by a fault?").
func withSubject(words []string) []string {
	if len(words) < 3 {
		return words
	}
	first, next := strings.ToLower(words[0]), strings.ToLower(words[1])
	if _, _, ok := verbBase(first); ok && cueSets["personal"][next] {
		return words[1:]
	}
	aux, ok := auxiliaryOf(first)
	if _, twice := auxiliaryOf(next); !ok || twice || cueSets["pronoun"][next] || next == "the" || aux == "do" {
		return words // "do" opens an order ("don't bend down"), not a claim
	}
	switch aux {
	case "are", "were":
		return append([]string{"they"}, words...)
	case "am":
		return append([]string{"I"}, words...)
	}
	return append([]string{"it"}, words...)
}

// inverted returns the words of a clause in the order of a question, its
// auxiliary (or "did") first, and whether it found one.
// An auxiliary is looked for first, since a subject may hold a word in
// -ed ("armoured units have left").
// A verb that cannot be an adjective ends the subject before an
// auxiliary does ("it proves that it was"); one that can ("armoured
// units have left") is taken only when no auxiliary follows. A clause
// opening with a question word ("what we can do") is not inverted.
func inverted(words []string) ([]string, bool) {
	if len(words) == 0 || cueSets["wh"][strings.ToLower(words[0])] || cueSets["preposition"][strings.ToLower(words[0])] {
		return nil, false
	}
	for k := 1; k < len(words) && k <= subjectMax; k++ {
		w := strings.ToLower(strings.Trim(words[k], ",;:"))
		if base, do, ok := verbBase(w); ok && !lexicon.Is(w, lexicon.Adjective) {
			return append([]string{do, lowerFirst(words[:k]), base}, words[k+1:]...), true
		}
		if aux, ok := auxiliaryOf(strings.ToLower(words[k])); ok {
			rest := dropNegation(words[k+1:])
			if possessive(aux) && !participle(rest) {
				return append(append([]string{doFor(aux), lowerFirst(words[:k])}, "have"), rest...), true
			}
			return append([]string{aux, lowerFirst(words[:k])}, rest...), true
		}
	}
	for k := 1; k < len(words) && k <= subjectMax; k++ {
		if base, do, ok := verbBase(strings.ToLower(strings.Trim(words[k], ",;:"))); ok {
			return append([]string{do, lowerFirst(words[:k]), base}, words[k+1:]...), true
		}
	}
	return nil, false
}

// subjectMax bounds the words of a subject before its verb.
const subjectMax = 10

// firstClause returns the words of the statement's first clause that says
// something: up to a comma, semicolon or dash after at least four words.
// A contraction is written out ("It's" → "It is"), and what only links
// the clause to the one before ("But", "Moreover,", "Obviously,") is
// left out.
func firstClause(content string) []string {
	var out []string
	for _, w := range strings.Fields(content) {
		lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if bare := strings.TrimRight(lw, ","); len(out) == 0 && (cueSets["clause"][bare] || cueSets["discourse"][bare] || adverb(bare)) {
			continue
		}
		if head, tail, ok := strings.Cut(lw, "'"); ok && cueSets["pronoun"][head] && verbOf[tail] != "" {
			out = append(out, w[:len(head)], verbOf[tail])
			continue
		}
		if len(out) == 1 && cueSets["pronoun"][strings.ToLower(out[0])] && hasCue(strings.TrimRight(lw, ","), "opinion") {
			out = out[:0] // "I think the administration is …" asks about the administration
			continue
		}
		if n := len(out); n > 1 && out[n-1] == "is" && participle([]string{w}) {
			out[n-1] = "has" // "he's got"
		}
		out = append(out, w)
		if len(out) >= 4 && strings.ContainsAny(w, ",;:") || w == "—" || w == "--" {
			break
		}
	}
	return out
}

// adverb says whether a word is an adverb in -ly that the lexicon holds as
// no noun, verb or adjective ("luckily", "obviously").
func adverb(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 4 && !lexicon.Is(w, lexicon.Noun) &&
		!lexicon.Is(w, lexicon.Verb) && !lexicon.Is(w, lexicon.Adjective)
}

// verbOf writes out the verb a pronoun's contraction stands for.
var verbOf = map[string]string{"s": "is", "m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}

// auxiliaryOf returns the auxiliary a word is, or contains ("isn't" →
// "is", "won't" → "will"), and whether it is one.
func auxiliaryOf(w string) (string, bool) {
	w = strings.ReplaceAll(w, "’", "'")
	if full, ok := contracted[w]; ok {
		return full, true
	}
	if strings.HasSuffix(w, "n't") && cueSets["auxiliary"][strings.TrimSuffix(w, "n't")] {
		return strings.TrimSuffix(w, "n't"), true
	}
	return w, cueSets["auxiliary"][w]
}

// contracted holds the negated auxiliaries that do not end in the
// auxiliary followed by "n't".
var contracted = map[string]string{"won't": "will", "can't": "can", "cannot": "can", "shan't": "shall"}

// possessive says whether an auxiliary is also the verb "have".
func possessive(aux string) bool { return aux == "has" || aux == "have" || aux == "had" }

// doFor returns the form of "do" that asks in the tense of a form of
// "have".
func doFor(have string) string {
	switch have {
	case "has":
		return "does"
	case "have":
		return "do"
	}
	return "did"
}

// participle says whether the words after a form of "have" begin with a
// past participle, so that it is an auxiliary ("had bombed", "has been").
func participle(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	w := strings.ToLower(rest[0])
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") ||
		cueSets["participle"][w]
}

// dropNegation removes the negation right after an auxiliary.
func dropNegation(words []string) []string {
	for len(words) > 0 && cueSets["negation"][strings.ToLower(words[0])] {
		words = words[1:]
	}
	return words
}

// verbBase returns the base form of a verb in the past ("bombed" →
// "bomb", "fell" → "fall") or in the third person of the present
// ("appears" → "appear"), the form of "do" that asks in its tense, and
// whether the word is such a verb in the lexicon. A present in -s that is
// also a noun ("bombs") is taken for the noun.
func verbBase(w string) (base, do string, ok bool) {
	if cueSets["auxiliary"][w] || stopwords[w] || strings.ContainsAny(w, "-'’") || strings.HasSuffix(w, "ing") {
		return "", "", false
	}
	for _, l := range lexicon.LemmasAs(w, lexicon.Verb) {
		if l == w || strings.Contains(l, "_") {
			continue
		}
		if strings.HasSuffix(w, "s") {
			if lexicon.Is(w, lexicon.Noun) {
				return "", "", false
			}
			return l, "does", true
		}
		return l, "did", true
	}
	return "", "", false
}

// finish makes words a question: at most labelWordsMax words, the first
// capitalised, closing punctuation replaced by a question mark.
func finish(words []string) string {
	var out []string
	for _, w := range words {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	if len(out) > labelWordsMax {
		out = out[:labelWordsMax]
		// A label cut short ends on a word that says something.
		for len(out) > 1 && stopwords[strings.ToLower(strings.Trim(out[len(out)-1], ",;:"))] {
			out = out[:len(out)-1]
		}
	}
	if len(out) == 0 {
		return "(no words)?"
	}
	s := strings.Join(out, " ")
	s = strings.TrimRight(s, " ,;:.!?-—\"“”'‘’")
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return "(no words)?"
	}
	return string(unicode.ToUpper(r)) + s[n:] + "?"
}

// lowerFirst joins a subject, lower-casing its first word when it is a
// function word ("The army" → "the army"), not a name.
func lowerFirst(words []string) string {
	if len(words) == 0 {
		return ""
	}
	first := words[0]
	if first != "I" && (stopwords[strings.ToLower(first)] || cueSets["pronoun"][strings.ToLower(first)]) {
		first = strings.ToLower(first)
	}
	return strings.Join(append([]string{first}, words[1:]...), " ")
}

// Values returns, for the contents of the statements of one question, the
// figure each gives for what the question asks, as written ("at least
// 12"), or "" for a statement that gives none: a question of value is
// read by the values its speakers assert, not by "affirms".
func Values(contents []string) []string {
	out := make([]string, len(contents))
	if len(contents) < 2 {
		return out // one statement asks for nothing another answers
	}
	claims := make([]claim, len(contents))
	for k, c := range contents {
		claims[k] = newClaim(parallax.Statement{Content: c})
	}
	for k, as := range askedAmounts(claims) {
		if len(as) > 0 {
			out[k] = as[0].q.Text
		}
	}
	return out
}
