package compare

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/quantity"
	"github.com/parallax-news/parallax/text"
)

// labelWordsMax bounds a question label, in words.
const labelWordsMax = 16

// questionLabel words a question as a person would ask it, from the
// statement that states it most plainly. A figure makes it a question of
// value ("How many people were killed in the school?", "What magnitude
// was it?"); otherwise the statement's first clause is asked as a
// yes-or-no question, its negation dropped ("Sudan had not bombed the
// camp" asks "Had Sudan bombed the camp?"; "the army bombed the camp"
// asks "Did the army bomb the camp?"). Of the statements that could
// word it, the first that makes a well-formed question does: one whose
// clause has a subject and a verb to invert, not a fragment.
func questionLabel(members []*stmt, claims []claim) string {
	fallback := ""
	for k, as := range askedAmounts(claims) {
		for _, a := range as {
			l, fronted := valueQuestion(members[k].s.Content, a)
			if fronted {
				return l
			}
			if fallback == "" {
				fallback = l
			}
		}
	}
	// A figure asked where it stands ("the team was great how many
	// half") makes no question; one asked alone ("How many separate
	// marches?") does.
	if first, _, _ := strings.Cut(strings.ToLower(fallback), " "); cueSets["wh"][first] {
		return fallback
	}
	order := plainest(members, claims)
	if len(order) == 0 {
		return "(no words)?"
	}
	for _, k := range order {
		if l, ok := yesNoQuestion(members[k]); ok {
			return l
		}
	}
	return aboutTopic(members[order[0]])
}

// plainest orders the statements of a question by how plainly they state
// it: those neither hedged nor negated, of three words or more, shortest
// first, then the others in their order.
func plainest(members []*stmt, claims []claim) []int {
	var plain, rest []int
	for k, c := range claims {
		if c.hedged || negatedAnywhere(&c) || len(strings.Fields(members[k].s.Content)) < 3 {
			rest = append(rest, k)
		} else {
			plain = append(plain, k)
		}
	}
	sort.SliceStable(plain, func(i, j int) bool {
		return len(members[plain[i]].s.Content) < len(members[plain[j]].s.Content)
	})
	return append(plain, rest...)
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
// dimension asks ("what magnitude", "how far"), moved to the front with
// the clause inverted where the figure follows its verb ("he gave $5,000"
// asks "How much did he give?"). It says whether the question opens on
// what it asks; it returns "" when the figure is not found in the text.
func valueQuestion(content string, a amount) (string, bool) {
	q := a.q
	rs := []rune(content)
	if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
		return "", false
	}
	ask := "how many"
	if q.Dim != quantity.Count {
		ask = askFor(string(q.Dim))
	}
	before, after := clauseAround(string(rs[:q.Start]), string(rs[q.End:]))
	before = strings.Join(dropDeterminer(strings.Fields(before)), " ")
	if strings.TrimSpace(before) == "" {
		words := strings.Fields(after)
		if head := strings.Fields(q.Head.Text); q.Dim != quantity.Count && len(head) > 0 && len(words) <= len(head) {
			// "a .32-caliber revolver" asks "What calibre was the revolver?",
			// ".22-caliber rifles" "What calibre were the rifles?"
			be := "was"
			if pluralNoun(head[len(head)-1]) {
				be = "were"
			}
			return finish(append(strings.Fields(ask), be, "the", strings.Join(head, " "))), true
		}
		pluralVerb(words) // "one of his sons was injured" asks "how many of his sons were injured"
		return finish(append(strings.Fields(ask), words...)), true
	}
	// "forces carried out four strikes on Marren" asks "How many strikes
	// did forces carry out on Marren?"; "it was a magnitude-6.1 temblor"
	// asks "What magnitude temblor was it?"
	if _, subjectless := auxiliaryOf(strings.ToLower(strings.Fields(before)[0])); !subjectless && (verbEnds(before) || auxiliaryEnds(before)) {
		phrase, rest, moved := ask, strings.TrimSpace(after), false
		if head := q.Head.Text; head != "" {
			if i := strings.Index(rest, head); i >= 0 && len(strings.Fields(rest[:i])) <= headGap {
				phrase, rest, moved = ask+" "+rest[:i+len(head)], rest[i+len(head):], true
			}
		}
		// A count whose noun stays behind would ask "how many did they
		// include militants".
		if yn, ok := inverted(strings.Fields(before + " " + rest)); ok && (moved || q.Dim != quantity.Count || rest == "") {
			return finish(append(strings.Fields(phrase), yn...)), true
		}
	}
	if subjectless(before) {
		// "to deliver up to eight hours of use" asks "How long of use?":
		// the words before have no subject to ask of.
		return finish(strings.Fields(ask + " " + after)), false
	}
	return finish(strings.Fields(before + " " + ask + " " + after)), false
}

// subjectless says whether the words before a figure open on no subject:
// on "to", a preposition or a word in -ing ("to release", "rallying in",
// "at one point").
func subjectless(before string) bool {
	first := strings.ToLower(strings.Fields(before)[0])
	return first == "to" || cueSets["preposition"][first] || strings.HasSuffix(first, "ing")
}

