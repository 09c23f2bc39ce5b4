package compare

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// stance returns the position a statement takes towards its question,
// whose proposition has the sign orient within the predicate group of the
// statement's main predicate: neutral when the cue withholds a position or
// the content is hedged by a modal; denies when the statement asserts the
// converse of the question's proposition ("no soldier remains" against
// "forces remain"; "the withdrawal has not begun" against "forces have
// withdrawn"), or, without a predicate, when the content is negated an
// odd number of times; a cue that denies its content ("denied that")
// turns the position over.
func stance(s parallax.Statement, f *frame, orient int) string {
	cue := strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	if hasCue(cue, "neutral") {
		return parallax.Neutral
	}
	var denies bool
	if f.hasPred {
		if f.pred.hedged {
			return parallax.Neutral
		}
		denies = f.pred.polarity*orient < 0
	} else {
		denies = countCue(f.words, "negation")%2 == 1
		if !denies && hasModal(f.words) {
			return parallax.Neutral
		}
	}
	if denies != denialOfContent(cue) {
		return parallax.Denies
	}
	return parallax.Affirms
}

// orientation returns the sign of the proposition a question asks about,
// within the predicate group of its members, and the class that words it:
// the sign most of its members' predicates have, the earliest on a tie,
// so that "Will Turkish troops deploy?" is asked rather than its converse
// when most statements speak of deploying.
func orientation(frames []frame, members []int) (int, string) {
	votes, first := 0, 0
	names := map[string]int{}
	for _, m := range members {
		f := &frames[m]
		if !f.hasPred {
			continue
		}
		if first == 0 {
			first = f.pred.sign
		}
		votes += f.pred.sign
		names[f.pred.name]++
	}
	sign := first
	if votes != 0 {
		sign = 1
		if votes < 0 {
			sign = -1
		}
	}
	if sign == 0 {
		return 1, ""
	}
	best := ""
	for _, m := range members {
		f := &frames[m]
		if f.hasPred && f.pred.sign == sign && (best == "" || names[f.pred.name] > names[best]) {
			best = f.pred.name
		}
	}
	return sign, best
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
