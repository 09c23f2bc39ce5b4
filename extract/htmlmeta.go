package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself outside its text: <meta> tags,
// JSON-LD objects, its <title>, headings and <time> elements.
type pageMeta struct {
	meta  map[string]string // name, property or itemprop (lower case) → first content
	ld    []map[string]any  // JSON-LD objects, @graph members flattened
	title string
	h1    []string
	times []timeElement
	lang  string
	canon string // canonical link
	// bodyNode is the element marked itemprop="articleBody", if any.
	bodyNode *html.Node
}

// timeElement is a <time> element or an element with an itemprop date.
type timeElement struct {
	value   string // datetime attribute or content
	pubdate bool   // marked as the publication date
	prop    string // itemprop, lower case
}

// maxLDBytes bounds one JSON-LD script: larger ones are data dumps, not
// article metadata.
const maxLDBytes = 1 << 20

// readMeta walks the page once and collects its metadata.
func readMeta(root *html.Node) pageMeta {
	m := pageMeta{meta: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			m.element(n)
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Title {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

func (m *pageMeta) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		m.lang = attr(n, "lang")
	case atom.Meta:
		content := strings.TrimSpace(attr(n, "content"))
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			if key := strings.ToLower(attr(n, k)); key != "" && content != "" {
				if _, ok := m.meta[key]; !ok {
					m.meta[key] = content
				}
			}
		}
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.canon == "" {
			m.canon = attr(n, "href")
		}
	case atom.Title:
		if m.title == "" {
			m.title = collapseSpace(textOf(n))
		}
	case atom.H1:
		m.h1 = append(m.h1, collapseSpace(textOf(n)))
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
			m.ld = append(m.ld, decodeLD(textOf(n))...)
		}
	}
	if m.bodyNode == nil && strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		m.bodyNode = n
	}
	if prop := strings.ToLower(attr(n, "itemprop")); strings.HasPrefix(prop, "date") && n.DataAtom != atom.Meta {
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		m.times = append(m.times, timeElement{value: strings.TrimSpace(v), prop: prop})
	} else if n.DataAtom == atom.Time {
		_, pub := attrOK(n, "pubdate")
		m.times = append(m.times, timeElement{value: strings.TrimSpace(attr(n, "datetime")), pubdate: pub})
	}
}

// decodeLD returns the objects of one JSON-LD script; a script that does not
// parse gives none.
func decodeLD(s string) []map[string]any {
	if len(s) > maxLDBytes {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return nil
	}
	var out []map[string]any
	var add func(any, int)
	add = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				add(e, depth+1)
			}
		case map[string]any:
			out = append(out, v)
			if g, ok := v["@graph"]; ok {
				add(g, depth+1)
			}
		}
	}
	add(v, 0)
	return out
}

// ldArticleTypes are the schema.org types whose properties describe the
// page's own article.
var ldArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "blogposting": true,
	"webpage": true, "liveblogposting": true, "socialmediaposting": true,
	"techarticle": true, "scholarlyarticle": true, "report": true, "posting": true,
}

// ldString returns the first string value of key among the page's article
// objects.
func (m *pageMeta) ldString(key string) string {
	for _, o := range m.ld {
		if !isArticle(o) {
			continue
		}
		if s, ok := o[key].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

func isArticle(o map[string]any) bool {
	switch t := o["@type"].(type) {
	case string:
		return ldArticleTypes[strings.ToLower(t)]
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && ldArticleTypes[strings.ToLower(s)] {
				return true
			}
		}
	}
	return false
}

// titles returns what the page gives as its headline, most specific first.
func (m *pageMeta) titles(extracted string) []string {
	var out []string
	for _, t := range []string{extracted, m.meta["og:title"], m.meta["twitter:title"], m.ldString("headline"), m.title} {
		if t != "" {
			out = append(out, t)
		}
	}
	return append(out, m.h1...)
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textOf returns the text inside n, scripts and styles left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Style || c.DataAtom == atom.Script || c.DataAtom == atom.Noscript) {
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// declaredBody returns the article text the page declares: JSON-LD
// articleBody, else the text of the element marked itemprop="articleBody".
func (m *pageMeta) declaredBody() string {
	if s := m.ldString("articleBody"); s != "" {
		return s
	}
	if m.bodyNode == nil {
		return ""
	}
	var lines []string
	for _, p := range paragraphs(m.bodyNode) {
		lines = append(lines, p.text)
	}
	return strings.Join(lines, "\n")
}
