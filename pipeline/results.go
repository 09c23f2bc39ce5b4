package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
)

// resultFormat is the shape of what a parallax.DocResult holds (kept); it
// is bumped by hand when that changes.
const resultFormat = "1"

// Version returns the version of the per-document analysers: a hash of
// the running program, whose code and embedded data are the analysers, so
// that results kept by another build of parallax are never reused. It is
// "" when the program cannot be read; then nothing is kept or reused.
var Version = sync.OnceValue(func() string {
	path, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return resultFormat + "-" + hex.EncodeToString(h.Sum(nil)[:12])
})

// kept is what the statement stage found in one document: its statements,
// and the unnamed sources it added to the entity registry on the way.
type kept struct {
	Statements []parallax.Statement `json:"statements"`
	Sources    []entity.SourceCall  `json:"sources"`
}

// statements runs the statement stage on de, or reuses what it found in
// the same document in an earlier analysis when everything it reads is as
// it was then: the document, its mentions, and the registry's type and
// name of each entity they name. The entity stage always runs, since what
// it finds in a document depends on every document before it.
func (p *Pipeline) statements(de entity.DocEntities) []parallax.Statement {
	if p.version == "" {
		return p.extract(de)
	}
	input := p.inputOf(de)
	if r, ok := p.reuse[de.Doc.ID]; ok && r.Input == input {
		delete(p.reuse, de.Doc.ID) // read once: a copy that dates it again changes its input
		var k kept
		if json.Unmarshal(r.Data, &k) == nil && p.reg.Replay(k.Sources) {
			p.reused++
			p.share(k.Statements, de.Doc.ID)
			return k.Statements
		}
	}
	stop := p.reg.RecordSources()
	defer stop()
	st := p.extract(de)
	if data, err := json.Marshal(kept{Statements: st, Sources: stop()}); err == nil {
		p.results[de.Doc.ID] = parallax.DocResult{Doc: de.Doc.ID, Version: p.version, Input: input, Data: data}
	}
	return st
}

// share makes the fields of decoded statements that repeat across
// statements — the document id, speakers, cues, dates, venues, kinds —
// share one string each, as the statement stage's own do, rather than
// hold a copy each.
func (p *Pipeline) share(st []parallax.Statement, doc string) {
	one := func(s *string) {
		if v, ok := p.strings[*s]; ok {
			*s = v
			return
		}
		p.strings[*s] = *s
	}
	for i := range st {
		s := &st[i]
		s.Doc = doc
		for _, f := range []*string{&s.Speaker, &s.SpeakerName, &s.SpeakerFor, &s.Cue, &s.Date, &s.Venue, &s.Kind} {
			one(f)
		}
	}
}

// inputOf hashes what the statement stage reads of de.
func (p *Pipeline) inputOf(de entity.DocEntities) string {
	type named struct {
		entity.Resolved
		Type, Name string
	}
	in := struct {
		Doc      parallax.Document
		Mentions []named
	}{Doc: de.Doc}
	for _, m := range de.Mentions {
		e, _ := p.reg.Lookup(m.Entity)
		in.Mentions = append(in.Mentions, named{m, e.Type, e.Name})
	}
	h := sha256.New()
	json.NewEncoder(h).Encode(in) // a hash never fails to write
	return hex.EncodeToString(h.Sum(nil))
}

// Results returns what the statement stage found in the documents it read
// rather than reused, in the order of their ids, for the store to keep for
// the next analysis (Options.Reuse).
func (p *Pipeline) Results() []parallax.DocResult {
	out := make([]parallax.DocResult, 0, len(p.results))
	for _, r := range p.results {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b parallax.DocResult) int { return strings.Compare(a.Doc, b.Doc) })
	return out
}

// Reused returns how many documents' statements were reused.
func (p *Pipeline) Reused() int { return p.reused }
