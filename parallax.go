// Package parallax holds the domain types that flow through the pipeline
// (ingest → extract → text → entity → claim → compare → story) and the
// interfaces between its stages and the store.
//
// Every derived fact keeps its provenance: the id of the document it was
// found in and rune offsets into that document's Body.
package parallax

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// Kind says how a Raw document's Data is to be read.
type Kind string

const (
	KindText Kind = "text" // plain text, as saved from a page
	KindHTML Kind = "html" // an HTML page
)

// Raw is one document as it came in, before extraction: the bytes of one
// file, feed item, WARC record or JSON Lines record, decoded to UTF-8.
type Raw struct {
	Source    string    // path or URL it was read from; for items inside a container, "container#n"
	URL       string    // the page's own URL when the input knew it
	Title     string    // a title the container gave (feed item, JSONL), else ""
	Outlet    string    // the publisher the container names (a feed's title), else ""
	Published string    // a date the container gave, YYYY-MM-DD or RFC 3339, else ""
	Fetched   time.Time // when it was fetched, when known
	Kind      Kind
	Charset   string // the charset the bytes were decoded from
	Data      string // valid UTF-8
}

// Comment is one reader comment, split out of a page.
type Comment struct {
	Author      string `json:"author"`
	DisplayName string `json:"display_name"`
	Time        string `json:"time"` // YYYY-MM-DDTHH:MM as printed, or ""
	Depth       int    `json:"depth"`
	Text        string `json:"text"`
}

