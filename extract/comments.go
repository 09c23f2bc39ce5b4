package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
)

// stampedComment is a comment with its parsed time, for dating the page.
type stampedComment struct {
	parallax.Comment
	when  stamp
	parts []string // the text, in pieces joined once at the end
	paras bool     // the next text line starts a new paragraph
}

var (
	// numberedRE matches a forum post header: a post number, the login and
	// a presence marker ("3. Binder Offline Binder").
	numberedRE = regexp.MustCompile(`^(\d{1,4})\.\s+(.+?)(?:\s+(?i:offline|online|офлайн|онлайн|не в сети|в сети)\b.*)?$`)
	// signatureRE matches a post's signature line: login, display name in
	// brackets, then the time ("Binder (Miron) 12 November 2020 20: 19").
	signatureRE = regexp.MustCompile(`^(\S.*?)\s*\(([^()]{1,60})\)\s+(.*\d.*)$`)
	// presenceRE tells a numbered forum header from a numbered list item.
	presenceRE = regexp.MustCompile(`(?i)\s(?:offline|online|офлайн|онлайн)\b`)
)

// comments splits the thread region into comments. Forum threads number
// their posts and stamp them; blog threads print a name line before each
// comment. Every line of the region gets the comment or furniture role.
func (p *page) comments() []stampedComment {
	region := p.lines[p.thread:]
	if len(region) == 0 {
		return nil
	}
	var cs []stampedComment
	if isForum(region) {
		cs = p.forumComments()
	} else {
		cs = p.blogComments()
	}
	out := cs[:0]
	for _, c := range cs {
		c.Text, c.parts = strings.Join(c.parts, ""), nil
		if c.Text != "" {
			out = append(out, c)
		}
	}
	return out
}

// isForum reports a thread of numbered posts with presence markers or
// stamped signature lines.
func isForum(region []line) bool {
	for i, l := range region {
		if isNumbered(l.text) && numberedRE.MatchString(l.text) && presenceRE.MatchString(l.text) {
			return true
		}
		if strings.IndexByte(l.text, '(') > 0 && signatureRE.MatchString(l.text) && i > 0 {
			if _, ok := readTextDate(l.text); ok {
				return true
			}
		}
	}
	return false
}

// isNumbered is a cheap test for a line opening with a number, sparing
// numberedRE most lines.
func isNumbered(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// forumComments reads numbered, indented, stamped posts; a reply is
// indented deeper than the post it answers.
func (p *page) forumComments() []stampedComment {
	var (
		cs      []stampedComment
		indents []int // indentation of the open posts, outermost first
		cur     *stampedComment
	)
	open := func(indent int) *stampedComment {
		for len(indents) > 0 && indents[len(indents)-1] >= indent {
			indents = indents[:len(indents)-1]
		}
		cs = append(cs, stampedComment{})
		c := &cs[len(cs)-1]
		c.Depth = len(indents)
		indents = append(indents, indent)
		return c
	}
	for i := p.thread; i < len(p.lines); i++ {
		l := &p.lines[i]
		if isNumbered(l.text) && presenceRE.MatchString(l.text) {
			if m := numberedRE.FindStringSubmatch(l.text); m != nil {
				cur = open(l.indent)
				cur.Author = m[2]
				l.role = roleComment
				continue
			}
		}
		if m := signatureRE.FindStringSubmatch(l.text); m != nil && l.words <= 14 {
			if s, ok := readTextDate(m[3]); ok {
				if cur == nil || len(cur.parts) > 0 || cur.when.year != 0 {
					cur = open(l.indent)
				}
				if cur.Author == "" {
					cur.Author = m[1]
				}
				cur.DisplayName, cur.when = m[2], s
				cur.Time = s.Time()
				l.role = roleComment
				continue
			}
		}
		if cur == nil || l.class == classFurniture {
			continue
		}
		cur.add(l)
	}
	return cs
}

// add appends a text line to the comment: lines of a paragraph joined by
// a newline, paragraphs by a blank line.
func (c *stampedComment) add(l *line) {
	l.role = roleComment
	switch {
	case len(c.parts) == 0:
	case l.blanks > 0 || c.paras:
		c.parts = append(c.parts, "\n\n")
	default:
		c.parts = append(c.parts, "\n")
	}
	c.parts = append(c.parts, l.text)
	c.paras = false
}

// blogComments reads a flat thread where a comment is a name line followed
// by its text; a comment whose name line was lost is recognised by two or
// more blank lines before its text.
func (p *page) blogComments() []stampedComment {
	var (
		cs  []stampedComment
		cur *stampedComment
	)
	for i := p.thread; i < len(p.lines); i++ {
		l := &p.lines[i]
		switch {
		case l.class == classFurniture || uiVocab.opensThread(l.lower, l.words) || p.formLabel(i):
			cur = nil
		case p.nameLine(i):
			cs = append(cs, stampedComment{Comment: parallax.Comment{Author: l.text}})
			cur = &cs[len(cs)-1]
			cur.paras = true
			l.role = roleComment
		default:
			if cur == nil || l.blanks >= 2 && len(cur.parts) > 0 {
				cs = append(cs, stampedComment{})
				cur = &cs[len(cs)-1]
			}
			cur.add(l)
		}
	}
	return cs
}

// nameLine reports whether line i is a commenter's name: a few words with
// no function words, digits or sentence punctuation, on a line of its own,
// followed by the comment's text.
func (p *page) nameLine(i int) bool {
	l := p.lines[i]
	if l.words == 0 || l.words > 4 || l.runes > 40 || endsSentence(l.text) || hasFunctionWord(l.text) {
		return false
	}
	for _, r := range l.text {
		if !(r == ' ' || r == '.' || r == '-' || r == '\'' || r == '_' || unicode.IsLetter(r)) {
			return false
		}
	}
	if l.blanks == 0 && i > p.thread && p.lines[i-1].class != classFurniture {
		return false
	}
	if i+1 >= len(p.lines) {
		return false
	}
	next := p.lines[i+1]
	return next.class != classFurniture && !p.formLabel(i+1)
}

// hasFunctionWord reports whether s holds a stop word, leaving out words in
// capitals, which in a name line are initials ("AM Hants").
func hasFunctionWord(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.ToUpper(w) != w && stopwords[strings.ToLower(w)] != 0 {
			return true
		}
	}
	return false
}

// formLabel reports a short unpunctuated line between two furniture lines:
// a label of the comment form ("Facebook photo") rather than a comment.
func (p *page) formLabel(i int) bool {
	l := p.lines[i]
	if l.words > 6 || endsSentence(l.text) || i == 0 || i+1 >= len(p.lines) {
		return false
	}
	return p.lines[i-1].class == classFurniture && p.lines[i+1].class == classFurniture
}
