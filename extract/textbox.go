package extract

import "strings"

// maxBoxLines is the most lines of links an inline box ("Related: ...",
// "Read more") holds under its heading.
const maxBoxLines = 10

// markInlineBoxes tells the headings that close an article from those of a
// box of links printed inside it: when prose resumes within maxBoxLines
// short lines of the heading, the heading and the lines under it are a box,
// taken out of the body without ending the article there.
func (p *page) markInlineBoxes() {
	for i := range p.lines {
		if !p.lines[i].ender {
			continue
		}
		end, ok := p.boxEnd(i)
		if !ok {
			continue
		}
		for j := i; j < end; j++ {
			p.lines[j].ender = false
			p.lines[j].boxed = true
		}
	}
}

// boxEnd returns the line after the box opened by the heading at line i,
// and whether the box stands between two blocks of the article's prose.
// The box is a run of title-like lines (short, not closing like a
// sentence) and further headings, right after a paragraph of prose.
func (p *page) boxEnd(i int) (int, bool) {
	if i == 0 || !isProse(p.lines[i-1]) {
		return 0, false
	}
	j := i + 1
	for j < len(p.lines) && j-i-1 <= maxBoxLines && p.titleLike(j) {
		j++
	}
	if j == i+1 || j-i-1 > maxBoxLines {
		return 0, false
	}
	return j, p.resumes(i, j)
}

// titleLike reports a line that can be a link in a box: short and not
// closing like a sentence.
func (p *page) titleLike(j int) bool {
	l := p.lines[j]
	return l.ender || (l.class == classShort || l.class == classNearGood) && !endsSentence(l.text)
}

// isProse reports a line of running prose.
func isProse(l line) bool {
	return l.class == classGood || l.class == classNearGood
}

// resumeSpan is how many lines after a box are looked at for the article's
// prose going on.
const resumeSpan = 4

// resumes reports whether the article's prose goes on after the box in
// lines[i:j]: the next resumeSpan lines hold a paragraph of prose closing
// like a sentence with no widget before it, and neither a closing heading,
// a footer, nor a line opening with a headline listed in or just above the
// box (the same stories again, each with its summary).
func (p *page) resumes(i, j int) bool {
	prose := false
	for _, l := range p.lines[j:min(j+resumeSpan, len(p.lines))] {
		if l.wall || l.ender || !prose && l.class == classFurniture || p.repeatsHeadline(l.text, max(0, i-maxBoxLines), j) {
			return false
		}
		prose = prose || l.class == classGood && endsSentence(l.text)
	}
	return prose
}

// minHeadlineRunes is the shortest box line taken for a headline that a
// teaser may repeat.
const minHeadlineRunes = 20

// repeatsHeadline reports whether s opens with the text of one of the
// lines[i:j].
func (p *page) repeatsHeadline(s string, i, j int) bool {
	for _, l := range p.lines[i:j] {
		if l.runes >= minHeadlineRunes && len(s) > len(l.text) && strings.HasPrefix(s, l.text) {
			return true
		}
	}
	return false
}

// dropRegionBoxes takes out of the body the closing headings the main
// region runs across, with the title-like lines under them: the article
// went on after them, so they head a box of links inside it.
func (p *page) dropRegionBoxes() {
	for i := p.start; i < p.end; i++ {
		if !p.lines[i].ender {
			continue
		}
		p.lines[i].role = roleFurniture
		for i+1 < p.end && p.titleLike(i+1) {
			i++
			p.lines[i].role = roleFurniture
		}
	}
}

// closeRatio is how many times more of the region's prose must come before
// a closing heading than after it for the heading to end the region.
const closeRatio = 2

// closedAt returns where the region lines[start:end] ends: at the first
// closing heading in it that does not head an inline box, when most of the
// region's prose comes before it (closeRatio times what follows); the
// notices and disclaimers after a list of other stories are prose too, and
// may outweigh the heading's penalty.
func (p *page) closedAt(start, end int) int {
	after := 0
	for _, l := range p.lines[start:end] {
		if isProse(l) {
			after += l.runes
		}
	}
	before := 0
	for i := start; i < end; i++ {
		l := p.lines[i]
		if l.ender && before > closeRatio*after {
			return i
		}
		if isProse(l) {
			before += l.runes
			after -= l.runes
		}
	}
	return end
}
