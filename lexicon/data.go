package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:generate sh -c "go run ./internal/wngen -dict \"$WORDNET_DICT\" -out data/wordnet.gz"

//go:embed data/wordnet.gz
var packed []byte

// rel is a pointer from one synset to another.
type rel struct {
	mark byte // '@' hypernym, '+' derivation, '>' cause, '*' entailment, '&' similar, '=' attribute, 'm' member, '!' antonym
	to   ID
}

// db is the loaded lexicon. Lemmas and exceptions are kept sorted, as the
// data file lists them, and found by binary search: cheaper to load than
// maps of a hundred thousand strings.
type db struct {
	pos     []POS
	general []uint8 // log2 of the number of synsets below each synset
	rels    [][]rel
	words   []string   // lemmas, sorted
	senses  [][]ID     // senses of words[i], in sense order
	forms   []string   // irregular forms, sorted
	formOf  [][]string // base forms of forms[i], each after its part of speech's letter ("vfall")

	membersOnce sync.Once
	members     [][]string // synset → its lemmas, built on first use

	// The answers given so far, kept since the comparison asks the same
	// few words again for every pair of statements.
	keysOf     memo[string, []ID]
	conceptsOf memo[string, []ID]
	formsOf    memo[string, []ID]
	kindsOf    memo[string, []ID]
	basesOf    memo[string, []string]
	opposite   memo[[2]string, bool]
	isA        memo[[2]string, bool]
	firstIsA   memo[[2]string, bool]
}

var (
	loaded   *db
	loadErr  error
	loadOnce sync.Once
)

// get loads the shipped data on first use.
func get() *db {
	loadOnce.Do(func() { loaded, loadErr = parse(packed) })
	if loadErr != nil {
		panic("lexicon: shipped data unreadable: " + loadErr.Error()) // a build error, not an input error
	}
	return loaded
}

// parse reads the gzipped lines written by internal/wngen.
func parse(gz []byte) (*db, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	d := &db{}
	all := string(raw) // one copy; every lemma is a substring of it
	for n := 1; all != ""; n++ {
		var line string
		line, all, _ = strings.Cut(all, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := d.addLine(line); err != nil {
			return nil, fmt.Errorf("line %d %q: %v", n, line, err)
		}
	}
	return d, d.check()
}

// check verifies what later look-ups rely on: ids in range, lemmas and
// forms sorted.
func (d *db) check() error {
	n := ID(len(d.pos))
	for _, rs := range d.rels {
		for _, r := range rs {
			if r.to >= n {
				return fmt.Errorf("pointer to synset %d of %d", r.to, n)
			}
		}
	}
	for i, ids := range d.senses {
		for _, id := range ids {
			if id >= n {
				return fmt.Errorf("lemma %q names synset %d of %d", d.words[i], id, n)
			}
		}
	}
	if !sort.StringsAreSorted(d.words) || !sort.StringsAreSorted(d.forms) {
		return fmt.Errorf("lemmas or forms out of order")
	}
	return nil
}

// addLine reads one line: "s POSG REL...", "w LEMMA ID...", "x FORM
// BASE...".
func (d *db) addLine(line string) error {
	if len(line) < 3 || line[1] != ' ' {
		return fmt.Errorf("too short")
	}
	f := strings.Split(line[2:], " ")
	switch line[0] {
	case 's':
		if len(f[0]) < 2 {
			return fmt.Errorf("no part of speech")
		}
		g, err := atoi(f[0][1:])
		if err != nil {
			return err
		}
		rs := make([]rel, len(f)-1)
		for i, p := range f[1:] {
			if len(p) < 2 {
				return fmt.Errorf("bad pointer %q", p)
			}
			id, err := atoi(p[1:])
			if err != nil {
				return err
			}
			rs[i] = rel{p[0], ID(id)}
		}
		d.pos = append(d.pos, POS(f[0][0]))
		d.general = append(d.general, uint8(g))
		d.rels = append(d.rels, rs)
	case 'w':
		ids := make([]ID, len(f)-1)
		for i, p := range f[1:] {
			id, err := atoi(p)
			if err != nil {
				return err
			}
			ids[i] = ID(id)
		}
		d.words = append(d.words, f[0])
		d.senses = append(d.senses, ids)
	case 'x':
		for _, b := range f[1:] {
			if len(b) < 2 {
				return fmt.Errorf("bad base form %q", b)
			}
		}
		d.forms = append(d.forms, f[0])
		d.formOf = append(d.formOf, f[1:])
	default:
		return fmt.Errorf("unknown line kind %q", line[0])
	}
	return nil
}

// atoi reads a non-negative decimal number.
func atoi(s string) (int, error) {
	if s == "" || len(s) > 9 {
		return 0, fmt.Errorf("bad number %q", s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad number %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// lemma returns the senses of lemma w, or nil.
func (d *db) lemma(w string) []ID {
	i := sort.SearchStrings(d.words, w)
	if i < len(d.words) && d.words[i] == w {
		return d.senses[i]
	}
	return nil
}

// exceptions returns the base forms the exception list of part of speech
// pos gives for form w: "fell" is the verb "fall", not the noun.
func (d *db) exceptions(w string, pos POS) []string {
	i := sort.SearchStrings(d.forms, w)
	if i == len(d.forms) || d.forms[i] != w {
		return nil
	}
	var out []string
	for _, b := range d.formOf[i] {
		if POS(b[0]) == pos {
			out = append(out, b[1:])
		}
	}
	return out
}

// lemmasOf returns the lemmas of a synset, sorted.
func (d *db) lemmasOf(id ID) []string {
	d.membersOnce.Do(func() {
		d.members = make([][]string, len(d.pos))
		for i, ids := range d.senses {
			for _, s := range ids {
				d.members[s] = append(d.members[s], d.words[i]) // words are sorted, so members are
			}
		}
	})
	return d.members[id]
}
