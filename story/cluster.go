package story

import (
	"math"
	"sort"
	"strings"
)

// doc is what the Clusterer keeps of one document.
type doc struct {
	id     string
	title  string
	day    int         // days since 1970 of its publication date, or noDay
	counts []termCount // its terms, until it is placed
	story  int32
	dupOf  int32 // index of the earlier document it nearly duplicates, or -1
}

const noDay = math.MinInt32

func (c *Clusterer) newDoc(it Item) *doc {
	d := &doc{id: it.Doc.ID, title: it.Doc.Title, day: noDay, dupOf: -1}
	if t, ok := parseDay(it.Doc.Published); ok {
		d.day = t
	}
	d.counts = c.vocab.count(it.Doc.Title+"\n"+it.Doc.Body, it.Entities)
	return d
}

// cluster is one story: its documents and their centroid. The centroid
// sums each member's length-normalised term frequencies without IDF, so
// that it can be weighed again as document frequencies change.
type cluster struct {
	docs     []int32
	sum      map[int32]float64
	first    int // earliest and latest publication day of its documents
	last     int
	normN    float64 // IDF-weighted norms of the names and the other words, cached
	normW    float64
	normDocs int // corpus size the cached norms were computed at
	dirty    bool
}

func newCluster() *cluster {
	return &cluster{sum: map[int32]float64{}, first: noDay, last: noDay, dirty: true}
}

// add adds document k to the cluster.
func (s *cluster) add(k int32, d *doc) {
	s.docs = append(s.docs, k)
	var n float64
	for _, c := range d.counts {
		f := 1 + math.Log(float64(c.count))
		n += f * f
	}
	n = math.Sqrt(n)
	for _, c := range d.counts {
		s.sum[c.term] += (1 + math.Log(float64(c.count))) / n
	}
	if d.day != noDay {
		if s.first == noDay || d.day < s.first {
			s.first = d.day
		}
		if s.last == noDay || d.day > s.last {
			s.last = d.day
		}
	}
	s.dirty = true
}

// similarity compares the normalised vector v with the centroid weighed
// under voc's current frequencies, on two channels: names and other words.
// Stories of one kind of event share their words; names set them apart,
// so when both sides have names the two cosines count equally.
func (s *cluster) similarity(v vector, voc *vocabulary) float64 {
	normN, normW := s.centroidNorms(voc)
	var dotN, dotW, vN, vW float64
	for _, w := range v {
		name := voc.isName(w.term)
		if name {
			vN += w.w * w.w
		} else {
			vW += w.w * w.w
		}
		f, ok := s.sum[w.term]
		if !ok {
			continue
		}
		if name {
			dotN += w.w * f * voc.idf(w.term)
		} else {
			dotW += w.w * f * voc.idf(w.term)
		}
	}
	simW := 0.0
	if vW > 0 && normW > 0 {
		simW = dotW / math.Sqrt(vW) / normW
	}
	if vN == 0 || normN == 0 {
		return simW
	}
	return nameShare*dotN/math.Sqrt(vN)/normN + (1-nameShare)*simW
}

// nameShare is the weight of the name channel in similarity.
const nameShare = 0.7

// centroidNorms returns the norms of the centroid's name and word parts,
// recomputed when the cluster changed or the corpus grew by a tenth since
// they were last computed: IDF moves slowly, and a full recomputation on
// every document would cost the size of the centroid.
func (s *cluster) centroidNorms(voc *vocabulary) (names, words float64) {
	if !s.dirty && voc.docs*10 < s.normDocs*11 {
		return s.normN, s.normW
	}
	var n, w float64
	for t, f := range s.sum {
		x := f * voc.idf(t)
		if voc.isName(t) {
			n += x * x
		} else {
			w += x * x
		}
	}
	s.normN, s.normW, s.normDocs, s.dirty = math.Sqrt(n), math.Sqrt(w), voc.docs, false
	return s.normN, s.normW
}

// centroidNorm is the norm of the whole weighed centroid.
func (s *cluster) centroidNorm(voc *vocabulary) float64 {
	n, w := s.centroidNorms(voc)
	return math.Sqrt(n*n + w*w)
}

// timeDecay lowers similarity for a dated document far in time from a dated
// story: one event is reported over days, not years.
func timeDecay(day int, s *cluster, scale float64) float64 {
	if day == noDay || s.first == noDay {
		return 1
	}
	gap := 0
	switch {
	case day < s.first:
		gap = s.first - day
	case day > s.last:
		gap = day - s.last
	}
	return math.Exp(-float64(gap) / scale)
}

// label names a story by its first document's title, or else by the top
// terms of its centroid.
func (c *Clusterer) label(i int32) string {
	s := c.stories[i]
	for _, k := range s.docs {
		if t := c.docs[k].title; t != "" {
			return t
		}
	}
	return c.topTerms(s, 5)
}

// topTerms returns the n heaviest words of a centroid, joined by commas.
func (c *Clusterer) topTerms(s *cluster, n int) string {
	var v vector
	for t, f := range s.sum {
		if w := c.vocab.words[t]; !strings.HasPrefix(w, "\x00") {
			v = append(v, weight{t, f * c.vocab.idf(t)})
		}
	}
	sort.Slice(v, func(i, j int) bool { return v[i].term < v[j].term })
	var words []string
	for _, w := range v.top(n) {
		words = append(words, c.vocab.words[w.term])
	}
	return strings.Join(words, ", ")
}
