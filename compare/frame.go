package compare

import (
	"cmp"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
)

// frame is a statement normalised for comparison: who it is about (the
// countries it names, first one first, and the agent its predicate is
// said of), what happens (its main predicate and concept classes) and the
// other content words, each as a feature.
type frame struct {
	who      []string          // countries in order of first mention
	whoName  []string          // the word that first named each of them
	whoAdj   map[string]string // the first adjective naming a country ("Kardonian")
	names    []string          // other proper names ("Lennar Pass"), for labels
	features map[string]bool   // "p:" predicate group, "c:" concepts, "a:" countries, "w:" other words
	words    []string          // the content's lower-cased words, in order
	text     string            // those words joined by single spaces
	pred     predicate         // the main predicate, when hasPred
	hasPred  bool
	agent    string // the country the predicate is said of, or ""
	// spoken is the speaking country when a pronoun stands for it as the
	// predicate's agent ("it had withdrawn"), or "".
	spoken string
}

// newFrame builds the frame of a statement's content.
func newFrame(s parallax.Statement) frame {
	f := frame{features: map[string]bool{}, whoAdj: map[string]string{}}
	raws := joinPhrases(splitWords(s.Content))
	for i, raw := range raws {
		w := strings.ToLower(raw)
		if raw == "US" || raw == "USA" {
			w = "usa"
		}
		f.words = append(f.words, w)
		t := fold(w)
		countries := countriesIn(raw, t)
		switch {
		case concepts["~"+t] != "" && headsPhrase(raws, i):
			f.features["c:"+concepts["~"+t]] = true
		case len(countries) > 0:
			for _, a := range countries {
				if !f.features["a:"+a] {
					f.who = append(f.who, a)
					f.whoName = append(f.whoName, unpossessive(raw))
				}
				f.features["a:"+a] = true
			}
			for _, a := range countries {
				if adj := adjectiveOf(raw, a, countries); adj != "" && f.whoAdj[a] == "" {
					f.whoAdj[a] = adj
				}
			}
		case concepts[t] != "":
			f.features["c:"+concepts[t]] = true
		case stopwords[w] || len([]rune(w)) < 3 || countCue([]string{w}, "negation") > 0 || isPredicateWord(w) || isWhen(t):
		default:
			f.features["w:"+t] = true
		}
	}
	f.text = strings.Join(f.words, " ")
	f.names = properNames(raws)
	f.pred, f.hasPred = mainPredicate(s.Content, f.features)
	if f.hasPred {
		f.features["p:"+f.pred.group] = true
		f.agent = agent(f.pred)
		if f.agent == "" && speakerPronoun(f.pred) {
			f.spoken = firstCountry(splitWords(s.SpeakerName))
		}
	} else {
		f.agent = subject(raws)
	}
	return f
}

// isWhen says whether a folded word only dates what a statement says.
func isWhen(t string) bool {
	return cueSets["calendar"][t] || cueSets["when"][t]
}

// countriesIn returns the countries a word stands for, t being its folded
// form: those of the gazetteer (see actors), else the one its name's shape gives.
func countriesIn(raw, t string) []string {
	if a := cmp.Or(exactActors[unpossessive(raw)], actors[strings.ToLower(raw)]); a != "" {
		return []string{a}
	}
	if a := actorsIn(t); len(a) > 0 {
		return a
	}
	if d := demonym(raw); d != "" {
		return []string{d}
	}
	return nil
}

// adjectiveOf returns the adjective a word naming countries gives for one
// of them, or "": "Turkish" (the gazetteer's adjective for Turkey),
// "Kardonian" (a demonym), "Russian-Turkish" whole for either country, the
// "Russian" of "Russian-led".
func adjectiveOf(raw, country string, countries []string) string {
	parts := strings.Split(raw, "-")
	if len(parts) > 1 && len(parts) == len(countries) {
		return raw
	}
	for _, part := range parts {
		l := strings.ToLower(part)
		if a := actors[fold(l)]; a == country && actorAdjectives[a] == l {
			return part
		}
		if demonym(part) == country && strings.HasSuffix(l, "ian") {
			return part
		}
	}
	return ""
}

// properNames returns the runs of capitalised words after the first word
// that do not name a country or a month or day: places, organisations,
// people.
func properNames(raws []string) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i, raw := range raws {
		t := fold(strings.ToLower(raw))
		if i == 0 || !unicode.IsUpper([]rune(raw)[0]) || stopwords[strings.ToLower(raw)] || cueSets["calendar"][strings.ToLower(raw)] || len(countriesIn(raw, t)) > 0 {
			flush()
			continue
		}
		run = append(run, raw)
	}
	flush()
	return out
}

// demonym recognises a place or people the lexicon does not list by the
// shape of its name: a capitalised word ending in -ia or -ian ("Kardonia",
// "Kardonian's") stands for the country of its stem. Short words are left
// out, since given names end the same way.
func demonym(raw string) string {
	w := unpossessive(raw)
	if len(w) < 6 || !unicode.IsUpper([]rune(w)[0]) || strings.ContainsRune(w, '-') {
		return ""
	}
	l := strings.ToLower(w)
	for _, suffix := range []string{"ians", "ian", "ia"} {
		if strings.HasSuffix(l, suffix) {
			return strings.TrimSuffix(l, suffix)
		}
	}
	return ""
}

