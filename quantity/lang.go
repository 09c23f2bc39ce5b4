package quantity

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	langdata "github.com/parallax-news/parallax/lang"
	"github.com/parallax-news/parallax/text"
)

//go:embed data/*.txt
var data embed.FS

// op says how a qualifier bounds the number after it.
type op int

const (
	opNone   op = iota
	opMin       // at least: [x, ∞)
	opAbove     // more than: (x, ∞)
	opMax       // up to: [0, x]
	opBelow     // fewer than: [0, x)
	opApprox    // about: x give or take a tenth
	opNear      // nearly: a tenth below x, up to x
	opExact     // only: x itself
	opRange     // between x and y
	opSoon      // shortly after: from x to as far as "shortly" reaches
	opSoonBefore
)

var opNames = map[string]op{
	"min": opMin, "above": opAbove, "max": opMax, "below": opBelow,
	"approx": opApprox, "near": opNear, "exact": opExact, "range": opRange,
	"soonafter": opSoon, "soonbefore": opSoonBefore,
}

// unit is a unit of measure read from a unit: or prefix: line.
type unit struct {
	dim     Dim
	code    string
	factor  float64 // to the dimension's base unit; 0 when it does not convert
	fixed   bool    // values in this unit compare only with the same unit
	isMoney bool
}

// interval is a pair of bounds read from a vague: line.
type interval struct{ low, high float64 }

// abbrev is a multiplier fused to digits ("bn" in "5bn").
type abbrev struct {
	value     float64
	moneyOnly bool
}

// phrase is a sequence of lowercase token texts with the value it names.
type phrase[T any] struct {
	words []string
	val   T
}

// phrases holds phrases by their first word, longest first.
type phrases[T any] map[string][]phrase[T]

func (p phrases[T]) add(words []string, val T) {
	list := append(p[words[0]], phrase[T]{words, val})
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	p[words[0]] = list
}

