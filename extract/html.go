package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"github.com/parallax-news/parallax"
	"golang.org/x/net/html"
)

// fromHTML extracts the article from an HTML page.
func fromHTML(raw parallax.Raw) (parallax.Document, error) {
	root, err := html.Parse(strings.NewReader(raw.Data))
	if err != nil {
		return parallax.Document{}, fmt.Errorf("parse html %s: %w", raw.Source, err)
	}
	var d parallax.Document
	meta := readMeta(root)
	d.Comments = splitComments(root)
	d.Published, d.PublishedBasis = publishedDate(root, &meta, raw.URL, time.Now())
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err == nil {
		body, furniture := cleanBody(paragraphs(res.ContentNode), meta.titles(res.Metadata.Title))
		if declared := meta.declaredBody(); declared != "" {
			body = applyArticleBody(body, declared, visibleText(root), &furniture)
		}
		d.Body = strings.Join(body, "\n\n")
		d.Furniture = furniture
	}
	return d, nil
}
