package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// captionPhrases mark photo captions and credits in the languages read most;
// captionSigns are those that open with a symbol.
var (
	captionPhrases = []string{
		"photo:", "photo by", "file photo", "photograph:", "image:", "picture:",
		"credit:", "credit...", "getty images", "image caption", "image copyright",
		"photo credit", "ap photo", "shutterstock", "фото:", "foto:", "bild:", "crédit", "imagem:"}
	captionSigns = []string{"(photo", "[photo", "[file:", "(file:", "/ reuters", "/ afp", "/ ap", "(reuters)", "(afp)"}
)

// creditRE matches a photo credit closing a caption: a name, a slash and
// an agency or outlet ("Doug Mills/The New York Times", "(NASA/JPL-Caltech)").
var creditRE = regexp.MustCompile(`(?:^|[\s(.])\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}\s?/\s?\p{Lu}[\p{L}.'&-]*(?:\s\p{Lu}[\p{L}.'&-]*){0,4}\)?$`)

// endsWithCredit reports a line closing with a photo credit; only its
// tail is searched, and only when it has a slash.
func endsWithCredit(s string) bool {
	i := strings.LastIndexByte(s, '/')
	if i < 0 || len(s)-i > 60 {
		return false
	}
	from := max(0, i-60)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	return creditRE.MatchString(s[from:])
}

// markCaptions gives the caption role to lines in or just above the main
// region that repeat the line right before them (an image's alternative
// text followed by its printed caption) or that carry a photo credit.
func (p *page) markCaptions() {
	from := max(0, p.start-8)
	for i := from; i < p.end; i++ {
		l := &p.lines[i]
		if l.role != roleBody && i >= p.start || l.class == classFurniture {
			continue
		}
		dup := i+1 < len(p.lines) && p.lines[i+1].blanks == 0 && p.lines[i+1].text == l.text
		if dup && l.words >= 3 {
			l.role, p.lines[i+1].role = roleCaption, roleCaption
			continue
		}
		if l.words <= 40 && i >= p.start && (l.phrases&phraseCaption != 0 || hasAny(l.lower, captionSigns) && !datelineRE.MatchString(l.text) || endsWithCredit(l.text)) {
			l.role = roleCaption
		}
	}
}

// datelineRE matches the dateline opening a wire story, whose agency in
// brackets is no photo credit ("NEW YORK (Reuters) - Oil prices fell").
var datelineRE = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M} ,.'-]{0,40}?\s?\([^()]{1,30}\)\s*[-–—]`)

