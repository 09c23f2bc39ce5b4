package claim

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
)

// embeddedPosts adds the posts a page embeds from a social network, which
// the network's embed code signs with a line after them: "— Name (@handle)
// October 9, 2018". The lines before the sign-off, back to the blank line
// before them, are the words of the account it names, with no cue. A post
// in which a statement was found already is left to it.
func (d *doc) embeddedPosts() {
	for pi, p := range d.paras {
		na, nb, ok := signOff(d.rs, p.Start, p.End)
		if !ok || pi == 0 {
			continue
		}
		a, b := d.paras[pi-1].Start, d.paras[pi-1].End
		b = trimEnd(d.rs, a, postEnd(d.rs, a, b))
		if b-a < 2 || d.wordsIn(a, b) < 3 || d.statementIn(a, b) {
			continue
		}
		sp := d.account(na, nb)
		if sp == nil {
			continue
		}
		d.add(stmt{speakers: sp, cueAt: -1, direct: true, start: a, end: b, sent: d.sentenceOf(a)})
	}
}

// signOff reports whether rs[a:b] is the sign-off line of an embedded
// post, a dash, a name, a handle in brackets and a date, and returns where
// the name lies.
func signOff(rs []rune, a, b int) (int, int, bool) {
	if a >= b || rs[a] != '—' && rs[a] != '–' && rs[a] != '-' {
		return 0, 0, false
	}
	s := string(rs[a:b])
	i := strings.Index(s, "(@")
	if i < 0 || strings.ContainsRune(s, '\n') {
		return 0, 0, false
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 0 || !strings.ContainsFunc(s[i+j:], unicode.IsDigit) || len(s)-i-j > 40 {
		return 0, 0, false // the date the post was made follows the handle
	}
	na := a + 1
	for na < b && unicode.IsSpace(rs[na]) {
		na++
	}
	nb := a + len([]rune(s[:i]))
	for nb > na && unicode.IsSpace(rs[nb-1]) {
		nb--
	}
	return na, nb, na < nb
}

// postEnd returns where the words of a post in rs[a:b] end: before the
// address of a picture or link the embed code prints after them.
func postEnd(rs []rune, a, b int) int {
	s := string(rs[a:b])
	end := len(s)
	for _, mark := range []string{"pic.twitter.com/", "https://t.co/", "http://t.co/"} {
		if i := strings.Index(s, mark); i >= 0 && i < end {
			end = i
		}
	}
	return a + len([]rune(s[:end]))
}

// statementIn reports whether a statement found so far starts within
// rune offsets [a, b).
func (d *doc) statementIn(a, b int) bool {
	for _, s := range d.stmts {
		if s.start >= a && s.start < b {
			return true
		}
	}
	return false
}

// account returns the speaker a sign-off names in rune offsets [a, b): the
// entity named there, else the account as a source of its own.
func (d *doc) account(a, b int) []speaker {
	for _, m := range d.mentionsIn(a, b) {
		if m.End <= b {
			return []speaker{{id: m.Entity, mention: m.Text}}
		}
	}
	name := string(d.rs[a:b])
	if wordCount(name) == 0 {
		return nil
	}
	m := parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: name}
	return []speaker{{id: d.reg.Source(d.d.ID, parallax.Org, name, m), mention: name}}
}
