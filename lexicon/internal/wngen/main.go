// Command wngen derives the lexicon's compact data file from a WordNet 3.0
// database directory (the dict folder of Princeton's distribution; Debian's
// wordnet-base package installs one):
//
//	wngen -dict DIR -out data/wordnet.gz
//
// It keeps the nouns, verbs and adjectives that are not instances (people
// and places are the entity package's), their lemmas in sense order, the
// pointers the lexicon reads (hypernym, derivation, cause, entailment,
// similar, attribute, member, antonym), the exception lists of irregular
// forms with the part of speech of the list each comes from ("fell" is a
// form of the verb "fall", not of the noun), and the adverbs derived from
// adjectives ("smoothly" from "smooth"), written as forms of them.
// Glosses, examples and everything else are left out.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("dict", "", "WordNet 3.0 dict directory (holds data.noun, index.noun, noun.exc, ...)")
	out := flag.String("out", "data/wordnet.gz", "file to write")
	flag.Parse()
	if *dict == "" {
		fmt.Fprintln(os.Stderr, "usage: wngen -dict DIR [-out FILE]")
		os.Exit(2)
	}
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wngen:", err)
		os.Exit(1)
	}
}

func run(dict, out string) error {
	db, err := read(dict)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	db.write(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %v", out, err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %v", out, err)
	}
	return f.Close()
}

// posFiles are the parts of speech kept, by their WordNet file suffix.
var posFiles = []struct {
	name string
	tag  byte
}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}}

// kept are the pointer symbols copied, with the one-letter mark each gets
// in the output.
var kept = map[string]byte{"@": '@', "+": '+', ">": '>', "*": '*', "&": '&', "=": '=', "%m": 'm', "!": '!'}

// key names a synset across files: its part of speech and byte offset.
type key struct {
	pos    byte
	offset int
}

type pointer struct {
	mark   byte
	target key
}

type synset struct {
	key      key
	words    []string
	pointers []pointer
	instance bool
}

type db struct {
	synsets []*synset
	byKey   map[key]int // key → index in synsets
	lemmas  map[string][]key
	except  map[string][]string
}

// read reads the data, index and exception files of dict.
func read(dict string) (*db, error) {
	d := &db{byKey: map[key]int{}, lemmas: map[string][]key{}, except: map[string][]string{}}
	for _, p := range posFiles {
		if err := eachLine(filepath.Join(dict, "data."+p.name), d.readSynset); err != nil {
			return nil, err
		}
	}
	d.dropInstances()
	for _, p := range posFiles {
		if err := eachLine(filepath.Join(dict, "index."+p.name), func(line string) error { return d.readIndex(p.tag, line) }); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dict, p.name+".exc"), func(line string) error { return d.readException(p.tag, line) }); err != nil {
			return nil, err
		}
	}
	if err := d.readAdverbs(dict); err != nil {
		return nil, err
	}
	return d, nil
}

// eachLine calls fn for each line of a file that is not part of the
// licence header (which starts with two spaces).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "  ") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s line %d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// posTag folds adjective satellites into adjectives.
func posTag(s string) byte {
	if s == "s" {
		return 'a'
	}
	return s[0]
}

// readSynset reads one line of a data file and keeps its synset.
func (d *db) readSynset(line string) error {
	off, tag, words, ptrs, err := parseSynset(line)
	if err != nil {
		return err
	}
	s := &synset{key: key{tag, off}, words: words}
	for _, p := range ptrs {
		switch {
		case p.sym == "@i":
			s.instance = true
		case kept[p.sym] != 0:
			s.pointers = append(s.pointers, pointer{kept[p.sym], p.target})
		}
	}
	d.byKey[s.key] = len(d.synsets)
	d.synsets = append(d.synsets, s)
	return nil
}

// rawPointer is a pointer as a data file gives it: its symbol, its
// target and the numbers of the source and target words ("0000" for the
// whole synsets).
type rawPointer struct {
	sym    string
	target key
	words  string
}

