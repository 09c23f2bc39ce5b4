package ingest

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

const goSource = `package main

import "fmt"

// main greets.
func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("hello, world")
	}
}
`

const logText = `2031-03-14 10:00:01 INFO server started on :8080
2031-03-14 10:00:02 INFO loaded 5 documents
2031-03-14 10:00:05 WARN slow query: 120 ms
2031-03-14 10:01:00 INFO GET /api/stories 200
2031-03-14 10:01:03 ERROR store: connection reset
2031-03-14 10:01:04 INFO reconnected
`

const csvText = `id,date,outlet,title
1,2031-03-14,Wire,Talks stall
2,2031-03-15,Daily,Monitors report shelling
3,2031-03-16,Wire,Envoys meet in Varne
4,2031-03-17,Daily,Ceasefire holds
5,2031-03-18,Wire,Council extends mission
`

// news is a plain-text page with the commas, semicolons, brackets and
// dates of ordinary reporting.
const news = `Valley talks stall as envoys trade blame

By Mara Quell, Northgate Wire
14 March 2031

Envoys from Velmoria and Kardonia met in Varne on Friday, the third round in a month, but left without agreement; each side blamed the other.
"We came to talk," said Mayor Holt (who chairs the council), "and they came to delay."
Monitors said the valley was calm on Thursday, though shelling was reported near Sarn, Tolm and Brask.
The council will meet again on Monday, its spokesman said, adding that "nothing is decided".
Residents, many of them farmers, said they feared a return to fighting; some have already left.
`

func TestNotNews(t *testing.T) {
	for _, tc := range []struct {
		name, file, text, want string
	}{
		{"source code by name", "main.go", goSource, "source code"},
		{"source code by content", "notes.txt", goSource, "source code"},
		{"a log by name", "server.log", "started\n", "a log"},
		{"a log by content", "output", logText, "a log"},
		{"a table by name", "list.csv", "a,b\n", "a table"},
		{"a table by content", "list.txt", csvText, "a table"},
		{"a script by its interpreter line", "score", "#!/usr/bin/env python3\n\"\"\"Score the output.\n\nRead it, then print it.\n\"\"\"\n", "source code"},
		{"a news page", "page.txt", news, ""},
		{"a news page without a name", "-", news, ""},
		{"too short to judge", "short.txt", "a,b,c\nd,e,f\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := notNews(tc.file, []byte(tc.text)); got != tc.want {
				t.Errorf("notNews(%s) = %q, want %q", tc.file, got, tc.want)
			}
		})
	}
}

func TestNotNewsIsReportedAndSkipped(t *testing.T) {
	var docs []string
	var errs []string
	for name, text := range map[string]string{"main.go": goSource, "page.txt": news, "server.txt": logText} {
		err := Read(context.Background(), name, strings.NewReader(text), Options{},
			func(r parallax.Raw) error { docs = append(docs, r.Source); return nil },
			func(err error) { errs = append(errs, err.Error()) })
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(docs) != 1 || docs[0] != "page.txt" {
		t.Errorf("documents read: %v, want page.txt only", docs)
	}
	if len(errs) != 2 || !strings.Contains(strings.Join(errs, "\n"), "main.go: skipped: source code, not a news page") {
		t.Errorf("reported: %q", errs)
	}
}

// A feed or an HTML document is read whatever its name says.
func TestNewsFormsWinOverTheName(t *testing.T) {
	html := "<!doctype html><html><head><title>Talks stall</title></head><body><article><p>" + strings.Repeat("Envoys met in Varne on Friday. ", 20) + "</p></article></body></html>"
	n := 0
	err := Read(context.Background(), "saved.log", strings.NewReader(html), Options{},
		func(r parallax.Raw) error { n++; return nil }, func(err error) { t.Error(err) })
	if err != nil || n != 1 {
		t.Errorf("an HTML document named .log: %d read, %v", n, err)
	}
}
