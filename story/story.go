// Package story collapses near-duplicates, clusters documents into stories
// as they arrive, links stories into threads and orders dated events into a
// timeline.
//
// Placing a document costs the same however large the corpus grows: its
// strongest terms look up candidate stories in an inverted index whose
// posting lists are bounded, and only the few best candidates are scored in
// full. Document frequencies, and so term weights, are accumulated online.
//
// Reading the result regroups all documents at once: each is linked to its
// few nearest neighbours, found through the same kind of bounded index,
// and groups are merged by average similarity over those links, so that
// the cost grows as n·k·log n rather than with the square of the corpus.
package story

import (
	"sort"

	"github.com/parallax-news/parallax"
)

// Item is one document with what earlier stages found in it.
type Item struct {
	Doc        parallax.Document
	Entities   []string // ids of the entities it mentions, with repeats
	Statements []parallax.Statement
}

// Options tunes a Clusterer. The zero value of a field means its default.
type Options struct {
	// Join is the least cosine similarity between a document and a story's
	// centroid for the document to join the story as it is placed.
	Join float64
	// Link is the least similarity between two stories' centroids for them
	// to be linked into one thread.
	Link float64
	// Days is the time scale, in days, over which similarity to a story
	// fades when both the document and the story are dated.
	Days float64
	// Cut is the least average similarity between two groups of documents
	// for refinement to merge them into one story.
	Cut float64
}

// Defaults. Join and Link were tuned on half the topics of a public
// story-clustering set (see the package tests); Days is a year, so that two
// events of one kind years apart are kept apart while the follow-ups of one
// event, weeks later, are not.
const (
	DefaultJoin = 0.30
	DefaultLink = 0.14
	DefaultDays = 365
)

// Clusterer places documents into stories as they arrive, and regroups
// them when the result is read.
type Clusterer struct {
	opt     Options
	vocab   vocabulary
	docs    []*doc
	stories []*cluster
	index   index
	dups    *dedup
}

// New returns an empty Clusterer with the default options.
func New() *Clusterer { return NewWithOptions(Options{}) }

// NewWithOptions returns an empty Clusterer tuned by opt.
func NewWithOptions(opt Options) *Clusterer {
	if opt.Join <= 0 {
		opt.Join = DefaultJoin
	}
	if opt.Link <= 0 {
		opt.Link = DefaultLink
	}
	if opt.Days <= 0 {
		opt.Days = DefaultDays
	}
	if opt.Cut <= 0 {
		opt.Cut = DefaultCut
	}
	return &Clusterer{opt: opt, vocab: newVocabulary(), index: newIndex(), dups: newDedup()}
}

// Add places one document: a near-duplicate of a document already placed
// joins that document's story; any other document joins the most similar
// story or starts a new one.
func (c *Clusterer) Add(it Item) {
	d := c.newDoc(it)
	c.docs = append(c.docs, d)
	if rep, ok := c.dups.add(int32(len(c.docs)-1), it.Doc.Title+"\n"+it.Doc.Body); ok {
		d.dupOf = rep
		c.join(c.docs[rep].story, d)
		d.terms = frequent(d.counts, refineTerms)
		d.counts = nil
		return
	}
	v := c.vocab.weigh(d.counts)
	best, sim := c.bestStory(d, v)
	if best < 0 || sim < c.opt.Join {
		best = int32(len(c.stories))
		c.stories = append(c.stories, newCluster())
	}
	c.join(best, d)
	c.index.add(best, v)
	d.terms = frequent(d.counts, refineTerms)
	d.counts = nil // in the centroid now; only the most frequent terms stay, so memory per document is bounded
}

// join adds d to story s.
func (c *Clusterer) join(s int32, d *doc) {
	d.story = s
	c.stories[s].add(int32(len(c.docs)-1), d.day, d.counts)
}

// bestStory returns the story whose centroid is most similar to d, and the
// similarity, or -1 when no story shares a strong term with d.
func (c *Clusterer) bestStory(d *doc, v vector) (int32, float64) {
	best, bestSim := int32(-1), 0.0
	for _, s := range c.index.candidates(v) {
		sim := c.stories[s].similarity(v, &c.vocab)
		sim *= timeDecay(d.day, c.stories[s], c.opt.Days)
		if sim > bestSim {
			best, bestSim = s, sim
		}
	}
	return best, bestSim
}

// Result returns the near-duplicates, stories and threads so far. The
// stories are those refinement finds over all the documents placed; each
// near-duplicate is in its original's story.
func (c *Clusterer) Result() ([]parallax.Duplicate, []parallax.Story, []parallax.Thread) {
	dups := c.duplicates()
	clusters := c.refined()
	stories := make([]parallax.Story, len(clusters))
	for i, s := range clusters {
		st := parallax.Story{ID: storyID(c.docs[s.docs[0]].id), Label: c.label(s)}
		for _, k := range s.docs {
			st.Docs = append(st.Docs, c.docs[k].id)
		}
		stories[i] = st
	}
	return dups, stories, c.threads(clusters, stories)
}

// refined returns the stories of refinement, with their near-duplicates,
// ordered by their first document.
func (c *Clusterer) refined() []*cluster {
	groups := c.refine()
	at := make(map[int32]*cluster, len(c.docs))
	out := make([]*cluster, len(groups))
	for i, g := range groups {
		s := newCluster()
		for _, k := range g {
			s.add(k, c.docs[k].day, c.docs[k].terms)
			at[k] = s
		}
		out[i] = s
	}
	for k, d := range c.docs {
		if d.dupOf < 0 {
			continue
		}
		root := d.dupOf
		for c.docs[root].dupOf >= 0 {
			root = c.docs[root].dupOf
		}
		at[root].add(int32(k), d.day, d.terms)
	}
	for _, s := range out {
		sort.Slice(s.docs, func(i, j int) bool { return s.docs[i] < s.docs[j] })
	}
	return out
}

func storyID(firstDoc string) string { return "s-" + firstDoc }
