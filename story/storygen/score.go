package storygen

// Scores compares a clustering with the labels: pairwise and B-cubed
// precision, recall and F1.
type Scores struct {
	PairP, PairR, PairF1       float64
	BCubedP, BCubedR, BCubedF1 float64
}

// Score compares pred and gold, both maps from item to cluster key, over
// the items of gold; an item pred does not place is a cluster of its own.
func Score(pred, gold map[string]string) Scores {
	pc, gc, cell := map[string]int{}, map[string]int{}, map[[2]string]int{}
	predOf := func(k string) string {
		if p := pred[k]; p != "" {
			return p
		}
		return "single:" + k
	}
	for k, g := range gold {
		p := predOf(k)
		pc[p]++
		gc[g]++
		cell[[2]string{p, g}]++
	}
	pairs := func(n int) float64 { return float64(n*(n-1)) / 2 }
	var tp, pp, gp float64
	for _, n := range cell {
		tp += pairs(n)
	}
	for _, n := range pc {
		pp += pairs(n)
	}
	for _, n := range gc {
		gp += pairs(n)
	}
	s := Scores{PairP: 1, PairR: 1}
	if pp > 0 {
		s.PairP = tp / pp
	}
	if gp > 0 {
		s.PairR = tp / gp
	}
	for k, g := range gold {
		p := predOf(k)
		n := float64(cell[[2]string{p, g}])
		s.BCubedP += n / float64(pc[p])
		s.BCubedR += n / float64(gc[g])
	}
	if len(gold) > 0 {
		s.BCubedP /= float64(len(gold))
		s.BCubedR /= float64(len(gold))
	}
	s.PairF1, s.BCubedF1 = f1(s.PairP, s.PairR), f1(s.BCubedP, s.BCubedR)
	return s
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
