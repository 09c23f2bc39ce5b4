// Package quantity finds the amounts a text states — numbers in digits and
// words, money, units, ranges, vague amounts ("dozens", "a handful") and
// the qualifiers that bound them ("at least", "up to", "nearly", "only") —
// as intervals of the values the text allows, and says whether two of them
// can both be true.
//
// "at least four people were killed" gives Low 4, High Unbounded, Head
// "people", Event "killed"; "only one person died" gives Low = High = 1; the
// two are not Compatible.
//
// How text becomes an interval:
//   - a number in digits or words is exact ("203", "twenty-one"), unless a
//     scale word multiplies it: then it is as precise as its last written
//     digit, within a tenth ("2.5 million" is 2.45 to 2.55 million);
//   - a range takes both ends ("3-5", "between 3 and 5", "3 to 5 million"),
//     but "rose from 3 to 5" is two figures;
//   - a vague amount has the bounds its data line gives ("dozens" 24 to 99,
//     "a handful" 2 to 6, "hundreds of thousands" 200,000 to 999,000);
//   - "about" widens by a tenth (at least 1; 15 minutes for a time of day),
//     "nearly" reaches a tenth below and excludes the number itself, "at
//     least" and "more than" open upwards, "up to" and "fewer than" reach
//     down to 0, "only" keeps the number;
//   - a word for none ("no one", "no casualties") is 0, kept only when a
//     counted noun or a verb stands beside it;
//   - a figure restated in another unit in brackets ("about 2000ft (609
//     metres)") is one figure, narrowed to what both allow;
//   - a time of day in a zone whose offset the data gives is read as UTC
//     and compares only with UTC times; one in no zone is local;
//   - a count of part of a group ("one of my sons", "four of the
//     victims") is Part, and compares as at least its number;
//   - an ordinal in words before a counted noun is a rank ("his second
//     conviction": two, this one included), and compares only with a count
//     of those before ("three prior convictions": four with this one).
//
// A length also says its Aspect where the text does ("one mile below
// ground" is a depth, "20 miles north of the town" a distance), and
// lengths of two aspects are not Comparable.
//
// Years, days of the month, times of day and ages are told apart from
// counts by their Dim, so that a caller can leave them out of counts. The
// words of English live in data/en.txt, those of other languages in their
// folder of package lang (lang/ru/quantity.txt); Parse uses English, Load
// gives the others.
package quantity

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/text"
)

// Unbounded is the High of an interval open upwards ("more than 4").
const Unbounded = math.MaxFloat64

// approxShare is how far "about" or "nearly" reaches from the number, as a
// share of it: "about 100" allows 90 to 110, "nearly 100" 90 to 100.
const approxShare = 0.1

// Dim is what a quantity measures.
type Dim string

// The dimensions the parser assigns itself; the data file names the others
// (length, mass, duration, age, area, speed, temperature, magnitude, ...).
const (
	Count   Dim = "count"   // a number of things, the default
	Money   Dim = "money"   // an amount in a currency (Unit is its ISO code)
	Percent Dim = "percent" // a percentage
	Year    Dim = "year"    // a bare four-digit year ("in 2012")
	Date    Dim = "date"    // a day of the month beside a month name
	Time    Dim = "time"    // a time of day, in minutes after midnight ("5:30 p.m." is 1050); Unit "utc" where a zone says, else "min" (local)
	Age     Dim = "age"     // an age in years: "Robert Pitman, 24,"; "25-year-old", "aged 64" by the data
)

