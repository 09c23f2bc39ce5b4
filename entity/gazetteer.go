package entity

import (
	"embed"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax/lang"
)

//go:embed data/*.tsv
var data embed.FS

// gazEntry is one line of the gazetteer.
type gazEntry struct {
	id, typ, name string
	aliases       []string
	attrs         map[string]string
}

// readTSV calls fn with the fields of every line of r that is neither blank
// nor a comment.
func readTSV(r io.Reader, name string, fn func(fields []string) error) error {
	return lang.ReadTSV(r, name, fn)
}

// gazetteerFiles hold the gazetteer's entries, in the order read: the
// entities written for parallax, then the first-level regions taken from
// ISO 3166-2.
var gazetteerFiles = []string{"gazetteer.tsv", "regions.tsv"}

// loadGazetteer reads the entries of every gazetteer file.
func loadGazetteer() ([]gazEntry, error) {
	var out []gazEntry
	for _, name := range gazetteerFiles {
		es, err := loadGazetteerFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

// loadGazetteerFile reads the entries of one gazetteer file of data/.
func loadGazetteerFile(name string) ([]gazEntry, error) {
	f, err := data.Open("data/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []gazEntry
	err = readTSV(f, name, func(fs []string) error {
		if len(fs) < 3 {
			return fmt.Errorf("want at least 3 fields, have %d", len(fs))
		}
		e := gazEntry{id: fs[0], typ: fs[1], name: fs[2], attrs: map[string]string{}}
		if len(fs) > 3 && fs[3] != "" {
			e.aliases = strings.Split(fs[3], "|")
		}
		if len(fs) > 4 {
			for _, kv := range strings.Split(fs[4], ";") {
				if k, v, ok := strings.Cut(kv, "="); ok {
					e.attrs[k] = v
				}
			}
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// demonym is one line of demonyms.tsv.
type demonym struct {
	country    string
	adjectives []string
	plurals    []string
}

func loadDemonyms() ([]demonym, error) {
	f, err := data.Open("data/demonyms.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []demonym
	err = readTSV(f, "demonyms.tsv", func(fs []string) error {
		if len(fs) < 2 {
			return fmt.Errorf("want at least 2 fields, have %d", len(fs))
		}
		d := demonym{country: fs[0], adjectives: strings.Split(fs[1], "|")}
		if len(fs) > 2 && fs[2] != "" {
			d.plurals = strings.Split(fs[2], "|")
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// orgNouns are the nouns for a kind of organisation: "the company said",
// "the charity Oxfam"; nounKinds the kind of body some of them name.
var (
	orgNouns  = mustWords("data/org_nouns.tsv")
	nounKinds = mustKinds("data/org_nouns.tsv")
)

// orgHeads are the nouns that head an organisation's name: "Arlow Clinic
// Trust", "Veldt Telecom"; headKinds the kind of body some of them name.
var (
	orgHeads  = mustWords("data/org_heads.tsv")
	headKinds = mustKinds("data/org_heads.tsv")
)

// outlet is the kind of a body that publishes or broadcasts news.
const outlet = "outlet"

// orgOwned are the nouns only an organisation owns: "Tessic's board".
var orgOwned = mustWords("data/org_owned.tsv")

// spokesNouns are the nouns for those who speak for a body: "Brindle's
// spokesman", "a spokeswoman for Pellucid".
var spokesNouns = mustWords("data/spokes_nouns.tsv")

// mustWords reads a shipped list of words, one a line, as a set.
func mustWords(name string) map[string]bool {
	out := map[string]bool{}
	for w := range readKinds(name) {
		out[w] = true
	}
	return out
}

// mustKinds reads the words of a shipped list that have a kind after a
// tab, as a map from word to kind.
func mustKinds(name string) map[string]string {
	out := map[string]string{}
	for w, k := range readKinds(name) {
		if k != "" {
			out[w] = k
		}
	}
	return out
}

// readKinds reads a shipped list of words, one a line with an optional
// kind after a tab, as a map from word to kind or "".
func readKinds(name string) map[string]string {
	f, err := data.Open(name)
	if err != nil {
		panic(err) // the embedded files are part of the build
	}
	defer f.Close()
	out := map[string]string{}
	if err := readTSV(f, name, func(fs []string) error {
		kind := ""
		if len(fs) > 1 {
			kind = strings.TrimSpace(fs[1])
		}
		out[strings.TrimSpace(fs[0])] = kind
		return nil
	}); err != nil {
		panic(err)
	}
	return out
}

func loadTitles() ([]string, error) {
	f, err := data.Open("data/titles.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	err = readTSV(f, "titles.tsv", func(fs []string) error {
		out = append(out, strings.TrimSpace(fs[0]))
		return nil
	})
	return out, err
}

// loadAliasFile reads a user alias file: one alias per line as
// "entity-id<TAB>alias", or "entity-id<TAB>alias<TAB>TYPE<TAB>Canonical Name"
// to declare an entity the gazetteer lacks. Lines starting with # are
// comments.
func loadAliasFile(path string) ([]gazEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open alias file: %w", err)
	}
	defer f.Close()
	var out []gazEntry
	err = readTSV(f, path, func(fs []string) error {
		if len(fs) < 2 || strings.TrimSpace(fs[0]) == "" || strings.TrimSpace(fs[1]) == "" {
			return fmt.Errorf("want entity-id<TAB>alias, have %q", strings.Join(fs, "\t"))
		}
		e := gazEntry{id: strings.TrimSpace(fs[0]), aliases: []string{strings.TrimSpace(fs[1])}, attrs: map[string]string{}}
		if len(fs) >= 4 {
			e.typ, e.name = strings.TrimSpace(fs[2]), strings.TrimSpace(fs[3])
		}
		out = append(out, e)
		return nil
	})
	return out, err
}
