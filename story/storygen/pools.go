package storygen

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// maxPoolFile bounds how much of one seed file is read.
const maxPoolFile = 1 << 20

var (
	sentenceEnd = regexp.MustCompile(`([.!?])\s+`)
	dateWords   = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	numbers     = regexp.MustCompile(`\b\d+\b`)
)

// slotCycle is the order in which a file's distinct names become slots.
var slotCycle = []string{"{P1}", "{PL}", "{P2}", "{ORG}"}

// PoolsFromDir reads every regular file in dir as one sentence pool: each
// file's sentences, with dates, numbers and capitalised names inside a
// sentence replaced by slots, so a generated story recombines real
// sentences around its own names. Files with fewer than three usable
// sentences are skipped.
func PoolsFromDir(dir string) ([][]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read seed folder %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var pools [][]string
	for _, n := range names {
		p, err := poolFromFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		if len(p) >= 3 {
			pools = append(pools, p)
		}
	}
	if len(pools) == 0 {
		return nil, fmt.Errorf("seed folder %s: no file with three or more sentences", dir)
	}
	return pools, nil
}

func poolFromFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read seed file: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPoolFile))
	if err != nil {
		return nil, fmt.Errorf("read seed file %s: %w", path, err)
	}
	text := strings.ToValidUTF8(string(b), " ")
	text = sentenceEnd.ReplaceAllString(text, "$1\n")
	slots := map[string]string{}
	var pool []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if len(strings.Fields(line)) < 5 {
			continue
		}
		line = dateWords.ReplaceAllString(line, "{DATE}")
		line = numbers.ReplaceAllString(line, "{N}")
		pool = append(pool, slotNames(line, slots))
	}
	return pool, nil
}

// slotNames replaces runs of capitalised words after a sentence's first
// word by slots, the same name by the same slot throughout a file.
func slotNames(line string, slots map[string]string) string {
	words := strings.Fields(line)
	var out []string
	for i := 0; i < len(words); i++ {
		j := i
		for i > 0 && j < len(words) && isName(words[j]) {
			j++
		}
		if j == i {
			out = append(out, words[i])
			continue
		}
		run := strings.Join(words[i:j], " ")
		name := strings.TrimRightFunc(run, func(r rune) bool { return !unicode.IsLetter(r) })
		trail := run[len(name):] // punctuation after the name stays
		s, ok := slots[name]
		if !ok {
			s = slotCycle[len(slots)%len(slotCycle)]
			slots[name] = s
		}
		out = append(out, s+trail)
		i = j - 1
	}
	return strings.Join(out, " ")
}

func isName(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
