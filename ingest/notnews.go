package ingest

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// notNewsEndings maps a file name ending to what a file so named is.
//
//go:embed data/notnews.tsv
var notNewsData string

var notNewsEndings = func() map[string]string {
	out := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(notNewsData))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ext, what, ok := strings.Cut(line, "\t")
		if !ok {
			panic(fmt.Sprintf("data/notnews.tsv: line %q has no tab", line))
		}
		out[ext] = what
	}
	return out
}()

// The content rules look at whole lines of the head of a plain-text file,
// and judge only when there are enough of them.
const (
	minJudgedLines = 5
	// A log: most lines open with a timestamp.
	logShare = 0.6
	// Source code: many lines end a block or a statement, or are comments.
	codeShare = 0.3
	// A table: nearly every line has the same number (two or more) of one
	// separator.
	tableShare = 0.9
	maxCell    = 40 // bytes a table's cell holds on average, at most
)

// timestamped matches a line that opens with a date and time, as log lines
// do: "2031-03-14 10:00:01", "[2031-03-14T10:00:01Z]", "Mar 14 10:00:01".
var timestamped = regexp.MustCompile(`^\[?(\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})`)

// notNews says why a plain-text file named name, starting with head, is not
// a news page, or returns "". The name decides first; then the content:
// log lines, source code, a table.
func notNews(name string, head []byte) string {
	if what, ok := notNewsEndings[strings.ToLower(filepath.Ext(name))]; ok {
		return what
	}
	// An interpreter line opens a script whatever its name: no news text
	// starts with "#!".
	if bytes.HasPrefix(head, []byte("#!")) {
		return "source code"
	}
	lines := wholeLines(head)
	if len(lines) < minJudgedLines {
		return ""
	}
	var logged, code int
	for _, l := range lines {
		if timestamped.Match(l) {
			logged++
		}
		if codeLine(l) {
			code++
		}
	}
	switch n := float64(len(lines)); {
	case float64(logged) >= logShare*n:
		return "a log"
	case float64(code) >= codeShare*n && code >= minJudgedLines:
		return "source code"
	case isTable(lines):
		return "a table"
	}
	return ""
}

// wholeLines returns the non-blank lines of head, trimmed, without the last
// one, which the sniffed head may cut.
func wholeLines(head []byte) [][]byte {
	all := bytes.Split(head, []byte("\n"))
	if len(all) > 1 {
		all = all[:len(all)-1]
	}
	var out [][]byte
	for _, l := range all {
		if l = bytes.TrimSpace(l); len(l) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// codeLine reports whether a line reads as source code: it opens or closes
// a block, ends a statement, or is a comment. Prose lines end in words or
// sentence punctuation.
func codeLine(l []byte) bool {
	for _, end := range []string{"{", "}", ";", "*/", "};", "})", "});"} {
		if bytes.HasSuffix(l, []byte(end)) {
			return true
		}
	}
	for _, start := range []string{"//", "/*", "#include", "#!"} {
		if bytes.HasPrefix(l, []byte(start)) {
			return true
		}
	}
	return false
}

// isTable reports whether nearly every line holds the same number, two or
// more, of one separator (comma, tab, semicolon or bar) between short
// cells. Paragraphs of prose can share a count of commas; their "cells" are
// whole clauses.
func isTable(lines [][]byte) bool {
	for _, sep := range []byte{',', '\t', ';', '|'} {
		type tally struct{ lines, bytes int }
		counts := map[int]tally{}
		for _, l := range lines {
			n := bytes.Count(l, []byte{sep})
			counts[n] = tally{counts[n].lines + 1, counts[n].bytes + len(l)}
		}
		for n, t := range counts {
			if n >= 2 && float64(t.lines) >= tableShare*float64(len(lines)) && t.bytes <= maxCell*t.lines*(n+1) {
				return true
			}
		}
	}
	return false
}
