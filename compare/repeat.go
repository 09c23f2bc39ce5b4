package compare

import (
	"fmt"
	"strings"
)

// A dispute is often reported many times over: one wire story reprinted
// by several outlets, or follow-ups that repeat both sides. The analyst
// reads it as one conflict, with the reports that repeat it, not as one
// conflict per report.
const (
	// repeatSimilar is the least Dice coefficient of the terms of two
	// statements of one speaker for them to be one claim reported twice.
	repeatSimilar = 0.5
	// repeatCompared bounds the earlier disputes of one pair of speakers
	// that a conflict is checked against, so that the work stays linear.
	repeatCompared = 16
	// reportsNamed bounds the reports a conflict's explanation names as
	// repeating it.
	reportsNamed = 4
)

// dispute is a kept conflict with the conflicts that repeat it.
type dispute struct {
	first   candidate
	repeats []candidate
}

// foldRepeats folds each conflict that repeats an earlier one into it:
// the same speakers on both sides (in either order), each saying what
// they said in the other, within one storyline. The first reported is
// kept, in order; its explanation names the other reports that repeat it.
func foldRepeats(kept []candidate, all []*stmt, claims []claim, lines []string) []candidate {
	var disputes []*dispute
	bySpeakers := map[string][]*dispute{}
	for _, c := range kept {
		key := speakersKey(all[c.a], all[c.b], lines[c.a])
		if key == "" {
			disputes = append(disputes, &dispute{first: c})
			continue
		}
		ds := bySpeakers[key]
		var into *dispute
		for _, d := range ds[max(0, len(ds)-repeatCompared):] {
			if repeats(d.first, c, all, claims) {
				into = d
				break
			}
		}
		if into != nil {
			into.repeats = append(into.repeats, c)
			continue
		}
		d := &dispute{first: c}
		disputes = append(disputes, d)
		bySpeakers[key] = append(ds, d)
	}
	out := make([]candidate, 0, len(disputes))
	for _, d := range disputes {
		c := d.first
		c.c.Explain += alsoReported(d, all)
		out = append(out, c)
	}
	return out
}

// speakersKey keys a pair of statements by their storyline and their two
// speakers, in a fixed order; "" when a speaker is not known, since two
// unnamed sources need not be one.
func speakersKey(a, b *stmt, line string) string {
	x, y := speakerKey(a), speakerKey(b)
	if x == "" || y == "" {
		return ""
	}
	if y < x {
		x, y = y, x
	}
	return line + "\x00" + x + "\x00" + y
}

// speakerKey is a statement's person key (see personKeys), else its
// speaker entity, else its speaker's name lower-cased, else "".
func speakerKey(x *stmt) string {
	if x.person != "" {
		return x.person
	}
	if x.s.Speaker != "" {
		return x.s.Speaker
	}
	return strings.ToLower(x.s.SpeakerName)
}

// repeats says whether conflict c sets the same two claims against each
// other as conflict d, in either order.
func repeats(d, c candidate, all []*stmt, claims []claim) bool {
	same := func(i, j int) bool {
		return speakerKey(all[i]) == speakerKey(all[j]) && dice(claims[i].terms, claims[j].terms) >= repeatSimilar
	}
	return same(d.a, c.a) && same(d.b, c.b) || same(d.a, c.b) && same(d.b, c.a)
}

// dice is the Dice coefficient of two sets of terms.
func dice(x, y map[string]bool) float64 {
	if len(x)+len(y) == 0 {
		return 0
	}
	n := 0
	for t := range x {
		if y[t] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(x)+len(y))
}

// alsoReported is the sentence that names the reports, other than those
// of a dispute's first conflict, that repeat it: " Also reported in The
// Valley Courier (3 June 2025) and “Report d4”.", or "". Reports with
// neither outlet nor title are counted ("2 other reports").
func alsoReported(d *dispute, all []*stmt) string {
	seen := map[string]bool{all[d.first.a].s.Doc: true, all[d.first.b].s.Doc: true}
	var names []string
	unnamed := 0
	for _, c := range d.repeats {
		for _, x := range []*stmt{all[c.a], all[c.b]} {
			if seen[x.s.Doc] {
				continue
			}
			seen[x.s.Doc] = true
			if name := reportName(x); name != "" {
				names = append(names, name)
			} else {
				unnamed++
			}
		}
	}
	if n := len(names); n > reportsNamed {
		names, unnamed = names[:reportsNamed], unnamed+n-reportsNamed
	}
	switch {
	case unnamed == 1 && len(names) == 0:
		names = append(names, "another report")
	case unnamed == 1:
		names = append(names, "one other report")
	case unnamed > 1:
		names = append(names, fmt.Sprintf("%d other reports", unnamed))
	}
	switch last := len(names) - 1; {
	case last < 0:
		return ""
	case last == 0:
		return " Also reported in " + names[0] + "."
	default:
		return " Also reported in " + strings.Join(names[:last], ", ") + " and " + names[last] + "."
	}
}

// reportName names the report a statement is in: its outlet, else its
// title quoted, with its date where known; "" when it has neither outlet
// nor title.
func reportName(x *stmt) string {
	name := x.doc.Outlet
	if name == "" && x.doc.Title != "" {
		name = "“" + quote(x.doc.Title) + "”"
	}
	if name != "" && !x.day.IsZero() {
		name += " (" + x.day.Format("2 January 2006") + ")"
	}
	return name
}