// Quantity is one amount stated in a text.
type Quantity struct {
	Start, End int    // rune offsets of the quantity, qualifier to unit
	Text       string // the text between Start and End
	// Value is the number as written, scaled ("2.5 million" → 2500000); for a
	// range or a vague amount, the middle of the interval it names.
	Value float64
	// Low and High bound the values the text allows, in the base unit of
	// Dim (metres, kilograms, seconds; the currency itself for money).
	// High is Unbounded when open upwards; Low is never below 0.
	Low, High float64
	// LowOpen and HighOpen say a bound is excluded: "more than 4" is Low 4,
	// LowOpen; "fewer than 5" is High 5, HighOpen.
	LowOpen, HighOpen bool
	Qualifier         string // the qualifier as written, lowercased ("at least"), or ""
	Dim               Dim
	Unit              string // the unit's code ("USD", "km", "%"), or "" for a count
	// Head is the noun the quantity counts or measures ("people" in "four
	// people were killed"; "death toll" in "the death toll rose to 45"),
	// as written; empty when none was found.
	Head text.Span
	// Event is the verb or participle the quantity is tied to ("killed" in
	// "four people were killed", "killing at least 12"), as written.
	Event text.Span
	// Befell is the base form of the verb a counted word stands for, when
	// the data gives one: "die" for "three dead", "five lives" and "the
	// lives of five"; empty otherwise.
	Befell string
	// Ordinal is set on a count given as a rank ("his second
	// conviction"): the number of its Head up to and including the one
	// spoken of. Prior is set on a count of those before it ("three prior
	// convictions"). Such counts compare only with each other.
	Ordinal, Prior bool
	// Part is set on a count of some of a group the text names ("one of
	// my sons", "four of the victims"): those counted are part of what a
	// count of the whole counts, so it bounds the whole from below.
	Part bool
	// Aspect is what a measure of its Dim measures, where the text says
	// ("depth" in "one mile below ground" and "a depth of 2.7 miles",
	// "distance" in "20 miles north of the town"), by the aspect lines of
	// the data; empty when it does not say.
	Aspect string
	fixed  bool // the unit does not convert to others of its Dim
	// factor converts the unit to the base unit of Dim (0 for 1).
	factor float64
	// slack is half a unit of the last digit written, in the base unit:
	// how far a conversion given as written may be from the exact value.
	slack float64
}

// Parse finds the quantities of an English text, in text order.
func Parse(s string) []Quantity {
	english, err := Load("en")
	if err != nil {
		panic(err) // the shipped data file is broken: a build error
	}
	return english.Parse(s)
}

// token is a text token with its lowercase text.
type token struct {
	text.Token
	low string
}

// Parse finds the quantities of a text in this language, in text order.
func (l *Lang) Parse(s string) []Quantity {
	rs := []rune(s)
	raw := l.joinSpacedGroups(text.TokenizeRunes(rs, 0))
	toks := make([]token, len(raw))
	for i, t := range raw {
		toks[i] = token{t, strings.ToLower(t.Text)}
	}
	var out []Quantity
	for i := 0; i < len(toks); {
		if (toks[i].Kind != text.Number && !l.starts[toks[i].low] && !l.hyphenatedNumber(toks[i]) && !l.isMeasureWord(toks[i])) || identifier(toks, i) {
			i++
			continue
		}
		q, next, ok := l.quantityAt(toks, i)
		if !ok {
			i = max(i+1, next)
			continue
		}
		q.Start, q.End = toks[i].Start, toks[next-1].End
		q.Text = string(rs[q.Start:q.End])
		l.attach(&q, rs, toks, i, next)
		if q.Ordinal && q.Head == (text.Span{}) {
			i = next // a rank of nothing counted ("first reported")
			continue
		}
		q.Prior = l.priors[lowAt(toks, next)]
		q.Aspect = l.aspectOf(q, toks, i, next)
		if q.Dim != "" {
			out = append(out, q)
		}
		i = next
	}
	return restated(rs, out)
}

// restated folds a figure given again in another unit, in brackets after
// it ("around 2000ft (609 metres)"), into the figure: both describe one
// value, so the value lies in both intervals, and the conversion, written
// to more digits, often narrows it. Figures that do not convert to each
// other or whose intervals do not meet are two figures, as written
// ("$1 million ($1.5 million)").
func restated(rs []rune, qs []Quantity) []Quantity {
	out := qs[:0]
	for k := 0; k < len(qs); k++ {
		q := qs[k]
		if k+1 < len(qs) && restates(rs, q, qs[k+1]) {
			q = narrow(rs, q, qs[k+1])
			k++
		}
		out = append(out, q)
	}
	return out
}

// restates says whether r restates q in another unit of its dimension,
// in brackets right after it.
func restates(rs []rune, q, r Quantity) bool {
	if q.Unit == r.Unit || q.fixed || r.fixed || !Comparable(q, r) || !Compatible(q, r.loose()) {
		return false
	}
	between := strings.TrimSpace(string(rs[q.End:r.Start]))
	return between == "(" && closing(rs, r.End) > 0
}

