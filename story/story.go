// Package story collapses near-duplicates, clusters documents into stories,
// links stories into threads and orders dated events into a timeline.
//
// Documents are grouped as they arrive. Two documents are compared over
// three channels: the words they use, the names they give (words written
// capitalised inside sentences) and the calendar days they name. Adding a
// document costs about the same however large the corpus grows: its
// near-duplicate check goes through LSH buckets; document frequencies (and
// so term weights) are accumulated as documents arrive; only its most
// frequent terms are kept; it is linked to its few nearest earlier
// documents, found through an inverted index with bounded posting lists;
// and the small stories it links to are regrouped by average link. The
// cost over a corpus grows as n·k·log n rather than with its square.
package story

import (
	"slices"
	"sort"

	"github.com/parallax-news/parallax"
)

// Item is one document with what earlier stages found in it.
type Item struct {
	Doc        parallax.Document
	Statements []parallax.Statement
	// Names are the registry's names of the entities a document in
	// another language than English mentions, one per mention: they give
	// it the spelling of the reports in English on the same events
	// ("Sergei Lavrov" for "Лаврова").
	Names []string
	// Tally is its terms counted and its text signed, by Prepare; Add
	// does both when it is nil.
	Tally *Tally
}

// Options tunes a Clusterer. The zero value of a field means its default.
type Options struct {
	// Link is the least similarity between two stories' centroids for them
	// to be linked into one thread.
	Link float64
	// Days is the time scale, in days, over which similarity to a story
	// fades when both the document and the story are dated.
	Days float64
	// Cut is the least average similarity between two groups of documents
	// for them to be merged into one story.
	Cut float64
}

// Defaults. Link was tuned on half the topics of a public
// story-clustering set (see the package tests); Days is a year, so that two
// events of one kind years apart are kept apart while the follow-ups of one
// event, weeks later, are not.
const (
	DefaultLink = 0.14
	DefaultDays = 365
)

// Clusterer takes documents as they arrive and places each in a story.
type Clusterer struct {
	opt     Options
	vocab   vocabulary
	docs    []*doc
	dups    *dedup
	placed  []int32       // document index of each placed node
	groups  agglomeration // the stories, over placed nodes
	index   index         // placed nodes by their key terms
	scratch map[int32]float64
}

// New returns an empty Clusterer with the default options.
func New() *Clusterer { return NewWithOptions(Options{}) }

// NewWithOptions returns an empty Clusterer tuned by opt.
func NewWithOptions(opt Options) *Clusterer {
	if opt.Link <= 0 {
		opt.Link = DefaultLink
	}
	if opt.Days <= 0 {
		opt.Days = DefaultDays
	}
	if opt.Cut <= 0 {
		opt.Cut = DefaultCut
	}
	return &Clusterer{opt: opt, vocab: newVocabulary(), dups: newDedup(), index: newIndex(), scratch: map[int32]float64{}}
}

// Add takes one document: it notes whether it nearly duplicates one
// already added, counts its terms into the document frequencies, keeps its
// most frequent terms, so memory per document is bounded, and places it in
// a story. A near-duplicate goes with its original.
func (c *Clusterer) Add(it Item) {
	if it.Tally == nil {
		it = Prepare(it)
	}
	d := c.newDoc(it)
	k := int32(len(c.docs))
	c.docs = append(c.docs, d)
	if rep, ok := c.dups.add(k, it.Tally.sig); ok {
		d.dupOf = rep
	}
	d.terms = c.vocab.frequent(d.counts, placeTerms)
	d.counts = nil
	if d.dupOf < 0 {
		c.place(k)
		if n := len(c.placed); n >= minRegroupAll && n <= maxRegroupAll && n&(n-1) == 0 {
			c.regroupAll()
		}
	}
}

// Dated records the publication date that the n-th document added (from
// 0) learned after it was added, from a copy of its text found elsewhere:
// its story's dates and the choice of its near-duplicates' representative
// then count it as if it had come dated. Where it was placed stays.
func (c *Clusterer) Dated(n int, published string) {
	if n < 0 || n >= len(c.docs) || c.docs[n].day != noDay {
		return
	}
	if t, ok := parseDay(published); ok {
		c.docs[n].day = t
	}
}

// While a corpus is young its term weights move fast: a word in 2 of 20
// documents may be in 200 of 400. So each time the number of placed
// documents doubles, up to maxRegroupAll, every one is linked and grouped
// again under the weights of the moment. That costs at most two
// placements per document; beyond it, weights move slowly, and grouping
// is purely incremental.
const (
	minRegroupAll = 16
	maxRegroupAll = 1024
)

// regroupAll places every document afresh, in arrival order.
func (c *Clusterer) regroupAll() {
	placed := c.placed
	c.placed, c.groups, c.index = nil, agglomeration{}, newIndex()
	for _, k := range placed {
		c.place(k)
	}
}

// Result returns the near-duplicates, stories and threads so far; each
// near-duplicate is in its original's story.
func (c *Clusterer) Result() ([]parallax.Duplicate, []parallax.Story, []parallax.Thread) {
	dups := c.duplicates()
	clusters := c.clusters()
	stories := make([]parallax.Story, len(clusters))
	for i, s := range clusters {
		st := parallax.Story{Label: c.label(s)}
		for _, k := range s.docs {
			st.Docs = append(st.Docs, c.docs[k].id)
		}
		// Named by its least document id, not its first: a document that
		// joins the story renames it only when its id, a hash, sorts
		// before all of the story's, wherever its source sorts, so that
		// a story's address outlives most updates.
		st.ID = "s-" + slices.Min(st.Docs)
		stories[i] = st
	}
	return dups, stories, c.threads(clusters, stories)
}

// clusters returns the stories, with their near-duplicates, ordered by
// their first document.
func (c *Clusterer) clusters() []*cluster {
	groups := c.groups.partition()
	at := make(map[int32]*cluster, len(c.docs))
	out := make([]*cluster, len(groups))
	for i, g := range groups {
		s := newCluster()
		for _, n := range g {
			k := c.placed[n]
			s.add(k, c.docs[k].day, c.docs[k].terms)
			at[k] = s
		}
		out[i] = s
	}
	for k, d := range c.docs {
		if d.dupOf < 0 {
			continue
		}
		root := c.original(d.dupOf)
		at[root].add(int32(k), d.day, d.terms)
	}
	for _, s := range out {
		sort.Slice(s.docs, func(i, j int) bool { return s.docs[i] < s.docs[j] })
	}
	return out
}
