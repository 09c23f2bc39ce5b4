package postgres

import (
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/searchtext"
)

// Limits of PostgreSQL's tsvector: a word holds at most maxLexemeBytes;
// places past maxPlace are all maxPlace, and a word's places past the
// maxPlaces-th are dropped; and the words and places of one vector take at
// most maxVectorBytes as the server counts them: each distinct word padded
// to an even length, and two bytes for each of its places and two more.
const (
	maxLexemeBytes = 2047
	maxPlace       = 16383
	maxPlaces      = 256
	maxVectorBytes = 1<<20 - 1
)

// place is where a word stands in a document, and its weight: A in the
// title, B in the body.
type place struct {
	n      int
	weight byte
}

// vector returns, in PostgreSQL's text form, the tsvector of a document:
// the folded words of its title with weight A, then those of its body
// with weight B, at their places counted from 1. A place is left out
// between the two, so that no phrase runs from the title into the body,
// as none does in SQLite's separate columns. The vector keeps to the
// server's limits, leaving out what it could not hold: words too long,
// places it would drop, and, once the vector is full, every new word.
func vector(title, body string) string {
	var (
		order  []string // distinct lexemes, in order of first use
		places = map[string][]place{}
		size   int // bytes the server counts
		n      int // place of the last word
	)
	add := func(text string, weight byte) {
		for _, w := range searchtext.Words(text) {
			n++
			lex := searchtext.Fold(w)
			at := place{min(n, maxPlace), weight}
			p, seen := places[lex]
			cost := 2
			if !seen {
				cost = (len(lex)+1)&^1 + 4
			}
			if len(lex) > maxLexemeBytes || len(p) == maxPlaces || seen && p[len(p)-1].n == at.n || size+cost > maxVectorBytes {
				continue
			}
			size += cost
			if !seen {
				order = append(order, lex)
			}
			places[lex] = append(p, at)
		}
	}
	add(title, 'A')
	n++
	add(body, 'B')
	var b []byte
	for i, lex := range order {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, quoteLexeme(lex)...)
		sep := byte(':')
		for _, p := range places[lex] {
			b = append(b, sep)
			sep = ','
			b = strconv.AppendInt(b, int64(p.n), 10)
			b = append(b, p.weight)
		}
	}
	return string(b)
}

// query returns, in PostgreSQL's text form, the tsquery that matches the
// documents holding every term, each a phrase of folded words. It is
// built from words alone, each quoted, so no text the user typed is read
// as tsquery syntax. ok is false when a word is too long for any
// document to hold it.
func query(terms []searchtext.Term) (q string, ok bool) {
	parts := make([]string, len(terms))
	for i, t := range terms {
		lexemes := make([]string, len(t))
		for j, w := range t {
			lex := searchtext.Fold(w)
			if len(lex) > maxLexemeBytes {
				return "", false
			}
			lexemes[j] = quoteLexeme(lex)
		}
		parts[i] = "(" + strings.Join(lexemes, " <-> ") + ")"
	}
	return strings.Join(parts, " & "), true
}

// quoteLexeme quotes a lexeme for the text form of a tsvector or tsquery.
// Words hold neither quotes nor backslashes; escaping them anyway keeps
// the quoting from resting on what words are.
func quoteLexeme(lex string) string {
	return "'" + lexemeEscaper.Replace(lex) + "'"
}

var lexemeEscaper = strings.NewReplacer(`\`, `\\`, `'`, `''`)
