// Package lang holds what parallax knows about each language it reads
// beyond English: word lists, case endings, reporting cues, month names and
// a gazetteer of names as that language writes them. The knowledge is data:
// a folder per language (lang/ru/) of tab-separated files, each with a
// header naming its source and licence, and a small file that registers the
// folder. Adding a language is adding a folder and that file.
//
// The files a folder may hold, all optional:
//
//	words.tsv      class<TAB>word: closed word classes (see the Class constants)
//	endings.tsv    ending<TAB>kind: case endings, stripped to match a word's
//	               forms; kind "adj" marks an adjective's, "place" a place name's
//	given.tsv      given names: name<TAB>m|f, forms separated by |
//	gazetteer.tsv  id<TAB>TYPE<TAB>name<TAB>aliases (|-separated)
//	cues.tsv       cue<TAB>kind: reporting verbs and phrases in every form
//	months.tsv     month<TAB>number, each form of the month's name
//	days.tsv       word<TAB>offset or weekday: "вчера<TAB>-1", "среду<TAB>wed"
//	quantity.txt   the words of quantities, read by package quantity (its
//	               format is described in quantity/data/en.txt); month names
//	               are added from months.tsv
package lang

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Word classes of words.tsv.
const (
	Stop      = "stop"      // closed-class words: capitalised only at a sentence start
	Title     = "title"     // offices and roles before a person's name ("министр")
	OrgHead   = "orghead"   // nouns that head an organisation's name ("партия", "банк")
	LocHead   = "lochead"   // nouns that head a place's name ("область", "улица")
	Place     = "place"     // prepositions of place: a capitalised word after one is a place
	Speaker   = "speaker"   // nouns of an unnamed speaker ("источник", "представитель")
	Pronoun   = "pronoun"   // personal and possessive pronouns of a speaker named before ("он", "его")
	OrgPrefix = "orgprefix" // first letters of compound names of bodies ("мин" of "Минсвязи")
	Thing     = "thing"     // nouns that head the name of a thing, no body ("корабль «Союз»")
	Domain    = "domain"    // top-level domains of web addresses that name outlets ("ру" of "Лента.ру")
	NameHead  = "namehead"  // heads of foreign names of bodies after a place's name ("таймс" of "Нью-Йорк таймс")
)

// Gazetteer rows are entities as the language names them.
type Entry struct {
	ID, Type, Name string
	Aliases        []string
}

// Cue is a reporting verb or phrase in one of its forms.
type Cue struct {
	Words []string // lower case
	Kind  string   // "say", "accord" (по словам X), "deny", "quote"
}

// Profile is the knowledge of one language.
type Profile struct {
	Code      string
	fsys      fs.FS
	classes   map[string]map[string]bool
	endings   []string          // longest first
	byLast    map[rune][]string // the endings by their last rune, longest first
	endKind   map[string]string
	given     map[string]string
	nominal   map[string]string // stem of a given name's form → the name as listed first
	Gazetteer []Entry
	Cues      []Cue
	months    map[string]int
	days      map[string]string
	english   map[string]string // a form and its stem → the English word for it
}

var (
	mu       sync.Mutex
	folders  = map[string]fs.FS{}
	profiles = map[string]*Profile{}
)

// register makes the data in fsys the profile of code. Language files call
// it from init.
func register(code string, fsys fs.FS) {
	mu.Lock()
	defer mu.Unlock()
	folders[code] = fsys
}

// For returns the profile of the language with ISO 639-1 code, or nil when
// parallax has no data for it (English is the built-in default). It panics
// only if shipped data is malformed, which the package tests rule out.
func For(code string) *Profile {
	mu.Lock()
	defer mu.Unlock()
	if p, ok := profiles[code]; ok {
		return p
	}
	fsys, ok := folders[code]
	if !ok {
		return nil
	}
	p, err := load(code, fsys)
	if err != nil {
		panic(err)
	}
	profiles[code] = p
	return p
}