// joinPhrases joins two words that the country or concept lexicon lists
// as one name ("United States", "blue helmets"), so that they count once,
// as what they name together.
func joinPhrases(raws []string) []string {
	out := raws[:0:0]
	for i := 0; i < len(raws); i++ {
		if i+1 < len(raws) {
			pair := strings.ToLower(raws[i] + " " + unpossessive(raws[i+1]))
			if actors[pair] != "" || concepts[pair] != "" || concepts[fold(pair)] != "" {
				out = append(out, raws[i]+" "+raws[i+1])
				i++
				continue
			}
		}
		out = append(out, raws[i])
	}
	return out
}

// unpossessive drops the possessive ending of a word: "Sudan's" is "Sudan".
func unpossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// splitWords splits text into words of letters, digits, hyphens and
// apostrophes.
func splitWords(text string) []string {
	text = strings.ReplaceAll(text, "’", "'")
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
	// An apostrophe that opens or closes a word is a quotation mark
	// ("'certain'", "'didn't"), not part of it.
	out := words[:0]
	for _, w := range words {
		if w = strings.Trim(w, "'"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// fold makes a lower-cased word comparable: possessives dropped, regular
// plurals made singular.
func fold(w string) string {
	w = unpossessive(w)
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// headsPhrase says whether word i ends its noun phrase: the next word is
// missing, a function word or a word of the same concept ("peacekeeping
// units").
func headsPhrase(words []string, i int) bool {
	if i+1 >= len(words) {
		return true
	}
	next := fold(strings.ToLower(words[i+1]))
	c := concepts["~"+fold(strings.ToLower(words[i]))]
	return stopwords[next] || concepts[next] == c
}

// actorsIn returns the countries a word stands for: one for "Turkish", two
// for a compound such as "Russian-Turkish".
func actorsIn(w string) []string {
	if a := actors[w]; a != "" {
		return []string{a}
	}
	var out []string
	for _, part := range strings.Split(w, "-") {
		if a := actors[fold(part)]; a != "" {
			out = append(out, a)
		}
	}
	return out
}

// agent returns the country that does or undergoes what the statement's
// main predicate says, or "". For a verb it is the first country named
// before it in its clause ("Kardonian artillery shelled"); for a noun, one
// among the content words just before it ("Turkey's participation", "the
// Kardonian withdrawal"), not the subject of another verb ("the Russians
// have invited the co-chairs to Moscow for more clarity"). Failing that, a
// country named just after the predicate when it is passive or a noun
// ("shelled by Kardonian guns", "the withdrawal of Kardonian forces") or
// says that something is there ("there will be no Turkish units"). A
// country named after an active verb is what it acts on, not the agent.
func agent(p predicate) string {
	if a := firstCountry(agentWords(p)); a != "" {
		return a
	}
	raws := p.raws
	if p.end == len(raws) {
		return ""
	}
	next := strings.ToLower(raws[p.end])
	if next == "by" || next == "of" || strings.ToLower(raws[p.at]) == "there" {
		return firstCountry(raws[p.end:min(len(raws), p.end+1+agentWindow)])
	}
	return ""
}

// agentWords returns the words before a predicate where its agent may
// stand: the clause before a verb, the few content words before a noun,
// up to a function word or a verb that takes the noun as its object
// ("France needs clarification", "Turkey demanded the withdrawal").
func agentWords(p predicate) []string {
	from := 0
	if p.noun {
		from = p.at
		for from > 0 && p.at-from < agentWindow {
			w := strings.ToLower(p.raws[from-1])
			if stopwords[w] || cueSets["want"][w] || cueSets["call"][w] {
				break
			}
			from--
		}
	}
	return p.raws[from:p.at]
}

// speakerPronoun says whether the predicate is said of "it", "we" or
// "they", or of what is "its", "our" or "their": in a reported statement
// they stand for the speaker ("Oskaria said it had withdrawn its units"),
// so a speaking country is the agent.
func speakerPronoun(p predicate) bool {
	for _, raw := range agentWords(p) {
		switch strings.ToLower(raw) {
		case "it", "its", "we", "our", "they", "their":
			return true
		}
	}
	return false
}

// subject returns the country a statement without a predicate is about
// when it opens the statement ("Kardonian delegations will meet", "the
// Turks will be able to monitor"), or "".
func subject(raws []string) string {
	for _, raw := range raws {
		if !stopwords[strings.ToLower(raw)] {
			return firstCountry([]string{raw})
		}
	}
	return ""
}

// agentWindow is how many words before a noun predicate, or after "by",
// "of" or "there is", the country it is said of may stand.
const agentWindow = 3

// firstCountry returns the first country the words name, or "".
func firstCountry(raws []string) string {
	for _, raw := range joinPhrases(raws) {
		if a := countriesIn(raw, fold(strings.ToLower(raw))); len(a) > 0 {
			return a[0]
		}
	}
	return ""
}
