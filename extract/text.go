package extract

import "github.com/parallax-news/parallax"

// fromText extracts the article from a plain-text page.
func fromText(raw parallax.Raw) (parallax.Document, error) {
	return parallax.Document{Body: raw.Data}, nil
}