// LangSpan marks a stretch of the body in a language other than the
// document's: rune offsets into Body.
type LangSpan struct {
	Lang  string `json:"lang"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Document is an article extracted from a page.
type Document struct {
	ID             string     `json:"id"`
	Source         string     `json:"source"`
	URL            string     `json:"url"`
	Title          string     `json:"title"`
	Outlet         string     `json:"outlet"`
	Author         string     `json:"author"`
	Published      string     `json:"published"`       // YYYY-MM-DD or RFC 3339, or ""
	PublishedBasis string     `json:"published_basis"` // why that date, or why none
	Lang           string     `json:"lang"`            // ISO 639-1
	Body           string     `json:"body"`            // paragraphs separated by blank lines
	Comments       []Comment  `json:"comments"`
	Captions       []string   `json:"captions,omitempty"`
	Furniture      []string   `json:"furniture,omitempty"` // page furniture lines removed from the body
	Foreign        []LangSpan `json:"foreign,omitempty"`   // fragments in another language
	Copies         []string   `json:"copies,omitempty"`    // other sources where the same text was found
	Revision       int        `json:"revision,omitempty"`  // 1 for the first version of a URL
	Previous       string     `json:"previous,omitempty"`  // id of the previous revision at the same URL
}

// FillMissing completes d's metadata from other, a page with the same text:
// a reprint often drops the byline, the date or the comments that the
// original page had. Only fields d lacks are filled, and only from fields
// other has, so d's own values, and its reason for having no date, stay.
// The text, and so every offset, is the same.
func (d *Document) FillMissing(other Document) {
	if d.Published == "" && other.Published != "" {
		d.Published, d.PublishedBasis = other.Published, other.PublishedBasis
	}
	if d.Author == "" {
		d.Author = other.Author
	}
	if d.Outlet == "" {
		d.Outlet = other.Outlet
	}
	if d.URL == "" {
		d.URL = other.URL
	}
	if len(d.Comments) == 0 && len(other.Comments) > 0 {
		d.Comments = other.Comments
	}
}

// Mention is one place an entity is named: rune offsets into a document's body.
type Mention struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity types.
const (
	Person   = "PERSON"
	Org      = "ORG"
	GPE      = "GPE" // countries, cities and their governments
	Location = "LOC"
	Event    = "EVENT"
)

// Entity is one person, organisation, place or event under all its names.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Stances a statement takes towards its question.
const (
	Affirms = "affirms"
	Denies  = "denies"
	Neutral = "neutral"
)

// Statement kinds: what was said or written, or what the speaker believes,
// expects or intends (believes, thinks, expects, hopes).
const (
	Speech = "speech"
	Belief = "belief"
)

// Statement is a quote or reported statement attributed to a speaker.
type Statement struct {
	ID             string `json:"id"`
	Doc            string `json:"doc"`
	Speaker        string `json:"speaker"` // entity id
	SpeakerName    string `json:"speaker_name"`
	SpeakerFor     string `json:"speaker_for,omitempty"` // entity id of the organisation a spokesperson speaks for
	SpeakerMention string `json:"speaker_mention"`
	Cue            string `json:"cue"`
	Date           string `json:"date"` // YYYY-MM-DD or ""
	Venue          string `json:"venue"`
	Direct         bool   `json:"direct"`
	Kind           string `json:"kind"` // Speech or Belief
	Content        string `json:"content"`
	Start          int    `json:"start"` // rune offsets of Content in the body
	End            int    `json:"end"`
	Question       string `json:"question"` // id of the question it answers, filled by compare
	Stance         string `json:"stance"`
}

// Conflict kinds.
const (
	Contradiction = "contradiction"
	Reversal      = "reversal"
	Refutation    = "refutation"
)

// Conflict is a pair of statements that cannot both stand.
type Conflict struct {
	A       string `json:"a"` // statement ids
	B       string `json:"b"`
	Kind    string `json:"kind"`
	Explain string `json:"explain"`
}

// Question groups statements that answer the same question.
type Question struct {
	ID         string   `json:"id"`
	Label      string   `json:"label"`
	Statements []string `json:"statements"`
}

// Story is a set of documents reporting the same development.
type Story struct {
	ID    string   `json:"id"` // "s-" and the least id of its documents
	Label string   `json:"label"`
	Docs  []string `json:"docs"`
}

// Thread links the stories of one longer storyline, in time order.
type Thread struct {
	ID      string   `json:"id"` // "t-" and the least id of its stories, less "s-"
	Label   string   `json:"label"`
	Stories []string `json:"stories"`
}

// TimelineEvent is a dated event or statement, linked to its sources.
type TimelineEvent struct {
	Date       string   `json:"date"`
	Event      string   `json:"event"`
	Docs       []string `json:"docs"`
	Statements []string `json:"statements"`
	// Basis says how the date was obtained, for a reader to weigh it:
	// "date in the text", "publication date", "statement date", "caption
	// date", or, when the text gave no year, a phrase beginning "year from"
	// that names where the year came from ("year from the story's reports
	// dated 2020-11-10 to 2020-11-12"). An event found in several sources
	// keeps the basis of the first.
	Basis string `json:"basis,omitempty"`
}

// Duplicate records a near-duplicate document collapsed into an earlier one.
type Duplicate struct {
	Doc            string `json:"doc"`
	Representative string `json:"representative"`
}

// Analysis is everything parallax derives from a set of documents: the JSON
// contract of `parallax analyze --json`.
type Analysis struct {
	Documents  []Document      `json:"documents"`
	Entities   []Entity        `json:"entities"`
	Statements []Statement     `json:"statements"`
	Questions  []Question      `json:"questions"`
	Conflicts  []Conflict      `json:"conflicts"`
	Duplicates []Duplicate     `json:"duplicates"`
	Stories    []Story         `json:"stories"`
	Threads    []Thread        `json:"threads"`
	Timeline   []TimelineEvent `json:"timeline"`
}

// DocID returns a document's identity: a hash of its normalised text (title
// and body, case and white space folded), so the same article saved twice,
// with different spacing or from another source, gets the same id.
func DocID(title, body string) string {
	var b strings.Builder
	space := true
	for _, r := range title + "\n" + body {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(b.String())))
	return hex.EncodeToString(sum[:8])
}

// SiteOf returns the host of a web address without a leading "www.", the
// name a page goes by when it names no outlet; "" when rawURL has no host.
func SiteOf(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Hostname() == "" || u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// PutResult says what storing a document did.
type PutResult int

const (
	Added     PutResult = iota // a document not seen before
	Unchanged                  // the same document was already stored: nothing written
	Revised                    // a new version of a document already stored at the same URL
	Copied                     // the same document from a new source: recorded among its Copies, its missing metadata filled
)

func (r PutResult) String() string {
	switch r {
	case Added:
		return "new"
	case Unchanged:
		return "duplicate"
	case Revised:
		return "revision"
	case Copied:
		return "copy"
	}
	return "unknown"
}

// Store keeps documents and what the pipeline derived from them. SQLite is
// the embedded default; other backends implement the same interface and pass
// the same conformance tests.
type Store interface {
	// PutDocument stores d unless a document with its ID is already stored.
	// When another document is stored at the same non-empty URL, d becomes a
	// new revision of it: Revision and Previous are set on the stored copy.
	// When d's ID is stored and d comes from a source it was not found at,
	// the source joins the stored document's Copies and its empty metadata
	// is filled from d (Document.FillMissing), except a URL another document
	// is stored at: the result is Copied.
	PutDocument(ctx context.Context, d Document) (PutResult, error)
	// Document returns the document with that id, or an error with code
	// ENotFound.
	Document(ctx context.Context, id string) (Document, error)
	// Documents calls fn for every stored document, oldest first; it stops
	// at the first error fn returns and returns it.
	Documents(ctx context.Context, fn func(Document) error) error
	// CountDocuments returns how many documents are stored.
	CountDocuments(ctx context.Context) (int, error)
	// PutAnalysis replaces the stored derived facts with a, and the stored
	// story pages with pages (made from a; none when no server is to show
	// them), in one transaction.
	PutAnalysis(ctx context.Context, a Analysis, pages ...StoryPage) error
	// StoryPage returns the page of the story with that id stored with the
	// analysis, or an error with code ENotFound.
	StoryPage(ctx context.Context, id string) (StoryPage, error)
	// StorySummaries calls fn with the Story and Summary of every story
	// page stored with the analysis, in the order stored, Page left nil; it
	// stops at the first error fn returns and returns it.
	StorySummaries(ctx context.Context, fn func(StoryPage) error) error
	// Analysis returns the derived facts last stored by PutAnalysis, each
	// list in the order it was stored; lists with nothing stored are empty,
	// not nil. Documents is left empty: Documents streams them.
	Analysis(ctx context.Context) (Analysis, error)
	// AnalysisStamp returns a number that changes each time PutAnalysis
	// stores an analysis, in this process or another: a reader that keeps
	// the stamp it read with an analysis knows when to read it again.
	AnalysisStamp(ctx context.Context) (int64, error)
	// PutDocResults stores what the per-document stages found in each
	// document, replacing what was stored for the same document.
	PutDocResults(ctx context.Context, rs []DocResult) error
	// DocResults calls fn for every stored DocResult of that analyser
	// version, in no particular order; it stops at the first error fn
	// returns and returns it.
	DocResults(ctx context.Context, version string, fn func(DocResult) error) error
	// PutLineResults replaces every stored LineResult with rs: what the
	// latest analysis found in its storylines.
	PutLineResults(ctx context.Context, rs []LineResult) error
	// LineResults calls fn for every stored LineResult of that analyser
	// version, in no particular order; it stops at the first error fn
	// returns and returns it.
	LineResults(ctx context.Context, version string, fn func(LineResult) error) error
	// Search returns the page of stored documents that q asks for, how many
	// match in all, and the facets of all the matches. Text is never read
	// as query syntax: any text is a valid query. An invalid date, a from
	// date after the to date, or a negative limit or offset is an error
	// with code EInvalid.
	Search(ctx context.Context, q SearchQuery) (SearchResult, error)
	// Close releases the store.
	Close() error
}

// DocResult is what the per-document analysis stages found in one
// document, kept in the store so that the next analysis reuses it rather
// than reading the document again. It holds while the analysers are of
// Version and what they read of the document and the corpus hashes to
// Input; Data is the stages' own encoding of what they found.
type DocResult struct {
	Doc     string
	Version string
	Input   string
	Data    []byte
}

// LineResult is what the comparison found in one storyline, kept in the
// store so that the next analysis reuses it while the storyline is as it
// was. It holds while the analysers are of Version and what the comparison
// read of the storyline hashes to Input; Data is the stage's own encoding
// of what it found.
type LineResult struct {
	Version string
	Input   string
	Data    []byte
}

// StoryPage is what the page of one story shows, stored with the analysis
// it was made from, so that a server shows a story, and lists the stories,
// by reading them alone rather than the whole analysis. Summary and Page
// are the report's encodings of the story's counts and of its page.
type StoryPage struct {
	Story   string // the story's id
	Summary []byte
	Page    []byte
}

// Application error codes, mapped once to exit codes and HTTP statuses.
const (
	EInvalid      = "invalid"
	ENotFound     = "not_found"
	EConflict     = "conflict"
	EUnauthorized = "unauthorized"
	EInternal     = "internal"
)

// Error is an application error with a code.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Errorf returns an *Error with the given code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of an *Error in err's chain, or EInternal.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	}
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// SearchQuery asks for the stored documents that match free text and
// facet filters. Every filter left empty matches everything.
type SearchQuery struct {
	// Text is the words to find in titles and bodies, all of them, as
	// whole words in any case (an index may fold more together, such as
	// accents); "double-quoted" words are a phrase. It is never read as
	// query syntax. Text with no words matches every document, newest
	// first.
	Text    string
	Outlet  string // exact outlet
	Lang    string // ISO 639-1
	Story   string // story id
	Speaker string // entity id of a speaker with a statement in the document
	From    string // YYYY-MM-DD: published on or after
	To      string // YYYY-MM-DD: published on or before
	Limit   int    // hits returned; 0 means 20, and more than 100 means 100
	Offset  int    // hits skipped, for paging
}

// SearchResult is one page of hits, how many documents matched in all, and
// the facets of all of them.
type SearchResult struct {
	// Total is how many documents match, or, when More is true, how many
	// were counted before the count stopped: at most a bound
	// (10,000), so that a word most documents hold costs no more to count
	// than one that many hold.
	Total int  `json:"total"`
	More  bool `json:"more,omitempty"`
	// Ranked is how many of the matches the hits were chosen among and the
	// facets count: all of them, or, when very many match, the most
	// recently stored of them. When More is true, the hits are those
	// latest matches newest first, not ranked.
	Ranked int         `json:"ranked"`
	Hits   []SearchHit `json:"hits"`
	// Facets count the Ranked matching documents by "outlet", "lang",
	// "story", "speaker" and "month" (YYYY-MM of publication), most
	// frequent first. A document counts once per value it has.
	Facets map[string][]FacetCount `json:"facets"`
}

// SearchHit is a matching document, with a passage of its body around its
// first match.
type SearchHit struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	// Snippet is a passage of the body; Start is its rune offset in the
	// body, and Highlights the matched words, as rune offsets in the body.
	Snippet    string `json:"snippet"`
	Start      int    `json:"start"`
	Highlights []Span `json:"highlights"`
}

// Span is a stretch of a document's body, in rune offsets.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// FacetCount is one value of a facet and how many matching documents have
// it. Label is a readable name where Value is an id (a story or speaker).
type FacetCount struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
	Count int    `json:"count"`
}