// closing returns the offset after the closing bracket that follows
// offset i past spaces, or 0.
func closing(rs []rune, i int) int {
	for ; i < len(rs) && rs[i] == ' '; i++ {
	}
	if i < len(rs) && rs[i] == ')' {
		return i + 1
	}
	return 0
}

// loose widens a figure by its slack: "3 miles" given as a conversion is
// anything that rounds to 3 miles.
func (q Quantity) loose() Quantity {
	q.Low = math.Max(0, q.Low-q.slack)
	if q.High != Unbounded {
		q.High += q.slack
	}
	return q
}

// narrow gives q the part of its interval that r's shares, and spans
// both; q keeps its unit, and takes r's head and event where it has none.
func narrow(rs []rune, q, r Quantity) Quantity {
	r = r.loose()
	if r.Low > q.Low || r.Low == q.Low && r.LowOpen {
		q.Low, q.LowOpen = r.Low, r.LowOpen
	}
	if r.High < q.High || r.High == q.High && r.HighOpen {
		q.High, q.HighOpen = r.High, r.HighOpen
	}
	q.Value = min(max(q.Value, q.Low), q.High)
	if q.Head == (text.Span{}) {
		q.Head = r.Head
	}
	if q.Event == (text.Span{}) {
		q.Event = r.Event
	}
	q.End = closing(rs, r.End)
	q.Text = string(rs[q.Start:q.End])
	return q
}

// identifier reports whether the number at token i is part of a name
// written against letters: "SMW4", "F-16", "COVID-19".
func identifier(toks []token, i int) bool {
	if toks[i].Kind != text.Number || i == 0 || toks[i-1].End != toks[i].Start {
		return false
	}
	p := toks[i-1]
	if p.Kind == text.Word {
		return true
	}
	return p.Text == "-" && i > 1 && toks[i-2].Kind == text.Word && toks[i-2].End == p.Start
}

// amount is a number read from tokens, before qualifiers and units.
type amount struct {
	low, high float64
	scaled    bool // a scale word or abbreviation multiplied it
	bare      bool // plain digits: no scale, no words, no separators
	digits    int  // count of digits for a bare number
	zero      bool // a word for none ("no one")
	vague     bool
	clock     bool // a time of day, in minutes
	utc       bool // a time of day read in a zone of known offset, made UTC
	ordinal   bool // "3rd": a day beside a month, otherwise no amount
	word      bool // an ordinal in words ("second"): a rank, kept with a counted noun
	// step is half a unit of the last digit written ("609" 0.5, "2.5"
	// 0.05), or 0 where the amount is not written to a digit.
	step float64
}