// headGap bounds the words between a figure and the noun it counts that
// move with it to the front of a question ("how many other vehicles").
const headGap = 2

// dropDeterminer leaves out an article that ends the words before a
// figure: it belongs to the figure's phrase ("a magnitude-6.1 temblor").
func dropDeterminer(words []string) []string {
	if n := len(words); n > 0 && (strings.EqualFold(words[n-1], "a") || strings.EqualFold(words[n-1], "an") || strings.EqualFold(words[n-1], "the")) {
		return words[:n-1]
	}
	return words
}

// auxiliaryEnds says whether text ends in an auxiliary after at least one
// word of its subject ("it was", "there were").
func auxiliaryEnds(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	_, ok := auxiliaryOf(strings.ToLower(f[len(f)-1]))
	return ok
}

// pluralVerb puts the first verb among the first few words after a count
// in the plural: it agrees with "how many".
func pluralVerb(words []string) {
	for k := 0; k < len(words) && k < subjectMax; k++ {
		if p := plural(words[k]); p != words[k] {
			words[k] = p
			return
		}
		if _, ok := auxiliaryOf(strings.ToLower(words[k])); ok {
			return
		}
	}
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
	case "is", "am":
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
	after = after[:clauseStop(after)]
	fields = strings.Fields(after)
	for i, w := range fields {
		if i > 0 && (w == "and" || w == "but" || w == "while") {
			after = strings.Join(fields[:i], " ")
			break
		}
	}
	return before, after
}

// clauseStop returns where the clause that opens text ends: at its first
// comma, semicolon, colon, bracket or stop, but not at the stop of an
// abbreviation ("hit Mr. Gray").
func clauseStop(s string) int {
	for i, r := range s {
		switch r {
		case ',', ';', ':', '!', '?', '(', ')':
			return i
		case '.':
			if !text.EndsAbbreviation(s[:i]) {
				return i
			}
		}
	}
	return len(s)
}

// yesNoQuestion turns the first clause of a statement into a question that
// a yes or a no answers: an auxiliary moves to the front without its
// negation; a verb in the past takes "did" before its subject; "I" is
// the speaker. An infinitive that its cue governs is asked of whoever is
// to act (see infinitiveQuestion). It says whether the clause had a verb
// to invert.
func yesNoQuestion(x *stmt) (string, bool) {
	if q, ok := infinitiveQuestion(x); ok {
		return q, true
	}
	if q, ok := calledFor(x); ok {
		return q, true
	}
	words := firstClause(withoutAside(afterOpening(x.s.Content)))
	if len(words) > 0 && strings.EqualFold(words[0], "that") {
		words = words[1:]
	}
	words = withSubject(strings.Fields(balanced(strings.Join(words, " "))))
	// A capitalised word after the first makes both a name ("Senator Ames").
	if len(words) > 1 && !capitalised(words[1]) && commonWord(words[0], x.doc.Body) {
		words[0] = strings.ToLower(words[0])
	}
	if q, ok := inverted(words); ok {
		return finish(asSpeaker(q, x.s.SpeakerName)), true
	}
	return aboutTopic(x), false
}

