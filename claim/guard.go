package claim

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// guarded is a pattern with the literals one of which every match of it
// holds, read from its syntax: a text that holds none of them, after case
// folding, is passed over without running the pattern, which most texts
// are.
type guarded struct {
	re    *regexp.Regexp
	needs []string // folded; nil when the syntax shows none
}

func guard(expr string) guarded {
	re := regexp.MustCompile(expr)
	g := guarded{re: re}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		g.needs = needed(tree.Simplify())
		slices.Sort(g.needs)
		g.needs = slices.Compact(g.needs)
	}
	return g
}

// index is re.FindStringSubmatchIndex(s); folded is fold(s).
func (g guarded) index(s, folded string) []int {
	if !g.may(folded) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

// match is re.MatchString(s); folded is fold(s).
func (g guarded) match(s, folded string) bool {
	return g.may(folded) && g.re.MatchString(s)
}

// may reports whether a text, folded, holds one of the needed literals.
func (g guarded) may(folded string) bool {
	if g.needs == nil {
		return true
	}
	for _, n := range g.needs {
		if strings.Contains(folded, n) {
			return true
		}
	}
	return false
}

// needed returns literals, folded, one of which every match of re holds,
// or nil when it cannot tell.
func needed(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{fold(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needed(re.Sub[0])
		}
	case syntax.OpConcat:
		// Every part is matched: the part whose shortest literal is
		// longest rules out the most texts; on a tie the later, often
		// the head word ("last week": "week").
		var best []string
		for _, sub := range re.Sub {
			if n := needed(sub); n != nil && (best == nil || shortest(n) >= shortest(best)) {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			n := needed(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		return all
	}
	return nil
}

func shortest(ss []string) int {
	n := len(ss[0])
	for _, s := range ss[1:] {
		n = min(n, len(s))
	}
	return n
}

// fold maps every rune of s to the smallest rune of its case-folding
// orbit, so that runes a case-insensitive pattern takes for one another
// ("k", "K", the Kelvin sign) become one.
func fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			b = append(b, byte(r-'a'+'A'))
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			b = utf8.AppendRune(b, foldRune(r))
		}
	}
	return string(b)
}

func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
