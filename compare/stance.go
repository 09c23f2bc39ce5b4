package compare

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// stance returns the position a statement takes towards its question:
// neutral when the cue withholds a position or the content is hedged by a
// modal; denies when the content is negated an odd number of times or the
// cue is a denial of an un-negated content; affirms otherwise.
func stance(s parallax.Statement, f frame) string {
	cue := strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	if hasCue(cue, "neutral") {
		return parallax.Neutral
	}
	negated := countCue(f.words, "negation")%2 == 1
	if !negated && hasModal(f.words) {
		return parallax.Neutral
	}
	if negated != denialOfContent(cue) {
		return parallax.Denies
	}
	return parallax.Affirms
}

// hasModal says whether the words hedge: "may", "could", "if" and the
// like, but not the noun "possibility", which names rather than hedges.
func hasModal(words []string) bool {
	for _, w := range words {
		if w != "possibility" && countCue([]string{w}, "modal") > 0 {
			return true
		}
	}
	return false
}

// kind of speech act, from the cue: an opinion or a call is not a claim of
// fact, and cannot contradict one.
func isOpinionOrCall(s parallax.Statement) bool {
	cue := strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	content := strings.Join(splitWords(strings.ToLower(s.Content)), " ")
	return hasCue(cue, "opinion") || hasCue(cue, "call") || hasCue(firstWords(content, 2), "opinion")
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
	for len(words) > 0 && (words[len(words)-1] == "that" || stopwords[words[len(words)-1]]) {
		words = words[:len(words)-1]
	}
	return len(words) > 0 && countCue(words[len(words)-1:], "refutation") == 1
}
