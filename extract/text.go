package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// maxTextSize bounds the plain-text pages fromText accepts; a saved article
// page is well under a megabyte.
const maxTextSize = 32 << 20

// fromText extracts the article from a plain-text page: every non-blank line
// gets one role (title, byline, body, caption, comment or furniture), the
// body being the densest run of prose lines before any comment thread.
func fromText(raw parallax.Raw) (parallax.Document, error) {
	data := raw.Data
	if len(data) > maxTextSize {
		return parallax.Document{}, fmt.Errorf("extract text %s: page of %d bytes exceeds the %d-byte limit", raw.Source, len(data), maxTextSize)
	}
	if i := strings.IndexByte(data, 0); i >= 0 {
		return parallax.Document{}, fmt.Errorf("extract text %s: binary data (NUL byte at offset %d)", raw.Source, i)
	}
	if !utf8.ValidString(data) {
		data = strings.ToValidUTF8(data, "\uFFFD")
	}
	p := newPage(data)
	return p.document(), nil
}

// page is a plain-text page being taken apart.
type page struct {
	lines  []line
	thread int // index of the first line of the comment thread, or len(lines)
	start  int // the main region is lines[start:end]
	end    int
}

func newPage(data string) *page {
	p := &page{lines: splitLines(data)}
	for i := range p.lines {
		l := &p.lines[i]
		l.class = classify(l)
		l.wall = l.class == classFurniture && isCopyrightNotice(l.lower)
		l.ender = uiVocab.closesArticle(l)
	}
	p.markInlineBoxes()
	p.thread = p.threadStart()
	p.start, p.end = p.mainRegion()
	p.end = p.listTail(p.end)
	return p
}

// listTail extends an article that ends at line end over the list that
// closes it, when nothing but that list follows up to the end of the page
// or its comment thread: lines of items each opened by a bullet ("• Марк
// Шилд (Австралия)", a line-up, a table of results, a roll of names), with
// the headings that introduce them and the sentences between and after
// them. Lists of links to other stories put their bullets on lines of
// their own and are followed by the page's furniture; they stay out.
func (p *page) listTail(end int) int {
	last, items := end, false
	for i := end; i < p.thread; i++ {
		l := p.lines[i]
		switch {
		case l.class == classFurniture || l.ender || l.wall || l.boxed:
			return end
		case bulletItem(l.text):
			last, items = i+1, true
		case endsSentence(l.text) && items:
			last = i + 1
		case l.class != classShort && !endsSentence(l.text):
			return end
		}
	}
	if !items {
		return end
	}
	return last
}

// bulletItem reports whether s opens with a bullet and goes on with words
// on the same line.
func bulletItem(s string) bool {
	rest, ok := strings.CutPrefix(s, "•")
	rest = strings.TrimLeft(rest, "• ")
	return ok && strings.IndexFunc(rest, unicode.IsLetter) >= 0 && strings.IndexFunc(rest, unicode.IsLetter) < 24
}

// document assigns every line its role and gathers the result.
func (p *page) document() parallax.Document {
	var d parallax.Document
	for i := p.start; i < p.end; i++ {
		l := p.lines[i]
		if l.class != classFurniture && !l.boxed && !(l.class == classShort && isDateLine(l.text)) {
			p.lines[i].role = roleBody
		}
	}
	p.dropRegionBoxes()
	p.markCaptions()
	d.Title = p.markTitle()
	d.Author = p.markByline()
	p.dropTeasers()
	p.dropHeadNotes()
	stamped := p.comments()
	d.Comments = make([]parallax.Comment, len(stamped))
	for i, c := range stamped {
		d.Comments[i] = c.Comment
	}
	d.Body = p.body()
	if d.Body == "" && d.Title == "" {
		d.Body = p.bareText()
	}
	d.Captions = p.collect(roleCaption)
	d.Furniture = p.collect(roleFurniture)
	d.Outlet = p.outlet()
	if d.Lang = p.bodyStopLang(); d.Lang == "" {
		d.Lang = detectLang(d.Body)
	}
	d.Foreign = foreignSpans(d.Body, d.Lang)
	d.Published, d.PublishedBasis = p.published(d.Body, stamped)
	return d
}

// threadStart finds the line that opens the reader comments: a thread
// heading or comment-form prompt, or the first post header of a forum
// thread, that comes after some prose, so that a "Comments" link in the
// navigation does not count.
func (p *page) threadStart() int {
	prose := 0
	for i, l := range p.lines {
		if prose >= 150 {
			if uiVocab.opensThread(&p.lines[i]) {
				return i
			}
			if p.forumPost(i) {
				return p.threadHead(i)
			}
		}
		if l.class == classGood {
			prose += l.runes
		}
	}
	return len(p.lines)
}

