package compare

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lang"
	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/quantity"
)

// Alignment bounds. A statement is compared with the earlier statements
// of its storyline that share a term with it, found through an index per
// storyline whose lists keep the last postingCap statements per term, so
// that the work grows with the statements, not with their pairs.
const (
	// alignMin is the least share of the lighter claim's term weight two
	// claims must share to answer one question.
	alignMin = 0.6
	// sharedMin is the least term weight they must share: one common word
	// of a story does not make a question.
	sharedMin = 4.0
	// sharedTerms is the least number of terms other than names they
	// must share: what is said, not only of whom.
	sharedTerms = 2
	// maxAligned bounds the earlier claims each claim is weighed against:
	// those that share most with it, so that the work per statement is
	// bounded however many statements a storyline holds.
	maxAligned = 32
	// maxAnswers bounds the claims one denial answers: those closest to
	// what it names, not every accusation of its story.
	maxAnswers = 2
	// looseMin is the least share of the lighter claim's term weight by
	// which a statement that joins no question is close to an earlier one
	// (see close), and looseSize the most statements the question the two
	// make may hold: a small question takes a statement that says part of
	// what it says in other words, while a chain of such steps cannot make
	// one question of a story.
	looseMin  = 0.4
	looseSize = 6
	// reportWindow is how many statements back in its report a statement
	// looks for another source's account of what it speaks of (see
	// neighbour).
	reportWindow = 4
)

// candidate is a conflict found between two statements, with how closely
// they align.
type candidate struct {
	c    parallax.Conflict
	a, b int // positions of the statements
	// by is the position of the statement that denies or rejects what
	// the other asserts: it answers the claims it aligns with best.
	by    int
	score float64
}

// aligner finds the conflicts of one run: claims of statements in one
// storyline are indexed by their terms, weighted by how rare each term is
// in the storyline.
type aligner struct {
	all      []*stmt
	claims   []claim
	lines    []string         // storyline of each statement
	df       map[string]int   // storyline and term → statements naming it
	size     map[string]int   // storyline → statements
	postings map[string][]int // storyline and term → statements, the last postingCap
	// recent maps a document to its last statements so far that reject
	// nothing, antecedentWindow of them: what an anaphoric rejection
	// answers is among them.
	recent map[string][]int
	// lastFigure maps a document to its last statement so far that gives
	// a figure, which a bare number after it answers.
	lastFigure map[string]int
	stories    map[string]string
	// lastStmt maps a document to its last statement so far, and
	// lastCause to its last naming a cause, whose event a pronoun of a
	// later one may stand for; causes holds per storyline
	// the last maxCauses statements naming a culprit, and events the
	// event each of them names.
	lastStmt  map[string]int
	lastCause map[string]int
	causes    map[string][]int
	// slots holds per storyline the last maxCauses statements whose
	// claims give a slot.
	slots  map[string][]int
	events [][]string
	// restated holds the pairs of a claim and a rejection whose answer
	// the same speaker's next rejection restates (see unrestated).
	restated map[[2]int]bool
	// Each claim's terms in order: weights are summed in it, since
	// floating-point addition in a map's order varies in the last bits
	// from run to run, and with it the order of near-equal candidates.
	sorted [][]string
	// weights holds each claim's term weights, and totals their sums,
	// worked out once the storylines' counts are known.
	weights []map[string]float64
	totals  []float64
	// termID numbers the terms of the run, and ids holds each claim's
	// terms by number, in order: whether a claim names a term is then a
	// search among a few numbers, where a pair of claims asks it often.
	termID map[string]int32
	ids    [][]int32
	// joins are the pairs of statements found to answer one question,
	// whether or not they conflict: claims that align, or figures for one
	// measure. Each statement joins the question of one earlier statement,
	// the closest, whose question's first statement it is close to too
	// (root, see nearRoot): a chain of statements each close to the one
	// before does not make one question of a whole story.
	joins [][2]int
	root  []int
	// contrast holds, per statement, the statement just before it in
	// its document that the words between them set it against, or -1
	// (see contrasted).
	contrast []int
	// loose holds the pairs of a statement that joins no question and
	// the earlier statement closest to it by a lower bar (see close):
	// the two answer one question while that question stays small.
	loose [][2]int
	// clauses holds each statement's clauses as claimClauses gives them,
	// once worked out.
	clauses [][]weighedClause
	// inReport maps a document to its last reportWindow statements so
	// far.
	inReport map[string][]int
	// shared and count are candidates' sums per earlier statement, kept
	// between calls and cleared after each: statement i meets hundreds of
	// earlier ones, which maps would allocate and hash for every i.
	shared []float64
	count  []int
	// words keeps how words meet, for clauses compared (see
	// opposedClauses).
	words wordCache
}

