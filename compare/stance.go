package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
)

// stance returns the position a statement takes towards its question,
// whose proposition is that of the predicate group of the statement's main
// predicate: neutral when the cue withholds a position or the content is
// hedged by a modal; denies when the statement asserts the converse of the
// group's proposition ("no soldier remains", "the withdrawal is complete"
// against "forces are present"; "the withdrawal has not begun" affirms
// it), or, without a predicate, when the content is negated an odd number
// of times; a cue that denies its content ("denied that") turns the
// position over.
func stance(s parallax.Statement, f *frame) string {
	cue := strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	if hasCue(cue, "neutral") || hedges(f.words) {
		return parallax.Neutral
	}
	var denies bool
	if f.hasPred {
		if f.pred.hedged {
			return parallax.Neutral
		}
		denies = f.pred.polarity < 0
	} else {
		denies = negations(f.words)%2 == 1
		if guesses(f.words, denies) {
			return parallax.Neutral
		}
	}
	if denies != denialOfContent(cue) {
		return parallax.Denies
	}
	return parallax.Affirms
}

// hedges says whether the words state a condition ("would not have …
// if"), what is not known ("he did not know why") or a guess ("may not
// have been", "are believed to"): a negation there denies nothing.
func hedges(words []string) bool {
	text := strings.Join(words, " ")
	return countCue(unconcluded(words), "condition") > 0 || unknowing(words) || hasCue(text, "hedge")
}

// unknowing says whether the words say that something is not known
// ("it is unclear how many died", "we don't know whether"): not that
// someone knew nothing of a thing ("the president did not know about
// the raid"), which is a claim of its own.
func unknowing(words []string) bool {
	for _, phrase := range cuePhrases["unknowing"] {
		for i := 0; i+len(phrase) <= len(words); i++ {
			if !matches(phrase, words[i:]) {
				continue
			}
			next := i + len(phrase)
			if phrase[len(phrase)-1] != "know" || next == len(words) || !cueSets["known-of"][words[next]] {
				return true
			}
		}
	}
	return false
}

// unconcluded returns the words less those of the phrases that state a
// conclusion ("appears as if"), whose "if" is no condition.
func unconcluded(words []string) []string {
	for _, phrase := range cuePhrases["conclusion"] {
		for i := 0; i+len(phrase) <= len(words); i++ {
			if matches(phrase, words[i:]) {
				words = slices.Concat(words[:i], words[i+len(phrase):])
			}
		}
	}
	return words
}

// wishes says whether the words state a wish, an intention or an
// obligation ("we should be looking at ways", "I didn't want to focus on
// the record"), which no claim of fact contradicts.
func wishes(words []string) bool {
	text := strings.Join(words, " ")
	return hasCue(text, "deontic") && !hasCue(text, "intent-denied")
}

// negations counts the negating words, less those that only emphasise:
// "there is no doubt that", "we do not hide that" assert what follows.
func negations(words []string) int {
	n := countCue(words, "negation")
	for _, phrase := range cuePhrases["emphatic"] {
		for i := 0; i+len(phrase) <= len(words); i++ {
			if matches(phrase, words[i:]) {
				n--
			}
		}
	}
	return n
}

// guesses says whether words, negated or not, hedge by a modal: "could"
// or "if" unless negated ("could not have fired" denies), "may" or "might"
// either way ("may not have been").
func guesses(words []string, negated bool) bool {
	return !negated && hasModal(words, "modal") || hasModal(words, "epistemic")
}

// hasModal says whether the words hedge by a modal of the class ("may",
// "could", "if" and the like), but not the noun "possibility", which
// names rather than hedges, nor the month ("on May 29", "in May").
func hasModal(words []string, class string) bool {
	words = unconcluded(words)
	for i, w := range words {
		if w != "possibility" && cueSets[class][w] && !month(words, i) {
			return true
		}
	}
	return false
}