// quantityAt reads a quantity starting at token i and returns it with the
// index of the token after it.
func (l *Lang) quantityAt(toks []token, i int) (Quantity, int, bool) {
	var q Quantity
	o, n := l.qualifiers.match(toks, i)
	timeOnly := false
	if to, tn := l.timeQualifiers.match(toks, i); tn > n { // "just before", not "just"
		o, n, timeOnly = to, tn, true
	}
	j := i + n
	if n > 0 {
		q.Qualifier = joinLow(toks[i:j])
	}
	var pre *unit
	if u, n := l.prefixes.match(toks, j); n > 0 {
		pre, j = &u, j+n
	}
	var a amount
	var measured *unit
	if v, u, ok := l.measureWord(toks, j); ok && pre == nil {
		a, j, measured = amount{low: v, high: v, step: 0.5}, j+1, &u // "a four-year contract"
	} else if a, j, ok = l.amountAt(toks, j, pre != nil && pre.isMoney); !ok {
		return Quantity{}, 0, false
	}
	// "shortly after two men came in" bounds no count: such words bound
	// only a time of day.
	if timeOnly && !a.clock {
		return Quantity{}, i + n, false
	}
	if l.betweenJoins[lowAt(toks, j)] && l.articles[lowAt(toks, j+1)] && l.halves[lowAt(toks, j+2)] {
		a.low, a.high, a.bare, j = a.low+0.5, a.high+0.5, false, j+3 // "two and a half hours"
	}
	if l.notNumber(toks, i, j) {
		return Quantity{}, 0, false
	}
	// A range: "between 3 and 5", "3-5", "3 to 5 million", "one or two".
	r, k, isRange := l.rangeEnd(toks, i, j, o, pre)
	if isRange && r.high < a.low && a.bare && r.bare && toks[j].Kind == text.Punct {
		return Quantity{}, k, false // a score or a record, "91-73", "36-3": no amount
	}
	if isRange && r.high >= a.low {
		if !a.scaled && r.scaled && a.high < r.low {
			a = scaleLike(a, r)
		}
		a.high, a.bare, j = r.high, false, k
		if o == opRange {
			o = opNone
		}
	} else if o == opRange {
		return Quantity{}, 0, false
	}
	u := pre
	if u == nil {
		u = measured
	}
	if u == nil {
		if v, k, ok := l.unitAfter(toks, j); ok {
			u, j = &v, k
		}
	}
	q.Dim = Count
	factor := 1.0
	if u != nil {
		q.Dim, q.Unit, q.fixed, factor = u.dim, u.code, u.fixed, u.factor
		q.factor = factor
	}
	switch {
	case a.zero:
		q.Dim = Count
	case a.clock && a.utc:
		q.Dim, q.Unit, q.fixed = Time, "utc", true
	case a.clock:
		q.Dim, q.Unit, q.fixed = Time, "min", true
	case u == nil && (a.bare || a.ordinal) && a.low >= 1 && a.low <= 31 && l.besideMonth(toks, i, j):
		q.Dim = Date
	case a.ordinal && a.word && o == opNone:
		q.Ordinal = true
	case a.ordinal:
		return Quantity{}, 0, false
	case u == nil && !a.vague && a.high <= 120 && l.ageCues[lowAt(toks, i-1)]:
		q.Dim, q.Unit = Age, "yr" // "aged 64", "aged between 30 and 40"
	case u == nil && o == opNone && a.bare && a.digits == 4 && a.low >= 1000 && a.low <= 2999 && a.low == math.Trunc(a.low):
		q.Dim = Year
	case u == nil && o == opNone && a.bare && a.low <= 120 && l.apposition(toks, i, j):
		q.Dim, q.Unit = Age, "yr"
	}
	q.Value = (a.low + a.high) / 2 * factor
	if !a.scaled && o == opNone {
		q.slack = a.step * factor
	}
	q.Low, q.High, q.LowOpen, q.HighOpen = l.bound(o, q.Dim, a.low*factor, a.high*factor)
	if a.zero {
		q.Dim = "" // kept only if attach finds a head or an event
	}
	return q, j, true
}

// scaleLike gives the first end of a range the scale of the second: "3 to
// 5 million" is 3 million to 5 million.
func scaleLike(a, r amount) amount {
	for _, s := range []float64{1e12, 1e9, 1e6, 1e3} {
		if r.low >= s && a.high*s <= r.high {
			a.low, a.high = a.low*s, a.high*s
			break
		}
	}
	return a
}

// apposition reports whether the number from i to j stands alone between
// commas after a name, as news gives an age: "Robert Pitman, 24, is",
// "Lee, now 16, was".
func (l *Lang) apposition(toks []token, i, j int) bool {
	if l.apposed[lowAt(toks, i-1)] {
		i--
	}
	if i < 2 || toks[i-1].Text != "," || toks[i-2].Kind != text.Word {
		return false
	}
	if r := []rune(toks[i-2].Text); !unicode.IsUpper(r[0]) {
		return false
	}
	return j < len(toks) && (toks[j].Text == "," || toks[j].Text == ")")
}

// bound turns an amount's interval and a qualifier into the interval of
// values the text allows.
func (l *Lang) bound(o op, dim Dim, lo, hi float64) (low, high float64, lowOpen, highOpen bool) {
	tol := func(x float64) float64 { return math.Max(x*approxShare, 1) }
	if t, ok := l.tolerance[dim]; ok {
		tol = func(float64) float64 { return t }
	}
	switch o {
	case opMin:
		return lo, Unbounded, false, false
	case opAbove: // "more than 2.5 million": more than about 2.45 million
		return lo, Unbounded, true, false
	case opMax:
		return 0, hi, false, false
	case opBelow: // "fewer than 0" is read as none, not as nothing at all
		return 0, hi, false, hi > 0
	case opApprox:
		return math.Max(0, lo-tol(lo)), hi + tol(hi), false, false
	case opNear:
		return math.Max(0, lo-tol(lo)), hi, false, hi > 0
	case opSoon, opSoonBefore:
		// Without a reach for the dimension, "shortly after" is "after".
		s, ok := l.soon[dim]
		switch {
		case o == opSoon && ok:
			return lo, hi + s, false, false
		case o == opSoon:
			return lo, Unbounded, false, false
		case ok:
			return math.Max(0, lo-s), hi, false, false
		}
		return 0, hi, false, false
	}
	return lo, hi, false, false
}