func newAligner(all []*stmt, lines []string, named map[string][]named, stories map[string]string) *aligner {
	al := &aligner{all: all, lines: lines, df: map[string]int{}, size: map[string]int{},
		postings: map[string][]int{}, recent: map[string][]int{}, lastFigure: map[string]int{}, stories: stories,
		lastStmt: map[string]int{}, lastCause: map[string]int{}, causes: map[string][]int{}, slots: map[string][]int{}, events: make([][]string, len(all)),
		restated: map[[2]int]bool{}, inReport: map[string][]int{}}
	for i, x := range all {
		s := *x.s
		s.Content = inEnglish(s.Content, x.doc.Lang)
		al.claims = append(al.claims, newClaim(s))
		if x.rejectsBefore {
			al.claims[i].rejects, al.claims[i].anaphoric = true, true
		}
		if denyCue(x.s.Cue, x.doc.Lang) {
			al.claims[i].denies, al.claims[i].rejects = true, true
		}
		for k := range al.claims[i].amounts {
			al.claims[i].amounts[k].where.report = x.opening.places
		}
		x.tallyNone = al.claims[i].talliesNone()
		for _, id := range namedIn(named[x.s.Doc], x.s.Start, x.s.End) {
			al.claims[i].terms["@"+id] = true
			al.claims[i].names["@"+id] = true
		}
		al.sorted = append(al.sorted, sortedKeys(al.claims[i].terms))
		al.size[lines[i]]++
		for t := range al.claims[i].terms {
			al.df[lines[i]+"\x00"+t]++
		}
	}
	al.numberTerms()
	al.contrast = contrasted(all)
	al.root = make([]int, len(all))
	for i := range al.root {
		al.root[i] = i
	}
	al.weights = make([]map[string]float64, len(all))
	al.totals = make([]float64, len(all))
	al.shared = make([]float64, len(all))
	al.count = make([]int, len(all))
	al.clauses = make([][]weighedClause, len(all))
	for i, ts := range al.sorted {
		al.weights[i] = make(map[string]float64, len(ts))
		for _, t := range ts {
			w := al.weight(lines[i], t)
			al.weights[i][t] = w
			al.totals[i] += w
		}
	}
	return al
}

// numberTerms sets termID and ids from the claims' sorted terms.
func (al *aligner) numberTerms() {
	al.termID = map[string]int32{}
	al.ids = make([][]int32, len(al.sorted))
	for i, ts := range al.sorted {
		ids := make([]int32, len(ts))
		for k, t := range ts {
			id, ok := al.termID[t]
			if !ok {
				id = int32(len(al.termID))
				al.termID[t] = id
			}
			ids[k] = id
		}
		slices.Sort(ids)
		al.ids[i] = ids
	}
}

// holds says whether claim j holds the term numbered t.
func (al *aligner) holds(j int, t int32) bool {
	_, ok := slices.BinarySearch(al.ids[j], t)
	return ok
}

// weight is how much a shared term says that two statements of a
// storyline are about the same thing: the rarer in the storyline, the more.
func (al *aligner) weight(line, t string) float64 {
	return 1 + math.Log(float64(al.size[line])/float64(max(1, al.df[line+"\x00"+t])))
}

// candidates returns the conflicts of statement i with the statements
// before it.
func (al *aligner) candidates(i int) []candidate {
	line, ci := al.lines[i], &al.claims[i]
	shared, count := al.shared, al.count
	// met lists the earlier statements sharing a term, each once: a
	// term weighs at least 1, so a sum still 0 is one not met yet.
	var met []int
	total := al.totals[i]
	for _, t := range al.sorted[i] {
		w := al.weights[i][t]
		for _, j := range al.postings[line+"\x00"+t] {
			if shared[j] == 0 {
				met = append(met, j)
			}
			shared[j] += w
			if !ci.names[t] && !al.claims[j].names[t] {
				count[j]++
			}
		}
	}
	near := al.nearby(i)
	measured := map[int]bool{}
	doc := al.all[i].s.Doc
	if j, ok := al.lastFigure[doc]; ok {
		if a := al.claims[j].amounts; ci.inherit(a[len(a)-1]) {
			measured[j] = true
		}
	}
	if len(ci.amounts) > 0 {
		al.lastFigure[doc] = i
	}
	for k := range ci.keys {
		for _, j := range al.postings[line+"\x00"+k] {
			measured[j] = true
		}
	}
	var out []candidate
	if ci.anaphoric {
		if j, ok := al.antecedent(i); ok {
			out = append(out, al.answer(j, i))
		}
	}
	// The claims sharing most weight with this one, maxAligned of them,
	// and those giving a figure for one of its measures.
	type weighed struct {
		j int
		w float64
	}
	// A claim met only through the lexicon's concepts ranks by the
	// weight of the words it names so; one that shares words ranks by
	// those, as the related words it names are weighed below.
	ws := make([]weighed, 0, len(met)+len(near))
	for _, j := range met {
		ws = append(ws, weighed{j, shared[j]})
	}
	for j, w := range near {
		if shared[j] == 0 {
			ws = append(ws, weighed{j, w})
		}
	}
	slices.SortFunc(ws, func(x, y weighed) int {
		if x.w != y.w {
			return cmp.Compare(y.w, x.w)
		}
		return x.j - y.j
	})
	js := make([]int, 0, maxAligned)
	for _, x := range ws[:min(len(ws), maxAligned)] {
		js = append(js, x.j)
	}
	ms := make([]int, 0, len(measured))
	for j := range measured {
		ms = append(ms, j)
	}
	sort.Ints(ms)
	for _, j := range ms[max(0, len(ms)-maxAligned):] {
		if !slices.Contains(js, j) {
			js = append(js, j)
		}
	}
	against := al.setAgainst(i, count)
	if against >= 0 && !slices.Contains(js, against) {
		js = append(js, against)
	}
	sort.Ints(js)
	var answered, close []weighed
	setAgainst := false
	for _, j := range js {
		w, tj, n := shared[j], al.totals[j], count[j]
		// Words related in the lexicon add to what two claims that share
		// a term or a measure share.
		if w > 0 || near[j] > 0 || measured[j] {
			rw, rn := al.related(i, j, false)
			w += rw
			count[j] += rn
		}
		sim, related := aligns(w, count[j], total, tj)
		set := j == against
		// Forms of one happening ("died", "death") join two claims in
		// one question, but are too loose a match to set them against
		// each other.
		joinSim, joins, figured := sim, related, false
		if !related && (shared[j] > 0 || near[j] > 0 || measured[j]) {
			fw, fn := al.related(i, j, true)
			joinSim, joins = aligns(shared[j]+fw, n+fn, total, tj)
			figured = !joins && al.figured(j, i, fn)
			if !joins && al.close(j, i, shared[j]+fw, n+fn, joinSim) {
				close = append(close, weighed{j, joinSim})
			}
			// A match of clauses ranks below any of whole claims; clauses
			// share only the words their claims share.
			if !joins && !figured && shared[j] >= sharedMin && n >= sharedTerms {
				joinSim, joins = al.clausesAlign(j, i)
				joinSim--
			}
		}
		if set && al.sameStory(al.all[j], al.all[i]) && oneQuestion(&al.claims[j], ci, true) {
			setAgainst = true
		}
		if (joins || measured[j]) && al.sameStory(al.all[j], al.all[i]) && oneQuestion(&al.claims[j], ci, joins) ||
			figured && al.sameStory(al.all[j], al.all[i]) {
			answered = append(answered, weighed{j, joinSim})
		}
		if measured[j] || set {
			if c, ok := al.measure(j, i, sim, related || set); ok {
				out = append(out, c)
				continue
			}
		}
		if related {
			if c, ok := al.decide(j, i, sim); ok {
				out = append(out, c)
				continue
			}
		}
		if c, ok := al.opposedClauses(j, i, sim); ok {
			out = append(out, c)
		}
	}
	for _, j := range met {
		shared[j], count[j] = 0, 0
	}
	for _, j := range js {
		count[j] = 0
	}
	slices.SortStableFunc(answered, func(x, y weighed) int { return cmp.Compare(y.w, x.w) })
	for _, x := range answered {
		if r := al.root[x.j]; r == x.j || al.nearRoot(r, i) {
			al.root[i] = r
			al.joins = append(al.joins, [2]int{x.j, i})
			break
		}
	}
	if len(close) == 0 && al.root[i] == i {
		if j, ok := al.neighbour(i); ok {
			close = append(close, weighed{j, 0})
		}
	}
	r := append(al.inReport[doc], i)
	al.inReport[doc] = r[max(0, len(r)-reportWindow):]
	if len(close) > 0 && al.root[i] == i {
		slices.SortStableFunc(close, func(x, y weighed) int { return cmp.Compare(y.w, x.w) })
		al.loose = append(al.loose, [2]int{close[0].j, i})
	}
	if setAgainst && (al.root[against] == against || al.nearRoot(al.root[against], i)) {
		al.joins = append(al.joins, [2]int{against, i})
	}
	for _, t := range slices.Concat(al.sorted[i], sortedKeys(ci.keys), conceptKeys(ci)) {
		key := line + "\x00" + t
		p := append(al.postings[key], i)
		if len(p) > postingCap {
			p = p[1:]
		}
		al.postings[key] = p
	}
	if !ci.rejects {
		r := append(al.recent[doc], i)
		if len(r) > antecedentWindow {
			r = r[1:]
		}
		al.recent[doc] = r
	}
	return out
}