// month says whether the i-th word, one of the calendar's, names a month
// rather than a modal verb: a day follows it, or a preposition comes
// before it.
func month(words []string, i int) bool {
	if !cueSets["calendar"][words[i]] {
		return false
	}
	next := i+1 < len(words) && words[i+1] != "" && words[i+1][0] >= '0' && words[i+1][0] <= '9'
	return next || i > 0 && (cueSets["preposition"][words[i-1]] || cueSets["when"][words[i-1]])
}

// kind of speech act, from the statement's kind, its cue or the content's
// first words ("called for an immediate ceasefire"): an opinion, a belief
// or a call is not a claim of fact, and cannot contradict one. A belief
// held with certainty ("is convinced", "firmly believes") is stated as
// fact, and counts as one.
func isOpinionOrCall(s parallax.Statement) bool {
	cue := strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	content := strings.Join(splitWords(strings.ToLower(s.Content)), " ")
	lead := firstWords(content, 2)
	if hasCue(cue, "certain") {
		return hasCue(cue, "call") || hasCue(lead, "call")
	}
	return s.Kind == parallax.Belief || hasCue(cue, "opinion") || hasCue(cue, "evaluation") || hasCue(cue, "call") || hasCue(lead, "opinion") || hasCue(lead, "call") ||
		statesFeeling(content)
}

// feelingReach bounds the words from the start of a content to the word
// of feeling that makes it a statement of feeling: a subject, a verb and
// an adverb ("the refugees are, however, deeply upset").
const feelingReach = 8

// statesFeeling says whether a content, lower-cased, opens by saying how
// its subject feels ("the families are furious with the council over
// the closure"), before any clause of its own: what it is about is not
// what it claims.
func statesFeeling(content string) bool {
	for _, w := range strings.Fields(firstWords(content, feelingReach)) {
		if cueSets["feeling"][w] {
			return true
		}
		if cueSets["clause"][w] {
			return false
		}
	}
	return false
}

// relayGap bounds the words between a contrast and the report it
// introduces ("but an activist who spoke to aid workers later said").
const relayGap = 16

// relays says whether a content relays what others say, or that they
// say nothing, rather than claiming: it opens on an attribution ("citing
// aid workers at the camp"), reports a silence ("there was no immediate
// comment from the ministry"), or after a contrast reports another
// source ("deaths, but an activist later said there were no casualties").
// An extract that holds both sides of a dispute takes neither.
func relays(content string) bool {
	words := splitWords(strings.ToLower(content))
	if len(words) > 0 && cueSets["attribution"][words[0]] || hasCue(strings.Join(words, " "), "silence") {
		return true
	}
	for k, w := range words {
		if !cueSets["contrast"][w] {
			continue
		}
		for _, v := range words[k+1 : min(len(words), k+1+relayGap)] {
			if cueSets["report"][v] {
				return true
			}
		}
	}
	return false
}

// firstWords returns the first n words of a space-separated text.
func firstWords(text string, n int) string {
	f := strings.Fields(text)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// denialOfContent says whether the cue denies its content ("denied",
// "rejected that"): a refutation verb with nothing after it but "that".
// When the verb has its own object ("refuted his statements"), the content
// is what the speaker asserted instead, and keeps its own polarity.
func denialOfContent(cue string) bool {
	if !hasCue(cue, "refutation") {
		return false
	}
	words := strings.Fields(cue)
	clause := false
	for len(words) > 0 && words[len(words)-1] == "that" {
		words, clause = words[:len(words)-1], true
	}
	// What the clause after "that" says is what the kind of claim named
	// before it says: "rejected claims that", "dismissed the reports that".
	for clause && len(words) > 0 && (rejectedWhat[stem(fold(words[len(words)-1]))] || stopwords[words[len(words)-1]]) {
		words = words[:len(words)-1]
	}
	// A phrase ends it: "ruled out", whose "out" is no object.
	said := " " + strings.Join(words, " ")
	for _, p := range cueWords("refutation") {
		if strings.Contains(p, " ") && strings.HasSuffix(said, " "+p) {
			return true
		}
	}
	for len(words) > 0 && stopwords[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return len(words) > 0 && countCue(words[len(words)-1:], "refutation") == 1
}
