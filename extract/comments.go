package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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

// isForum reports a thread of numbered post headers or stamped signature
// lines.
func isForum(region []line) bool {
	for i, l := range region {
		if _, ok := forumHeader(l.text); ok {
			return true
		}
		if i > 0 && isSignature(l) {
			return true
		}
	}
	return false
}

// forumHeader reads a numbered forum post header and returns the login:
// a post number, the login and either a presence marker or the login
// again, as forum engines print the name beside the avatar and under it
// ("3. Binder Offline Binder", "12. mika mika").
func forumHeader(s string) (string, bool) {
	if !isNumbered(s) {
		return "", false
	}
	if presenceRE.MatchString(s) {
		if m := numberedRE.FindStringSubmatch(s); m != nil {
			return m[2], true
		}
	}
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 8 || !strings.HasSuffix(f[0], ".") || !isNumber(strings.TrimSuffix(f[0], ".")) {
		return "", false
	}
	if login := f[1]; f[len(f)-1] == login {
		return login, true
	}
	return "", false
}

// isSignature reports a post's signature line: login, display name in
// brackets and a complete date.
func isSignature(l line) bool {
	if l.words > 14 || strings.IndexByte(l.text, '(') <= 0 || !hasYear(l.text) {
		return false
	}
	m := signatureRE.FindStringSubmatch(l.text)
	if m == nil || strings.IndexByte(m[1], ' ') >= 0 || !isAlnum(firstRune(m[1])) || strings.HasPrefix(m[2], "@") {
		return false
	}
	_, ok := readTextDate(m[3])
	return ok
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
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
		if login, ok := forumHeader(l.text); ok {
			cur = open(l.indent)
			cur.Author = login
			l.role = roleComment
			continue
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
		case l.class == classFurniture || uiVocab.opensThread(l) || p.formLabel(i):
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