// rangeEnd reads the second end of a range after the amount ending at token
// j: "and 5" after "between 3", "-5", "to 5", "or 5".
func (l *Lang) rangeEnd(toks []token, i, j int, o op, pre *unit) (amount, int, bool) {
	if j+1 >= len(toks) || !l.ranges[toks[j].low] {
		return amount{}, 0, false
	}
	if l.betweenJoins[toks[j].low] != (o == opRange) {
		return amount{}, 0, false
	}
	// "rose from 3 to 5" is two figures, not a range.
	if i > 0 && l.rangeBlocks[toks[i-1].low] && o != opRange {
		return amount{}, 0, false
	}
	k := j + 1
	if pre != nil {
		if u, n := l.prefixes.match(toks, k); n > 0 && u.code == pre.code {
			k += n
		}
	}
	r, k, ok := l.amountAt(toks, k, pre != nil && pre.isMoney)
	if !ok || r.zero {
		return amount{}, 0, false
	}
	return r, k, true
}

// unitAfter reads a unit after the amount ending at token j, allowing a
// hyphen before it ("155-mm", "7.1-magnitude").
func (l *Lang) unitAfter(toks []token, j int) (unit, int, bool) {
	k := j
	if k < len(toks) && toks[k].Kind == text.Punct && toks[k].Text == "-" {
		k++
	}
	u, n := l.units.match(toks, k)
	if n == 0 {
		return unit{}, 0, false
	}
	return u, k + n, true
}

// notNumber reports whether the words from i to j are a pronoun rather than
// a number ("no one", "the one who"), by the notafter lines of the data.
func (l *Lang) notNumber(toks []token, i, j int) bool {
	if i == 0 || j-i != 1 {
		return false
	}
	set := l.notAfter[toks[i].low]
	return set != nil && set[toks[i-1].low]
}

// besideMonth reports whether the number from i to j stands beside a month
// name ("March 3", "3 March").
func (l *Lang) besideMonth(toks []token, i, j int) bool {
	if i > 1 && toks[i-1].Text == "." && toks[i-1].Start == toks[i-2].End { // "Dec. 31"
		i--
	}
	return (i > 0 && l.calendar[toks[i-1].low]) || (j < len(toks) && l.calendar[toks[j].low])
}

// amountAt reads a number at token j: digits, number words, a vague amount
// or a word for none, with any scale after it.
func (l *Lang) amountAt(toks []token, j int, money bool) (amount, int, bool) {
	if j >= len(toks) {
		return amount{}, j, false
	}
	if toks[j].Kind == text.Number {
		return l.digitsAt(toks, j, money)
	}
	if _, n := l.zero.match(toks, j); n > 0 {
		if l.zeroIdioms[lowAt(toks, j+n)] {
			return amount{}, j + n, false // "no doubt", "no longer"
		}
		return amount{zero: true}, j + n, true
	}
	if v, n := l.ordinalWords.match(toks, j); n > 0 {
		return amount{low: v, high: v, ordinal: true, word: true}, j + n, true
	}
	if iv, n := l.clockTimes.match(toks, j); n > 0 {
		return amount{low: iv.low, high: iv.high, clock: true}, j + n, true // "noon", "the afternoon"
	}
	if iv, n := l.vague.match(toks, j); n > 0 {
		a := amount{low: iv.low, high: iv.high, vague: true}
		k := j + n
		// "several hundred", "hundreds of thousands"
		if s, ok := l.scales[lowAt(toks, k)]; ok {
			a.low, a.high, k = a.low*s, a.high*s, k+1
		} else if s, ok := l.plurals[lowAt(toks, k)]; ok && l.partitive[toks[k-1].low] {
			a.low, a.high, k = a.low*s, a.high*s, k+1
		}
		return a, k, true
	}
	return l.wordsAt(toks, j)
}