// nearRoot says whether statement i may join the question whose first
// statement is r (r earlier), having aligned with a later member of it:
// i is close to r by the lower bar looseMin (see close), or gives figures
// for its measure. A statement that says again in other words what a
// question's later statements say ("the ferry was held in port by the
// gale" after "the gale kept the ferry in port overnight") often shares
// less with its first, which said more; one close to none of it is a
// step of a chain away from what the question asks.
func (al *aligner) nearRoot(r, i int) bool {
	ci, cr := &al.claims[i], &al.claims[r]
	var w float64
	n := 0
	for _, t := range al.sorted[i] {
		if cr.terms[t] {
			w += al.weights[i][t]
			if !ci.names[t] && !cr.names[t] {
				n++
			}
		}
	}
	rw, rn := al.related(i, r, true)
	sim, _ := aligns(w+rw, n+rn, al.totals[i], al.totals[r])
	near := w+rw >= sharedMin && n+rn >= sharedTerms && sim >= looseMin
	return oneQuestion(cr, ci, near) || al.figured(r, i, rn)
}

// clausesAlign returns how closely a clause of statement i and a clause
// of the earlier statement j align, as whole claims do (see aligns), and
// whether they do: a long statement says in one of its clauses what
// another says in one of its own ("Dalmer carried a rifle in his coat,
// but he never fired the fatal shot at the baker", "Dalmer fired the
// fatal shot, and the police found the weapon in a drain"), and the two
// answer one question, though all they say shares too little to align.
// Clauses that tell of something beside what is claimed ("after he
// slipped on the ridge") are left out.
func (al *aligner) clausesAlign(j, i int) (float64, bool) {
	ci, cj := &al.claims[i], &al.claims[j]
	best := 0.0
	for _, x := range al.claimClauses(i) {
		for _, y := range al.claimClauses(j) {
			var w float64
			n := 0
			for _, t := range x.terms {
				if y.has(t) {
					w += al.weights[i][t]
					if !ci.names[t] && !cj.names[t] {
						n++
					}
				}
			}
			if sim, ok := aligns(w, n, x.total, y.total); ok && sim > best {
				best = sim
			}
		}
	}
	return best, best > 0
}

// weighedClause is the terms of a clause in order, with their weight.
type weighedClause struct {
	terms []string
	total float64
}

func (c weighedClause) has(t string) bool {
	_, ok := slices.BinarySearch(c.terms, t)
	return ok
}