// Codes returns the codes of the languages with data, sorted.
func Codes() []string {
	mu.Lock()
	defer mu.Unlock()
	var out []string
	for c := range folders {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

func load(code string, fsys fs.FS) (*Profile, error) {
	p := &Profile{Code: code, fsys: fsys, classes: map[string]map[string]bool{}, endKind: map[string]string{}, given: map[string]string{}, nominal: map[string]string{}, months: map[string]int{}, days: map[string]string{}, english: map[string]string{}}
	files := []struct {
		name string
		min  int
		fn   func([]string) error
	}{
		{"words.tsv", 2, func(f []string) error {
			if p.classes[f[0]] == nil {
				p.classes[f[0]] = map[string]bool{}
			}
			p.classes[f[0]][strings.ToLower(f[1])] = true
			return nil
		}},
		{"endings.tsv", 1, func(f []string) error {
			if f[0] == "" {
				return fmt.Errorf("empty ending")
			}
			p.endings = append(p.endings, f[0])
			if len(f) > 1 && f[1] != "" {
				p.endKind[f[0]] = f[1]
			}
			return nil
		}},
		{"given.tsv", 2, func(f []string) error {
			forms := strings.Split(f[0], "|")
			for _, n := range forms {
				for _, s := range p.Stems(strings.ToLower(n)) {
					if _, ok := p.given[s]; !ok || s == strings.ToLower(n) {
						p.given[s] = f[1]
						p.nominal[s] = forms[0]
					}
				}
			}
			return nil
		}},
		{"gazetteer.tsv", 3, func(f []string) error {
			e := Entry{ID: f[0], Type: f[1], Name: f[2]}
			if len(f) > 3 && f[3] != "" {
				e.Aliases = strings.Split(f[3], "|")
			}
			p.Gazetteer = append(p.Gazetteer, e)
			return nil
		}},
		{"cues.tsv", 2, func(f []string) error {
			p.Cues = append(p.Cues, Cue{Words: strings.Fields(strings.ToLower(f[0])), Kind: f[1]})
			return nil
		}},
		{"months.tsv", 2, func(f []string) error {
			n, err := strconv.Atoi(f[1])
			if err != nil || n < 1 || n > 12 {
				return fmt.Errorf("month number %q", f[1])
			}
			p.months[strings.ToLower(f[0])] = n
			return nil
		}},
		{"days.tsv", 2, func(f []string) error { p.days[strings.ToLower(f[0])] = f[1]; return nil }},
		{"english.tsv", 2, func(f []string) error {
			for _, form := range strings.Fields(strings.ToLower(f[1])) {
				for _, k := range []string{form, p.Stem(form)} {
					if _, ok := p.english[k]; !ok {
						p.english[k] = f[0]
					}
				}
			}
			return nil
		}},
	}
	for _, file := range files {
		if file.name == "given.tsv" {
			// stems need the endings, read first
			sort.SliceStable(p.endings, func(i, j int) bool {
				return utf8.RuneCountInString(p.endings[i]) > utf8.RuneCountInString(p.endings[j])
			})
			p.byLast = map[rune][]string{}
			for _, e := range p.endings {
				r, _ := utf8.DecodeLastRuneInString(e)
				p.byLast[r] = append(p.byLast[r], e)
			}
		}
		f, err := fsys.Open(file.name)
		if err != nil {
			continue // every file is optional
		}
		name := code + "/" + file.name
		err = ReadTSV(f, name, func(fs []string) error {
			if len(fs) < file.min {
				return fmt.Errorf("want at least %d fields, have %d", file.min, len(fs))
			}
			return file.fn(fs)
		})
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return p, nil
}

// ReadTSV calls fn with the tab-separated fields of every line of r that is
// neither blank nor a comment (#); name is used in errors.
func ReadTSV(r io.Reader, name string, fn func(fields []string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s line %d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// Is reports whether the lower-case word w belongs to class.
func (p *Profile) Is(class, w string) bool {
	return p.classes[class][w]
}

// Class returns the words of a class.
func (p *Profile) Class(class string) map[string]bool {
	return p.classes[class]
}

// Stem strips the longest case ending of the lower-case word w that leaves
// at least three letters, so that the forms of a name share one stem:
// "лаврова", "лаврову" and "лавров" give "лавров". Words without endings
// in the table come back unchanged.
func (p *Profile) Stem(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range p.endingsOf(w) {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// endingsOf returns the endings w may end in: those that end in its last
// rune, longest first.
func (p *Profile) endingsOf(w string) []string {
	r, _ := utf8.DecodeLastRuneInString(w)
	return p.byLast[r]
}

// Stems returns w and every stem Stem could make of it by stripping one
// ending, longest ending first. Two forms of one name share one of them
// even where the longest ending misleads: "китай" gives "китай" and
// "кита", "китая" gives "кит" and "кита".
func (p *Profile) Stems(w string) []string {
	w = strings.ReplaceAll(w, "ё", "е") // written either way: "Объединённые", "Объединенные"
	out := []string{w}
	n := utf8.RuneCountInString(w)
	for _, e := range p.endingsOf(w) {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
			out = append(out, w[:len(w)-len(e)])
		}
	}
	return out
}

// Ending returns the kind of the longest ending Stem strips from w ("adj",
// "place"), or "".
func (p *Profile) Ending(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range p.endingsOf(w) {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
			return p.endKind[e]
		}
	}
	return ""
}

// English returns the English word for the lower-case word w in any of
// its case forms, or "" when the language's glossary lacks it.
func (p *Profile) English(w string) string {
	for _, s := range p.Stems(w) {
		if e, ok := p.english[s]; ok {
			return e
		}
	}
	return ""
}

// Given returns "m" or "f" when the lower-case word w is a form of a given
// name, else "".
func (p *Profile) Given(w string) string {
	for _, s := range p.Stems(w) {
		if g := p.given[s]; g != "" {
			return g
		}
	}
	return ""
}

// Nominative returns the given name a lower-case form w is of, as
// given.tsv lists it first ("юрия" → "Юрий"), or "".
func (p *Profile) Nominative(w string) string {
	for _, s := range p.Stems(w) {
		if n := p.nominal[s]; n != "" {
			return n
		}
	}
	return ""
}

// Day returns what the lower-case word w says of a day: a weekday ("mon"
// … "sun") or an offset from the day of writing ("-1", "0"), or "".
func (p *Profile) Day(w string) string {
	return p.days[w]
}

// File returns the content of another file of the language's folder, one
// read by the package it is for (quantity.txt).
func (p *Profile) File(name string) ([]byte, error) {
	return fs.ReadFile(p.fsys, name)
}

// Months returns every form of every month name, sorted.
func (p *Profile) Months() []string {
	out := make([]string, 0, len(p.months))
	for w := range p.months {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// Month returns the number of a month named by the lower-case word w, or 0.
func (p *Profile) Month(w string) int {
	return p.months[w]
}