// match returns the longest phrase starting at token i and how many tokens
// it spans, or 0.
func (p phrases[T]) match(toks []token, i int) (T, int) {
	var zero T
	if i >= len(toks) {
		return zero, 0
	}
	for _, ph := range p[toks[i].low] {
		if i+len(ph.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range ph.words {
			if toks[i+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return ph.val, len(ph.words)
		}
	}
	return zero, 0
}

// befell is what a counted word says befell those it counts: the verb's
// base form, and the verbs beside which it says so (any when none).
type befell struct {
	verb string
	with map[string]bool
}

// Lang holds the words of one language for quantities, read from its data
// file: data/en.txt for English, quantity.txt of the language's folder in
// package lang for the others.
type Lang struct {
	numbers    phrases[float64]
	scales     map[string]float64
	plurals    map[string]float64 // "thousands" → 1000
	abbrevs    map[string]abbrev
	vague      phrases[interval]
	qualifiers phrases[op]
	// timeQualifiers bound only a time of day ("shortly after noon").
	timeQualifiers phrases[op]
	// clockTimes are the words for a time of day or a part of one
	// ("noon", "the afternoon"), in minutes after midnight.
	clockTimes phrases[interval]
	ranges     map[string]bool
	units      phrases[unit]
	prefixes   phrases[unit]
	zero       phrases[bool]
	// zeroIdioms are the words after a word for none that make an idiom
	// of it, no count ("no doubt", "no longer").
	zeroIdioms map[string]bool
	// zeroPlural says that a word for none counts only a noun in the
	// plural ("no injuries"): one in the singular is seldom tallied
	// ("no aid", "no comment").
	zeroPlural bool
	articles   map[string]bool
	halves     map[string]bool
	notAfter   map[string]map[string]bool
	calendar   map[string]bool
	yearCues   map[string]bool
	stop       map[string]bool
	aux        map[string]bool
	events     map[string]bool
	ordinals   map[string]bool
	clock      phrases[string] // "am", "pm" or "zone"
	// offsets are the hours a time zone's clock is ahead of UTC, by its
	// words joined by spaces ("pst" -8), for zones whose data gives one.
	offsets   map[string]float64
	tolerance map[Dim]float64
	// soon is how far "shortly after" reaches in a dimension.
	soon    map[Dim]float64
	aspects map[Dim]map[string]string // word → the aspect of a measure it names
	// Words and endings that shape the grammar around a number.
	partitive       map[string]bool   // "of" in "four of the victims"
	besides         map[string]bool   // "other" in "two other vehicles": some beside those spoken of
	apposed         map[string]bool   // "now" in "Lee, now 16,": an age in apposition still
	objectPreps     map[string]bool   // "in" in "buildings in seven villages were destroyed"
	priors          map[string]bool   // "prior" in "three prior convictions"
	ordinalWords    phrases[float64]  // "second" in "his second conviction"
	measures        map[string]bool   // "measured" in "the quake measured 5.9": its subject is what the figure measures
	estimates       map[string]bool   // "put" in "police put the crowd at 30,000": its object is what the figure counts
	resultatives    map[string]bool   // "left" in "the blast left three people dead": the event is the word after the count
	befell          map[string]befell // "dead" → "die": a counted word that names those a verb befell
	figurePreps     map[string]bool   // "to" in "the toll rose to 45"
	resultPreps     map[string]bool   // "to" in "sentenced Ann Hale to 12 years": the figure is what the verb made of its object
	particles       map[string]bool   // "off" in "the bomb went off at 9 p.m.": part of the verb before it
	betweenJoins    map[string]bool   // "and" in "between 3 and 5", "one hundred and twenty"
	ageCues         map[string]bool   // "aged" in "aged 64": the number after it is an age
	determiners     map[string]bool   // "the" in "the cut": the word after it is a noun
	rangeBlocks     map[string]bool   // "from" in "rose from 3 to 5": two figures, no range
	verbSuffixes    []string          // endings of verb forms, for words the lexicon lacks
	notVerbSuffixes []string
	nounSuffixes    []string // endings of verb forms that are as often nouns ("rounds")
	adverbSuffixes  []string
	modSuffixes     []string // endings of participles that stand before a counted noun ("damaged")
	useLexicon      bool     // ask the English lexicon what a word is

	cacheMu sync.RWMutex
	cache   map[string]word // what the lexicon says of words seen
	// starts holds every word that can begin a quantity, so that the
	// parser skips all other words with one look-up.
	starts map[string]bool
}

// Load returns the quantity words of a language, by its ISO 639-1 code
// ("en", "ru"), read from the data files shipped with the package once and
// shared after. Adding a language is adding its data file.
func Load(lang string) (*Lang, error) {
	loadMu.Lock()
	defer loadMu.Unlock()
	if l, ok := langs[lang]; ok {
		return l, nil
	}
	// A language with a data folder keeps its quantity words there, beside
	// its month names; English keeps them here.
	p := langdata.For(lang)
	var b []byte
	var err error
	if p != nil {
		b, err = p.File("quantity.txt")
	} else {
		b, err = data.ReadFile("data/" + lang + ".txt")
	}
	if err != nil || strings.ContainsAny(lang, "/.") {
		return nil, fmt.Errorf("quantity: no data for language %q", lang)
	}
	l, err := parseLang(lang, string(b))
	if err != nil {
		return nil, err
	}
	if p != nil {
		for _, m := range p.Months() {
			l.calendar[m] = true
		}
	}
	langs[lang] = l
	return l, nil
}

var (
	loadMu sync.Mutex
	langs  = map[string]*Lang{}
)

func newLang() *Lang {
	return &Lang{
		numbers: phrases[float64]{}, scales: map[string]float64{}, plurals: map[string]float64{},
		abbrevs: map[string]abbrev{}, vague: phrases[interval]{}, qualifiers: phrases[op]{},
		timeQualifiers: phrases[op]{}, clockTimes: phrases[interval]{},
		ranges: map[string]bool{}, units: phrases[unit]{}, prefixes: phrases[unit]{},
		zero: phrases[bool]{}, zeroIdioms: map[string]bool{}, articles: map[string]bool{}, halves: map[string]bool{},
		notAfter: map[string]map[string]bool{}, calendar: map[string]bool{}, yearCues: map[string]bool{},
		stop: map[string]bool{}, aux: map[string]bool{}, events: map[string]bool{},
		ordinals: map[string]bool{}, clock: phrases[string]{}, offsets: map[string]float64{}, tolerance: map[Dim]float64{}, soon: map[Dim]float64{}, aspects: map[Dim]map[string]string{},
		cache: map[string]word{}, partitive: map[string]bool{}, figurePreps: map[string]bool{}, resultPreps: map[string]bool{}, particles: map[string]bool{},
		betweenJoins: map[string]bool{}, rangeBlocks: map[string]bool{}, objectPreps: map[string]bool{}, priors: map[string]bool{}, ordinalWords: phrases[float64]{}, measures: map[string]bool{},
		estimates: map[string]bool{}, resultatives: map[string]bool{}, befell: map[string]befell{},
		ageCues: map[string]bool{}, determiners: map[string]bool{}, besides: map[string]bool{}, apposed: map[string]bool{},
	}
}

// parseLang reads a data file; name is used in errors.
func parseLang(name, src string) (*Lang, error) {
	l := newLang()
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("quantity: %s line %d: no kind in %q", name, n+1, line)
		}
		if err := l.addLine(strings.TrimSpace(kind), strings.Fields(rest)); err != nil {
			return nil, fmt.Errorf("quantity: %s line %d: %v", name, n+1, err)
		}
	}
	l.starts = l.startWords()
	return l, nil
}

