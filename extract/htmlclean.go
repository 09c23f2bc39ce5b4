package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A page's furniture that survives content extraction: lines that label a
// list of links to other articles, ask the reader to do something
// (subscribe, follow, sign up), or credit the staff.
var (
	// tailLabel is a line that introduces links to other articles; the
	// line and the titles listed under it are furniture.
	tailLabel = regexp.MustCompile(`(?i)^(related( (articles|stories|coverage|content|posts|news|reading))?|more( (from|on|about|stories|great \pL+ stories)\b.*)?|read (more|also|next)|see also|recommended( for you| reading)?|you (may|might) also like|popular on \pL+.*|most (read|popular)|also read|trending( now)?|further reading|more in \pL+.*)\s*[:.…]*$`)
	// labelledLink is a one-line pointer to another article.
	labelledLink = regexp.MustCompile(`(?i)^(related|read more|read also|also read|also|see also|more|watch|listen|read next|recommended)\s*:\s*\S`)
	// callToAction is a line that asks the reader to do something.
	callToAction = regexp.MustCompile(`(?i)\b(sign up|subscribe|newsletters?|follow (us|\pL+( \pL+)?) on|thanks for signing up|your inbox|processing your subscription|click here|all rights reserved|may (get|earn) a (share|commission)|affiliate (link|commission)s?|listen (to \pL+ )?live)\b`)
	// staffCredit names who reported, wrote or edited the article.
	staffCredit = regexp.MustCompile(`(?i)^(\(?(reporting|additional reporting|writing|editing|compiled|edited) by\b|sources?\s*:)`)
)

// maxFurnitureRunes bounds the lines taken for furniture by their
// vocabulary: longer ones are prose that mentions the words.
const maxFurnitureRunes = 220

// maxTailLineRunes bounds the lines of a list of links after a label.
const maxTailLineRunes = 160

// cleanBody removes the headline and standfirst from the start of the
// extracted blocks and the furniture lines anywhere; it returns the body's
// paragraphs and the lines removed.
func cleanBody(ps []paragraph, titles []string) (body, furniture []string) {
	ps = dropHeadline(ps, titles, &furniture)
	for i := 0; i < len(ps); i++ {
		t := ps[i].text
		switch {
		case tailLabel.MatchString(t):
			// The label and the list of titles under it, up to the
			// next sentence of prose.
			furniture = append(furniture, t)
			for i+1 < len(ps) && isLinkTitle(ps[i+1].text) {
				i++
				furniture = append(furniture, ps[i].text)
			}
		case len(words(t)) == 0 || isFurnitureLine(t):
			furniture = append(furniture, t)
		default:
			body = append(body, t)
		}
	}
	return body, furniture
}

// isFurnitureLine reports whether a line is a call to action, a pointer to
// another article or a staff credit.
func isFurnitureLine(t string) bool {
	if utf8.RuneCountInString(t) > maxFurnitureRunes {
		return false
	}
	return labelledLink.MatchString(t) || callToAction.MatchString(t) || staffCredit.MatchString(t)
}

// isLinkTitle reports whether a block reads like the title of another
// article: short, and not ending as a sentence does.
func isLinkTitle(t string) bool {
	if utf8.RuneCountInString(t) > maxTailLineRunes {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"'”’» "))
	return !strings.ContainsRune(".!。", r)
}

// dropHeadline removes leading blocks that repeat the page's title, and a
// heading right after it (a standfirst set as a subheading).
func dropHeadline(ps []paragraph, titles []string, removed *[]string) []paragraph {
	if len(ps) == 0 || !repeatsTitle(ps[0].text, titles) {
		return ps
	}
	*removed = append(*removed, ps[0].text)
	ps = ps[1:]
	if len(ps) > 1 && ps[0].heading {
		*removed = append(*removed, ps[0].text)
		ps = ps[1:]
	}
	return ps
}

func repeatsTitle(t string, titles []string) bool {
	bw := words(strings.ToLower(t))
	for _, title := range titles {
		if sameHeadline(bw, words(strings.ToLower(title))) {
			return true
		}
	}
	return false
}

// sameHeadline reports whether a block's words are the title's, or the
// start of them: page titles often add the site's name.
func sameHeadline(block, title []string) bool {
	if len(block) == 0 || len(block) > len(title) {
		return false
	}
	if len(block) < len(title) && len(block) < 3 {
		return false
	}
	for i, w := range block {
		if title[i] != w {
			return false
		}
	}
	return true
}