// parseSynset reads one line of a data file:
// offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss
func parseSynset(line string) (off int, tag byte, words []string, ptrs []rawPointer, err error) {
	line, _, _ = strings.Cut(line, "|")
	f := strings.Fields(line)
	if len(f) < 4 {
		return 0, 0, nil, nil, fmt.Errorf("short synset line")
	}
	if off, err = strconv.Atoi(f[0]); err != nil {
		return 0, 0, nil, nil, err
	}
	nw, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || 4+2*int(nw) >= len(f) {
		return 0, 0, nil, nil, fmt.Errorf("bad word count %q", f[3])
	}
	for i := 0; i < int(nw); i++ {
		words = append(words, lemmaOf(f[4+2*i]))
	}
	i := 4 + 2*int(nw)
	np, err := strconv.Atoi(f[i])
	if err != nil || i+1+4*np > len(f) {
		return 0, 0, nil, nil, fmt.Errorf("bad pointer count %q", f[i])
	}
	for p := 0; p < np; p++ {
		sym, offs, pos, nums := f[i+1+4*p], f[i+2+4*p], f[i+3+4*p], f[i+4+4*p]
		toff, err := strconv.Atoi(offs)
		if err != nil {
			return 0, 0, nil, nil, err
		}
		ptrs = append(ptrs, rawPointer{sym, key{posTag(pos), toff}, nums})
	}
	return off, posTag(f[2]), words, ptrs, nil
}

// lemmaOf lowercases a synset word and drops an adjective's position
// marker ("(a)", "(p)", "(ip)").
func lemmaOf(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 {
		w = w[:i]
	}
	return strings.ToLower(w)
}

// dropInstances removes instance synsets and the pointers to them.
func (d *db) dropInstances() {
	var keep []*synset
	for _, s := range d.synsets {
		if !s.instance {
			keep = append(keep, s)
		}
	}
	d.synsets = keep
	d.byKey = map[key]int{}
	for i, s := range keep {
		d.byKey[s.key] = i
	}
	for _, s := range keep {
		s.pointers = slices.DeleteFunc(s.pointers, func(p pointer) bool {
			_, ok := d.byKey[p.target]
			return !ok
		})
	}
}

// readIndex reads one line of an index file:
// lemma pos synset_cnt p_cnt ptr... sense_cnt tagsense_cnt offset...
func (d *db) readIndex(pos byte, line string) error {
	f := strings.Fields(line)
	if len(f) < 4 {
		return fmt.Errorf("short index line")
	}
	n, err1 := strconv.Atoi(f[2])
	np, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || 4+np+2+n > len(f) {
		return fmt.Errorf("bad counts in index line")
	}
	for _, o := range f[len(f)-n:] {
		off, err := strconv.Atoi(o)
		if err != nil {
			return err
		}
		k := key{pos, off}
		if _, ok := d.byKey[k]; ok {
			d.lemmas[f[0]] = append(d.lemmas[f[0]], k)
		}
	}
	return nil
}

// readException reads "form base [base...]" from the exception list of
// part of speech pos.
func (d *db) readException(pos byte, line string) error {
	f := strings.Fields(line)
	if len(f) < 2 {
		return fmt.Errorf("short exception line")
	}
	for _, b := range f[1:] {
		d.addException(f[0], pos, b)
	}
	return nil
}

// addException records base as a base form of form as part of speech pos,
// written as the part of speech's letter and the base ("vfall"): "fell"
// is a form of the verb "fall" but not of the noun.
func (d *db) addException(form string, pos byte, base string) {
	b := string(pos) + base
	if !slices.Contains(d.except[form], b) {
		d.except[form] = append(d.except[form], b)
	}
}

// descendants counts the synsets below each synset by hypernym pointers.
func (d *db) descendants() []int {
	children := make([][]int, len(d.synsets))
	for i, s := range d.synsets {
		for _, p := range s.pointers {
			if p.mark == '@' {
				t := d.byKey[p.target]
				children[t] = append(children[t], i)
			}
		}
	}
	count := make([]int, len(d.synsets))
	done := make([]bool, len(d.synsets))
	var visit func(int) int
	visit = func(i int) int {
		if done[i] {
			return count[i]
		}
		done[i] = true // hypernym cycles do not occur in WordNet; this guards anyway
		for _, c := range children[i] {
			count[i] += 1 + visit(c)
		}
		return count[i]
	}
	for i := range d.synsets {
		visit(i)
	}
	return count
}

