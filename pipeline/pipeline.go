// Package pipeline runs the analysis stages in order: each document flows
// through entity resolution and statement attribution as it is added; the
// corpus-level stages (comparison, stories, timeline) run on what has been
// added so far.
package pipeline

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"sync"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/claim"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/lang"
	"github.com/parallax-news/parallax/story"
)

// Options tunes a Pipeline.
type Options struct {
	Entity entity.Options
	// Reuse holds, by document id, what the statement stage found in an
	// earlier analysis by analysers of this Version; the pipeline reuses
	// what still holds, and Results returns what it found anew. When it
	// is nil, nothing is reused or kept.
	Reuse map[string]parallax.DocResult
	// ReuseLines holds, by input, what the comparison found in the
	// storylines of an earlier analysis; a storyline whose input is
	// unchanged takes its result, and LineResults returns the results of
	// every storyline of the latest analysis. It is read only while Reuse
	// is not nil.
	ReuseLines map[string]parallax.LineResult
}

// Pipeline accumulates documents and what was derived from them.
type Pipeline struct {
	reg     *entity.Registry
	stories *story.Clusterer
	items   []story.Item
	seen    map[string]int // document id → index in items
	// undated keeps the entities of the documents added without a
	// publication date, by index in items: a copy of the same text that
	// brings one has their statements dated again.
	undated map[int]entity.DocEntities

	version string                        // of the analysers: Version()
	reuse   map[string]parallax.DocResult // Options.Reuse
	results map[string]parallax.DocResult // found anew, by document id
	reused  int
	strings map[string]string // one copy of each repeated string of reused statements

	lines lineResults // of the comparison, by storyline

	// The per-document stages, fields so that a test can make one fail.
	resolve  func(parallax.Document) entity.DocEntities
	extract  func(entity.DocEntities) []parallax.Statement
	clusters func(story.Item)
}

// New returns an empty pipeline.
func New(opt Options) (*Pipeline, error) {
	reg, err := entity.NewRegistry(opt.Entity)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{reg: reg, stories: story.New(), seen: map[string]int{}, undated: map[int]entity.DocEntities{},
		reuse: opt.Reuse, results: map[string]parallax.DocResult{}, strings: map[string]string{},
		lines: lineResults{reuse: opt.ReuseLines}}
	if opt.Reuse != nil {
		p.version = Version()
	}
	p.resolve = reg.Resolve
	p.extract = func(de entity.DocEntities) []parallax.Statement { return claim.Extract(de, reg) }
	p.clusters = p.stories.Add
	return p, nil
}

// StageError is a per-document stage that failed on one document. The
// document keeps what the stages before it produced; the other documents
// are not affected.
type StageError struct {
	Doc    string // the document's source, or its id when it has none
	Stage  string // "entities", "statements" or "stories"
	Reason any    // what the stage panicked with
	Stack  []byte // where, for a bug report
}

func (e *StageError) Error() string {
	return fmt.Sprintf("%s: %s stage failed: %v", e.Doc, e.Stage, e.Reason)
}

// guard runs one stage on one document, turning a panic into a
// *StageError, so that one hostile or unforeseen text cannot stop the
// analysis of the others.
func guard(d parallax.Document, stage string, fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &StageError{Doc: cmp.Or(d.Source, d.ID), Stage: stage, Reason: r, Stack: debug.Stack()}
		}
	}()
	fn()
	return nil
}

// Add runs the per-document stages on d. A document whose id was already
// added is the same text again: only its source is recorded, among the
// first one's Copies, and what the first lacked is filled from it, so Add
// is idempotent. When that fills the publication date, the statements are
// dated again against it, so that the analysis is the same whichever copy
// came first. When a stage fails on d, Add
// returns a *StageError naming d and the stage; d stays in the analysis
// with what the earlier stages found, and later documents are unaffected.
func (p *Pipeline) Add(d parallax.Document) error {
	step, ok := p.read(d)
	if !ok {
		return nil
	}
	return p.place(step)
}

// storyStep is what the story stage does for one document: place a new
// one, or give the date a copy brought to one placed before.
type storyStep struct {
	it        story.Item
	dated     int    // index of the document a copy dated, or -1
	published string // the date it brought
	err       error  // the error of an earlier stage
}

