package storeutil

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/parallax-news/parallax"
)

// pageSize is how many documents WalkDocuments reads per query: enough to
// make the round trips cheap, few enough to bound memory and to hold no
// transaction or connection while the caller's function runs.
const pageSize = 100

// DocumentColumns are the columns a document is stored in: first those
// DocumentValues gives values for, then revision and previous, which the
// store works out. The lists are JSON text.
const DocumentColumns = `id, source, url, title, outlet, author, published, published_basis, lang, body,
	comments, captions, furniture, foreign_spans, copies, revision, previous`

// DocumentValues returns the values of d for DocumentColumns, up to
// revision: its lists encoded as JSON text, a nil list as null. Its Copies
// are stored each once and never with its own Source.
func DocumentValues(d parallax.Document) ([]any, error) {
	d.Copies = NewSources(parallax.Document{Source: d.Source}, d)
	values := []any{d.ID, d.Source, d.URL, d.Title, d.Outlet, d.Author, d.Published, d.PublishedBasis, d.Lang, d.Body}
	for _, l := range documentLists(&d) {
		b, err := json.Marshal(l.v)
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", l.name, err)
		}
		values = append(values, string(b))
	}
	return values, nil
}

// scanDocument reads a row of DocumentColumns, after the leading columns
// given in lead.
func scanDocument(row Row, lead ...any) (parallax.Document, error) {
	var (
		d     parallax.Document
		lists [5]string
	)
	dest := append(lead, &d.ID, &d.Source, &d.URL, &d.Title, &d.Outlet, &d.Author, &d.Published, &d.PublishedBasis,
		&d.Lang, &d.Body, &lists[0], &lists[1], &lists[2], &lists[3], &lists[4], &d.Revision, &d.Previous)
	if err := row.Scan(dest...); err != nil {
		return d, err
	}
	for i, l := range documentLists(&d) {
		if err := json.Unmarshal([]byte(lists[i]), l.v); err != nil {
			return d, fmt.Errorf("document %s: decode %s: %w", d.ID, l.name, err)
		}
	}
	return d, nil
}

// list is a list of a document stored as JSON text, and its name for
// messages.
type list struct {
	name string
	v    any // a pointer to the list
}

// documentLists returns d's lists in the order of DocumentColumns.
func documentLists(d *parallax.Document) [5]list {
	return [5]list{
		{"comments", &d.Comments}, {"captions", &d.Captions}, {"furniture", &d.Furniture}, {"foreign spans", &d.Foreign},
		{"copies", &d.Copies},
	}
}

// FindDocument reads the document id from row, the result of a query for
// DocumentColumns of that document: an error with code ENotFound when
// there is none, which the driver tells with noRows.
func FindDocument(row Row, id string, noRows error) (parallax.Document, error) {
	d, err := scanDocument(row)
	if errors.Is(err, noRows) {
		return parallax.Document{}, parallax.Errorf(parallax.ENotFound, "no document %q", id)
	}
	if err != nil {
		return parallax.Document{}, fmt.Errorf("get document %s: %w", id, err)
	}
	return d, nil
}

// WalkDocuments calls fn for every stored document, oldest first; it stops
// at the first error fn returns and returns it. It reads a page of
// documents at a time with query, after the last one seen, so memory stays
// bounded and fn may write to the store. page is the store's query for a
// page: seq and DocumentColumns of up to its second parameter's documents
// whose seq is greater than its first, in order of seq.
func WalkDocuments(query QueryFunc, page string, fn func(parallax.Document) error) error {
	var after int64
	for {
		var docs []parallax.Document
		last := after
		err := query(page, []any{after, pageSize}, func(r Row) error {
			d, err := scanDocument(r, &last)
			if err != nil {
				return err
			}
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			return fmt.Errorf("list documents after #%d: %w", after, err)
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(docs) < pageSize {
			return nil
		}
		after = last
	}
}