// forumPost reports whether line i opens a forum post: a numbered header
// or a signature line followed by another post line within a few lines,
// so that one stray numbered item is not taken for a thread.
func (p *page) forumPost(i int) bool {
	l := p.lines[i]
	if _, ok := forumHeader(l.text); ok {
		return true
	}
	return isSignature(l) && i+1 < len(p.lines) && p.lines[i+1].class != classGood
}

// threadHead widens a thread found by its first post to the short line
// just above it, the prompt that opens it ("To comment, sign in"),
// whatever its wording.
func (p *page) threadHead(i int) int {
	if i > 0 {
		if l := p.lines[i-1]; l.class != classGood && l.words <= 14 {
			return i - 1
		}
	}
	return i
}

// isolated reports whether line i stands alone between lines that are not
// prose: the one-sentence summary under a teaser headline, not a paragraph
// of an article.
func (p *page) isolated(i int) bool {
	prose := func(j int) bool {
		if j < 0 || j >= len(p.lines) {
			return false
		}
		l := p.lines[j]
		return l.class == classGood || l.class == classNearGood
	}
	return !prose(i-1) && !prose(i+1)
}

// weight is how much a line adds to a region of article text: prose adds
// its length, furniture and short unpunctuated lines (menus, link lists,
// headlines of other stories) take away.
func (p *page) weight(i int) int {
	l := p.lines[i]
	switch {
	case l.ender:
		return -300 // lists of other stories follow
	case l.boxed:
		return 0 // the article goes on after the box
	}
	switch l.class {
	case classGood:
		if p.isolated(i) {
			return l.runes / 5
		}
		return min(l.runes, 800)
	case classNearGood:
		if p.isolated(i) {
			return 0
		}
		return l.runes / 3
	case classFurniture:
		if l.wall {
			return -1 << 20 // the page footer: no article runs across it
		}
		return -30
	}
	switch {
	case endsSentence(l.text):
		return 0
	case isAllCaps(l.text):
		return -20 // a kicker or section label in capitals
	case l.words >= 4:
		return -5
	}
	return -10
}

// isCopyrightNotice reports a copyright notice.
func isCopyrightNotice(lower string) bool {
	return strings.Contains(lower, "©") || strings.Contains(lower, "copyright") || strings.Contains(lower, "all rights reserved")
}

// mainRegion returns the run of lines before the thread with the greatest
// total weight (the maximum-sum subarray).
func (p *page) mainRegion() (int, int) {
	best, bestS, bestE := 0, 0, 0
	sum, s := 0, 0
	for i := 0; i < p.thread; i++ {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += p.weight(i)
		if sum > best {
			best, bestS, bestE = sum, s, i+1
		}
	}
	// The region opens and closes on prose, not on a stray short line.
	for bestS < bestE && p.lines[bestS].class == classShort {
		bestS++
	}
	for bestE > bestS && p.lines[bestE-1].class == classShort && !endsSentence(p.lines[bestE-1].text) {
		bestE--
	}
	return bestS, p.closedAt(bestS, bestE)
}

// body joins the body lines: lines of one block by a newline, blocks by a
// blank line.
func (p *page) body() string {
	var b strings.Builder
	size := 0
	for _, l := range p.lines[p.start:p.end] {
		size += len(l.text) + 2
	}
	b.Grow(size)
	prev := -1
	for i, l := range p.lines {
		if l.role != roleBody {
			continue
		}
		if prev >= 0 {
			if prev == i-1 && l.blanks == 0 {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(l.text)
		prev = i
	}
	return b.String()
}

// bodyStopLang names the language whose stop words the body lines use,
// from the counts already made, when the evidence is clear (as in
// stopwordLang).
func (p *page) bodyStopLang() string {
	var counts [stopLangs]int
	for _, l := range p.lines {
		if l.role == roleBody {
			for i, n := range l.langs {
				counts[i] += int(n)
			}
		}
	}
	return clearWinner(counts)
}

// bareText keeps a page in which no article region stands out — a note, a
// wire flash, a single sentence — whole, up to its comment thread: without
// the surroundings that tell furniture from prose, dropping every line
// would lose the document.
func (p *page) bareText() string {
	for i := range p.lines[:p.thread] {
		if p.lines[i].text != "" {
			p.lines[i].role = roleBody
		}
	}
	return p.body()
}

// collect returns the text of the lines with role r, in page order.
func (p *page) collect(r role) []string {
	var out []string
	for _, l := range p.lines {
		if l.role == r {
			out = append(out, l.text)
		}
	}
	return out
}
