package claim

import (
	"strings"
	"unicode"
)

// transcriptLines adds the lines of a transcript or an interview that a
// speaker's name and a colon open ("Volker: Not that I was aware of.",
// "MORRISON: I was not concerned."): the rest of the paragraph is that
// person's, with no cue. The name must be a person's the text names; a
// question is put to someone and asserts nothing, and a line with a
// quotation or a statement found already is left to it. A line with no
// finite verb and no first or second person is a list's entry ("Dana
// Quill: possession of …", "Rovers: host the Dons on Friday").
//
// An interview may label its lines "Q:" and "A:" instead: the answers are
// the interviewee's, the person the text names most before the first
// question.
func (d *doc) transcriptLines() {
	asked := -1 // where the first line labelled as a question opens
	for _, p := range d.paras {
		c := labelEnd(d.rs, p.Start, p.End)
		if c < 0 {
			continue
		}
		label := strings.TrimSpace(string(d.rs[p.Start:c]))
		if questionLabels[lower(label)] && asked < 0 {
			asked = p.Start
		}
		a, b := trimStart(d.rs, c+1, p.End), trimEnd(d.rs, c+1, p.End)
		if a >= b || d.wordsIn(a, b) < 2 || strings.HasSuffix(strings.TrimSpace(string(d.rs[c+1:p.End])), "?") ||
			quoteMark(string(d.rs[a])) || d.statementIn(p.Start, p.End) || !d.spoken(a, b) {
			continue
		}
		var sp []speaker
		switch {
		case questionLabels[lower(label)]:
			continue // the interviewer's words
		case answerLabels[lower(label)]:
			if asked >= 0 {
				sp = d.interviewee(asked)
			}
		default:
			sp = d.labelSpeaker(label, p.Start)
		}
		if sp != nil {
			d.add(stmt{speakers: sp, cueAt: -1, direct: true, start: a, end: b, sent: d.sentenceOf(a)})
		}
	}
}

// questionLabels and answerLabels label the lines of an interview.
var (
	questionLabels = map[string]bool{"q": true, "question": true}
	answerLabels   = map[string]bool{"a": true, "answer": true}
)

// interviewee returns the person named most often, outside quotations,
// before rune offset p, the later one of a tie, or nil.
func (d *doc) interviewee(p int) []speaker {
	count := map[string]int{}
	var best []speaker
	most := 0
	for _, m := range d.ments {
		if m.Start >= p {
			break
		}
		if !d.isPerson(m.Entity) || d.inQuote(m.Start) >= 0 {
			continue
		}
		count[m.Entity]++
		if count[m.Entity] >= most {
			best, most = []speaker{{id: m.Entity, mention: m.Text}}, count[m.Entity]
		}
	}
	return best
}

// labelEnd returns the offset of the colon that ends a label of one to
// three capitalised words opening rs[a:b], or -1.
func labelEnd(rs []rune, a, b int) int {
	for i := a; i < b && i < a+40; i++ {
		switch r := rs[i]; {
		case r == ':':
			if i == a || wordCount(string(rs[a:i])) > 3 || !titleWords(string(rs[a:i])) {
				return -1
			}
			return i
		case !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-' && r != '\'' && r != '’':
			return -1
		}
	}
	return -1
}

// labelSpeaker returns the person a transcript label at rune offset p
// names: a person the text named before, in full or by surname, in any
// case ("VOLKER"), whose given name or a pronoun showed a person, or nil. A list of people with what each did ("Dana
// Quill: possession of …") names each first in the label.
func (d *doc) labelSpeaker(label string, p int) []speaker {
	key := lower(label)
	for _, m := range d.ments {
		if m.Start >= p {
			break
		}
		if !d.isPerson(m.Entity) || d.seeded[m.Entity] == "" && d.gender[m.Entity] == "" {
			continue // a person known by a given name or a pronoun, not a team taken for one
		}
		if t := lower(m.Text); t == key || strings.HasSuffix(t, " "+key) {
			return []speaker{{id: m.Entity, mention: label}}
		}
	}
	return nil
}

// spoken reports whether tokens in rune offsets [a, b) hold a finite
// verb or a first or second person, as an answer does.
func (d *doc) spoken(a, b int) bool {
	for k := d.tokenAt(a); k < len(d.toks) && d.toks[k].Start < b; k++ {
		if w := d.low[k]; finiteWords[w] || negated(w) || persons[w] {
			return true
		}
	}
	return false
}

// persons are the first and second person pronouns.
var persons = map[string]bool{"i": true, "we": true, "you": true, "me": true, "us": true, "my": true, "our": true, "your": true}