// startWords gathers the first words of every table a quantity can begin
// with.
func (l *Lang) startWords() map[string]bool {
	set := map[string]bool{}
	for _, keys := range [][]string{keysOf(l.numbers), keysOf(l.vague), keysOf(l.qualifiers), keysOf(l.timeQualifiers), keysOf(l.clockTimes),
		keysOf(l.prefixes), keysOf(l.zero), keysOf(l.articles), keysOf(l.halves), keysOf(l.ordinalWords)} {
		for _, k := range keys {
			set[k] = true
		}
	}
	return set
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// words turns a data-file phrase ("per_cent", "us$") into the lowercase
// token texts the parser sees.
func words(s string) []string {
	var out []string
	for _, t := range text.Tokenize(strings.ReplaceAll(strings.ToLower(s), "_", " ")) {
		out = append(out, t.Text)
	}
	return out
}

func (l *Lang) addLine(kind string, f []string) error {
	need := map[string]int{"number": 2, "ordinalword": 2, "scale": 2, "abbrev": 2, "vague": 3, "qualifier": 2, "timequalifier": 2, "clocktime": 3,
		"range": 1, "unit": 4, "prefix": 4, "notafter": 2, "clock": 2, "tolerance": 2, "soon": 2, "aspect": 3, "befell": 2}
	if len(f) < need[kind] || len(f) == 0 {
		return fmt.Errorf("%s: too few fields in %q", kind, strings.Join(f, " "))
	}
	switch kind {
	case "number", "ordinalword":
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		if kind == "ordinalword" {
			l.ordinalWords.add(words(f[0]), v)
		} else {
			l.numbers.add(words(f[0]), v)
		}
	case "scale":
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		l.scales[f[0]] = v
		if len(f) > 2 {
			l.plurals[f[2]] = v
		}
	case "abbrev":
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		l.abbrevs[f[0]] = abbrev{v, len(f) > 2 && f[2] == "money"}
	case "vague", "clocktime":
		lo, err1 := strconv.ParseFloat(f[1], 64)
		hi, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil || lo > hi || lo < 0 {
			return fmt.Errorf("%s: bad bounds %q %q", kind, f[1], f[2])
		}
		table := l.vague
		if kind == "clocktime" {
			table = l.clockTimes
		}
		table.add(words(f[0]), interval{lo, hi})
	case "qualifier", "timequalifier":
		o, ok := opNames[f[1]]
		if !ok {
			return fmt.Errorf("%s: unknown op %q", kind, f[1])
		}
		table := l.qualifiers
		if kind == "timequalifier" {
			table = l.timeQualifiers
		}
		table.add(words(f[0]), o)
	case "range":
		l.ranges[f[0]] = true
	case "unit", "prefix":
		u := unit{dim: Dim(f[0]), code: f[1], isMoney: f[0] == string(Money)}
		if f[2] == "-" {
			u.fixed, u.factor = true, 1
		} else {
			v, err := strconv.ParseFloat(f[2], 64)
			if err != nil {
				return err
			}
			u.factor = v
		}
		table := l.units
		if kind == "prefix" {
			table = l.prefixes
		}
		for _, w := range f[3:] {
			table.add(words(w), u)
		}
	case "clock":
		if f[1] != "am" && f[1] != "pm" && f[1] != "zone" {
			return fmt.Errorf("clock: %q is not am, pm or zone", f[1])
		}
		l.clock.add(words(f[0]), f[1])
		if len(f) > 2 {
			v, err := strconv.ParseFloat(f[2], 64)
			if err != nil || f[1] != "zone" {
				return fmt.Errorf("clock: bad offset %q for %q", f[2], f[0])
			}
			l.offsets[strings.Join(words(f[0]), " ")] = v
		}
	case "tolerance", "soon":
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		map[string]map[Dim]float64{"tolerance": l.tolerance, "soon": l.soon}[kind][Dim(f[0])] = v
	case "verbsuffix", "notverbsuffix", "nounsuffix", "adverbsuffix", "modsuffix":
		list := map[string]*[]string{"verbsuffix": &l.verbSuffixes, "notverbsuffix": &l.notVerbSuffixes,
			"nounsuffix": &l.nounSuffixes, "adverbsuffix": &l.adverbSuffixes, "modsuffix": &l.modSuffixes}[kind]
		*list = append(*list, f...)
	case "aspect":
		d := Dim(f[0])
		if l.aspects[d] == nil {
			l.aspects[d] = map[string]string{}
		}
		for _, w := range f[2:] {
			l.aspects[d][w] = f[1]
		}
	case "lexicon":
		if f[0] != "en" {
			return fmt.Errorf("lexicon: only the English lexicon (en) exists, not %q", f[0])
		}
		l.useLexicon = true
	case "befell":
		b := befell{verb: f[1], with: map[string]bool{}}
		for _, w := range f[2:] {
			b.with[w] = true
		}
		l.befell[f[0]] = b
	case "zero":
		for _, w := range f {
			l.zero.add(words(w), true)
		}
	case "zeroidiom":
		for _, w := range f {
			l.zeroIdioms[w] = true
		}
	case "zeroplural":
		l.zeroPlural = f[0] == "yes"
	case "notafter":
		set := l.notAfter[f[0]]
		if set == nil {
			set = map[string]bool{}
			l.notAfter[f[0]] = set
		}
		for _, w := range f[1:] {
			set[w] = true
		}
	default:
		set := map[string]map[string]bool{"a": l.articles, "half": l.halves, "calendar": l.calendar,
			"yearcue": l.yearCues, "stop": l.stop, "aux": l.aux, "event": l.events, "ordinal": l.ordinals,
			"partitive": l.partitive, "figureprep": l.figurePreps, "resultprep": l.resultPreps, "between": l.betweenJoins, "rangeblock": l.rangeBlocks,
			"prep": l.objectPreps, "prior": l.priors, "measure": l.measures,
			"estimate": l.estimates, "resultative": l.resultatives, "agecue": l.ageCues, "determiner": l.determiners,
			"besides": l.besides, "apposed": l.apposed, "particle": l.particles}[kind]
		if set == nil {
			return fmt.Errorf("unknown kind %q", kind)
		}
		for _, w := range f {
			for _, part := range strings.Split(w, "_") {
				set[part] = true
			}
		}
	}
	return nil
}

// UnitNames returns the words that name the unit whose code is given, each
// name as its lower-cased tokens, sorted: for "%" in English "%",
// "pc", "per cent" and "percent".
func (l *Lang) UnitNames(code string) [][]string {
	var out [][]string
	for _, list := range l.units {
		for _, p := range list {
			if p.val.code == code {
				out = append(out, p.words)
			}
		}
	}
	slices.SortFunc(out, slices.Compare)
	return out
}
