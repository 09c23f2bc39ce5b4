package claim

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var data embed.FS

// Cue kinds, as data/cues.tsv defines them.
const (
	kindSay    = "say"
	kindClause = "clause"
	kindFigure = "figure"
	kindTo     = "to"
	kindTell   = "tell"
	kindBelief = "belief"
	kindNoun   = "noun"
	kindAccord = "accord"
	kindQuote  = "quote"
	kindCall   = "call"
	kindQuoted = "quoted"
)

// Kinds of described speaker, as data/speakers.tsv defines them.
const (
	kindPerson = "person"
	kindPeople = "people"
	kindBody   = "body"
	kindNone   = "none"
)

// lexicon holds the reporting cues, venues and the nouns of described
// speakers.
type lexicon struct {
	cues     map[string][]cueForm // first word → forms, longest first
	venues   map[string]string    // phrase → normalised venue
	maxVen   int                  // words in the longest venue phrase
	venueAt  map[string]bool      // first words of the venue phrases
	speakers map[string]string    // noun → kind, as data/speakers.tsv defines them
	docs     map[string]bool      // nouns of documents that speak for their issuer (data/documents.tsv)
	aspects  map[string]bool      // forms of the verbs of aspect (data/aspects.tsv), "went on" as two words → whether it is the base form
	evidence map[string]bool      // forms of verbs whose subject may be evidence, and nouns of evidence (data/evidential.tsv)
	// namedBefore are the nouns of organisations that "the" makes a
	// reference to the organisation the text named last (data/named_before.tsv)
	namedBefore map[string]bool
	// organs are the nouns of a state's own bodies, which speak for the
	// state a place before them names (data/organs.tsv)
	organs map[string]bool
	// refers maps the noun of a body to the other nouns that head the
	// names of the bodies "the" and that noun can stand for ("the force":
	// the police), as data/speakers.tsv gives them
	refers   map[string][]string
	reldays  map[string]relDay // phrase → how it counts from its reference
	reldayRE guarded           // any phrase of reldays, as whole words
}

type cueForm struct {
	words []string
	kind  string
}

var lex = mustLexicon()

