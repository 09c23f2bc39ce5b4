package story

import (
	"math"
	"sort"
	"strings"
)

// maxDocTerms bounds the terms kept per document: its most frequent ones,
// and the keys of the days it names (see frequent). Long documents then
// cost no more than short ones.
const maxDocTerms = 300

// nameBoost multiplies the count of a word capitalised inside a sentence:
// names tell apart two events of the same kind better than common words
// do. Resolved entity ids are not terms: the names as written already
// count, and on a public story set the recogniser's misreadings ("police"
// or "street" as an organisation) cost more than its aliases gained.
const nameBoost = 2

// termCount is a term id with its (boosted) count in one document.
type termCount struct {
	term  int32
	count float32
}

// weight is a term id with a weight.
type weight struct {
	term int32
	w    float64
}

// vector is a sparse vector, sorted by term id, L2-normalised.
type vector []weight

// vocabulary maps terms to ids and accumulates their document frequencies.
type vocabulary struct {
	ids     map[string]int32
	words   []string
	df      []int32
	seen    []int32 // occurrences of each term
	capital []int32 // of which capitalised inside a sentence
	day     []bool  // whether it is the key of a day
	docs    int
	// idfs remembers each term's idf while docs is what it was computed
	// at (only count changes the frequencies, and it counts one more
	// document each time): placing a document weighs the same terms of
	// its forty candidates again and again.
	idfs []memo
}

// memo is an idf as it was computed with docs documents counted.
type memo struct {
	docs int
	idf  float64
}

func newVocabulary() vocabulary { return vocabulary{ids: map[string]int32{}} }

// Tally is a document's terms counted before a vocabulary gives them ids:
// the part of adding a document that reads the document alone, so that it
// can be done ahead, on another goroutine (see Prepare).
type Tally struct {
	counts        map[string]float32 // boosted counts, day keys included
	seen, capital map[string]int32   // occurrences, and those capitalised inside a sentence
	sig           *signature         // of its title and body (minhash), nil for too few words
}

// tally counts the terms of text and the keys of the days it names.
func tally(text string, days []string) *Tally {
	t := &Tally{counts: map[string]float32{}, seen: map[string]int32{}, capital: map[string]int32{}}
	terms(text, func(w string, name bool) {
		t.seen[w]++
		if name {
			t.counts[w] += nameBoost
			t.capital[w]++
		} else {
			t.counts[w]++
		}
	})
	for _, d := range days {
		t.counts["\x00"+d]++
		t.seen["\x00"+d]++
	}
	return t
}

// count returns the terms of t with their counts, registering each
// distinct term as seen in one more document.
func (v *vocabulary) count(t *Tally) []termCount {
	tc := make([]termCount, 0, len(t.counts))
	keys := make([]string, 0, len(t.counts))
	for k := range t.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic ids
	for _, k := range keys {
		tc = append(tc, termCount{term: v.id(k), count: t.counts[k]})
	}
	sort.Slice(tc, func(i, j int) bool { return tc[i].term < tc[j].term })
	tc = v.frequent(tc, maxDocTerms)
	v.docs++
	for _, c := range tc {
		v.df[c.term]++
		w := v.words[c.term]
		v.seen[c.term] += t.seen[w]
		v.capital[c.term] += t.capital[w]
	}
	return tc
}

// frequent returns the day keys of tc and its n most frequent other terms,
// sorted by term id like tc; it returns tc itself when it has no more than
// n terms. Day keys are kept whatever their count: a report names a day
// once or twice, so in a long report they would always lose to its
// repeated words, and the day channel would never see them; yet they say
// more about which development it reports than its hundredth word. They
// stay bounded, as days of the year and their spans.
func (v *vocabulary) frequent(tc []termCount, n int) []termCount {
	if len(tc) <= n {
		return tc
	}
	out := append([]termCount(nil), tc...)
	sort.Slice(out, func(i, j int) bool {
		di, dj := v.day[out[i].term], v.day[out[j].term]
		if di != dj {
			return di
		}
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].term < out[j].term
	})
	days := 0
	for days < len(out) && v.day[out[days].term] {
		days++
	}
	out = out[:min(len(out), days+n)]
	sort.Slice(out, func(i, j int) bool { return out[i].term < out[j].term })
	return out
}

func (v *vocabulary) id(t string) int32 {
	if id, ok := v.ids[t]; ok {
		return id
	}
	id := int32(len(v.df))
	v.ids[t] = id
	v.words = append(v.words, t)
	v.df = append(v.df, 0)
	v.seen = append(v.seen, 0)
	v.capital = append(v.capital, 0)
	v.day = append(v.day, strings.HasPrefix(t, "\x00"+dayPrefix))
	v.idfs = append(v.idfs, memo{docs: -1})
	return id
}

// channel returns the similarity channel of a term.
func (v *vocabulary) channel(t int32) int {
	switch {
	case v.day[t]:
		return dayChannel
	case v.isName(t):
		return nameChannel
	}
	return wordChannel
}

// isName says whether a term is mostly written capitalised inside
// sentences: a name rather than a word.
func (v *vocabulary) isName(t int32) bool { return 2*v.capital[t] > v.seen[t] }

// idf is the smoothed inverse document frequency of a term over the
// documents seen so far.
func (v *vocabulary) idf(t int32) float64 {
	m := &v.idfs[t]
	if m.docs != v.docs {
		*m = memo{v.docs, math.Log(float64(1+v.docs)/float64(1+v.df[t])) + 1}
	}
	return m.idf
}

// rarity is a term's inverse document frequency scaled to [0, 1]: 1 for a
// term no other document has, 0 for one every document has.
func (v *vocabulary) rarity(t int32) float64 {
	if v.docs < 2 || v.df[t] < 2 {
		return 1
	}
	return 1 - math.Log(float64(v.df[t]))/math.Log(float64(v.docs))
}

// weighInto writes the TF-IDF vector of counts under the current
// frequencies into vec, of the same length, and returns it.
func (v *vocabulary) weighInto(vec vector, counts []termCount) vector {
	var norm float64
	for i, c := range counts {
		w := tf(c.count) * v.idf(c.term)
		vec[i] = weight{c.term, w}
		norm += w * w
	}
	if norm == 0 {
		return vec
	}
	norm = math.Sqrt(norm)
	for i := range vec {
		vec[i].w /= norm
	}
	return vec
}

// tfs holds the term frequency weight of the small counts, which are
// most: a count is a whole number, each word counting 1 or nameBoost.
var tfs = func() (out [256]float64) {
	for i := range out {
		out[i] = 1 + math.Log(float64(float32(i)))
	}
	return out
}()

// tf is the weight of a term counted count times in a document.
func tf(count float32) float64 {
	if i := int(count); float32(i) == count && i >= 0 && i < len(tfs) {
		return tfs[i]
	}
	return 1 + math.Log(float64(count))
}

// top returns the n heaviest entries of v.
func (v vector) top(n int) vector {
	t := append(vector(nil), v...)
	sort.Slice(t, func(i, j int) bool {
		if t[i].w != t[j].w {
			return t[i].w > t[j].w
		}
		return t[i].term < t[j].term
	})
	if len(t) > n {
		t = t[:n]
	}
	return t
}
