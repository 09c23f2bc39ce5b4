package extract

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"github.com/parallax-news/parallax"
	"golang.org/x/net/html"
)

// maxHTMLBytes bounds the pages extracted: beyond it a page is a dump, not
// an article, and its tree would take memory out of proportion.
const maxHTMLBytes = 32 << 20

// fromHTML extracts the article from an HTML page: the main text through
// trafilatura, cleaned of the headline and furniture it leaves, checked
// against the article text the page declares; reader comments split out
// before extraction; the publication date from metadata and the page.
func fromHTML(raw parallax.Raw) (parallax.Document, error) {
	if len(raw.Data) > maxHTMLBytes {
		return parallax.Document{}, fmt.Errorf("extract html %s: page of %d bytes exceeds the limit of %d", raw.Source, len(raw.Data), maxHTMLBytes)
	}
	root, err := html.Parse(strings.NewReader(raw.Data))
	if err != nil {
		return parallax.Document{}, fmt.Errorf("parse html %s: %w", raw.Source, err)
	}
	meta := readMeta(root)
	d := parallax.Document{Comments: splitComments(root)}
	now := time.Now()
	if !raw.Fetched.IsZero() {
		now = raw.Fetched
	}
	d.Published, d.PublishedBasis = publishedDate(root, &meta, raw.URL, now)

	// The date is already known, so trafilatura's own date search is off.
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	if u, err := url.Parse(raw.URL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	var body []string
	res, err := trafilatura.ExtractDocument(root, opts)
	if err == nil {
		body, d.Furniture = cleanBody(paragraphs(res.ContentNode), meta.titles(res.Metadata.Title))
		d.Title, d.Author, d.Outlet = res.Metadata.Title, res.Metadata.Author, res.Metadata.Sitename
	}
	if declared := meta.declaredBody(); declared != "" {
		body = applyArticleBody(body, declared, visibleText(root), &d.Furniture)
	}
	d.Body = strings.Join(body, "\n\n")
	fillMeta(&d, &meta, raw.URL)
	return d, nil
}

// fillMeta completes what trafilatura did not find from the page's own
// metadata, and sets the language.
func fillMeta(d *parallax.Document, m *pageMeta, pageURL string) {
	if d.Title == "" {
		if t := m.titles(""); len(t) > 0 {
			d.Title = t[0]
		}
	}
	if d.Outlet == "" {
		d.Outlet = m.meta["og:site_name"]
	}
	if d.Outlet == "" {
		d.Outlet = parallax.SiteOf(pageURL)
	}
	if d.Author == "" {
		d.Author = m.meta["author"]
	}
	d.Lang = detectLang(d.Body)
	if d.Lang == "" {
		d.Lang = pageLang(m.lang)
	}
	d.Foreign = foreignSpans(d.Body, d.Lang)
}

// pageLang returns the ISO 639-1 part of an html lang attribute ("en-GB").
func pageLang(attr string) string {
	l, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(attr)), "-")
	if len(l) != 2 {
		return ""
	}
	return l
}
