// Package pipeline runs the analysis stages in order: each document flows
// through entity resolution and statement attribution as it is added; the
// corpus-level stages (comparison, stories, timeline) run on what has been
// added so far.
package pipeline

import (
	"cmp"
	"slices"
	"sort"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/claim"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/story"
)

// Options tunes a Pipeline.
type Options struct {
	Entity entity.Options
}

// Pipeline accumulates documents and what was derived from them.
type Pipeline struct {
	reg     *entity.Registry
	stories *story.Clusterer
	items   []story.Item
	seen    map[string]int // document id → index in items
}

// New returns an empty pipeline.
func New(opt Options) (*Pipeline, error) {
	reg, err := entity.NewRegistry(opt.Entity)
	if err != nil {
		return nil, err
	}
	return &Pipeline{reg: reg, stories: story.New(), seen: map[string]int{}}, nil
}

// Add runs the per-document stages on d. A document whose id was already
// added is the same text again: only its source is recorded, among the
// first one's Copies, so Add is idempotent.
func (p *Pipeline) Add(d parallax.Document) {
	if i, ok := p.seen[d.ID]; ok {
		first := &p.items[i].Doc
		if d.Source != first.Source && !slices.Contains(first.Copies, d.Source) {
			first.Copies = append(first.Copies, d.Source)
		}
		first.FillMissing(d)
		return
	}
	p.seen[d.ID] = len(p.items)
	de := p.reg.Resolve(d)
	it := story.Item{Doc: d, Statements: claim.Extract(de, p.reg)}
	p.stories.Add(it)
	p.items = append(p.items, it)
}

// Analysis returns everything derived from the documents added so far.
// Near-duplicate copies keep their statements, but only the representative
// of each set is compared and placed on the timeline, so a reprint neither
// conflicts with its original nor doubles its events.
func (p *Pipeline) Analysis() parallax.Analysis {
	a := parallax.Analysis{Entities: p.reg.Entities()}
	a.Duplicates, a.Stories, a.Threads = p.stories.Result()
	copies := make(map[string]bool, len(a.Duplicates))
	for _, d := range a.Duplicates {
		copies[d.Doc] = true
	}
	docs := make(map[string]parallax.Document, len(p.items))
	var compared, copied []parallax.Statement
	var originals []story.Item
	for _, it := range p.items {
		a.Documents = append(a.Documents, it.Doc)
		docs[it.Doc.ID] = it.Doc
		if copies[it.Doc.ID] {
			copied = append(copied, it.Statements...)
			continue
		}
		originals = append(originals, it)
		compared = append(compared, it.Statements...)
	}
	cr := compare.InStorylines(compared, docs, storylines(a.Stories, a.Threads))
	a.Statements, a.Questions, a.Conflicts = append(cr.Statements, copied...), cr.Questions, cr.Conflicts
	a.Timeline = story.Timeline(originals, a.Stories, a.Threads)
	normalize(&a)
	return a
}

// storylines keys each document by its storyline: the thread of its story,
// or the story itself when no thread holds it.
func storylines(stories []parallax.Story, threads []parallax.Thread) map[string]string {
	threadOf := map[string]string{}
	for _, t := range threads {
		for _, s := range t.Stories {
			threadOf[s] = t.ID
		}
	}
	out := map[string]string{}
	for _, s := range stories {
		line := cmp.Or(threadOf[s.ID], s.ID)
		for _, d := range s.Docs {
			out[d] = line
		}
	}
	return out
}

// normalize makes every list non-nil, so the JSON contract always has arrays,
// and orders documents by source for stable output.
func normalize(a *parallax.Analysis) {
	sort.SliceStable(a.Documents, func(i, j int) bool { return a.Documents[i].Source < a.Documents[j].Source })
	for i := range a.Documents {
		if a.Documents[i].Comments == nil {
			a.Documents[i].Comments = []parallax.Comment{}
		}
	}
	if a.Documents == nil {
		a.Documents = []parallax.Document{}
	}
	if a.Entities == nil {
		a.Entities = []parallax.Entity{}
	}
	if a.Statements == nil {
		a.Statements = []parallax.Statement{}
	}
	if a.Questions == nil {
		a.Questions = []parallax.Question{}
	}
	if a.Conflicts == nil {
		a.Conflicts = []parallax.Conflict{}
	}
	if a.Duplicates == nil {
		a.Duplicates = []parallax.Duplicate{}
	}
	if a.Stories == nil {
		a.Stories = []parallax.Story{}
	}
	if a.Threads == nil {
		a.Threads = []parallax.Thread{}
	}
	if a.Timeline == nil {
		a.Timeline = []parallax.TimelineEvent{}
	}
}
