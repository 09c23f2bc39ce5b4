package storeutil

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/parallax-news/parallax"
)

// A document whose id is stored already is the same text found again. When
// it comes from a source the stored document does not know, the store
// records it as a copy: the source joins the stored document's Copies, and
// the metadata the stored document lacks is filled from it, as the pipeline
// does in memory, so a reprint's byline, date or comments are not lost.

// SourcesColumns are the columns that say where a stored document was
// found: its source, then its copies as JSON text. ScanSources reads them.
const SourcesColumns = `source, copies`

// ScanSources reads a row of SourcesColumns of the document id into the
// Source and Copies of a document.
func ScanSources(row Row, id string) (parallax.Document, error) {
	var (
		d      parallax.Document
		copies string
	)
	if err := row.Scan(&d.Source, &copies); err != nil {
		return d, err
	}
	if err := json.Unmarshal([]byte(copies), &d.Copies); err != nil {
		return d, fmt.Errorf("document %s: decode copies: %w", id, err)
	}
	return d, nil
}

// NewSources returns the sources of d, its Source and then its Copies, that
// stored was not found at, each once and in order. An empty source names
// nowhere and is left out.
func NewSources(stored, d parallax.Document) []string {
	var out []string
	for _, s := range append([]string{d.Source}, d.Copies...) {
		if s != "" && s != stored.Source && !slices.Contains(stored.Copies, s) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// CopyColumns are the columns that recording a copy changes, in the order
// CopyValues gives their values.
const CopyColumns = `url, outlet, author, published, published_basis, comments, copies`

// Copy returns stored with d, a document of the same id, recorded as a copy
// of it: sources, the new sources of d, join its Copies, and the metadata
// it lacks is filled from d. urlTaken says that another document is stored
// at d's URL: then the URL is not filled, for stored would become a second
// first revision there, and the revisions of that URL would no longer form
// one line.
func Copy(stored, d parallax.Document, sources []string, urlTaken bool) parallax.Document {
	if urlTaken {
		d.URL = ""
	}
	stored.Copies = append(slices.Clip(stored.Copies), sources...)
	stored.FillMissing(d)
	return stored
}

// CopyValues returns the values of d for CopyColumns, its lists encoded as
// JSON text.
func CopyValues(d parallax.Document) ([]any, error) {
	comments, err := json.Marshal(d.Comments)
	if err != nil {
		return nil, fmt.Errorf("encode comments: %w", err)
	}
	copies, err := json.Marshal(d.Copies)
	if err != nil {
		return nil, fmt.Errorf("encode copies: %w", err)
	}
	return []any{d.URL, d.Outlet, d.Author, d.Published, d.PublishedBasis, string(comments), string(copies)}, nil
}
