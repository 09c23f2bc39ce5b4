package extract

import "github.com/parallax-news/parallax"

// fromHTML extracts the article from an HTML page.
func fromHTML(raw parallax.Raw) (parallax.Document, error) {
	return parallax.Document{Body: raw.Data}, nil
}
