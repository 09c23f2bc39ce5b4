// Package extract turns a parallax.Raw page into a parallax.Document: title,
// byline, date, outlet, language and body, with page furniture removed and
// reader comments split out.
package extract

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax"
)

// Extract returns the article in raw. The document's ID is set from its
// normalised title and body. A page that trips a fault in the extractor is
// an error naming the page, never a panic that would stop the pages after it.
func Extract(raw parallax.Raw) (d parallax.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = parallax.Document{}, fmt.Errorf("extractor fault: %v", r)
		}
	}()
	if raw.Kind == parallax.KindHTML {
		d, err = fromHTML(raw)
	} else {
		d, err = fromText(raw)
	}
	if err != nil {
		return d, err
	}
	d.Source, d.URL = raw.Source, raw.URL
	if d.Title == "" {
		d.Title = raw.Title
	}
	if raw.Outlet != "" {
		d.Outlet = raw.Outlet
	}
	if d.Outlet == "" {
		// The site a page was fetched from names it better than the
		// file it was saved in.
		d.Outlet = parallax.SiteOf(d.URL)
	}
	// A feed item's or record's own date is what its publisher stated; a
	// date found in the page text may be any date the article mentions.
	if raw.Published != "" {
		d.Published, d.PublishedBasis = raw.Published, "given by the container (feed item or record)"
	}
	if strings.TrimSpace(d.Title) == "" && strings.TrimSpace(d.Body) == "" {
		// Every empty page would otherwise share one id and stand for
		// every other.
		return d, fmt.Errorf("no article text found")
	}
	d.ID = parallax.DocID(d.Title, d.Body)
	return d, nil
}
