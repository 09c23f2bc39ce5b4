package claim

import (
	"strings"
	"unicode"
)

// hit is a reporting cue found in the text: token range and kind.
type hit struct {
	from, to int // tokens of the cue words
	aux      int // first token of the auxiliaries before the cue ("has", "have")
	kind     string
}

// auxiliaries and adverbs that sit between a subject and its cue, and join
// the cue's text when they come right before it.
var auxWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true,
	"also": true, "only": true, "later": true, "earlier": true, "again": true,
	"repeatedly": true, "reportedly": true, "previously": true, "already": true,
	"then": true, "together": true, "both": true, "all": true, "publicly": true,
	"strongly": true, "firmly": true, "once": true, "recently": true, "now": true,
	"first": true, "initially": true, "subsequently": true, "quickly": true, "swiftly": true,
}

// cueAt returns the cue starting at token i, if any.
// A capitalised word is a name ("United States"), not a cue, except
// "According" opening a sentence.
func (d *doc) cueAt(i int) (hit, bool) {
	if d.toks[i].Text != d.low[i] && d.low[i] != "according" {
		return hit{}, false
	}
	for _, f := range lex.cues[d.low[i]] {
		if i+len(f.words) > len(d.toks) {
			continue
		}
		ok := true
		for k, w := range f.words {
			if d.low[i+k] != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		h := hit{from: i, to: i + len(f.words), aux: i, kind: f.kind}
		for h.aux > 0 && auxWords[d.low[h.aux-1]] {
			h.aux--
		}
		if strings.HasSuffix(d.low[i], "ing") && h.aux > 0 && beForms[d.low[h.aux-1]] {
			h.aux-- // progressive: "authorities are reporting"
			for h.aux > 0 && auxWords[d.low[h.aux-1]] {
				h.aux--
			}
		}
		return h, true
	}
	return hit{}, false
}

// hits returns the cues in tokens a..b, in order.
func (d *doc) hits(a, b int) []hit {
	var out []hit
	for i := a; i < b; i++ {
		if h, ok := d.cueAt(i); ok && h.to <= b && d.isVerbUse(h) {
			out = append(out, h)
			i = h.to - 1
		}
	}
	return out
}

// isVerbUse rejects cue words used otherwise: a noun cue needs "that" or
// "by" after it; a cue after "refused to", and most cues in their base
// form after "to", report no act; a verb cue after "been", "be", "is" or
// "was" is a passive ("it was reported", "condemned by Armenia"), which has
// no speaker; a verb cue after "the", "a", "his" is a noun ("the
// statements").
func (d *doc) isVerbUse(h hit) bool {
	if h.kind == kindNoun {
		return h.to < len(d.toks) && (d.low[h.to] == "that" || d.low[h.to] == "by")
	}
	if h.aux > 1 && d.low[h.aux-1] == "to" && (refusing[d.low[h.aux-2]] || infinitives[d.low[h.from]]) {
		return false // a speech act refused is none, an infinitive reports none: "refused to admit that", "unable to predict who"
	}
	if h.aux > 1 && strings.HasSuffix(d.low[h.aux-1], "ly") && determiners[d.low[h.aux-2]] {
		return false // an adjective: "a newly revealed call"
	}
	if h.aux == h.from && h.aux > 0 && strings.HasSuffix(d.low[h.from], "ing") && startsUpper(d.toks[h.aux-1].Text) && isWord(d.toks[h.aux-1].Text) &&
		h.to < len(d.toks) && d.toks[h.to].Text == d.low[h.to] && isWord(d.low[h.to]) && d.low[h.to] != "that" && !clauseOpeners[d.low[h.to]] {
		return false // a modifier after a name: "One Napa County reporting station", not "Le Drian noting that"
	}
	if h.aux > 0 {
		switch d.low[h.aux-1] {
		case "been", "be", "being", "is", "was", "were", "are", "the", "a", "an", "most", "more", "less", "least", "very",
			"his", "her", "their", "its", "these", "those", "such", "this", "of":
			return false
		}
	}
	return true
}

// refusing words before "to" and a cue say that the act did not happen.
var refusing = map[string]bool{
	"refused": true, "refuses": true, "refusing": true, "declined": true, "declines": true,
	"declining": true, "failed": true, "fails": true, "unwilling": true, "reluctant": true,
}

// infinitives are base forms of cues that, after "to", name what someone
// could or would do rather than what they did: "unable to predict", "hard
// to deny". "To say" is left out: "shifted his account to say" reports.
var infinitives = map[string]bool{
	"warn": true, "argue": true, "insist": true, "deny": true, "admit": true, "explain": true,
	"acknowledge": true, "predict": true, "contend": true,
}

// beForms before a cue in -ing make it progressive, not a noun: "health
// authorities are reporting".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// determiners open a noun phrase.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "his": true, "her": true, "their": true, "its": true}

// cueText returns the cue as written, auxiliaries included.
func (d *doc) cueText(h hit) string {
	return string(d.rs[d.toks[h.aux].Start:d.toks[h.to-1].End])
}

func lower(s string) string { return strings.ToLower(s) }

func isWord(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// wordCount counts the words of s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
