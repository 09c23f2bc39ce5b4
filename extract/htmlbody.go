package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// paragraph is one block of extracted text and the element that held it.
type paragraph struct {
	text    string
	tag     atom.Atom
	heading bool
}

// blockTags end the running paragraph: each starts a block of its own.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Figure: true, atom.Figcaption: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Main: true, atom.Aside: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

var headingTags = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// paragraphs renders the extracted content tree as blocks of text, white
// space inside each collapsed.
func paragraphs(n *html.Node) []paragraph {
	var (
		out []paragraph
		b   strings.Builder
		cur atom.Atom
	)
	flush := func() {
		t := collapseSpace(b.String())
		if t != "" {
			out = append(out, paragraph{text: t, tag: cur, heading: headingTags[cur]})
		}
		b.Reset()
	}
	last := 0
	var walk func(*html.Node, atom.Atom, int)
	walk = func(n *html.Node, block atom.Atom, depth int) {
		switch n.Type {
		case html.TextNode:
			if b.Len() == 0 {
				cur = block
			}
			// A change of depth between two pieces of text marks where
			// an element stood that extraction stripped (a link, a
			// teaser): the pieces were apart on the page.
			if depth != last {
				b.WriteByte(' ')
			}
			last = depth
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				b.WriteByte('\n')
				return
			case atom.Td, atom.Th:
				b.WriteByte('\t')
			}
		}
		isBlock := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if isBlock {
			flush()
			block = n.DataAtom
		}
		last = depth
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, block, depth+1)
		}
		if isBlock {
			flush()
		}
	}
	walk(n, 0, 0)
	flush()
	return out
}

// collapseSpace folds runs of white space to one space, keeping line breaks
// that a <br> made, and removes soft hyphens, which only hint where a word
// may break.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, newline := false, false
	for _, r := range s {
		switch {
		case r == '\u00ad':
			continue
		case r == '\n':
			newline = true
			space = true
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			if newline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		space, newline = false, false
		b.WriteRune(r)
	}
	return b.String()
}

// visibleText returns the text of a page as a reader sees it, one block a
// line.
func visibleText(n *html.Node) string {
	var b strings.Builder
	for _, p := range paragraphs(n) {
		b.WriteString(p.text)
		b.WriteByte('\n')
	}
	return b.String()
}
