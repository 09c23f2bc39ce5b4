package testcorpus

import (
	"fmt"
	"unicode"

	"github.com/parallax-news/parallax"
)

// Span is a gold statement as the scorers see it: a speaker and the rune
// offsets of its content in the body.
type Span struct {
	Speaker    string
	Start, End int
}

// MatchF1 is the token F1 a predicted content needs with a gold one to
// count as the same statement.
const MatchF1 = 0.5

// Miss classes of a gold statement no prediction matched, and of a
// prediction that matched no gold statement. They tell the misses that
// call for new forms of attribution (untouched), for other cuts (longer,
// shorter) and for other speakers (the rest) apart.
const (
	// Untouched: no prediction overlaps the gold span.
	Untouched = "untouched"
	// Longer, Shorter: the prediction overlapping the gold span best has a
	// token F1 below MatchF1 with it, and more (Longer) or no more
	// (Shorter) words.
	Longer  = "longer"
	Shorter = "shorter"
	// Taken: the content is predicted, under the gold speaker, but that
	// prediction matched another gold statement.
	Taken = "taken"
	// NoSpeaker, Described, OtherName: the content is predicted under no
	// speaker, a description ("officials") or another name.
	NoSpeaker = "no speaker"
	Described = "described"
	OtherName = "other name"

	// Outside: an unmatched prediction overlapping no gold span.
	Outside = "outside"
	// WrongSpeaker: an unmatched prediction whose content matches a gold
	// statement of another speaker.
	WrongSpeaker = "wrong speaker"
	// CutOtherwise: an unmatched prediction overlapping a gold span with a
	// token F1 below MatchF1.
	CutOtherwise = "cut otherwise"
)

// missOrder and extraOrder are the classes in the order Breakdown prints
// them.
var (
	missOrder  = []string{Untouched, Longer, Shorter, Taken, NoSpeaker, Described, OtherName}
	extraOrder = []string{Outside, WrongSpeaker, CutOtherwise}
)

// ClassifyMiss says why gold statement g of body matched none of pred.
func ClassifyMiss(body []rune, g Span, pred []parallax.Statement) string {
	want := spanText(body, g)
	found := ""
	for _, p := range pred {
		if TokenF1(want, p.Content) < MatchF1 {
			continue
		}
		c := speakerClass(g.Speaker, p.SpeakerName)
		if found == "" || found == Taken {
			found = c
		}
	}
	if found != "" {
		return found
	}
	best, bestF := -1, -1.0
	for i, p := range pred {
		if !overlaps(g.Start, g.End, p.Start, p.End) {
			continue
		}
		if f := TokenF1(want, p.Content); f > bestF {
			best, bestF = i, f
		}
	}
	switch {
	case best < 0:
		return Untouched
	case len(Words(pred[best].Content)) > len(Words(want)):
		return Longer
	default:
		return Shorter
	}
}

// ClassifyExtra says why prediction p matched none of gold.
func ClassifyExtra(body []rune, gold []Span, p parallax.Statement) string {
	class := Outside
	for _, g := range gold {
		if TokenF1(spanText(body, g), p.Content) >= MatchF1 && !SameName(g.Speaker, p.SpeakerName) {
			return WrongSpeaker
		}
		if overlaps(g.Start, g.End, p.Start, p.End) {
			class = CutOtherwise
		}
	}
	return class
}

// speakerClass is the class of a gold statement whose content is predicted
// under speaker pred.
func speakerClass(gold, pred string) string {
	switch {
	case SameName(gold, pred):
		return Taken
	case pred == "":
		return NoSpeaker
	case unicode.IsLower([]rune(pred)[0]):
		return Described
	default:
		return OtherName
	}
}

func spanText(body []rune, g Span) string {
	if g.Start < 0 || g.End > len(body) || g.Start >= g.End {
		return ""
	}
	return string(body[g.Start:g.End])
}

func overlaps(a, b, c, d int) bool { return a < d && c < b }

// Breakdown counts misses and extra predictions by class.
type Breakdown map[string]int

// Add adds the counts of o.
func (b Breakdown) Add(o Breakdown) {
	for k, v := range o {
		b[k] += v
	}
}

// String lists the counts of every class, zeros included, in a fixed order.
func (b Breakdown) String() string {
	return fmt.Sprintf("gold missed: %s; predictions unmatched: %s", counts(b, missOrder), counts(b, extraOrder))
}

func counts(b Breakdown, order []string) string {
	s := ""
	for i, k := range order {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s %d", k, b[k])
	}
	return s
}