// claimClauses returns the clauses of statement i's claim that claim
// something of their own, not those telling of something beside it
// ("after he slipped on the ridge"), each worked out once.
func (al *aligner) claimClauses(i int) []weighedClause {
	if al.clauses[i] != nil {
		return al.clauses[i]
	}
	out := []weighedClause{}
	for _, cl := range al.claims[i].clauses {
		if cl.subordinate || cl.given || cl.unrealised {
			continue
		}
		var c weighedClause
		for _, t := range al.sorted[i] {
			if cl.terms[t] {
				c.terms = append(c.terms, t)
				c.total += al.weights[i][t]
			}
		}
		out = append(out, c)
	}
	al.clauses[i] = out
	return out
}

// figured says whether statements j and i (j earlier), whose claims name
// forms of n words of each other, give figures that measure one thing as
// those of statements about one thing would, and share a word other than
// a name and other than the words of their figures, or a form of one: "the
// death toll rose to 40" and "35 people were killed in the flood", "he was
// sentenced to ten years in prison" and "a judge jailed him for eight
// years" answer one question, however little else they say alike. The
// figures are not for that set against each other.
func (al *aligner) figured(j, i, n int) bool {
	ci, cj := &al.claims[i], &al.claims[j]
	if len(ci.amounts) == 0 || len(cj.amounts) == 0 || !sameMeasured(cj.amounts, ci.amounts, true) {
		return false
	}
	for t := range ci.terms {
		if cj.terms[t] && !ci.names[t] && !cj.names[t] && !ci.figureTerms[t] && !cj.figureTerms[t] {
			n++
		}
	}
	return n > 0
}

// close says whether statement i, sharing term weight w and n terms
// other than names with the earlier statement j (forms of one happening
// counted) at similarity sim, is close to it by the lower bar looseMin:
// of one story, a predicate of one group where their frames have one
// (shelling and a build-up are different happenings), and no counts of
// different happenings.
func (al *aligner) close(j, i int, w float64, n int, sim float64) bool {
	a, b := al.all[j], al.all[i]
	return w >= sharedMin && n >= sharedTerms && sim >= looseMin && predGroup(a.f) == predGroup(b.f) &&
		al.sameStory(a, b) && oneQuestion(&al.claims[j], &al.claims[i], true)
}

// neighbour returns the nearest of the last reportWindow statements
// before statement i in its report that another speaker made about the
// agents of i's frame, with a predicate of the same group or one of the
// two with none from the lexicon, and that gives a time of day as i does
// ("they were together until about 9 p.m.", "he had been with him until
// about 5:00"). A report sets its sources' accounts of when something
// happened near each other, whatever words each uses; as for any close
// pair, the two join one question only while it stays small.
func (al *aligner) neighbour(i int) (int, bool) {
	b, ci := al.all[i], &al.claims[i]
	if !tellsTime(ci.amounts) {
		return -1, false
	}
	rs := al.inReport[b.s.Doc]
	for k := len(rs) - 1; k >= 0; k-- {
		j := rs[k]
		a, cj := al.all[j], &al.claims[j]
		x, y := predGroup(a.f), predGroup(b.f)
		if !sameSpeaker(a, b) && agentsAgree(a.f, b.f) && (x == y || x == "" || y == "") && tellsTime(cj.amounts) &&
			oneQuestion(cj, ci, true) {
			return j, true
		}
	}
	return -1, false
}

// tellsTime says whether one of the amounts is a time of day.
func tellsTime(as []amount) bool {
	return slices.ContainsFunc(as, func(a amount) bool { return a.q.Dim == quantity.Time && !a.guess })
}

// oneQuestion says whether two claims, related or not in what they say,
// answer one question: they give figures for one measure, or they are
// related and do not both count what happened, which would be counts of
// different happenings ("12 people were killed in the blast", "30 people
// were injured in the blast").
func oneQuestion(x, y *claim, related bool) bool {
	if sameMeasured(x.amounts, y.amounts, related) {
		return true
	}
	return related && !(countsHappened(x.amounts) && countsHappened(y.amounts))
}

// countsHappened says whether one of the amounts counts the happenings
// of something it names.
func countsHappened(as []amount) bool {
	return slices.ContainsFunc(as, func(a amount) bool {
		w, _ := a.happening()
		return a.q.Dim == quantity.Count && w != ""
	})
}

// aligns returns the similarity of two claims that share term weight w,
// n of their terms other than names, out of total weights x and y, and
// whether they are about the same thing.
func aligns(w float64, n int, x, y float64) (float64, bool) {
	sim := w / max(1, min(x, y))
	return sim, w >= sharedMin && n >= sharedTerms && sim >= alignMin
}

// antecedentWindow bounds how many statements back in its document an
// anaphoric rejection looks for the claim it answers.
const antecedentWindow = 6

// antecedent returns the claim that rejection i, which names nothing
// ("that is not true", "denied the allegations"), answers: the statement
// just before it when another speaker made it; but when its cue rejects
// ("denied the allegations"), first, of the last claims of fact of other
// speakers before it in its document, the nearest that names its speaker
// ("accused the water board of"), else the nearest of the kind it names
// ("the allegations": an accusation), else the latest claim of its
// storyline in another report that does both (see storyAntecedent).
func (al *aligner) antecedent(i int) (int, bool) {
	b := al.all[i]
	rs := al.recent[b.s.Doc]
	byKind := hasCue(b.cue, "refutation") || b.rejectsBefore || namesClaimKind(b.s.Content)
	if !byKind {
		// Words alone name no kind of claim: they answer the statement
		// just before them.
		rs = rs[max(0, len(rs)-1):]
		if len(rs) > 0 && rs[0] != i-1 {
			return -1, false
		}
	}
	for _, fits := range []func(j int) bool{
		func(j int) bool { return al.namesSpeaker(j, b) },
		func(j int) bool { return answersKind(b, al.all[j]) },
	} {
		for k := len(rs) - 1; k >= 0; k-- {
			j := rs[k]
			if a := al.all[j]; !sameSpeaker(a, b) && a.factual && !al.claims[j].hedged && fits(j) {
				return j, true
			}
		}
	}
	if byKind {
		if j, ok := al.storyAntecedent(i); ok {
			return j, true
		}
	}
	// A rejection just before it is what it goes on from ("denied any
	// links to the raid. “This information is completely false.”"):
	// it answers no earlier claim for being the nearest.
	if n := len(rs); n > 0 && rs[n-1] == i-1 && !sameSpeaker(al.all[rs[n-1]], b) && al.all[rs[n-1]].factual {
		return rs[n-1], true
	}
	return -1, false
}

