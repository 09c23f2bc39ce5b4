// Package storygen generates a stream of synthetic news documents with known
// story labels, for benchmarking story clustering at any size without
// shipping anyone's text.
//
// Each story is one event: a kind of event (a sentence pool), and its own
// people, place, organisation and date substituted into the sentences.
// Stories of the same kind share almost all their words, as two real
// events of one kind do; their names and dates tell them apart. Stories
// overlap in time: a few dozen are running at any moment, and their
// documents arrive interleaved.
//
// The sentence pools are the built-in ones written for the project, or
// sentences read from the user's own files (Pools), whose capitalised
// names and dates are replaced by slots.
package storygen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Doc is one generated document with its gold labels.
type Doc struct {
	Name      string // file name, opaque: it carries no label
	Title     string
	Body      string
	Published string // YYYY-MM-DD
	Story     string // gold story label
	Thread    string // gold thread label: the kind of event
}

// Options tunes a Generator.
type Options struct {
	Seed      uint64
	Active    int        // stories running at once; default 40
	MeanSize  int        // mean documents per story; default 10
	Sentences int        // sentences per document; default 7
	Pools     [][]string // sentence pools, one per kind; default the built-in ones
}

// Generator produces documents one at a time, in publication order.
type Generator struct {
	opt     Options
	rng     *rand.Rand
	pools   [][]string
	active  []*story
	stories int
	docs    int
	day     time.Time
}

type story struct {
	id, kind int
	slots    map[string]string
	left     int
	day      time.Time
}

// New returns a Generator.
func New(opt Options) *Generator {
	if opt.Active <= 0 {
		opt.Active = 40
	}
	if opt.MeanSize <= 0 {
		opt.MeanSize = 10
	}
	if opt.Sentences <= 0 {
		opt.Sentences = 7
	}
	pools := opt.Pools
	if len(pools) == 0 {
		pools = kinds
	}
	return &Generator{
		opt:   opt,
		rng:   rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed)),
		pools: pools,
		day:   time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
	}
}

// Next returns the next document of the stream.
func (g *Generator) Next() Doc {
	for len(g.active) < g.opt.Active {
		g.active = append(g.active, g.newStory())
	}
	i := g.rng.IntN(len(g.active))
	s := g.active[i]
	s.left--
	if s.left <= 0 {
		g.active[i] = g.active[len(g.active)-1]
		g.active = g.active[:len(g.active)-1]
	}
	g.docs++
	if g.docs%g.opt.Active == 0 {
		g.day = g.day.AddDate(0, 0, 1)
	}
	pub := s.day.AddDate(0, 0, g.rng.IntN(4))
	if pub.Before(g.day) {
		pub = g.day
	}
	return Doc{
		Name:      fmt.Sprintf("gen-%016x.txt", g.rng.Uint64()),
		Title:     g.fill(g.pools[s.kind][0], s),
		Body:      g.body(s),
		Published: pub.Format("2006-01-02"),
		Story:     fmt.Sprintf("story-%d", s.id),
		Thread:    fmt.Sprintf("kind-%d", s.kind),
	}
}

// newStory starts a story of a random kind with fresh names.
func (g *Generator) newStory() *story {
	g.stories++
	s := &story{id: g.stories, kind: g.rng.IntN(len(g.pools)), day: g.day}
	s.left = 1 + int(g.rng.ExpFloat64()*float64(g.opt.MeanSize-1)+0.5)
	s.slots = map[string]string{
		"{P1}":   g.person(),
		"{P2}":   g.person(),
		"{PL}":   g.place(),
		"{ORG}":  g.org(),
		"{DATE}": s.day.Format("January 2"),
		"{N}":    fmt.Sprint(2 + g.rng.IntN(90)),
		"{M}":    fmt.Sprint(2 + g.rng.IntN(9)),
	}
	return s
}

// body picks sentences from the story's pool, and now and then a shared one.
func (g *Generator) body(s *story) string {
	pool := g.pools[s.kind]
	var lines []string
	for range g.opt.Sentences {
		t := pool[g.rng.IntN(len(pool))]
		if g.rng.IntN(4) == 0 {
			t = shared[g.rng.IntN(len(shared))]
		}
		lines = append(lines, g.fill(t, s))
	}
	return strings.Join(lines, "\n")
}

func (g *Generator) fill(t string, s *story) string {
	for k, v := range s.slots {
		t = strings.ReplaceAll(t, k, v)
	}
	return t
}

// Syllables for names: enough combinations that a 100,000-document stream
// rarely gives two stories the same person or place.
var (
	onsets = []string{"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr"}
	vowels = []string{"a", "e", "i", "o", "u", "ai", "ei", "ou"}
	codas  = []string{"", "n", "r", "s", "l", "m", "k", "nd", "rt", "v"}
)

func (g *Generator) word(syllables int) string {
	var b strings.Builder
	for range syllables {
		b.WriteString(onsets[g.rng.IntN(len(onsets))])
		b.WriteString(vowels[g.rng.IntN(len(vowels))])
		b.WriteString(codas[g.rng.IntN(len(codas))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

func (g *Generator) person() string { return g.word(2) + " " + g.word(2+g.rng.IntN(2)) }
func (g *Generator) place() string  { return g.word(2 + g.rng.IntN(2)) }
func (g *Generator) org() string {
	suffix := []string{"Group", "Holdings", "Authority", "Agency", "Works", "United"}
	return g.word(2) + " " + suffix[g.rng.IntN(len(suffix))]
}