func mustLexicon() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		panic(err) // the embedded files are part of the build
	}
	return l
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{cues: map[string][]cueForm{}, venues: map[string]string{}, venueAt: map[string]bool{}, speakers: map[string]string{}, docs: map[string]bool{}, aspects: map[string]bool{}, evidence: map[string]bool{}, namedBefore: map[string]bool{}, organs: map[string]bool{}, refers: map[string][]string{}}
	if err := l.loadVerbs(); err != nil {
		return nil, err
	}
	err := readTSV("data/aspects.tsv", func(fs []string) error {
		if len(fs) > 2 {
			return fmt.Errorf("want verb[<TAB>forms], have %q", strings.Join(fs, "\t"))
		}
		irregular, err := irregularForms(safeField(fs, 1))
		if err != nil {
			return err
		}
		for _, form := range inflect(fs[0], irregular, false) {
			l.aspects[form] = form == fs[0]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/cues.tsv", func(fs []string) error {
		if len(fs) != 2 {
			return fmt.Errorf("want form<TAB>kind, have %q", strings.Join(fs, "\t"))
		}
		l.addCue(strings.Fields(fs[0]), fs[1])
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k, fs := range l.cues {
		sortLongest(fs)
		l.cues[k] = fs
	}
	err = readTSV("data/venues.tsv", func(fs []string) error {
		if len(fs) != 2 {
			return fmt.Errorf("want phrase<TAB>venue, have %q", strings.Join(fs, "\t"))
		}
		l.venues[fs[0]] = fs[1]
		l.maxVen = max(l.maxVen, len(strings.Fields(fs[0])))
		first, _, _ := strings.Cut(fs[0], " ")
		l.venueAt[first] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/speakers.tsv", func(fs []string) error {
		if len(fs) < 2 || len(fs) > 3 || fs[1] != kindPerson && fs[1] != kindPeople && fs[1] != kindBody && fs[1] != kindNone || len(fs) == 3 && fs[1] != kindBody {
			return fmt.Errorf("want noun<TAB>person|people|body|none[<TAB>nouns of the bodies it stands for], have %q", strings.Join(fs, "\t"))
		}
		l.speakers[fs[0]] = fs[1]
		if len(fs) == 3 {
			l.refers[fs[0]] = strings.Fields(fs[2])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/named_before.tsv", func(fs []string) error {
		if len(fs) != 1 {
			return fmt.Errorf("want one noun, have %q", strings.Join(fs, "\t"))
		}
		l.namedBefore[fs[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/organs.tsv", func(fs []string) error {
		if len(fs) != 1 {
			return fmt.Errorf("want one noun, have %q", strings.Join(fs, "\t"))
		}
		l.organs[fs[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/evidential.tsv", func(fs []string) error {
		if len(fs) != 2 || fs[1] != "verb" && fs[1] != "noun" {
			return fmt.Errorf("want word<TAB>verb|noun, have %q", strings.Join(fs, "\t"))
		}
		if fs[1] == "noun" {
			l.evidence[fs[0]] = true
			return nil
		}
		for _, form := range inflect(fs[0], nil, false) {
			l.evidence[strings.Fields(form)[0]] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("data/documents.tsv", func(fs []string) error {
		if len(fs) != 1 {
			return fmt.Errorf("want one noun, have %q", strings.Join(fs, "\t"))
		}
		l.docs[fs[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, l.loadRelDays()
}

// loadVerbs adds the forms of the verbs of data/verbs.tsv.
func (l *lexicon) loadVerbs() error {
	return readTSV("data/verbs.tsv", func(fs []string) error {
		if len(fs) < 2 || len(fs) > 3 {
			return fmt.Errorf("want verb<TAB>kind[<TAB>noun|forms], have %q", strings.Join(fs, "\t"))
		}
		var irregular []string
		noun := len(fs) == 3 && fs[2] == "noun"
		if len(fs) == 3 && !noun {
			var err error
			if irregular, err = irregularForms(fs[2]); err != nil {
				return err
			}
		}
		for _, form := range inflect(fs[0], irregular, noun) {
			l.addCue(strings.Fields(form), fs[1])
		}
		return nil
	})
}

// irregularForms reads the irregular forms of a verb: third person, past,
// participle and -ing form, "-" for a regular one; none when f is empty.
func irregularForms(f string) ([]string, error) {
	if f == "" {
		return nil, nil
	}
	forms := strings.Fields(f)
	if len(forms) != 4 {
		return nil, fmt.Errorf("want four forms, have %q", f)
	}
	for i, x := range forms {
		if x == "-" {
			forms[i] = ""
		}
	}
	return forms, nil
}

// addCue adds the cue of words ws and kind, unless it is known already. A
// form may have two kinds, tried in the order read: "warning" as a verb,
// then as a noun.
func (l *lexicon) addCue(ws []string, kind string) {
	for _, f := range l.cues[ws[0]] {
		if f.kind == kind && slices.Equal(f.words, ws) {
			return
		}
	}
	l.cues[ws[0]] = append(l.cues[ws[0]], cueForm{words: ws, kind: kind})
}

// relDay is how a phrase of data/reldays.tsv names a day: days from its
// reference, which must be in the same sentence unless inText.
type relDay struct {
	days   int
	inText bool
}

// loadRelDays reads data/reldays.tsv and builds the pattern that finds its
// phrases, the longest first.
func (l *lexicon) loadRelDays() error {
	l.reldays = map[string]relDay{}
	var phrases []string
	err := readTSV("data/reldays.tsv", func(fs []string) error {
		n, err := strconv.Atoi(strings.TrimSpace(safeField(fs, 1)))
		if len(fs) != 3 || err != nil || fs[2] != "text" && fs[2] != "sentence" {
			return fmt.Errorf("want phrase<TAB>days<TAB>text|sentence, have %q", strings.Join(fs, "\t"))
		}
		phrase := strings.Join(strings.Fields(fs[0]), " ")
		l.reldays[phrase] = relDay{days: n, inText: fs[2] == "text"}
		phrases = append(phrases, strings.ReplaceAll(regexp.QuoteMeta(phrase), " ", `\s+`))
		return nil
	})
	if err != nil {
		return err
	}
	sort.SliceStable(phrases, func(i, j int) bool { return len(phrases[i]) > len(phrases[j]) })
	l.reldayRE = guard(`(?i)\b(` + strings.Join(phrases, "|") + `)\b`)
	return nil
}

func safeField(fs []string, i int) string {
	if i < len(fs) {
		return fs[i]
	}
	return ""
}

func sortLongest(fs []cueForm) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && len(fs[j].words) > len(fs[j-1].words); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func readTSV(name string, fn func([]string) error) error {
	f, err := data.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s line %d: %w", name, n, err)
		}
	}
	return sc.Err()
}