// namesClaimKind says whether a content names a kind of claim ("the
// allegations were baseless", "the reports are untrue"): a rejection in
// it answers a claim of that kind, as one its cue names does.
func namesClaimKind(content string) bool {
	return countCue(splitWords(strings.ToLower(content)), "rejected") > 0
}

// storyAntecedent returns the latest claim of rejection i's storyline,
// in another report, that names i's speaker and is of the kind i names
// by a word other than "said": "the water board denied the allegations"
// answers "the union accused the water board of poisoning the river",
// reported the day before. Candidates come from the index of the term
// that names the speaker.
func (al *aligner) storyAntecedent(i int) (int, bool) {
	b := al.all[i]
	ps := al.naming(i)
	for k := len(ps) - 1; k >= 0; k-- {
		j := ps[k]
		a := al.all[j]
		if a.s.Doc != b.s.Doc && !sameSpeaker(a, b) && a.factual && !al.claims[j].guessed && answersInTime(a, b) &&
			al.namesSpeaker(j, b) && namesKind(b, strings.Join(slices.DeleteFunc(splitWords(a.cue), isStopword), " ")+" "+accusing(a)) {
			return j, true
		}
	}
	return -1, false
}

// naming returns the statements of statement i's storyline, in order,
// that the index holds under the term naming i's speaker: its entity, or
// else the first word of its name.
func (al *aligner) naming(i int) []int {
	b := al.all[i]
	key := "@" + b.s.Speaker
	if _, ok := al.postings[al.lines[i]+"\x00"+key]; !ok || b.s.Speaker == "" {
		key = ""
		for _, w := range splitWords(strings.ToLower(b.s.SpeakerName)) {
			if key = term(w); key != "" {
				break
			}
		}
	}
	if key == "" {
		return nil
	}
	return al.postings[al.lines[i]+"\x00"+key]
}

func isStopword(w string) bool { return stopwords[w] }

// namesSpeaker says whether claim j names the speaker of statement x, or
// whom x's speaker speaks for: as an entity, or by every word of the
// speaker's name ("accused the water board of").
func (al *aligner) namesSpeaker(j int, x *stmt) bool {
	cj := &al.claims[j]
	for _, id := range []string{x.s.Speaker, x.s.SpeakerFor} {
		if id != "" && cj.terms["@"+id] {
			return true
		}
	}
	n := 0
	for _, w := range splitWords(strings.ToLower(x.s.SpeakerName)) {
		if t := term(w); t != "" {
			if !cj.terms[t] {
				return false
			}
			n++
		}
	}
	return n > 0
}

// answer links a rejection that names nothing (statement i) to claim j,
// its antecedent.
func (al *aligner) answer(j, i int) candidate {
	c := parallax.Conflict{A: al.all[j].s.ID, B: al.all[i].s.ID, Kind: parallax.Refutation}
	c.Explain = explain(c.Kind, al.all[j], al.all[i])
	return candidate{c: c, a: j, b: i, by: i, score: 1}
}

// decide says whether statements j and i (j earlier), whose claims align
// with the given similarity, conflict and how: opposite polarity where
// they speak of the same terms, or one rejecting the other.
func (al *aligner) decide(j, i int, sim float64) (candidate, bool) {
	a, b := al.all[j], al.all[i]
	ca, cb := &al.claims[j], &al.claims[i]
	if !a.factual || !b.factual || !sameSpeaker(a, b) && (!sameTime(a, b) || ownDeeds(a, b)) {
		return candidate{}, false
	}
	shared := map[string]float64{}
	for t := range ca.terms {
		if cb.terms[t] && !bothWays(ca, t) && !bothWays(cb, t) && !ca.claimsNothingOn(t) && !cb.claimsNothingOn(t) {
			shared[t] = al.weight(al.lines[i], t)
		}
	}
	// Opposite words count between speakers only: one speaker's words
	// reported twice in other words ("insufficiently equipped and
	// experienced", "insufficiently equipped and inexperienced") say the
	// same, and a reversal needs a negation to show.
	held := apartOn(ca, cb, shared)
	if !opposed(ca, cb, shared, !sameSpeaker(a, b)) || ca.hedgedOn(held) && !ca.rejects || cb.hedgedOn(held) && !cb.rejects ||
		partOnly(ca, cb, shared) || notYet(ca, cb, shared) || ca.opener.agedApart(cb.opener) || !sameSpeaker(a, b) && ownEach(a, b, ca, cb, shared) {
		return candidate{}, false
	}
	return al.opposition(j, i, ca.negatedOn(shared), sim), true
}