// hasAny reports whether s contains any of subs.
func hasAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// markTitle finds the headline: a line of a few words without a final
// period above the body or at its top, preferring one the page prints more
// than once and one close to the body. Every repetition of it becomes a
// title line.
func (p *page) markTitle() string {
	script := p.bodyScript()
	best, bestScore := -1, 0
	from := max(0, p.start-40)
	// The headline may also open the region, above its first paragraph.
	to := min(len(p.lines), max(p.start+2, p.firstParagraph()+1))
	for i := from; i < to; i++ {
		l := p.lines[i]
		if !p.titleCandidate(l, script) {
			continue
		}
		score := 10 - min(9, p.start-i) // nearness to the body
		if i >= p.start {
			score = 8
		}
		if l.repeat > 1 {
			score += 6
		}
		if l.words >= 4 {
			score += 3
		}
		if p.leadsBody(i) {
			score += 3
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return ""
	}
	title := p.lines[best].text
	for i := range p.lines[:min(len(p.lines), p.end)] {
		if p.lines[i].text == title {
			p.lines[i].role = roleTitle
		}
	}
	return title
}

// titleCandidate reports whether l can be the headline: a few words, no
// final period, not a byline, a date or furniture, in the body's script.
func (p *page) titleCandidate(l line, script *unicode.RangeTable) bool {
	if l.class == classFurniture || l.role == roleCaption || l.words < 2 || l.words > 30 || l.runes > 250 {
		return false
	}
	if endsWithPeriod(l.text) || isNavigation(l.text) || isByline(l) || isDateLine(l.text) {
		return false
	}
	return script == nil || dominantScript(l.text) == script
}

// endsWithPeriod reports whether s ends with a full stop, inside closing
// quotes or brackets too: a line ending `… told jurors.”` is a sentence of
// the story, not its headline.
func endsWithPeriod(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	return strings.HasSuffix(s, ".")
}

// leadsBody reports whether line i stands right above the first paragraph
// of the body, where a page prints its headline.
func (p *page) leadsBody(i int) bool {
	return i+1 == p.firstParagraph() && p.lines[i].class != classGood && !endsSentence(p.lines[i].text)
}

// firstParagraph returns the index of the first prose paragraph of the
// main region, or its end.
func (p *page) firstParagraph() int {
	i := p.start
	for i < p.end && p.lines[i].class != classGood {
		i++
	}
	return i
}

// navSeparators divide the labels of a navigation line.
const navSeparators = "|•·»›>"

// isNavigation reports a line of three or more short labels divided by a
// separator ("Home | News | Region | Contact", "World › Europe › Ukraine"):
// a menu or breadcrumb trail, never a headline.
func isNavigation(s string) bool {
	i := strings.IndexAny(s, navSeparators)
	if i < 0 {
		return false
	}
	sep, _ := utf8.DecodeRuneInString(s[i:])
	parts := strings.Split(s, string(sep))
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts {
		if n := len(strings.Fields(part)); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// bodyScript returns the script most of the main region is written in.
func (p *page) bodyScript() *unicode.RangeTable {
	var t scriptTally
	size := 0
	for _, l := range p.lines[p.start:p.end] {
		if l.class == classGood {
			t.add(l.text)
			if size += len(l.text); size > 2000 {
				break
			}
		}
	}
	return t.winner()
}

// isByline reports a byline, testing its first word before bylineRE.
func isByline(l line) bool {
	switch firstWord(l.lower) {
	case "by", "von", "por", "par", "oleh", "автор", "written", "posted":
		return bylineRE.MatchString(l.text)
	}
	return false
}

// bylineRE matches a byline: "By Jane Doe", "von Max Muster", "Автор: ...".
var bylineRE = regexp.MustCompile(`(?i)^(?:by|von|por|par|oleh|автор:?|written by|posted by)\s+(\p{Lu}.*)$`)

// markByline takes the author from a byline line near the top of the body
// and gives that line the byline role. Other short bylines inside the main
// region ("By Reuters" under a photo) are furniture, not body.
func (p *page) markByline() string {
	for i := p.start; i < p.end; i++ {
		if l := &p.lines[i]; l.role == roleBody && l.words <= 6 && isByline(*l) {
			l.role = roleFurniture
		}
	}
	from := max(0, p.start-10)
	to := min(len(p.lines), p.start+3)
	for i := from; i < to; i++ {
		l := &p.lines[i]
		if l.words > 14 || l.role == roleTitle || l.role == roleCaption {
			continue
		}
		m := bylineRE.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		if name := personName(m[1]); name != "" {
			l.role = roleByline
			return name
		}
	}
	return ""
}

// personName cuts a byline down to the name: up to the first bracket,
// separator or date, and only if it reads as a name (a few capitalised
// words).
func personName(s string) string {
	if i := strings.IndexAny(s, "(|,•·/\n"); i >= 0 {
		s = s[:i]
	}
	for _, sep := range []string{" - ", " – ", " — ", " on ", " am ", " em "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 {
		return ""
	}
	for _, w := range f {
		r := []rune(w)[0]
		if unicode.IsDigit(r) {
			return ""
		}
	}
	return s
}

// The forms an outlet names itself in: a donation widget, a copyright
// notice, a link back to the home page.
var (
	supportRE   = regexp.MustCompile(`^(?i:support|donate to|поддержите|unterstützen sie|apoie o|apoie a|dukung)\s+(\p{Lu}[\p{L}\p{N}.&' -]{1,40})$`)
	copyrightRE = regexp.MustCompile(`(?:[Cc]opyright\s*©|©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?(\p{Lu}[\p{L}\p{N}.&' -]{1,50}?)\s*(?:[.,|]|all rights|$)`)
	sourceRE    = regexp.MustCompile(`^(?i:source|sources|sumber|fonte|quelle|источник|fuente|via)\s*:\s*(\p{Lu}[\p{L}\p{N}.&' -]{1,40})$`)
	mastheadRE  = regexp.MustCompile(`\bHome\s+[–—|-]\s+(\p{Lu}[\p{L}\p{N}.&' ]{1,40}?)\s*(?:[)|]|$)`)
)

// outletHint is a cheap test that a line may name the outlet, sparing
// the regular expressions most lines.
func outletHint(lower string) bool {
	return strings.Contains(lower, "©") || strings.Contains(lower, "copyright") || strings.Contains(lower, "(c)") ||
		strings.Contains(lower, "home") || strings.IndexByte(lower, ' ') > 0 && supportHint(lower) || sourceHint(lower)
}

// supportHint reports a line opening with a donation appeal.
func supportHint(lower string) bool {
	for _, p := range []string{"support", "donate", "поддерж", "unterstütz", "apoie", "dukung"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// sourceHint reports a line that may credit the story's source
// ("Source: Northgate Wire").
func sourceHint(lower string) bool {
	label, _, ok := strings.Cut(lower, ":")
	return ok && sourceLabels[strings.TrimSpace(label)]
}

// sourceLabels introduce the credit of a reprinted story.
var sourceLabels = map[string]bool{"source": true, "sources": true, "sumber": true, "fonte": true, "quelle": true, "источник": true, "fuente": true, "via": true}

// outlet returns the outlet's name when the page names it: a donation
// widget ("Support X"), a source credit ("Source: X"), a copyright line
// ("© 2020 X") or a masthead link ("Home – X").
func (p *page) outlet() string {
	var cands []string
	for _, l := range p.lines {
		if l.role != roleBody && l.role != roleComment && l.words <= 20 && outletHint(l.lower) {
			cands = append(cands, l.text)
		}
	}
	for _, re := range []*regexp.Regexp{supportRE, sourceRE, copyrightRE, mastheadRE} {
		for _, c := range cands {
			if re == mastheadRE && isNavigation(c) {
				continue // a menu's "Home | News" names a section, not the outlet
			}
			if m := re.FindStringSubmatch(c); m != nil {
				return strings.TrimSpace(m[1])
			}
		}
	}
	return ""
}