// digitsAt reads a number in digits with a scale word or a fused
// abbreviation after it ("2.5 million", "5bn", "$5m").
func (l *Lang) digitsAt(toks []token, j int, money bool) (amount, int, bool) {
	t := toks[j]
	if a, k, ok := l.clockAt(toks, j); ok {
		return a, k, true
	}
	if slashed(toks, j) || (j > 0 && toks[j-1].Text == ":") { // "01/5/2011", "11:47:35"
		return amount{}, j, false
	}
	v, decimals, grouped, ok := parseDigits(t.Text)
	if !ok {
		return amount{}, j, false
	}
	if k := j + 1; k < len(toks) && toks[k].Start == t.End && l.ordinals[toks[k].low] && decimals == 0 && !grouped {
		return amount{low: v, high: v, ordinal: true}, k + 1, true
	}
	a := amount{low: v, high: v, bare: !grouped && decimals == 0, digits: len(t.Text), step: 0.5 * math.Pow10(-decimals)}
	k := j + 1
	scale := 1.0
	if k < len(toks) && toks[k].Start == t.End {
		if ab, ok := l.abbrevs[toks[k].low]; ok && (!ab.moneyOnly || money || l.moneyUnitAt(toks, k+1)) {
			scale, k = ab.value, k+1
		} else if toks[k].Kind == text.Word && !l.isUnitWord(toks, k) {
			return amount{}, j, false // "3rd", "5G": not an amount
		}
	}
	for k < len(toks) {
		s, ok := l.scales[toks[k].low]
		if !ok {
			break
		}
		scale, k = scale*s, k+1
	}
	if scale != 1 {
		// A scaled number is as precise as its last written digit, within
		// a tenth: "2.5 million" is 2.45 to 2.55 million, "1 million" 0.9
		// to 1.1 million.
		half := math.Min(0.5*math.Pow10(-decimals)*scale, v*scale*approxShare)
		a = amount{low: math.Max(0, v*scale-half), high: v*scale + half, scaled: true}
	}
	return a, k, true
}

// slashed reports whether the number at token j is joined by a slash to
// another number ("01/5/2011", "2/1"): a date or odds, not an amount.
func slashed(toks []token, j int) bool {
	joined := func(a, b int) bool {
		return a >= 0 && b < len(toks) && toks[a].End == toks[a+1].Start && toks[b-1].End == toks[b].Start &&
			toks[a+1].Text == "/" && toks[a].Kind == text.Number && toks[b].Kind == text.Number
	}
	return joined(j-2, j) || joined(j, j+2)
}

// clockAt reads a time of day at token j: "10:30", "5:45 p.m.", "9 pm",
// "8.40am", "0800 GMT". Its value is minutes after midnight.
func (l *Lang) clockAt(toks []token, j int) (amount, int, bool) {
	t := toks[j].Text
	k := j + 1
	h, m := -1, 0
	switch {
	case k+1 < len(toks) && toks[k].Text == ":" && toks[k+1].Kind == text.Number && len(toks[k+1].Text) == 2:
		h, m = atoiOr(t, -1), atoiOr(toks[k+1].Text, 60)
		k += 2
	case len(t) == 4 && l.clockWord(toks, k) == "zone": // "0800 GMT"
		h, m = atoiOr(t[:2], -1), atoiOr(t[2:], 60)
	case len(t) <= 2 && (l.clockWord(toks, k) == "am" || l.clockWord(toks, k) == "pm"):
		h = atoiOr(t, -1)
	case len(t) >= 4 && len(t) <= 5 && t[len(t)-3] == '.' && l.clockWord(toks, k) != "":
		h, m = atoiOr(t[:len(t)-3], -1), atoiOr(t[len(t)-2:], 60) // "8.40am"
	}
	if h < 0 || h > 24 || m > 59 {
		return amount{}, j, false
	}
	offset, utc := 0.0, false
	for range 2 { // "2:09 am PST"
		c, n := l.clock.match(toks, k)
		if n == 0 {
			break
		}
		switch {
		case c == "pm" && h < 12:
			h += 12
		case c == "am" && h == 12:
			h = 0
		case c == "zone":
			offset, utc = l.offsets[joinLow(toks[k:k+n])]
		}
		k += n
	}
	v := float64(h*60 + m)
	if utc {
		v = math.Mod(v-offset*60+2*minutesInDay, minutesInDay)
	}
	return amount{low: v, high: v, clock: true, utc: utc}, k, true
}

