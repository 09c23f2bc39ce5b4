package extract

import "strings"

// minTeaserRun is the shortest run of headline lines taken for a list of
// links to other stories.
const minTeaserRun = 3

// dropTeasers takes out of the body the lists of other stories printed
// inside the article: runs of at least minTeaserRun adjacent body lines,
// none of them a paragraph of prose, each a headline's length and not
// closing like a statement, and shorter runs made only of long headlines.
// It applies only to pages that set their paragraphs apart with blank
// lines, where a run of lines without one is a list; where no line is set
// apart, adjacency tells nothing.
func (p *page) dropTeasers() {
	if !p.spacedParagraphs() {
		return
	}
	run := 0
	for i := p.start; i <= p.end; i++ {
		if i < p.end && p.teaserLine(i) && (run == 0 || p.lines[i].blanks == 0) {
			run++
			continue
		}
		if run >= minTeaserRun || run > 0 && p.longHeadlines(i-run, i) {
			for j := i - run; j < i; j++ {
				p.lines[j].role = roleFurniture
			}
		}
		run = 0
		if i < p.end && p.teaserLine(i) {
			run = 1
		}
	}
}

// longHeadline reports a line in headline case (capitalised words, short
// function words in small letters) too long for a subheading: the headline
// of another story linked from inside the article. A line that capitalises
// every word is the house style of the page's own subheadings, and one
// opening with a label ("A: ...") is a line of an interview.
func (p *page) longHeadline(i int) bool {
	l := p.lines[i]
	return l.words >= 9 && l.caps < l.words && isHeadline(l, endsSentence(l.text)) && !hasLabel(l.text)
}

// longHeadlines reports whether lines[from:to] are all long headlines.
func (p *page) longHeadlines(from, to int) bool {
	for i := from; i < to; i++ {
		if !p.longHeadline(i) {
			return false
		}
	}
	return true
}

// hasLabel reports a line opening with a one-word label and a colon.
func hasLabel(s string) bool {
	i := strings.IndexByte(s, ':')
	return i > 0 && strings.IndexByte(s[:i], ' ') < 0
}

// spacedParagraphs reports whether most prose paragraphs of the main
// region have a blank line before them.
func (p *page) spacedParagraphs() bool {
	spaced, all := 0, 0
	for _, l := range p.lines[p.start:p.end] {
		if l.class == classGood {
			all++
			if l.blanks > 0 {
				spaced++
			}
		}
	}
	return spaced*2 > all
}

// teaserLine reports whether line i can be the headline of a teaser.
func (p *page) teaserLine(i int) bool {
	l := p.lines[i]
	if l.role != roleBody || l.class == classGood || l.words < 2 || l.words > 25 {
		return false
	}
	switch lastRune(l.text) {
	case '.', '!', ':', ';', ',', '。':
		return false
	}
	return true
}

// dropHeadNotes takes out of the body the notes between the headline and
// the first paragraph that do not read as a sentence: a date and category
// line, a reading time, and a standfirst (the summary printed under the
// headline without a final period, set apart from the article by a
// dateline or a caption).
func (p *page) dropHeadNotes() {
	p.dropStandfirst()
	for i := p.start; i < p.end; i++ {
		l := &p.lines[i]
		if l.role != roleBody {
			continue
		}
		if l.class == classGood || l.class == classNearGood {
			return
		}
		if !endsSentence(l.text) {
			l.role = roleFurniture
		}
	}
}

// dropStandfirst takes out the summary at the head of the region when it
// is set apart from the article by a dateline or a caption: one line that
// does not close like a sentence, or, on a page that sets its paragraphs
// apart with blank lines, a block of lines printed without one (the
// bullets of a "Key points" box) shorter than the body after it.
func (p *page) dropStandfirst() {
	i := p.start
	for i < p.end && p.lines[i].role != roleBody {
		i++
	}
	j := i + 1
	for j < p.end && p.lines[j].role == roleBody && p.lines[j].blanks == 0 {
		j++
	}
	if j >= p.end || p.lines[j].role == roleBody {
		return
	}
	if j-i == 1 && endsSentence(p.lines[i].text) || j-i > 1 && (!p.spacedParagraphs() || p.bodyRunes(i, j) >= p.bodyRunes(j, p.end)) {
		return
	}
	for k := i; k < j; k++ {
		p.lines[k].role = roleFurniture
	}
}

// bodyRunes returns the length of the body lines among lines[from:to].
func (p *page) bodyRunes(from, to int) int {
	n := 0
	for _, l := range p.lines[from:to] {
		if l.role == roleBody {
			n += l.runes
		}
	}
	return n
}