// afterOpening leaves out what opens a statement before its claim: a
// condition ("if the rains come, the dam will hold") or a phrase of time
// or place up to its comma ("In the end, the dam held" asks of the dam).
func afterOpening(content string) string {
	content = afterCondition(content)
	first, _, _ := strings.Cut(strings.TrimSpace(content), " ")
	if !cueSets["preposition"][strings.ToLower(first)] {
		return content
	}
	opening, rest, ok := strings.Cut(content, ",")
	if ok && len(strings.Fields(opening)) <= openingMax && len(strings.Fields(rest)) >= 3 {
		return rest
	}
	return content
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

// openingMax bounds the words of a phrase of time or place that opens a
// statement.
const openingMax = 6

// asSpeaker puts the speaker for the first person, "I" or "we", the
// subject of a question in the order of inverted, with the auxiliary in
// the third person ("Am I feeling" asks "Is Ada Brenner feeling", "Can we
// grow" asks "Can the ministry grow"), and for "my" or "our" opening it
// ("Is our focus" asks "Is the ministry's focus"): a reader does not know
// who "we" are.
func asSpeaker(q []string, speaker string) []string {
	if len(q) < 2 || speaker == "" {
		return q
	}
	who := speakerPhrase(speaker)
	first, rest, _ := strings.Cut(q[1], " ")
	switch strings.ToLower(first) {
	case "i", "we":
		if rest != "" {
			return q
		}
		aux := thirdPerson(q[0])
		if pluralPhrase(who) {
			aux = plural(q[0])
		}
		return append([]string{aux, who}, thirdPersonRest(q[2:], first)...)
	case "my", "our":
		if rest == "" {
			return q
		}
		return append([]string{q[0], possessiveOf(who) + " " + rest}, thirdPersonRest(q[2:], first)...)
	}
	return q
}

// thirdPersonRest puts in the third person the pronouns of the speaker
// after the subject, of the number of the subject's first word: "we can"
// and "our customers" become "they can" and "their customers" once the
// subject names who "we" are.
func thirdPersonRest(words []string, first string) []string {
	forms := thirdPersonPlural
	if f := strings.ToLower(first); f == "i" || f == "my" {
		forms = thirdPersonSingular
	}
	out := append([]string(nil), words...)
	for k, w := range out {
		lead := strings.TrimRight(w, ",;:.!?\"'”’")
		if t, ok := forms[strings.ToLower(lead)]; ok {
			out[k] = t + w[len(lead):]
		}
	}
	return out
}

// thirdPersonPlural and thirdPersonSingular map the pronouns of the first
// person to those of the third.
var (
	thirdPersonPlural   = map[string]string{"we": "they", "us": "them", "our": "their", "ours": "theirs", "ourselves": "themselves"}
	thirdPersonSingular = map[string]string{"i": "they", "me": "them", "my": "their", "mine": "theirs", "myself": "themselves"}
)

// pluralPhrase says whether a speaker's phrase is a plural description
// ("the officials"), not a name.
func pluralPhrase(phrase string) bool {
	f := strings.Fields(phrase)
	return len(f) > 1 && f[len(f)-1] == strings.ToLower(f[len(f)-1]) && pluralNoun(f[len(f)-1])
}

// pluralNoun says whether a word is a noun in the plural ("systems",
// "fishermen").
func pluralNoun(w string) bool {
	lemmas := lexicon.LemmasAs(strings.ToLower(w), lexicon.Noun)
	return len(lemmas) > 0 && lemmas[0] != strings.ToLower(w)
}

// possessiveOf writes the possessive of a phrase ("the ministry's", "the
// officials'").
func possessiveOf(phrase string) string {
	if strings.HasSuffix(phrase, "s") {
		return phrase + "'"
	}
	return phrase + "'s"
}

// thirdPerson returns the form of an auxiliary that goes with a subject
// in the third person singular.
func thirdPerson(aux string) string {
	switch strings.ToLower(aux) {
	case "am", "are":
		return "is"
	case "were":
		return "was"
	case "do":
		return "does"
	case "have":
		return "has"
	}
	return aux
}

// speakerPhrase writes a speaker as the subject of a question: a name as
// it is, a description with an article ("young protesters" → "the young
// protesters").
func speakerPhrase(name string) string {
	first, _, _ := strings.Cut(name, " ")
	r, _ := utf8.DecodeRuneInString(name)
	if unicode.IsUpper(r) || cueSets["determiner"][strings.ToLower(first)] {
		return name
	}
	return "the " + name
}

// infinitiveQuestion asks of a statement whose content is an infinitive
// that its cue governs: "promised to reverse the rules" asks "Will Obama
// reverse the rules?", "expects the toll to rise" asks "Will the toll
// rise?", "urged Norland to stop the shelling" asks "Should Norland stop
// the shelling?", "admitted to lying" asks "Did Ada Brenner lie?". Who is
// to act is the object between the cue and the content in the text, else
// the speaker (for a call, "they").
func infinitiveQuestion(x *stmt) (string, bool) {
	words := strings.Fields(x.s.Content)
	if len(words) < 2 || !strings.EqualFold(words[0], "to") {
		return "", false
	}
	verb := strings.ToLower(strings.Trim(words[1], ",;:"))
	object, passive := objectOfCue(x)
	if passive {
		// "the toll was expected to rise": of what, the text before says.
		cue := strings.Fields(x.cue)
		return finish(append([]string{"what", "was", cue[len(cue)-1]}, words...)), true
	}
	who := func(fallback string) string {
		if object != "" {
			return object
		}
		return fallback
	}
	speaker := ""
	if x.s.SpeakerName != "" {
		speaker = speakerPhrase(x.s.SpeakerName)
	}
	switch {
	case hasCue(x.cue, "admit") && strings.HasSuffix(verb, "ing") && speaker != "":
		bases := lexicon.LemmasAs(verb, lexicon.Verb)
		switch {
		case len(bases) == 0:
		case bases[0] == "be":
			return finish(append([]string{"was", speaker}, words[2:]...)), true
		default:
			return finish(append([]string{"did", speaker, bases[0]}, words[2:]...)), true
		}
	case !lexicon.Is(verb, lexicon.Verb):
	case hasCue(x.cue, "intend") && who(speaker) != "":
		return finish(append([]string{"will", who(speaker)}, words[1:]...)), true
	case hasCue(x.cue, "call"):
		return finish(append([]string{"should", who("they")}, words[1:]...)), true
	}
	return "", false
}

// calledFor asks of a call for something named ("called for an
// immediate ceasefire" asks "Should there be an immediate ceasefire?").
func calledFor(x *stmt) (string, bool) {
	words := firstClause(x.s.Content)
	if len(words) == 0 || !hasCue(x.cue, "call") {
		return "", false
	}
	first := strings.ToLower(words[0])
	r, _ := utf8.DecodeRuneInString(words[0])
	nominal := cueSets["determiner"][first] && first != "that" && first != "this" ||
		unicode.IsLower(r) && !stopwords[first] && (lexicon.Is(first, lexicon.Noun) || lexicon.Is(first, lexicon.Adjective)) && !lexicon.Is(first, lexicon.Verb)
	if !nominal {
		return "", false
	}
	return finish(append([]string{"should", "there", "be"}, words...)), true
}

// objectMax bounds the words of the object between a cue and its content.
const objectMax = 5

// objectOfCue returns the words between a statement's cue and its content
// in its document ("urged Norland to stop"), when there are a few and no
// punctuation between them, with a pronoun as a subject ("urged him"
// gives "he") and without a negation ("told investors not to worry"); or
// "". It says too whether the cue is passive ("was expected to rise").
func objectOfCue(x *stmt) (string, bool) {
	cue := strings.Fields(x.cue)
	if len(cue) == 0 {
		return "", false
	}
	words := strings.Fields(leadIn(x.doc.Body, x.s.Start))
	last := cue[len(cue)-1]
	for k := len(words) - 1; k >= 0 && k >= len(words)-objectMax-1; k-- {
		if strings.ToLower(strings.Trim(words[k], ",;:")) != last {
			continue
		}
		b := k - 1
		for b >= 0 && cueSets["negation"][strings.ToLower(words[b])] {
			b--
		}
		if b >= 0 && beForm[strings.ToLower(words[b])] {
			return "", true
		}
		object := words[k+1:]
		for len(object) > 0 && cueSets["negation"][strings.ToLower(object[len(object)-1])] {
			object = object[:len(object)-1]
		}
		object = beforeTime(object)
		if len(object) == 0 || len(object) > objectMax || strings.ContainsAny(strings.Join(object, " "), ",;:.!?\"“”") {
			return "", false
		}
		if len(object) == 1 {
			if s, ok := subjectForm[strings.ToLower(object[0])]; ok {
				return s, false
			}
		}
		return strings.Join(object, " "), false
	}
	return "", false
}

// beForm holds the forms of "be" that make a cue passive.
var beForm = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// beforeTime cuts words before a phrase of time that follows them
// ("Norland on Thursday" gives "Norland").
func beforeTime(words []string) []string {
	for k := 1; k+1 < len(words); k++ {
		next := strings.ToLower(strings.Trim(words[k+1], ",;:"))
		if cueSets["preposition"][strings.ToLower(words[k])] && (cueSets["calendar"][next] || cueSets["when"][next]) {
			return words[:k]
		}
	}
	return words
}

// objectForm says whether a pronoun is in the object case ("her group"
// opens on no subject pronoun).
func objectForm(w string) bool {
	_, ok := subjectForm[w]
	return ok
}

// subjectForm maps a pronoun in the object case to its subject form.
var subjectForm = map[string]string{"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}

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
// units have left"), or a noun right before an auxiliary ("a gas stove
// had been left on"), is taken only when no auxiliary follows, and one
// right after an article ("the wounded soldiers") not at all. After a
// personal pronoun, a verb in its plain form takes "do" ("we respect the
// ruling"). A clause opening with a question word ("what we can do") is
// not inverted, nor one whose subject a reader could not parse (see
// askable).
func inverted(words []string) ([]string, bool) {
	q, ok := invert(words)
	if !ok || !askable(q[1]) {
		return nil, false
	}
	return q, true
}

// invert puts a clause in the order of a question, for inverted.
func invert(words []string) ([]string, bool) {
	if len(words) == 0 || cueSets["wh"][strings.ToLower(words[0])] || cueSets["preposition"][strings.ToLower(words[0])] {
		return nil, false
	}
	adjectival := -1 // the first verb that can be an adjective
	for k := 1; k < len(words) && k <= subjectMax; k++ {
		w := strings.ToLower(strings.Trim(words[k], ",;:"))
		if base, do, ok := verbBase(w); ok && !nounBeforeAuxiliary(words, k) && !cueSets["determiner"][strings.ToLower(words[k-1])] {
			if lexicon.Is(w, lexicon.Adjective) {
				if adjectival < 0 {
					adjectival = k
				}
				continue
			}
			if adjectival >= 0 {
				// "Simpson shot Flynn because he wanted": the first verb.
				k = adjectival
				base, do, _ = verbBase(strings.ToLower(strings.Trim(words[k], ",;:")))
			}
			return append([]string{do, askedSubject(words[:k]), base}, alsoBase(do, words[k+1:])...), true
		}
		if aux, ok := auxiliaryOf(strings.ToLower(words[k])); ok {
			rest := dropNegation(words[k+1:])
			if possessive(aux) && !participle(rest) && auxiliaryAfter(words, k) {
				continue // "the only thing she ever had was": "had" is inside the subject
			}
			if possessive(aux) && !participle(rest) {
				return append(append([]string{doFor(aux), askedSubject(words[:k])}, "have"), rest...), true
			}
			return append([]string{aux, askedSubject(words[:k])}, rest...), true
		}
		// After a pronoun or an adverb only a verb can stand: "he fears
		// the captain", "the levy effectively doubles the fare".
		if base, do, ok := anyVerbBase(w); ok && (pronounSubject(strings.ToLower(words[0])) && pronounOpens(words[:k]) || lyAdverb(strings.ToLower(words[k-1]))) {
			s := k
			for s > 1 && lyAdverb(strings.ToLower(words[s-1])) {
				s--
			}
			return append(append([]string{do, askedSubject(words[:s])}, append(words[s:k:k], base)...), alsoBase(do, words[k+1:])...), true
		}
		if first := strings.ToLower(words[0]); pronounSubject(first) && pronounOpens(words[:k]) && plainVerb(w) {
			// "we fully support" asks "do we fully support".
			do := plainDo(words[0])
			return append(append([]string{do, askedSubject(words[:1])}, words[1:k+1]...), alsoBase(do, words[k+1:])...), true
		}
	}
	for k := 1; k < len(words) && k <= subjectMax; k++ {
		if base, do, ok := verbBase(strings.ToLower(strings.Trim(words[k], ",;:"))); ok {
			return append([]string{do, askedSubject(words[:k]), base}, alsoBase(do, words[k+1:])...), true
		}
	}
	return nil, false
}

// askable says whether the subject of an inverted clause makes a question
// a reader can parse: it is no auxiliary ("Was was set") nor a verb with
// its object ("adjusted his belt"), opens on no subordinator ("as long as someone got"), and holds no clause of its
// own, one a relative or question word opens ("the landlord, who",
// "kids you kill how many").
func askable(subject string) bool {
	f := strings.Fields(strings.ToLower(subject))
	if len(f) == 0 || phraseAt(f, 0, "subordinator") > 0 || len(f) > 1 && phraseAt(f, 1, "subordinator") > 0 {
		return false
	}
	// "adjusted his waistband and continued": a verb with its object
	// opens no subject.
	if _, do, ok := verbBase(f[0]); ok && do == "did" && len(f) > 1 && (cueSets["determiner"][f[1]] || cueSets["possessive"][f[1]]) {
		return false
	}
	for k, w := range f {
		w = strings.Trim(w, ",;:\"“”")
		if _, aux := auxiliaryOf(w); k == 0 && aux {
			return false
		}
		if w != "that" && (cueSets["relative"][w] || cueSets["wh"][w]) {
			return false
		}
	}
	return true
}

// pronounSubject says whether w is a personal pronoun in the subject
// case.
func pronounSubject(w string) bool { return cueSets["personal"][w] && !objectForm(w) }

// withoutAside leaves out what stands between commas after the first
// words of a statement when the verb of its subject follows it ("the
// ferryman, a man of sixty, sent his son", "the ferryman, who was not
// named, sent his son"), or, if none follows, a relative clause up to its
// comma: either way the clause asks of the ferryman sending his son.
func withoutAside(content string) string {
	words := strings.Fields(content)
	for k := 1; k < len(words) && k <= subjectMax; k++ {
		if !strings.HasSuffix(words[k-1], ",") {
			continue
		}
		if hasVerb(words[:k]) {
			return content // the comma follows a clause, not a subject
		}
		w := strings.ToLower(words[k])
		relative := w != "that" && cueSets["relative"][w]
		end := -1
		for e := k; e+1 < len(words) && end < 0; e++ {
			if !strings.HasSuffix(words[e], ",") {
				continue
			}
			if hasVerb(words[e+1 : e+2]) {
				end = e
			} else if relative {
				end = e
			}
		}
		if end < 0 {
			return content
		}
		head := append([]string(nil), words[:k]...)
		head[k-1] = strings.TrimSuffix(head[k-1], ",")
		return strings.Join(append(head, words[end+1:]...), " ")
	}
	return content
}

// topicMax bounds the words of the topic of a label that asks what was
// said about it.
const topicMax = 8

// aboutTopic asks of a statement whose clause cannot be inverted what was
// said about what the clause opens on: "pending invasion of the valley"
// asks "What was said about pending invasion of the valley?", "the other
// model costs $2,499" asks "What was said about the other model?". The
// topic ends before a verb, a figure, a clause of its own or a comma.
func aboutTopic(x *stmt) string {
	words := firstClause(withoutAside(afterOpening(x.s.Content)))
	low := make([]string, len(words))
	for k, w := range words {
		low[k] = strings.ToLower(strings.Trim(w, ",;:\"“”"))
	}
	if n := phraseAt(low, 0, "subordinator"); n > 0 {
		words, low = words[n:], low[n:]
	}
	// A clause that lost its subject ("was moored at the quay", "speaking
	// as a farmer") is asked of the object of its verb.
	for len(words) > 1 && (verbForm(low[0]) || phraseAt(low, 0, "subordinator") > 0 || cueSets["preposition"][low[0]] && cueSets["determiner"][low[1]]) {
		words, low = words[1:], low[1:]
	}
	var topic []string
	for k, w := range words {
		if k > 0 && topicEnds(low[k], low[k-1], capitalised(words[k-1])) {
			break
		}
		topic = append(topic, strings.Trim(w, ",;:"))
		if clauseEnd(w) || len(topic) == topicMax {
			break
		}
	}
	// "the causes of the cut on" ends on the noun.
	for len(topic) > 1 && !lexicon.Is(strings.ToLower(topic[len(topic)-1]), lexicon.Noun) && !capitalised(topic[len(topic)-1]) {
		topic = topic[:len(topic)-1]
	}
	if len(words) == 0 {
		return "(no words)?"
	}
	if len(topic) == 0 || !namesThing(topic) {
		// "I reckon he is", "to raise tensions", "what we saw" name
		// nothing a reader could ask about.
		if x.s.SpeakerName == "" {
			return "What was said?"
		}
		return finish([]string{"what", "did", speakerPhrase(x.s.SpeakerName), "say"})
	}
	if len(topic) > 1 && !capitalised(topic[1]) && commonWord(topic[0], x.doc.Body) {
		topic[0] = strings.ToLower(topic[0])
	}
	return finish([]string{"what", "was", "said", "about", lowerFirst(topic)})
}

// namesThing says whether a topic names something: its first word is no
// pronoun, question word or "to", and one of its words is a noun or a
// name.
func namesThing(topic []string) bool {
	first := strings.ToLower(topic[0])
	if cueSets["pronoun"][first] || cueSets["wh"][first] || first == "to" {
		return false
	}
	for _, w := range topic {
		if capitalised(w) || lexicon.Is(strings.ToLower(w), lexicon.Noun) && !stopwords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// topicEnds says whether a word after prev, a name or not, ends a topic: an auxiliary, a
// word that opens a clause, a figure, a personal pronoun, or a verb form
// not right after a determiner ("the other model costs", not "the
// causes").
func topicEnds(w, prev string, name bool) bool {
	if _, aux := auxiliaryOf(w); aux {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if cueSets["clause"][w] || cueSets["subordinator"][w] || cueSets["personal"][w] || unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) {
		return true
	}
	// A verb form after a noun is its verb ("the other model costs"),
	// not one after a determiner or an adjective ("the causes", "civil
	// rights").
	if cueSets["determiner"][prev] || strings.ContainsAny(w, "-'’") || !name && !lexicon.Is(prev, lexicon.Noun) {
		return false
	}
	return verbForm(w)
}

// verbForm says whether w is an auxiliary or an inflected form of a verb
// ("costs", "moored").
func verbForm(w string) bool {
	if _, aux := auxiliaryOf(w); aux {
		return true
	}
	for _, b := range lexicon.LemmasAs(w, lexicon.Verb) {
		if b != w {
			return true
		}
	}
	return false
}

// auxiliaryAfter says whether an auxiliary follows the k-th word: a
// "had" right before one is in a clause inside the subject ("the only
// thing she ever had was"), not its verb.
func auxiliaryAfter(words []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	_, ok := auxiliaryOf(strings.ToLower(words[k+1]))
	return ok
}

// alsoBase puts a verb joined by "and" or "or" to one that "do" asks of
// in its base form too ("crossed the border and dropped bombs" asks "Did
// they cross the border and drop bombs?").
func alsoBase(do string, rest []string) []string {
	out := append([]string(nil), rest...)
	for k := 1; k < len(out); k++ {
		if prev := strings.ToLower(out[k-1]); prev != "and" && prev != "or" {
			continue
		}
		if k >= 2 && participle(out[k-2:k-1]) {
			continue // "equipped and experienced" are adjectives
		}
		w := strings.ToLower(out[k])
		// A noun in -ed is a verb's past ("dropped"), one in another form
		// stays ("bread and ground coffee").
		if base, d, ok := verbBase(w); ok && d == do && (!lexicon.Is(w, lexicon.Noun) || strings.HasSuffix(w, "ed")) {
			out[k] = base
		}
	}
	return out
}

// nounBeforeAuxiliary says whether the k-th word is also a noun and an
// auxiliary follows it: the end of a subject ("a gas stove had"), not its
// verb.
func nounBeforeAuxiliary(words []string, k int) bool {
	if k+1 >= len(words) || !lexicon.Is(strings.ToLower(words[k]), lexicon.Noun) {
		return false
	}
	_, ok := auxiliaryOf(strings.ToLower(words[k+1]))
	return ok
}

// plainVerb says whether a word is a verb only in its plain form
// ("respect", "hit"), not also the past of another ("found").
func plainVerb(w string) bool {
	if cueSets["auxiliary"][w] || stopwords[w] {
		return false
	}
	ls := lexicon.LemmasAs(w, lexicon.Verb)
	for _, l := range ls {
		if l != w {
			return false
		}
	}
	return len(ls) > 0
}

// plainDo returns the form of "do" that asks of a verb in its plain form
// after a pronoun: the present for "I", "we", "you", "they"; the past for
// "he", "she", "it", whose present would end in -s ("it hit at noon").
func plainDo(pronoun string) string {
	switch strings.ToLower(pronoun) {
	case "he", "she", "it":
		return "did"
	}
	return "do"
}

// askedSubject joins the words before a question's verb as its subject. A
// word or two before "there" or a personal pronoun, with no article,
// open the clause rather than name its subject ("Right now there is"
// asks "Is there").
func askedSubject(words []string) string {
	for p := 1; p < len(words) && p <= openingWords; p++ {
		w := strings.ToLower(words[p])
		if cueSets["determiner"][strings.ToLower(words[p-1])] {
			break
		}
		if w == "there" || cueSets["personal"][w] {
			words = words[p:]
			break
		}
	}
	if len(words) > 1 && strings.EqualFold(words[0], "no") {
		// "no attempts were made" asks "Were any attempts made".
		words = append([]string{"any"}, words[1:]...)
	}
	return lowerFirst(words)
}

// openingWords bounds the words that open a clause before its subject.
const openingWords = 2

// subjectMax bounds the words of a subject before its verb.
const subjectMax = 10

// firstClause returns the words of the statement's first clause that says
// something: up to a comma, semicolon or dash after at least four words.
// A contraction is written out ("It's" → "It is"), and what only links
// the clause to the one before ("But", "Moreover,", "Obviously,") is
// left out.
func firstClause(content string) []string {
	var out []string
	for _, w := range strings.Fields(firstSentence(content)) {
		lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if bare := strings.TrimRight(lw, ","); len(out) == 0 && (cueSets["clause"][bare] || cueSets["discourse"][bare] || adverb(bare)) {
			continue
		}
		if head, tail, ok := strings.Cut(lw, "'"); ok && cueSets["pronoun"][head] && verbOf[tail] != "" {
			out = append(out, w[:len(head)], verbOf[tail])
			continue
		}
		if verb := strings.TrimRight(lw, ","); pronounOpens(out) && (hasCue(verb, "opinion") || cueSets["certain"][verb]) {
			out = out[:0] // "I think the administration is …", "I already know it is …" ask about the administration, it
			continue
		}
		if n := len(out); n > 1 && out[n-1] == "is" && participle([]string{w}) {
			out[n-1] = "has" // "he's got"
		}
		out = append(out, w)
		if len(out) >= 4 && clauseEnd(w) || w == "—" || w == "--" {
			break
		}
	}
	return withoutReport(beforeNextClause(out))
}

// pronounOpens says whether words are a pronoun and the adverbs after
// it ("I", "we already").
func pronounOpens(words []string) bool {
	if len(words) == 0 || !cueSets["pronoun"][strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words[1:] {
		if l := strings.ToLower(w); !cueSets["adverb"][l] && !lyAdverb(l) {
			return false
		}
	}
	return true
}

// lyAdverb says whether w is an adverb in -ly, one the lexicon holds as
// no noun or verb ("fully" is an adjective to it too).
func lyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 4 && !lexicon.Is(w, lexicon.Noun) && !lexicon.Is(w, lexicon.Verb)
}

// clauseEnd says whether a word ends in a comma, semicolon or colon,
// inside a closing quote or not ("agnostic,”"); one inside it ("10:30",
// "1,000") ends nothing.
func clauseEnd(w string) bool {
	w = strings.TrimRight(w, "\"'”’")
	return strings.TrimRight(w, ",;:") != w
}

// firstSentence cuts content after its first sentence of three words or
// more: a label asks one thing. A stop after a capitalised word that the
// lexicon does not know ("Gen.", "Inc.") or after one of two letters
// ("Mr.") ends an abbreviation, not a sentence; so does a single letter
// (see sentenceEnd).
func firstSentence(content string) string {
	for i := 0; i+1 < len(content); i++ {
		if !sentenceEnd(content, i) || len(strings.Fields(content[:i])) < 3 {
			continue
		}
		if content[i] == '\n' || !abbreviation(content[:i]) && !continues(content[i+1:]) {
			return content[:i+1]
		}
	}
	return content
}

// continues says whether text after a stop goes on with its sentence: it
// opens in lower case or on a figure ("by Dec. 31").
func continues(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, " \"'”’"))
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// abbreviation says whether text ends in an abbreviated word, one that
// a stop after it shortens: one that sentences are not cut after ("U.S",
// "Mr", an initial), or a capitalised one of two letters or unknown to
// the lexicon ("Gen", "Inc").
func abbreviation(s string) bool {
	f := strings.Fields(s)
	w := strings.Trim(f[len(f)-1], "\"'“”‘’(")
	l := strings.ToLower(w)
	return text.EndsAbbreviation(w) || w != l && (len(w) <= 2 || !known(l))
}

// known says whether the lexicon holds a word as a noun, verb or
// adjective.
func known(w string) bool {
	return lexicon.Is(w, lexicon.Noun) || lexicon.Is(w, lexicon.Verb) || lexicon.Is(w, lexicon.Adjective)
}

// commonWord says whether a capitalised word that opens a sentence is a
// common word rather than a name ("Residents of the valley", "Several
// minutes"): the lexicon knows it in lower case, and the document never
// writes it capitalised inside a sentence, as it does a name ("Apple").
func commonWord(w, body string) bool {
	l := strings.ToLower(w)
	if w == l || w == "I" || !known(l) && !adverb(l) {
		return false
	}
	for i := strings.Index(body, w); i >= 0; {
		end := i + len(w)
		r, _ := utf8.DecodeRuneInString(body[end:])
		if !unicode.IsLetter(r) && insideSentence(body[:i]) {
			return false
		}
		next := strings.Index(body[end:], w)
		if next < 0 {
			break
		}
		i = end + next
	}
	return true
}

// capitalised says whether a word opens in upper case.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// insideSentence says whether a word after text stands inside a sentence:
// a space and a letter, figure or comma come before it.
func insideSentence(text string) bool {
	if !strings.HasSuffix(text, " ") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " "))
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// withoutReport leaves out a reporting verb joined by "and" that ends a
// clause: what it reports follows in quotes ("went over to him and
// said, 'Are you okay?'" asks "Did he go over to him?").
func withoutReport(words []string) []string {
	n := len(words)
	if n < 4 || !strings.EqualFold(words[n-2], "and") || !cueSets["report"][strings.ToLower(strings.TrimRight(words[n-1], ",;:"))] {
		return words
	}
	return words[:n-2]
}

// beforeNextClause cuts a clause before a contrast ("he wore crampons but
// was inexperienced") or before "and" with a subject of its own ("a stove
// had been left on and a heater was running"), after its first words.
//
// Both parts must hold a verb: "angry but collegial" and "Abbas and the
// US have backed" are one clause.
func beforeNextClause(words []string) []string {
	for k := 3; k < len(words); k++ {
		if !hasVerb(words[:k]) {
			continue
		}
		w := strings.ToLower(words[k])
		if cueSets["contrast"][w] && hasVerb(words[k+1:min(len(words), k+1+subjectGap+1)]) {
			return words[:k]
		}
		if w != "and" || k+2 >= len(words) {
			continue
		}
		if next := strings.ToLower(words[k+1]); !cueSets["determiner"][next] && !cueSets["personal"][next] {
			continue
		}
		for _, v := range words[k+2 : min(len(words), k+2+subjectGap)] {
			if _, ok := auxiliaryOf(strings.ToLower(v)); ok {
				return words[:k]
			}
		}
	}
	return words
}

// subjectGap bounds the words of the subject of a clause after "and".
const subjectGap = 3

// hasVerb says whether some word is an auxiliary or a verb in the past or
// in the third person.
func hasVerb(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",;:"))
		if _, ok := auxiliaryOf(w); ok {
			return true
		}
		if _, _, ok := verbBase(w); ok {
			return true
		}
	}
	return false
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
	if _, do, ok := verbBase(w); ok && do == "did" {
		return true // "had struck"
	}
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
	base, do, ok = anyVerbBase(w)
	if ok && do == "does" && lexicon.Is(w, lexicon.Noun) {
		return "", "", false
	}
	return base, do, ok
}