// minutesInDay is the length of a day in the minutes of a time of day.
const minutesInDay = 24 * 60

// clockWord returns the kind of clock word at token k ("am", "pm",
// "zone"), or "".
func (l *Lang) clockWord(toks []token, k int) string {
	c, _ := l.clock.match(toks, k)
	return c
}

// atoiOr reads a number of digits, or returns bad.
func atoiOr(s string, bad int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return bad
	}
	return n
}

// isUnitWord reports whether token k starts a unit ("155mm", "5km").
func (l *Lang) isUnitWord(toks []token, k int) bool {
	_, n := l.units.match(toks, k)
	return n > 0
}

// moneyUnitAt reports whether a currency word stands at token k ("5m euros").
func (l *Lang) moneyUnitAt(toks []token, k int) bool {
	u, n := l.units.match(toks, k)
	return n > 0 && u.isMoney
}

// joinSpacedGroups joins a number and the group of three digits that a
// comma and one space set after it into one number, as some texts write
// thousands ("2, 000ft", "$888, 600"): "000" alone would be a count of
// none. A list of numbers ("3, 4 and 5") has no group of three digits; a
// number after a year ("in 2011, 300 people") follows four digits, and
// one after a day of a month ("May 5, 200 people") a month's name.
func (l *Lang) joinSpacedGroups(toks []text.Token) []text.Token {
	out := toks[:0:0]
	for _, t := range toks {
		n := len(out)
		if n >= 2 && t.Kind == text.Number && len(t.Text) == 3 && allDigits(t.Text) && t.Spaced(out[n-1]) &&
			out[n-1].Text == "," && out[n-1].Start == out[n-2].End && out[n-2].Kind == text.Number && groupHead(out[n-2].Text) &&
			(n < 3 || !l.calendar[strings.ToLower(out[n-3].Text)]) {
			head := out[n-2]
			head.Text += "," + t.Text
			head.End = t.End
			out = append(out[:n-2], head)
			continue
		}
		out = append(out, t)
	}
	return out
}

// groupHead says whether a number may open a number written in groups
// of three digits: one to three digits, not opening with 0, and any
// groups joined to them already.
func groupHead(s string) bool {
	parts := strings.Split(s, ",")
	if len(parts[0]) < 1 || len(parts[0]) > 3 || parts[0][0] == '0' {
		return false
	}
	for k, p := range parts {
		if !allDigits(p) || k > 0 && len(p) != 3 {
			return false
		}
	}
	return true
}

