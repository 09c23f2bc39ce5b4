// Package compare groups statements that answer the same question, gives
// each a stance, and flags contradictions, reversals and refutations.
//
// Each statement is read as a claim: the terms it names (content words,
// stemmed; the first senses the lexicon gives them, so that "wounded" and
// "injured" meet; the entities it mentions), clause by clause with the
// negation each clause carries (a negation that names nothing, "isn't the
// one who fired", reaches into the clauses it governs); the figures it
// gives, as intervals tied to an event and a noun (package quantity);
// whether it hedges, wishes, states a condition or asks; whether it
// rejects another claim, by its cue or in its own words.
//
// Claims are aligned within their storyline through an index of their
// terms, the concepts of the lexicon their words reach (synonyms and
// forms of one happening) and their figures, so each statement meets only
// the earlier ones that share something with it, not every pair; in
// those, a thing named again by what it is a kind of ("the revolver",
// "the gun") counts as named alike for a question, not for a conflict. A
// statement a report sets against the one just before it ("…, but …")
// answers that one's question when the two share anything of what they
// say, and their figures of one kind are for one measure. Two aligned claims
// conflict when the clauses that name what they share are negated in one
// and not the other, or say opposite things of it in words the lexicon
// gives as opposites (between speakers: "strengthens", "weakens"), when
// they name different culprits of one event ("started by protesters",
// "the work of provocateurs") or one says an act of harm was done by
// another and the other by its victim ("shot by rivals", "shot
// himself"), when they tell one happening in the same words and say it
// befell in different named places or with different kinds of one kind
// of thing ("arrested in Marston", "arrested in Kellby"; "shot with a
// rifle", "shot with a handgun", but not "with a gun"), when their
// figures for one measure cannot
// both hold (a figure that rises in a later report, or one reported as
// revised, is an update, and so may be two tallies of a story told over
// several days in reports that cannot be put in order), or when one
// rejects the other; a rejection that names
// nothing ("that is not true") answers the claim reported just before it.
// Claims of two speakers of one story that do not conflict so still
// conflict when a clause of each states one proposition with opposite
// polarity (one speaker in two reports reverses himself so, by a
// negation only): all that the negated clause names (or the shorter, of two
// not negated) is named in the other, in the same words or in words the
// lexicon relates (forms of one word, synonyms, a kind of a thing), and
// the one negates it or says it in a word the lexicon gives as the
// opposite of the other's ("the ferry did not sail from the quay", "the
// ferry sailed from the quay at dawn"; "the guard was armed", "the guard
// carried no weapon"; "the border post was open", "the border post was
// shut"), each a claim of its own and not a clause telling of something
// beside it ("when the ferry sailed"); such a pair ranks below those whose
// claims align.
// A rejection is a cue that denies ("denied", "rebutted"), a plea of
// not guilty, words that call a kind of claim false ("allegations that
// … are baseless", "the story is a lie", whose clauses they turn over)
// or a protest of innocence ("I am innocent"), which answers the claims
// that name its speaker and tell of an accusation ("is accused of",
// "was charged with"), as "the allegations" and "the charges" denied do.
// A rejection answers a claim made before it however long before (a plea
// months after the charge) and what a claim says is alleged ("allegedly
// set the fire") as much as what it asserts.
// Statements that place what they speak of on different days, months
// or years ("in Thursday's bombing", "those bombings" after "the
// Wednesday bombings"; "in September" against a report of November) are
// about different happenings and never conflict; nor does a claim of
// what someone has to do, or of what is yet to happen ("before decisions
// are made"), nor one source's tallies through one day.
// Different speakers contradict or refute; one speaker reverses, one
// person being one speaker whatever names the reports give him ("Dave
// Gaskin", "Inspector Gaskin"). A denial
// answers the claims it aligns with best, not every claim of its story.
// A dispute repeated in several reports, the same two speakers saying
// the same two things, is one conflict naming the reports that repeat it.
//
// Statements are also grouped by a frame of the countries they name and a
// predicate lexicon (data/predicates.txt), whose converse predicates
// ("withdrew", "remains") set statements against each other where words
// alone would not; frames with no such predicate are grouped by the words
// they share within their story only. A question is such a group, joined with the groups of
// statements that conflict and of statements whose claims align, agreeing
// or not, or that give figures for one measure and share a word or a form
// of one ("the death toll rose to 40", "35 people were killed"), or one
// of whose clauses aligns with a clause of the other, ranked below whole
// claims that align: each
// joins the question of the earlier statement it aligns with best, when it
// is close to that question's first statement too, by the lower bar of a
// close statement, so that a chain of neighbours does not make one
// question of a story. A statement that
// joins none joins a small question of an earlier one close to it by a
// lower bar, or, when it gives a time of day, of another source's time of
// day a few statements before it in its report. A question is labelled as
// the question a person would ask, from the statement that states it most
// plainly.
package compare

