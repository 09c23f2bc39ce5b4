package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/araddon/dateparse"
	"github.com/parallax-news/parallax"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Reader comments in HTML are marked up the same way by most publishing
// systems: each comment is an element whose id is "comment-<number>" or
// whose class names it a comment, holding an author, a time and the text;
// replies sit in a list nested inside the comment they answer.
var (
	commentID    = regexp.MustCompile(`(?i)^(div-)?comment-?\d+$`)
	commentClass = regexp.MustCompile(`(?i)^(comment|comment-item|commentlist-item|comment-entry|single-comment|user-comment|reader-comment)$`)
	authorClass  = regexp.MustCompile(`(?i)(^|[-_\s])(author|fn|username|user-name|name|nickname)($|[-_\s])`)
	timeClass    = regexp.MustCompile(`(?i)(date|time|published|metadata|meta)`)
	textClass    = regexp.MustCompile(`(?i)(^|[-_\s])(content|text|body|message)($|[-_\s])`)
	says         = regexp.MustCompile(`(?i)\s*(says|said|wrote|schreibt|a dit|escreveu|dice)\s*:?\s*$`)
)

// maxComments bounds how many comments one page gives.
const maxComments = 5000

// isCommentItem reports whether n is one reader comment.
func isCommentItem(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.A || n.DataAtom == atom.Span {
		return false
	}
	if commentID.MatchString(attr(n, "id")) {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if commentClass.MatchString(c) {
			return true
		}
	}
	return false
}

// splitComments finds the reader comments in the page, removes them from the
// tree so that they cannot be taken for the article, and returns them in
// page order with their reply depth.
func splitComments(root *html.Node) []parallax.Comment {
	var (
		out   []parallax.Comment
		items []*html.Node
	)
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			// The page's headline is never inside a reader comment: an
			// element holding it is a page section named "comment".
			if !isCommentItem(c) || holdsHeadline(c) {
				walk(c, depth)
				continue
			}
			if len(out) >= maxComments {
				return
			}
			if cm, ok := readComment(c, depth); ok {
				out = append(out, cm)
			}
			items = append(items, c)
			for _, r := range replies(c) {
				walk(r, depth+1)
			}
		}
	}
	walk(root, 0)
	for _, n := range items {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return out
}

// replies returns the lists nested in a comment that hold its replies.
func replies(item *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isCommentItem(c) {
				// A comment directly inside another without a list
				// between them is its body or its reply.
				out = append(out, n)
				return
			}
			walk(c)
		}
	}
	walk(item)
	return out
}

// readComment reads author, time and text of one comment, leaving out its
// replies.
func readComment(item *html.Node, depth int) (parallax.Comment, bool) {
	cm := parallax.Comment{Depth: depth}
	var texts []string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isCommentItem(c) {
				return false
			}
			cls := attr(c, "class") + " " + attr(c, "itemprop")
			switch {
			case cm.Author == "" && authorClass.MatchString(cls):
				cm.Author = says.ReplaceAllString(collapseSpace(textOf(c)), "")
			case cm.Time == "" && (c.DataAtom == atom.Time || timeClass.MatchString(cls)):
				// Comment headers hold the time and the author together.
				cm.Time = commentTime(c)
				walk(c)
			case textClass.MatchString(cls) && !containsItem(c) && !holdsHeader(c):
				for _, p := range paragraphs(c) {
					texts = append(texts, p.text)
				}
			default:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	walk(item)
	cm.Text = strings.Join(texts, "\n\n")
	return cm, cm.Text != ""
}

func holdsHeadline(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || holdsHeadline(c)) {
			return true
		}
	}
	return false
}

// holdsHeader reports whether n holds a comment's author or time: then it
// wraps the whole comment, not only its text.
func holdsHeader(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		cls := attr(c, "class") + " " + attr(c, "itemprop")
		if c.DataAtom == atom.Time || authorClass.MatchString(cls) || timeClass.MatchString(cls) || holdsHeader(c) {
			return true
		}
	}
	return false
}

func containsItem(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isCommentItem(c) || (c.Type == html.ElementNode && containsItem(c)) {
			return true
		}
	}
	return false
}

// commentTime returns the time a comment element states, as
// YYYY-MM-DDTHH:MM, from a datetime attribute or from its printed text.
func commentTime(n *html.Node) string {
	var cands []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if v := attr(n, "datetime"); v != "" {
				cands = append(cands, v)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	cands = append(cands, strings.TrimSpace(says.ReplaceAllString(collapseSpace(textOf(n)), "")))
	for _, s := range cands {
		s = strings.Replace(s, " at ", " ", 1)
		if len(s) > 64 || s == "" {
			continue
		}
		if t, err := dateparse.ParseIn(s, time.UTC); err == nil {
			return t.Format("2006-01-02T15:04")
		}
	}
	return ""
}