// allDigits says whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// parseDigits reads "1,200", "2.5", "12": the value, the number of decimal
// places and whether thousands separators were used. A comma followed by
// other than three digits is a decimal comma.
func parseDigits(s string) (v float64, decimals int, grouped, ok bool) {
	parts := strings.Split(s, ",")
	if len(parts) > 1 {
		grouped = true
		for _, p := range parts[1:] {
			if len(p) != 3 && !(len(p) > 3 && p[3] == '.') {
				grouped = false
			}
		}
		if grouped {
			s = strings.Join(parts, "")
		} else if len(parts) == 2 && !strings.Contains(s, ".") {
			s = parts[0] + "." + parts[1]
		} else {
			return 0, 0, false, false
		}
	}
	if dot := strings.IndexByte(s, '.'); dot >= 0 {
		decimals = len(s) - dot - 1
		if strings.Count(s, ".") > 1 {
			return 0, 0, false, false
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, 0, false, false
	}
	return v, decimals, grouped, true
}

// wordsAt reads a number in words: "four", "twenty-one", "one hundred and
// twenty", "a million", "half a million", "two dozen".
func (l *Lang) wordsAt(toks []token, j int) (amount, int, bool) {
	total, cur := 0.0, 0.0
	k, any := j, false
	if l.halves[lowAt(toks, k)] && l.articles[lowAt(toks, k+1)] {
		if s, ok := l.scales[lowAt(toks, k+2)]; ok {
			return amount{low: s / 2, high: s / 2, scaled: true}, k + 3, true
		}
	}
	if l.articles[lowAt(toks, k)] {
		if _, ok := l.scales[lowAt(toks, k+1)]; !ok {
			if v, n := l.numbers.match(toks, k); n > 1 {
				return amount{low: v, high: v}, k + n, true
			}
			return amount{}, j, false
		}
		cur, k, any = 1, k+1, true
	}
	for k < len(toks) && toks[k].Kind == text.Word {
		if v, n := l.numbers.match(toks, k); n > 0 {
			cur, k, any = cur+v, k+n, true
			continue
		}
		if v, ok := l.hyphenated(toks[k].low); ok {
			cur, k, any = cur+v, k+1, true
			continue
		}
		if s, ok := l.scales[toks[k].low]; ok && (any || s < 1000) {
			if cur == 0 {
				cur = 1
			}
			if s < 1000 {
				cur *= s
			} else {
				total, cur = total+cur*s, 0
			}
			k, any = k+1, true
			continue
		}
		if l.betweenJoins[toks[k].low] && any && k+1 < len(toks) {
			if _, n := l.numbers.match(toks, k+1); n > 0 && k > j {
				if _, ok := l.scales[toks[k-1].low]; ok {
					k++
					continue
				}
			}
		}
		break
	}
	if !any {
		return amount{}, j, false
	}
	v := total + cur
	return amount{low: v, high: v, scaled: v >= 1000, step: 0.5}, k, true
}

// hyphenatedNumber reports whether a word token is number words joined by
// hyphens ("twenty-one").
func (l *Lang) hyphenatedNumber(t token) bool {
	if t.Kind != text.Word || !strings.ContainsAny(t.low, "-‐‑") {
		return false
	}
	_, ok := l.hyphenated(t.low)
	return ok
}

// hyphenated reads "twenty-one": number words joined by hyphens.
func (l *Lang) hyphenated(w string) (float64, bool) {
	parts := strings.FieldsFunc(w, hyphen)
	if len(parts) < 2 {
		return 0, false
	}
	return l.numberWords(parts)
}

// hyphen says whether r is a hyphen.
func hyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isMeasureWord says whether token t is a measure in one hyphenated word
// (see measureWord).
func (l *Lang) isMeasureWord(t token) bool {
	_, _, ok := l.measureWord([]token{t}, 0)
	return ok
}

// measureWord reads a measure written in words as one hyphenated word,
// as a measure before the noun it describes is ("a four-year contract",
// "a two-week trial", "a twenty-five-year-old man"): number words, then
// the words of a unit. It returns the number and the unit.
func (l *Lang) measureWord(toks []token, j int) (float64, unit, bool) {
	if j >= len(toks) || toks[j].Kind != text.Word || !strings.ContainsFunc(toks[j].low, hyphen) {
		return 0, unit{}, false
	}
	parts := strings.FieldsFunc(toks[j].low, hyphen)
	for n := len(parts) - 1; n >= 1; n-- {
		v, ok := l.numberWords(parts[:n])
		if !ok {
			continue
		}
		var rest []token
		for _, t := range text.Tokenize(strings.Join(parts[n:], "-")) {
			rest = append(rest, token{t, strings.ToLower(t.Text)})
		}
		if u, m := l.units.match(rest, 0); m > 0 && m == len(rest) && !u.isMoney {
			return v, u, true
		}
	}
	return 0, unit{}, false
}

// numberWords reads number words written apart ("twenty", "one"), a
// scale word multiplying those before it ("one", "hundred"), or says they
// are not all number words, each smaller than the one before within the
// scale it is multiplied by ("fifty-fifty" is no number, "one-hundred" is
// 100, "two-hundred-fifty" 250).
func (l *Lang) numberWords(parts []string) (float64, bool) {
	total, cur, last := 0.0, 0.0, math.Inf(1)
	for _, p := range parts {
		if s, ok := l.scales[p]; ok && cur > 0 && cur < s {
			if s < 1000 {
				cur *= s
			} else {
				total, cur = total+cur*s, 0
			}
			last = math.Inf(1)
			continue
		}
		v, n := l.numbers.match([]token{{low: p}}, 0)
		if n == 0 || v >= last {
			return 0, false
		}
		cur, last = cur+v, v
	}
	return total + cur, cur > 0 || total > 0
}

func lowAt(toks []token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].low
}

func joinLow(toks []token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.low
	}
	return strings.Join(ws, " ")
}

// isWord reports whether token k is a word (letters).
func isWord(toks []token, k int) bool {
	return k >= 0 && k < len(toks) && toks[k].Kind == text.Word && unicode.IsLetter([]rune(toks[k].Text)[0])
}