import (
	"slices"
	"time"

	"github.com/parallax-news/parallax"
)

// Result is what Compare derives.
type Result struct {
	Statements []parallax.Statement // the input, with Question and Stance set
	Questions  []parallax.Question
	Conflicts  []parallax.Conflict
}

// Compare groups stmts by question and finds the conflicts among them. docs
// gives each statement's document (for dates and outlets) by id.
func Compare(stmts []parallax.Statement, docs map[string]parallax.Document) Result {
	return InStorylines(stmts, docs, nil)
}

// InStorylines is Compare with the documents' storylines: lines gives a
// key per document id (its thread, or its story when it is in no thread),
// and two statements answer one question only when their documents share
// a storyline. A ceasefire that holds in one conflict says nothing of a
// ceasefire in another. A document lines does not name is in a storyline
// of the empty key, shared by all such documents.
func InStorylines(stmts []parallax.Statement, docs map[string]parallax.Document, lines map[string]string) Result {
	return Run(Input{Statements: stmts, Docs: docs, Lines: lines})
}

// Input is what Run compares.
type Input struct {
	Statements []parallax.Statement
	Docs       map[string]parallax.Document // by id, for dates and outlets
	// Lines keys each document id by its storyline, as for InStorylines.
	Lines map[string]string
	// Stories keys each document id by its story; figures are compared
	// only within a story.
	Stories map[string]string
	// Entities, with their mentions, let statements that name one entity
	// in different words ("Sudan", "the Sudanese government") align.
	Entities []parallax.Entity
}

// Run groups the statements by question and finds the conflicts among
// them, within storylines.
func Run(in Input) Result {
	stmts, docs, lines := in.Statements, in.Docs, in.Lines
	out := Result{Statements: append([]parallax.Statement(nil), stmts...)}
	g := grouper{postings: map[string][]int{}}
	all := make([]*stmt, len(out.Statements))
	openings := map[string]opening{} // by document: read once for all its statements
	for i := range out.Statements {
		s := &out.Statements[i]
		f := newFrame(*s)
		g.frames = append(g.frames, f)
		o, ok := openings[s.Doc]
		if !ok {
			o = readOpening(docs[s.Doc].Body)
			openings[s.Doc] = o
		}
		all[i] = newStmtOpening(s, i, docs[s.Doc], o)
		// A frame with no predicate of the lexicon is grouped by the words
		// it shares, which the stories of one storyline share too (two
		// acquisitions by one company): only within its story.
		key := lines[s.Doc]
		if !f.hasPred {
			key += "\x00" + in.Stories[s.Doc]
		}
		g.add(i, f, key)
	}
	lineOf := make([]string, len(all))
	for i := range all {
		all[i].f = &g.frames[i]
		lineOf[i] = lines[out.Statements[i].Doc]
	}
	for i, key := range personKeys(all, lineOf, in.Entities) {
		all[i].person = key
	}
	markStoryDays(all, in.Stories)
	al := newAligner(all, lineOf, mentionsByDoc(in.Entities), in.Stories)
	shareOccasions(all, al.claims, lineOf)
	var cands []candidate
	for _, members := range g.questions {
		group := make([]*stmt, len(members))
		for k, m := range members {
			out.Statements[m].Stance = stance(out.Statements[m], &g.frames[m])
			group[k] = all[m]
		}
		for _, c := range conflicts(group) {
			// A wish or an obligation ("we need to make clear that attacks
			// will not be tolerated") claims nothing, whatever its predicate.
			if !al.claims[c.a].wishes && !al.claims[c.b].wishes {
				cands = append(cands, c)
			}
		}
	}
	for i := range all {
		cands = append(cands, al.candidates(i)...)
		cands = append(cands, al.culprits(i)...)
		cands = append(cands, al.slotted(i)...)
	}
	cands = al.unrestated(append(cands, al.refutations()...))
	// Statements about different happenings do not conflict, however
	// they were found to.
	cands = slices.DeleteFunc(cands, func(c candidate) bool { return otherOccasions(all[c.a], all[c.b]) })
	for k, c := range cands {
		if all[c.a].s.Doc == all[c.b].s.Doc {
			cands[k].score += sameDocBonus
		}
	}
	kept := foldRepeats(choose(cands, all), all, al.claims, lineOf)
	for _, c := range kept {
		out.Conflicts = append(out.Conflicts, c.c)
	}
	out.Questions = questions(out.Statements, all, g.questions, kept, al.joins, al.loose, al.claims)
	return out
}

// day returns the statement's date, else its document's, else zero.
func day(stmtDate, published string) time.Time {
	for _, s := range []string{stmtDate, published} {
		if len(s) >= 10 {
			if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}
