package compare

import (
	"strings"
)

// class is one predicate class of data/predicates.txt: a way of saying
// that the proposition of its group holds (sign +1) or that its converse
// holds (sign -1).
type class struct {
	group, name string
	sign        int
}

// predicateEntry is one word or phrase of a class.
type predicateEntry struct {
	class
	words       []string // the phrase, word by word
	needPlace   bool     // counts only before a place preposition or at clause end
	notBeforeTo bool     // does not count before "to" ("appeared to be")
	noun        bool     // names the event ("withdrawal"), see agent
}

// predicateLexicon holds data/predicates.txt: entries by their first word,
// the concepts a group needs the statement to name, and the first class
// of each group that asserts its proposition.
type predicateLexicon struct {
	byFirst map[string][]predicateEntry
	needs   map[string][]string
	first   map[string]string
}

var predicates = readPredicates("data/predicates.txt")

// readPredicates reads the embedded predicate lexicon; a malformed line is
// a programming error and panics at start-up, where tests catch it.
func readPredicates(name string) predicateLexicon {
	b, err := data.ReadFile(name)
	if err != nil {
		panic("compare: embedded lexicon missing: " + name)
	}
	lex := predicateLexicon{byFirst: map[string][]predicateEntry{}, needs: map[string][]string{}, first: map[string]string{}}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		head, words, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		h := strings.Fields(head)
		if len(h) == 2 && h[0] == "needs" {
			lex.needs[h[1]] = strings.Fields(words)
			continue
		}
		if len(h) != 3 {
			panic("compare: bad line in " + name + ": " + line)
		}
		c := class{group: h[0], name: h[1], sign: 1}
		if h[2] == "-" {
			c.sign = -1
		} else if lex.first[c.group] == "" {
			lex.first[c.group] = c.name
		}
		for _, w := range strings.Fields(words) {
			e := predicateEntry{class: c}
			if strings.HasSuffix(w, "~") {
				e.noun, w = true, strings.TrimSuffix(w, "~")
			}
			if strings.HasSuffix(w, "@") {
				e.needPlace, w = true, strings.TrimSuffix(w, "@")
			}
			if strings.HasSuffix(w, "*") {
				e.notBeforeTo, w = true, strings.TrimSuffix(w, "*")
			}
			e.words = strings.Split(w, "_")
			lex.byFirst[e.words[0]] = append(lex.byFirst[e.words[0]], e)
		}
	}
	return lex
}

// predicate is the main predicate of a statement: its class and whether
// the statement asserts the group's proposition (polarity +1) or its
// converse (-1), once negation and disputed labels are counted.
type predicate struct {
	class
	polarity int
	hedged   bool     // a modal in its clause, not negated
	raws     []string // the words of its clause, as written
	at, end  int      // its words' span in raws
	noun     bool     // a noun naming the event ("withdrawal")
}

// mainPredicate finds the first predicate of the statement's own
// assertion: clauses after an embedded report ("three days after Kardonia
// said it had withdrawn") are someone else's claim and are skipped, and so
// are clauses that only frame it ("while the shelling goes on"). It
// returns false when no clause has a predicate, or when the predicate's
// group needs a concept the statement does not name.
func mainPredicate(content string, concepts map[string]bool) (predicate, bool) {
	for k, clause := range clauses(content) {
		raws := splitWords(clause)
		words := make([]string, len(raws))
		for i, r := range raws {
			words[i] = strings.ToLower(r)
		}
		if k > 0 && len(words) > 0 && subordinate[words[0]] {
			continue
		}
		for i := range words {
			if (k > 0 || i > 0) && reports(words, i) {
				return predicate{}, false
			}
			e, ok := predicateAt(words, i)
			if !ok || !hasNeeded(e.group, concepts) {
				continue
			}
			p := predicate{class: e.class, polarity: e.sign, raws: raws, at: i, end: i + len(e.words), noun: e.noun}
			negated := negations(words)%2 == 1
			if negated {
				p.polarity = -p.polarity
			}
			if disputed(words[:i]) {
				p.polarity = -p.polarity
			}
			p.hedged = guesses(words, negated)
			return p, true
		}
	}
	return predicate{}, false
}

// subordinate holds the conjunctions that open a clause which only frames
// the statement's own ("there will be no talks while the shelling goes
// on"): its predicate is not the statement's.
var subordinate = toSet("while since because whereas")

// reports says whether word i starts a reporting verb ("said",
// "according to").
func reports(words []string, i int) bool {
	if i+1 < len(words) && words[i] == "according" && words[i+1] == "to" {
		return true
	}
	return countCue(words[i:i+1], "report") > 0
}

// isPredicateWord says whether w can start a predicate: such words stand
// for what happens through the "p:" feature, not as words of their own.
func isPredicateWord(w string) bool {
	return len(predicates.byFirst[w]) > 0 || len(predicates.byFirst[fold(w)]) > 0
}

// predicateAt returns the entry of the longest phrase starting at word i.
func predicateAt(words []string, i int) (predicateEntry, bool) {
	best, found := predicateEntry{}, false
	for _, form := range []string{words[i], fold(words[i])} {
		for _, e := range predicates.byFirst[form] {
			if len(e.words) > len(words)-i || found && len(e.words) <= len(best.words) {
				continue
			}
			if !matches(e.words[1:], words[i+1:]) {
				continue
			}
			end := i + len(e.words)
			if e.needPlace && !beforePlace(words[end:]) ||
				e.notBeforeTo && end < len(words) && words[end] == "to" {
				continue
			}
			best, found = e, true
		}
	}
	return best, found
}

// beforePlace says whether the words after a predicate begin with a place
// preposition, or end, once adverbs are passed over.
func beforePlace(after []string) bool {
	for _, w := range after {
		if countCue([]string{w}, "adverb") == 0 {
			return countCue([]string{w}, "place") > 0
		}
	}
	return true
}

func matches(phrase, words []string) bool {
	for k, w := range phrase {
		if words[k] != w {
			return false
		}
	}
	return true
}

// hasNeeded says whether the statement names a concept, or a word, the
// group needs.
func hasNeeded(group string, features map[string]bool) bool {
	need := predicates.needs[group]
	for _, c := range need {
		if features["c:"+c] || features["w:"+c] {
			return true
		}
	}
	return len(need) == 0
}

// disputed says whether the words just before a predicate reject its
// label: "called it a withdrawal", "the so-called withdrawal".
func disputed(before []string) bool {
	from := max(0, len(before)-4)
	return hasCue(strings.Join(before[from:], " "), "disputed")
}

// clauses cuts content at punctuation and at the conjunctions that join
// clauses, so a negation counts only in its own clause ("the column left
// at dawn, and not a soldier remains").
func clauses(content string) []string {
	var out []string
	start := 0
	words := strings.Fields(content)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, "\"“”'‘’"))
		if i > start && (lw == "and" || lw == "but" || lw == "while" || lw == "since" || lw == "because" || lw == "whereas") {
			out = append(out, strings.Join(words[start:i], " "))
			start = i
		}
		if strings.ContainsAny(w, ",;:") {
			out = append(out, strings.Join(words[start:i+1], " "))
			start = i + 1
		}
	}
	if start < len(words) {
		out = append(out, strings.Join(words[start:], " "))
	}
	return out
}
