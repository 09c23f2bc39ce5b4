package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// searchFixture stores three invented documents, one with hostile text, and
// an analysis naming a story and a speaker; it returns the database and
// the documents.
func searchFixture(t *testing.T) (string, []parallax.Document) {
	t.Helper()
	doc := func(outlet, lang, published, title, body string) parallax.Document {
		return parallax.Document{ID: parallax.DocID(title, body), Source: "fixture", Title: title,
			Outlet: outlet, Lang: lang, Published: published, Body: body}
	}
	docs := []parallax.Document{
		doc("Northwind Wire", "en", "2023-03-14T09:00:00Z", "Velmora and Dastan agree to a ceasefire",
			"Negotiators agreed to a ceasefire on Tuesday.\n\nThe Ceasefire starts at midnight [local time], a mediator said."),
		doc("Harbour\x1b]0;pwned\x07 Gazette", "en", "", "Letters\x1b[2J on the \u202eceasefire",
			"A reader writes\x07 that the ceasefire\r\nwill not hold."),
		doc("Вестник Дастана", "ru", "2023-04-05", "Переговоры о перемирии", "Стороны договорились о перемирии."),
	}
	db := filepath.Join(t.TempDir(), "p.db")
	st := openStore(t, db)
	defer st.Close()
	for _, d := range docs {
		if _, err := st.PutDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	err := st.PutAnalysis(t.Context(), parallax.Analysis{
		Entities:   []parallax.Entity{{ID: "ent-mediator", Type: parallax.Person, Name: "Arlen Voss"}},
		Statements: []parallax.Statement{{ID: "s1", Doc: docs[0].ID, Speaker: "ent-mediator", SpeakerName: "a mediator"}},
		Stories:    []parallax.Story{{ID: "st-truce", Label: "Truce talks", Docs: []string{docs[0].ID, docs[2].ID}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return db, docs
}

// runSearch runs the search command with args and returns what it printed.
func runSearch(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}
	err := (&searchCommand{env: e}).Run(context.Background(), args)
	return stdout.String(), err
}

func TestSearchReadable(t *testing.T) {
	db, docs := searchFixture(t)
	out, err := runSearch(t, "--db", db, "ceasefire")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"2 documents\n",
		"\nVelmora and Dastan agree to a ceasefire\n  Northwind Wire · 2023-03-14 · " + docs[0].ID + "\n",
		// One line; every match marked; brackets of the text are not marks.
		"  Negotiators agreed to a [ceasefire] on Tuesday. The [Ceasefire] starts at midnight (local time), a mediator said.\n",
		// What remains of an escape sequence without its ESC is inert text.
		"\nLetters[2J on the ceasefire\n  Harbour]0;pwned Gazette · undated · " + docs[1].ID + "\n",
		"  A reader writes that the [ceasefire] will not hold.\n",
		"\noutlet: Harbour]0;pwned Gazette 1 · Northwind Wire 1\n",
		"lang: en 2\n",
		"month: 2023-03 1\n",
		"story: Truce talks (st-truce) 1\n",
		"speaker: Arlen Voss (ent-mediator) 1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("search output lacks %q:\n%s", want, out)
		}
	}
	// Control characters from the documents, escape sequences included,
	// never reach the terminal; nor do bidirectional overrides.
	for _, r := range out {
		if r != '\n' && (r < ' ' || r == 0x7f || r == '\u202e') {
			t.Errorf("search output holds control character %U:\n%q", r, out)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	db, docs := searchFixture(t)
	tests := []struct {
		args []string
		want []string // ids of the hits, in order
	}{
		{[]string{"--lang", "ru"}, []string{docs[2].ID}},
		{[]string{"--outlet", "Northwind Wire", "ceasefire"}, []string{docs[0].ID}},
		{[]string{"--story", "st-truce"}, []string{docs[2].ID, docs[0].ID}},
		{[]string{"--speaker", "ent-mediator"}, []string{docs[0].ID}},
		{[]string{"--from", "2023-04-01"}, []string{docs[2].ID}},
		{[]string{"--to", "2023-03-31"}, []string{docs[0].ID}},
		{[]string{"--limit", "1", "--offset", "1"}, []string{docs[0].ID}},
		{[]string{`"ceasefire will`, "not"}, []string{docs[1].ID}},
		{[]string{"перемирии"}, []string{docs[2].ID}},
	}
	for _, tt := range tests {
		out, err := runSearch(t, append([]string{"--db", db, "--json"}, tt.args...)...)
		if err != nil {
			t.Errorf("search %v: %v", tt.args, err)
			continue
		}
		var res parallax.SearchResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("search %v --json printed no SearchResult: %v\n%s", tt.args, err, out)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("search %v: hits %v, want %v", tt.args, got, tt.want)
		}
	}
}

func TestSearchPageLine(t *testing.T) {
	db, _ := searchFixture(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--limit", "1", "--offset", "1"}, "3 documents, 2 to 2 shown\n"},
		{[]string{"--limit", "2"}, "3 documents, 1 to 2 shown\n"},
		{[]string{"перемирии"}, "1 document\n"},
		{[]string{"armistice"}, "0 documents\n"},
	}
	for _, tt := range tests {
		out, err := runSearch(t, append([]string{"--db", db}, tt.args...)...)
		if err != nil {
			t.Fatalf("search %v: %v", tt.args, err)
		}
		if first, _, _ := strings.Cut(out, "\n"); first+"\n" != tt.want {
			t.Errorf("search %v: first line %q, want %q", tt.args, first, tt.want)
		}
	}
}

// TestSearchCountPastLimit checks the count line of a search whose count
// stopped at its limit: it says more than the count.
func TestSearchCountPastLimit(t *testing.T) {
	for _, tc := range []struct {
		res  parallax.SearchResult
		want string
	}{
		{parallax.SearchResult{Total: 10000, Ranked: 2000}, "10000 documents; ranked and counted below among the latest 2000"},
		{parallax.SearchResult{Total: 10000, More: true, Ranked: 2000}, "more than 10000 documents; the latest 2000 listed newest first and counted below"},
	} {
		var b strings.Builder
		if err := printSearch(&b, tc.res, 0); err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(b.String(), "\n"); first != tc.want {
			t.Errorf("printSearch(%+v): first line %q, want %q", tc.res, first, tc.want)
		}
	}
}

func TestSearchErrors(t *testing.T) {
	db, _ := searchFixture(t)
	missing := filepath.Join(t.TempDir(), "typo.db")
	tests := []struct {
		args []string
		code string
	}{
		{[]string{"--db", db, "--from", "14 March"}, parallax.EInvalid},
		{[]string{"--db", db, "--to", "2023-02-30"}, parallax.EInvalid},
		{[]string{"--db", db, "--offset", "-1"}, parallax.EInvalid},
		{[]string{"--db", db, "--limit", "many"}, parallax.EInvalid},
		{[]string{"--db", missing, "ceasefire"}, parallax.EInternal},
	}
	for _, tt := range tests {
		if _, err := runSearch(t, tt.args...); parallax.ErrorCode(err) != tt.code {
			t.Errorf("search %v: error %v, want code %s", tt.args, err, tt.code)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("search created the missing database")
	}
}