// opposition builds the conflict of statements j and i (j earlier) found
// to take opposite positions, j the negated one when negatedJ: a
// reversal when one speaker made both, a refutation when one rejects a
// claim or answers an allegation beside it, else a contradiction. Its
// rank is score.
func (al *aligner) opposition(j, i int, negatedJ bool, score float64) candidate {
	a, b := al.all[j], al.all[i]
	ca, cb := &al.claims[j], &al.claims[i]
	c := parallax.Conflict{A: a.s.ID, B: b.s.ID}
	switch {
	case sameSpeaker(a, b):
		c.Kind = parallax.Reversal
	case cb.rejects || ca.rejects || answersBeside(a, b):
		c.Kind = parallax.Refutation
	default:
		c.Kind = parallax.Contradiction
	}
	first, second := a, b
	if !a.day.IsZero() && !b.day.IsZero() && b.day.Before(a.day) {
		first, second = b, a
	}
	if c.Kind == parallax.Refutation && (ca.rejects && !cb.rejects || alleges(b) && !alleges(a)) {
		first, second = b, a
	}
	c.Explain = explain(c.Kind, first, second)
	by := i
	if ca.rejects && !cb.rejects || !cb.rejects && negatedJ {
		by = j
	}
	return candidate{c: c, a: j, b: i, by: by, score: score}
}

// partOnly says whether the claim of two opposed ones that is negated on
// what they share counts some of a thing the other names, or speaks of
// one of several the other counts: "one bomb did not explode" and "the
// bomb did not explode" leave the others, and "four of the bombs
// exploded" stands beside them. What the counts say is weighed as figures (see measure).
func partOnly(ca, cb *claim, shared map[string]float64) bool {
	neg, other := ca, cb
	if cb.negatedOn(shared) {
		neg, other = cb, ca
	}
	return neg.countsPart(other.terms) || slices.ContainsFunc(neg.clauses, func(cl clause) bool {
		return cl.negated && other.oneOfMany(cl)
	})
}

// notYet says whether the claim of two opposed ones that is negated on
// what they share says only that it has not happened so far, and the
// other that it will: "the council has not yet decided" and "the
// council will decide next month" both hold.
func notYet(ca, cb *claim, shared map[string]float64) bool {
	neg, other := ca, cb
	if cb.negatedOn(shared) {
		neg, other = cb, ca
	}
	pending := func(cl clause) bool { return cl.pending }
	future := func(cl clause) bool { return cl.future && !cl.negated }
	return neg.openOn(shared, pending) && other.openOn(shared, future)
}

// ownEach says whether two speakers each speak of themselves on what they
// share, in the first person ("we are not competing with our customers",
// "we will help our customers compete"): unless they speak for one side,
// each says something of a different subject.
func ownEach(a, b *stmt, ca, cb *claim, shared map[string]float64) bool {
	oneSide := a.s.SpeakerFor != "" && a.s.SpeakerFor == b.s.SpeakerFor
	return !oneSide && ca.firstOn(shared) && cb.firstOn(shared)
}

// bothWays says whether a claim names a term in a clause that is negated
// and in one that is not: it takes no side on it ("a bomb killed a police
// officer, and state police did not have a suspect" is not negated on
// "police").
func bothWays(c *claim, t string) bool {
	var yes, no bool
	for _, cl := range c.clauses {
		if cl.terms[t] {
			yes, no = yes || !cl.negated, no || cl.negated
		}
	}
	return yes && no
}

// claimsNothingOn says whether a claim names a term only in clauses that
// claim nothing either way: of what has not happened yet ("before
// decisions are made") or of what they take as known ("after the attack
// on the depot").
func (c *claim) claimsNothingOn(t string) bool {
	named := false
	for _, cl := range c.clauses {
		if cl.terms[t] {
			if !cl.unrealised && !cl.given {
				return false
			}
			named = true
		}
	}
	return named
}

// measure says whether statements j and i (j earlier) give figures for
// the same measure that cannot both be true. A figure that rises in a
// later report, one reported as revised, or a new figure from the same
// source on another day or in the same report is an update, not a
// conflict; a lower figure later from another source still contradicts.
// One source's two tallies of those a happening befell ("12 people were
// injured", "18 people had been injured") in two reports of one day are
// one count kept up as the day went on, whichever came first; its two
// estimates of one thing ("as many as 20,000", "roughly 30,000") are not.
func (al *aligner) measure(j, i int, sim float64, related bool) (candidate, bool) {
	a, b := al.all[j], al.all[i]
	ca, cb := &al.claims[j], &al.claims[i]
	if !a.factual || !b.factual || sameSpeaker(a, b) && !sameDayReports(a, b) ||
		!al.sameStory(a, b) || !sameTime(a, b) {
		return candidate{}, false
	}
	x, y, ok := disagree(ca.amounts, cb.amounts, related)
	if !ok || sameSource(a, b) && tally(x, a.s.Content) && tally(y, b.s.Content) || mayHaveGrown(a, b, x, y) {
		return candidate{}, false
	}
	first, second := a, b
	if !a.day.IsZero() && !b.day.IsZero() && b.day.Before(a.day) {
		first, second = b, a
		x, y = y, x
	}
	if !first.day.IsZero() && second.day.After(first.day) && quantity.Order(x.q, y.q) < 0 {
		return candidate{}, false
	}
	c := parallax.Conflict{A: a.s.ID, B: b.s.ID, Kind: parallax.Contradiction}
	c.Explain = explain(c.Kind, first, second)
	return candidate{c: c, a: j, b: i, by: i, score: 1 + sim}, true
}

// sameDayReports says whether two statements are in two reports of one
// day: one source's two figures for one measure on one day are reports
// that disagree on what it said, not a figure it later updated.
func sameDayReports(a, b *stmt) bool {
	return a.s.Doc != b.s.Doc && !a.day.IsZero() && a.day.Equal(b.day)
}