const header = `# Derived from WordNet 3.0 (Princeton University) by lexicon/internal/wngen.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Used under the WordNet 3.0 licence, in LICENSE-WordNet beside this file.
# Lines: "s" synsets in id order (part of speech, log2 of descendants,
# pointers: @ hypernym, + derivation, > cause, * entailment, & similar,
# = attribute, m member, ! antonym (of some word of the synset), each
# followed by the target id); "w" lemma and its synset ids in sense order;
# "x" irregular form, or adverb derived from an adjective in its first
# sense, and its base forms, each after the letter of the part of speech
# whose exception list gives it (an adverb's adjectives: "a").
`

// write writes the compact form read by the lexicon package.
func (d *db) write(w io.Writer) {
	io.WriteString(w, header)
	desc := d.descendants()
	for i, s := range d.synsets {
		fmt.Fprintf(w, "s %c%d", s.key.pos, bits.Len(uint(desc[i])))
		seen := map[pointer]bool{}
		for _, p := range s.pointers {
			if seen[p] {
				continue
			}
			seen[p] = true
			fmt.Fprintf(w, " %c%d", p.mark, d.byKey[p.target])
		}
		io.WriteString(w, "\n")
	}
	for _, l := range sortedKeys(d.lemmas) {
		io.WriteString(w, "w "+l)
		for _, k := range d.lemmas[l] {
			fmt.Fprintf(w, " %d", d.byKey[k])
		}
		io.WriteString(w, "\n")
	}
	for _, form := range sortedKeys(d.except) {
		fmt.Fprintf(w, "x %s %s\n", form, strings.Join(d.except[form], " "))
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// readAdverbs reads the adverbs whose first sense is derived from an
// adjective (WordNet's pertainym pointers: "smoothly" from "smooth",
// "insufficiently" from "insufficient") and records each as a form of
// its adjective, as the exception lists record irregular forms: the
// lexicon then reads "smoothly" as "smooth", with its opposites and
// relations. Adverbs themselves are not kept.
func (d *db) readAdverbs(dict string) error {
	from := map[int]adverb{}
	err := eachLine(filepath.Join(dict, "data.adv"), func(line string) error {
		off, _, words, ptrs, err := parseSynset(line)
		from[off] = d.adverb(words, ptrs)
		return err
	})
	if err != nil {
		return err
	}
	return eachLine(filepath.Join(dict, "index.adv"), func(line string) error {
		f := strings.Fields(line)
		if len(f) < 4 {
			return fmt.Errorf("short index line")
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 1 || n > len(f)-4 {
			return fmt.Errorf("bad sense count in index line")
		}
		first, err := strconv.Atoi(f[len(f)-n])
		if err != nil {
			return err
		}
		a := from[first]
		k := slices.Index(a.words, f[0]) + 1
		for _, p := range a.from {
			if (p.word == 0 || p.word == k) && p.adjective != f[0] {
				d.addException(f[0], 'a', p.adjective)
			}
		}
		return nil
	})
}

// adverb is an adverb synset: its words, and the adjectives they are
// derived from.
type adverb struct {
	words []string
	from  []pertainym
}

// pertainym is an adjective an adverb is derived from, and the number of
// the adverb's word it is said of (0: all of them).
type pertainym struct {
	word      int
	adjective string
}

// adverb reads an adverb synset's words and the adjectives its pertainym
// pointers name.
func (d *db) adverb(words []string, ptrs []rawPointer) adverb {
	a := adverb{words: words}
	for _, p := range ptrs {
		i, ok := d.byKey[p.target]
		if p.sym != `\` || p.target.pos != 'a' || len(p.words) != 4 || !ok {
			continue
		}
		src, err1 := strconv.ParseInt(p.words[:2], 16, 32)
		tgt, err2 := strconv.ParseInt(p.words[2:], 16, 32)
		if adj := d.synsets[i].words; err1 == nil && err2 == nil && tgt > 0 && int(tgt) <= len(adj) {
			a.from = append(a.from, pertainym{int(src), adj[tgt-1]})
		}
	}
	return a
}