// read runs the entity and statement stages on d and keeps it, returning
// what the story stage is to do with it; ok is false when there is
// nothing to do: a copy that brought no date.
func (p *Pipeline) read(d parallax.Document) (step storyStep, ok bool) {
	if i, seen := p.seen[d.ID]; seen {
		first := &p.items[i].Doc
		if d.Source != first.Source && !slices.Contains(first.Copies, d.Source) {
			first.Copies = append(first.Copies, d.Source)
		}
		first.FillMissing(d)
		de, ok := p.undated[i]
		if !ok || first.Published == "" {
			return storyStep{}, false
		}
		delete(p.undated, i)
		de.Doc = *first
		err := guard(*first, "statements", func() { p.items[i].Statements = p.statements(de) })
		return storyStep{dated: i, published: first.Published, err: err}, true
	}
	p.seen[d.ID] = len(p.items)
	it := story.Item{Doc: d}
	var de entity.DocEntities
	err := guard(d, "entities", func() { de = p.resolve(d) })
	if err == nil && d.Published == "" {
		kept := de
		kept.Body = nil // the body as read is large; dating it again reads it anew
		p.undated[len(p.items)] = kept
	}
	if err == nil {
		err = guard(d, "statements", func() { it.Statements = p.statements(de) })
		it.Names = p.foreignNames(de)
	}
	if err != nil {
		it.Statements = nil
	}
	p.items = append(p.items, it)
	return storyStep{it: prepared(it), dated: -1, err: err}, true
}

// prepared returns it with its terms counted for the story stage, which
// can then count the next document's while it places this one. The count
// is not kept among the items. Should counting fail, it is left to the
// story stage, which counts again under its guard and reports the failure.
func prepared(it story.Item) (out story.Item) {
	out = it
	defer func() {
		if recover() != nil {
			out = it
		}
	}()
	return story.Prepare(it)
}

// foreignNames returns the registry's names of the entities a document in
// a language with its own data in package lang mentions, for the story
// stage to compare it with reports in English.
func (p *Pipeline) foreignNames(de entity.DocEntities) []string {
	if lang.For(de.Doc.Lang) == nil {
		return nil
	}
	var out []string
	for _, m := range de.Mentions {
		if e, ok := p.reg.Lookup(m.Entity); ok && e.Name != m.Text {
			out = append(out, e.Name)
		}
	}
	return out
}

// place runs the story stage of step, returning the error of an earlier
// stage, or else its own.
func (p *Pipeline) place(step storyStep) error {
	if step.dated >= 0 {
		p.stories.Dated(step.dated, step.published)
		return step.err
	}
	err := step.err
	if cerr := guard(step.it.Doc, "stories", func() { p.clusters(step.it) }); err == nil {
		err = cerr
	}
	return err
}

// Feed runs the per-document stages over a stream of documents, the
// entity and statement stages on one goroutine and the story stage on
// another, so that on two cores the second document is read while the
// first is placed. Each stage takes the documents in the order they were
// added, so the analysis is the one Add would give. Until Close returns,
// the Pipeline must be used only through the Feed.
type Feed struct {
	in   chan parallax.Document
	done chan struct{}
	mu   sync.Mutex
	errs []error
}

// feedBuffer is how many documents wait between two stages: enough to
// smooth their different speeds, few enough to hold little memory.
const feedBuffer = 64

// Feed starts the stages' goroutines.
func (p *Pipeline) Feed() *Feed {
	f := &Feed{in: make(chan parallax.Document, feedBuffer), done: make(chan struct{})}
	steps := make(chan storyStep, feedBuffer)
	go func() {
		defer close(steps)
		for d := range f.in {
			if step, ok := p.read(d); ok {
				steps <- step
			}
		}
	}()
	go func() {
		defer close(f.done)
		for step := range steps {
			if err := p.place(step); err != nil {
				f.mu.Lock()
				f.errs = append(f.errs, err)
				f.mu.Unlock()
			}
		}
	}()
	return f
}

// Add queues d and returns the errors of the documents before it that the
// stages have finished since the last call, each a *StageError as Add
// returns it.
func (f *Feed) Add(d parallax.Document) []error {
	f.in <- d
	return f.take()
}

// Close waits for the stages to finish the documents queued and returns
// the errors not yet returned.
func (f *Feed) Close() []error {
	close(f.in)
	<-f.done
	return f.take()
}

func (f *Feed) take() []error {
	f.mu.Lock()
	defer f.mu.Unlock()
	errs := f.errs
	f.errs = nil
	return errs
}

// AddAll adds docs through a Feed in an order of their own — by source,
// then id — rather than the order they were
// read in, so that the analysis of a set of documents is the same whatever
// order its files were listed, walked or stored in: the entity registry
// learns names, the story clusterer places documents, the comparison meets
// statements and a copy's first source becomes its source, all in that
// order. It returns the errors of the stages, each a *StageError.
func (p *Pipeline) AddAll(docs []parallax.Document) []error {
	docs = slices.Clone(docs)
	slices.SortStableFunc(docs, func(a, b parallax.Document) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.ID, b.ID))
	})
	f := p.Feed()
	var errs []error
	for _, d := range docs {
		errs = append(errs, f.Add(d)...)
	}
	return append(errs, f.Close()...)
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
	p.lines.kept, p.lines.reused = nil, 0
	cr := compareLines(compare.Input{Statements: compared, Docs: docs, Lines: storylines(a.Stories, a.Threads),
		Stories: storylines(a.Stories, nil), Entities: a.Entities}, p.compareLine)
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