// sameStory says whether two statements report one story, as far as is
// known: figures are compared only within a story, since one storyline
// may follow several events of one kind (two earthquakes in one region).
func (al *aligner) sameStory(a, b *stmt) bool {
	x, y := al.stories[a.s.Doc], al.stories[b.s.Doc]
	return x == "" || y == "" || x == y
}

func sameSpeaker(a, b *stmt) bool {
	return a.s.Speaker != "" && a.s.Speaker == b.s.Speaker || a.person != "" && a.person == b.person ||
		a.s.Speaker == "" && b.s.Speaker == "" && a.s.SpeakerName != "" && strings.EqualFold(a.s.SpeakerName, b.s.SpeakerName)
}

// tally says whether an amount of content counts those a happening befell:
// by a word that names them so ("three dead"), or a verb in the passive
// ("12 people were injured", "had been arrested"), not those who did
// something ("20,000 people marched").
func tally(a amount, content string) bool {
	if !a.countsUndergoers() {
		return false
	}
	if a.q.Befell != "" {
		return true
	}
	rs := []rune(content)
	before := splitWords(string(rs[:min(max(a.q.Event.Start, 0), len(rs))]))
	return slices.ContainsFunc(before[max(0, len(before)-passiveReach):], func(w string) bool {
		return cueSets["passive"][strings.ToLower(w)]
	})
}

// passiveReach is how many words before a verb its passive auxiliary may
// stand ("were critically injured").
const passiveReach = 2

// sameSource says whether two statements come from one source: one
// speaker, or speakers of one name ("police") in two reports of a story,
// whom the reports do not tell apart.
func sameSource(a, b *stmt) bool {
	return sameSpeaker(a, b) || a.s.SpeakerName != "" && strings.EqualFold(a.s.SpeakerName, b.s.SpeakerName)
}

// sameDocBonus ranks a conflict reported within one document above those
// across documents: a denial printed beside an accusation answers it.
const sameDocBonus = 0.5

// choose keeps the candidates that answer best: in order of alignment,
// each while its denying statement answers fewer than maxAnswers claims,
// and each pair once. One claim reprinted in several reports, the same
// speaker in the same words, is one claim a rejection answers: its
// reprints are kept beside it, to be folded into one conflict (see
// foldRepeats). The result is in the order the pairs were found.
func choose(cands []candidate, all []*stmt) []candidate {
	order := make([]int, len(cands))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(x, y int) bool { return cands[order[x]].score > cands[order[y]].score })
	degree := map[int]int{}
	seen := map[[2]int]bool{}
	answered := map[string]bool{} // answer and claim answered, by its words
	keep := make([]bool, len(cands))
	for _, k := range order {
		c := cands[k]
		pair := [2]int{min(c.a, c.b), max(c.a, c.b)}
		claim := c.a
		if claim == c.by {
			claim = c.b
		}
		key := strconv.Itoa(c.by) + "\x00" + reprintKey(all[claim])
		if c.c.Kind != parallax.Refutation {
			key = strconv.Itoa(k) // figures and words: each pair is an answer
		}
		if seen[pair] || degree[c.by] >= maxAnswers && !answered[key] {
			continue
		}
		seen[pair], keep[k] = true, true
		if !answered[key] {
			answered[key] = true
			degree[c.by]++
		}
	}
	var out []candidate
	for k, c := range cands {
		if keep[k] {
			out = append(out, c)
		}
	}
	return out
}

// reprintKey identifies a statement by its speaker and its words, so
// that a reprint of it in another report has the same key.
func reprintKey(x *stmt) string {
	return speakerKey(x) + "\x00" + strings.ToLower(strings.Join(strings.Fields(x.s.Content), " "))
}

// sortedKeys returns the keys of a map in order.
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

// named is an entity mention: where it is in its document and the entity.
type named struct {
	start, end int
	entity     string
}

// mentionsByDoc lists the entity mentions of each document in order of
// their start.
func mentionsByDoc(entities []parallax.Entity) map[string][]named {
	out := map[string][]named{}
	for _, e := range entities {
		for _, m := range e.Mentions {
			out[m.Doc] = append(out[m.Doc], named{m.Start, m.End, e.ID})
		}
	}
	for _, ms := range out {
		sort.Slice(ms, func(i, j int) bool {
			if ms[i].start != ms[j].start {
				return ms[i].start < ms[j].start
			}
			return ms[i].entity < ms[j].entity
		})
	}
	return out
}

// namedIn returns the entities mentioned within [start, end) of a
// document, given its mentions in order.
func namedIn(ms []named, start, end int) []string {
	var out []string
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].start >= start }); k < len(ms) && ms[k].start < end; k++ {
		if ms[k].end <= end {
			out = append(out, ms[k].entity)
		}
	}
	return out
}

// conceptKey is the index key of a concept of the lexicon.
func conceptKey(id lexicon.ID) string { return "~" + strconv.Itoa(int(id)) }

// related returns the weight and number of the terms of claim i that
// claim j does not share but names by a related word ("wounded" and
// "injured", "bombed" and "attack"), each counted once; with forms, also
// by another form of one happening ("died", "death") or by what the one
// names a kind of ("the revolver", "the gun").
func (al *aligner) related(i, j int, forms bool) (float64, int) {
	ci, cj := &al.claims[i], &al.claims[j]
	// A few terms at most: a list is searched faster than a map is made.
	var matched []string
	// Both lists are in the order of their concepts: walked side by side,
	// they meet at the concepts the two claims share.
	match := func(x, y []reach) {
		for a, b := 0, 0; a < len(x) && b < len(y); {
			switch {
			case x[a].id < y[b].id:
				a++
			case x[a].id > y[b].id:
				b++
			default:
				for _, t := range x[a].terms {
					if slices.Contains(matched, t) || cj.terms[t] {
						continue
					}
					for _, u := range y[b].terms {
						if !ci.terms[u] {
							matched = append(matched, t)
							break
						}
					}
				}
				a++
				b++
			}
		}
	}
	match(ci.byConcept, cj.byConcept)
	if forms {
		match(ci.byForm, cj.byForm)
		match(ci.byConcept, cj.byKind)
		match(ci.byKind, cj.byConcept)
	}
	slices.Sort(matched)
	var w float64
	for _, t := range matched {
		w += al.weights[i][t]
	}
	return w, len(matched)
}