// anyVerbBase returns the base form of a verb in the past or the third
// person and the form of "do" that asks in its tense, a noun in -s too
// ("fears", "doubles"), for where only a verb can stand.
func anyVerbBase(w string) (base, do string, ok bool) {
	if cueSets["auxiliary"][w] || stopwords[w] || strings.ContainsAny(w, "-'’") || strings.HasSuffix(w, "ing") {
		return "", "", false
	}
	for _, l := range lexicon.LemmasAs(w, lexicon.Verb) {
		if l == w || strings.Contains(l, "_") {
			continue
		}
		if strings.HasSuffix(w, "s") {
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
	s = balanced(strings.TrimRight(s, " ,;:.!?-—\"“”'‘’"))
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return "(no words)?"
	}
	return string(unicode.ToUpper(r)) + s[n:] + "?"
}

// balanced leaves out the double quotes of a label that do not pair up:
// a label cut from a quote opens one it does not close.
func balanced(s string) string {
	if strings.Count(s, "\"")%2 == 1 {
		s = strings.ReplaceAll(s, "\"", "")
	}
	if strings.Count(s, "“") != strings.Count(s, "”") {
		s = strings.NewReplacer("“", "", "”", "").Replace(s)
	}
	return s
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
	// The figures are all that askedAmounts reads of a claim.
	claims := make([]claim, len(contents))
	for k, c := range contents {
		claims[k].readFigures(c)
	}
	for k, as := range askedAmounts(claims) {
		if len(as) > 0 {
			out[k] = as[0].q.Text
		}
	}
	return out
}
