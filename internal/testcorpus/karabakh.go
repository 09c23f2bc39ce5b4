package testcorpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// KarabakhDoc is the gold of one page of the Karabakh corpus (its README
// describes every field).
type KarabakhDoc struct {
	Doc            string           `json:"doc"`
	Title          string           `json:"title"`
	Outlet         *string          `json:"outlet"`
	Author         *string          `json:"author"`
	Published      *string          `json:"published"`
	PublishedBasis string           `json:"published_basis"`
	Language       string           `json:"language"`
	Body           []string         `json:"body"`
	Captions       []string         `json:"captions"`
	Chrome         []string         `json:"chrome"`
	Comments       []KarabakhReply  `json:"comments"`
	Entities       []KarabakhEntity `json:"entities"`
	Claims         []KarabakhClaim  `json:"claims"`
}

// Text returns the gold body as parallax joins paragraphs.
func (d KarabakhDoc) Text() string { return strings.Join(d.Body, "\n\n") }

// PublishedDate returns the gold publication date, or "".
func (d KarabakhDoc) PublishedDate() string { return deref(d.Published) }

// OutletName returns the gold outlet, or "".
func (d KarabakhDoc) OutletName() string { return deref(d.Outlet) }

// EntityNames maps the document's entity ids to their canonical names.
func (d KarabakhDoc) EntityNames() map[string]string {
	m := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		m[e.ID] = e.Name
	}
	return m
}

// KarabakhReply is one gold reader comment.
type KarabakhReply struct {
	Author      *string `json:"author"`
	DisplayName *string `json:"display_name"`
	Time        *string `json:"time"`
	Depth       int     `json:"depth"`
	Text        string  `json:"text"`
}

// KarabakhEntity is one gold entity with its surface forms.
type KarabakhEntity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Mentions []string `json:"mentions"`
}

// KarabakhClaim is one gold statement. About and Stance are answers: code
// under test must never be given them.
type KarabakhClaim struct {
	ID             string  `json:"id"`
	Speaker        string  `json:"speaker"`
	SpeakerMention string  `json:"speaker_mention"`
	Cue            *string `json:"cue"`
	Date           *string `json:"date"`
	Venue          *string `json:"venue"`
	Direct         bool    `json:"direct_quote"`
	Content        string  `json:"content"`
	About          string  `json:"about"`
	Stance         string  `json:"stance"`
}

// CueText, DateText and VenueText return the field or "".
func (c KarabakhClaim) CueText() string   { return deref(c.Cue) }
func (c KarabakhClaim) DateText() string  { return deref(c.Date) }
func (c KarabakhClaim) VenueText() string { return deref(c.Venue) }

// KarabakhCorpus is the cross-document gold (gold/corpus.json).
type KarabakhCorpus struct {
	Stories []struct {
		ID    string   `json:"id"`
		Label string   `json:"label"`
		Docs  []string `json:"docs"`
	} `json:"stories"`
	Threads []struct {
		ID      string   `json:"id"`
		Stories []string `json:"stories"`
	} `json:"threads"`
	Conflicts    []KarabakhPair `json:"conflicts"`
	NonConflicts []KarabakhPair `json:"non_conflicts"`
	Timeline     []struct {
		Date  string   `json:"date"`
		Event string   `json:"event"`
		Docs  []string `json:"docs"`
	} `json:"timeline"`
	Propositions map[string]string `json:"propositions"`
}

// KarabakhPair is a gold conflict or look-alike between two claim ids.
type KarabakhPair struct {
	A       string `json:"a"`
	B       string `json:"b"`
	Kind    string `json:"kind"`
	Explain string `json:"explain"`
}

// Karabakh reads the per-document gold of the Karabakh corpus, in file
// order. It skips or fails the test as Dir does when the corpus is absent.
func Karabakh(t testing.TB) []KarabakhDoc {
	t.Helper()
	dir := filepath.Join(Dir(t, "corpus/karabakh"), "gold")
	paths, err := filepath.Glob(filepath.Join(dir, "0*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	out := make([]KarabakhDoc, 0, len(paths))
	for _, p := range paths {
		var d KarabakhDoc
		readJSON(t, p, &d)
		out = append(out, d)
	}
	return out
}

// KarabakhCross reads the cross-document gold of the Karabakh corpus.
func KarabakhCross(t testing.TB) KarabakhCorpus {
	t.Helper()
	var c KarabakhCorpus
	readJSON(t, filepath.Join(Dir(t, "corpus/karabakh"), "gold", "corpus.json"), &c)
	return c
}

func readJSON(t testing.TB, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