// denyCues holds, per language of package lang, its cues that deny their
// content ("опроверг"), as lower-cased words joined by spaces.
var denyCues sync.Map // language code → map[string]bool

// denyCue says whether a statement's cue, in a language parallax has data
// for beyond English, denies its content.
func denyCue(cue, code string) bool {
	if cue == "" || code == "" || code == "en" {
		return false
	}
	set, ok := denyCues.Load(code)
	if !ok {
		m := map[string]bool{}
		if p := lang.For(code); p != nil {
			for _, c := range p.Cues {
				if c.Kind == "deny" {
					m[strings.Join(c.Words, " ")] = true
				}
			}
		}
		set, _ = denyCues.LoadOrStore(code, m)
	}
	return set.(map[string]bool)[strings.Join(strings.Fields(strings.ToLower(cue)), " ")]
}

// setAgainst returns the statement the writer sets statement i against,
// in one sentence or the next ("said the quake measured 5.9, but the
// survey said it was a 6.1 temblor"), when the two share anything of what
// they say: a word other than a name (count), a concept of the lexicon
// or a kind of figure. They answer one question, and their figures are
// for one measure. It returns -1 when there is none.
func (al *aligner) setAgainst(i int, count []int) int {
	j := al.contrast[i]
	if j < 0 || count[j] > 0 || sameDim(al.claims[j].amounts, al.claims[i].amounts) {
		return j
	}
	if _, n := al.related(i, j, true); n > 0 {
		return j
	}
	return -1
}

// contrastGap bounds the runes between two statements of a document that
// a contrast sets against each other.
const contrastGap = 160

// contrasted returns, for each statement, the statement of another speaker
// just before it in its document when the words between them, a few at
// most, hold a contrast ("…, but", "However, …"), or -1: the writer sets
// the two answers side by side.
func contrasted(all []*stmt) []int {
	out := make([]int, len(all))
	last := map[string]int{}
	for i, x := range all {
		out[i] = -1
		j, ok := last[x.s.Doc]
		last[x.s.Doc] = i
		if !ok || sameSpeaker(all[j], x) {
			continue
		}
		between := runeSpan(x.doc.Body, all[j].s.End, x.s.Start, contrastGap)
		if countCue(splitWords(strings.ToLower(between)), "contrast") > 0 {
			out[i] = j
		}
	}
	return out
}

// runeSpan returns the runes of text in [start, end), or "" when the span
// is empty, out of the text or longer than limit.
func runeSpan(text string, start, end, limit int) string {
	if start < 0 || end <= start || end-start > limit {
		return ""
	}
	n, from := 0, -1
	for k := range text {
		if n == start {
			from = k
		}
		if n == end {
			if from < 0 {
				return ""
			}
			return text[from:k]
		}
		n++
	}
	if n == end && from >= 0 {
		return text[from:]
	}
	return ""
}

// sameDim says whether two lists of amounts hold figures of one kind
// that can be compared (two magnitudes, two sums of one currency).
func sameDim(x, y []amount) bool {
	for _, a := range x {
		for _, b := range y {
			if quantity.Comparable(a.q, b.q) {
				return true
			}
		}
	}
	return false
}

// nearby returns the earlier claims of statement i's storyline that name
// some of its terms only in other words, a synonym or another form of
// one happening ("wounded" and "injured", "died" and "death"), with the
// weight of those terms: found through the index of the lexicon's
// concepts, so that two claims that share no word still meet.
func (al *aligner) nearby(i int) map[int]float64 {
	line, ci := al.lines[i], &al.claims[i]
	// Each earlier claim met and a term of i it names in other words,
	// sorted and made unique below: one list rather than a map per claim.
	type hit struct {
		j int
		t string
	}
	var hits []hit
	for _, rs := range [][]reach{ci.byConcept, ci.byForm} {
		for _, r := range rs {
			ids := make([]int32, len(r.terms))
			for k, t := range r.terms {
				id, ok := al.termID[t]
				if !ok {
					id = -1 // in no claim, so in no earlier one
				}
				ids[k] = id
			}
			for _, j := range al.postings[line+"\x00"+conceptKey(r.id)] {
				for k, t := range r.terms {
					if !al.holds(j, ids[k]) {
						hits = append(hits, hit{j, t})
					}
				}
			}
		}
	}
	slices.SortFunc(hits, func(x, y hit) int {
		return cmp.Or(cmp.Compare(x.j, y.j), strings.Compare(x.t, y.t))
	})
	out := map[int]float64{}
	for _, h := range slices.Compact(hits) {
		out[h.j] += al.weights[i][h.t]
	}
	return out
}

// conceptKeys returns the index keys of the concepts a claim's words
// reach, as synonyms and as forms, in order.
func conceptKeys(c *claim) []string {
	seen := map[lexicon.ID]bool{}
	var out []string
	for _, rs := range [][]reach{c.byConcept, c.byForm} {
		for _, r := range rs {
			if !seen[r.id] {
				seen[r.id] = true
				out = append(out, conceptKey(r.id))
			}
		}
	}
	return out
}
