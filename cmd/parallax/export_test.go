package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// festival is a page on another subject than the example corpus, so the
// store holds a second story.
const festival = `Lantern festival draws record crowds to Port Ellery

Port Ellery Herald
2026-05-02

Organisers of the Port Ellery lantern festival counted more than forty thousand visitors on the harbour front on Saturday, a record for the event.

"We ran out of paper lanterns by nine o'clock," said Mirela Dunkan, who chairs the festival committee.

The fireworks over the old lighthouse were moved to Sunday because of strong winds from the bay.
`

// exportStore ingests the example corpus and the festival page into a new
// database, analyses it, and returns the database and what it stores.
func exportStore(t *testing.T) (string, parallax.Analysis) {
	t.Helper()
	dir := t.TempDir()
	page := filepath.Join(dir, "festival.txt")
	if err := os.WriteFile(page, []byte(festival), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "p.db")
	e := env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard}
	if err := (&ingestCommand{env: e}).Run(t.Context(), []string{"--db", db, "--quiet", "../../examples/lennar-pass", page}); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if err := (&analyzeCommand{env: e}).Run(t.Context(), []string{"--db", db}); err != nil {
		t.Fatalf("analyze: %v", err)
	}
	st := openStore(t, db)
	defer st.Close()
	a, err := storedAnalysis(t.Context(), st)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Stories) < 2 || len(a.Statements) == 0 || len(a.Conflicts) == 0 {
		t.Fatalf("the store holds %d stories, %d statements, %d conflicts; want two stories or more, and some of each",
			len(a.Stories), len(a.Statements), len(a.Conflicts))
	}
	return db, a
}

// export runs the export command and returns what it printed.
func export(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}
	err := (&exportCommand{env: e}).Run(t.Context(), args)
	return stdout.String(), err
}

func exportOK(t *testing.T, args ...string) string {
	t.Helper()
	out, err := export(t, args...)
	if err != nil {
		t.Fatalf("export %v: %v", args, err)
	}
	return out
}

// column reads CSV and returns the cells of one column, header left out.
func column(t *testing.T, out, name string) []string {
	t.Helper()
	records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(records) == 0 {
		t.Fatalf("export printed no CSV (%v):\n%s", err, out)
	}
	i := slices.Index(records[0], name)
	if i < 0 {
		t.Fatalf("no column %q in %v", name, records[0])
	}
	var cells []string
	for _, r := range records[1:] {
		cells = append(cells, r[i])
	}
	return cells
}

func ids[T any](list []T, id func(T) string) []string {
	var out []string
	for _, x := range list {
		out = append(out, id(x))
	}
	sort.Strings(out)
	return out
}

func sorted(list []string) []string {
	list = slices.Clone(list)
	sort.Strings(list)
	return list
}

func TestExportFormats(t *testing.T) {
	db, stored := exportStore(t)
	statementIDs := ids(stored.Statements, func(s parallax.Statement) string { return s.ID })
	docIDs := ids(stored.Documents, func(d parallax.Document) string { return d.ID })

	t.Run("json", func(t *testing.T) {
		var a parallax.Analysis
		if err := json.Unmarshal([]byte(exportOK(t, "--db", db)), &a); err != nil {
			t.Fatalf("export printed no Analysis: %v", err)
		}
		if got := ids(a.Documents, func(d parallax.Document) string { return d.ID }); !slices.Equal(got, docIDs) {
			t.Errorf("documents %v, stored %v", got, docIDs)
		}
		for _, d := range a.Documents {
			if d.Body == "" {
				t.Errorf("document %s exported without its body", d.ID)
			}
		}
		if got := ids(a.Statements, func(s parallax.Statement) string { return s.ID }); !slices.Equal(got, statementIDs) {
			t.Errorf("statements %v, stored %v", got, statementIDs)
		}
		if len(a.Stories) != len(stored.Stories) || len(a.Conflicts) != len(stored.Conflicts) || len(a.Timeline) != len(stored.Timeline) {
			t.Errorf("%d stories, %d conflicts, %d events; stored %d, %d, %d", len(a.Stories), len(a.Conflicts),
				len(a.Timeline), len(stored.Stories), len(stored.Conflicts), len(stored.Timeline))
		}
	})

	t.Run("csv", func(t *testing.T) {
		tests := []struct {
			table, column string
			want          []string
		}{
			{"statements", "id", statementIDs},
			{"documents", "id", docIDs},
			{"stories", "id", ids(stored.Stories, func(s parallax.Story) string { return s.ID })},
			{"conflicts", "a", ids(stored.Conflicts, func(c parallax.Conflict) string { return c.A })},
			{"timeline", "event", ids(stored.Timeline, func(e parallax.TimelineEvent) string { return e.Event })},
		}
		for _, tt := range tests {
			if got := sorted(column(t, exportOK(t, "--db", db, "--format", "csv", "--table", tt.table), tt.column)); !slices.Equal(got, tt.want) {
				t.Errorf("csv %s, column %s: %v, want %v", tt.table, tt.column, got, tt.want)
			}
		}
		if got := sorted(column(t, exportOK(t, "--db", db, "--format", "csv"), "id")); !slices.Equal(got, statementIDs) {
			t.Errorf("csv without --table: ids %v, want the statements %v", got, statementIDs)
		}
	})

	t.Run("md", func(t *testing.T) {
		out := exportOK(t, "--db", db, "--format", "md")
		var headings []string
		for _, line := range strings.Split(out, "\n") {
			if label, ok := strings.CutPrefix(line, "## Story: "); ok {
				headings = append(headings, strings.ReplaceAll(label, `\`, ""))
			}
		}
		want := ids(stored.Stories, func(s parallax.Story) string { return strings.ReplaceAll(s.Label, `\`, "") })
		if !slices.Equal(sorted(headings), want) {
			t.Errorf("story headings %q, want one per story %q", headings, want)
		}
		if !strings.HasPrefix(out, "# parallax report: ") {
			t.Errorf("no title line: %.80q", out)
		}
	})
}

func TestExportStory(t *testing.T) {
	db, stored := exportStore(t)
	for _, story := range stored.Stories {
		var a parallax.Analysis
		if err := json.Unmarshal([]byte(exportOK(t, "--db", db, "--story", story.ID)), &a); err != nil {
			t.Fatalf("export --story printed no Analysis: %v", err)
		}
		if got, want := ids(a.Documents, func(d parallax.Document) string { return d.ID }), sorted(story.Docs); !slices.Equal(got, want) {
			t.Errorf("story %s: documents %v, want %v", story.ID, got, want)
		}
		if len(a.Stories) != 1 || a.Stories[0].ID != story.ID {
			t.Errorf("story %s: stories %v", story.ID, a.Stories)
		}
		if bad := dangling(a); len(bad) > 0 {
			t.Errorf("story %s: ids that resolve to nothing: %v", story.ID, bad)
		}
		out := exportOK(t, "--db", db, "--story", story.ID, "--format", "csv", "--table", "documents")
		if got := sorted(column(t, out, "story")); !slices.Equal(slices.Compact(got), []string{story.ID}) {
			t.Errorf("story %s: csv documents of stories %v", story.ID, got)
		}
	}
}

// dangling returns the ids a refers to that it does not hold.
func dangling(a parallax.Analysis) []string {
	has := map[string]bool{}
	for _, d := range a.Documents {
		has["doc "+d.ID] = true
	}
	for _, s := range a.Statements {
		has["statement "+s.ID] = true
	}
	for _, s := range a.Stories {
		has["story "+s.ID] = true
	}
	var bad []string
	need := func(kind string, ids ...string) {
		for _, id := range ids {
			if !has[kind+" "+id] {
				bad = append(bad, kind+" "+id)
			}
		}
	}
	for _, s := range a.Statements {
		need("doc", s.Doc)
	}
	for _, q := range a.Questions {
		need("statement", q.Statements...)
	}
	for _, c := range a.Conflicts {
		need("statement", c.A, c.B)
	}
	for _, d := range a.Duplicates {
		need("doc", d.Doc, d.Representative)
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			need("doc", m.Doc)
		}
	}
	for _, s := range a.Stories {
		need("doc", s.Docs...)
	}
	for _, th := range a.Threads {
		need("story", th.Stories...)
	}
	for _, e := range a.Timeline {
		need("doc", e.Docs...)
		need("statement", e.Statements...)
	}
	return bad
}

func TestRestrict(t *testing.T) {
	a := parallax.Analysis{
		Documents: []parallax.Document{{ID: "d1"}, {ID: "d2"}, {ID: "d3"}},
		Statements: []parallax.Statement{{ID: "s1", Doc: "d1", Question: "q1"}, {ID: "s2", Doc: "d2", Question: "q1"},
			{ID: "s3", Doc: "d3", Question: "q1"}, {ID: "s4", Doc: "d3", Question: "q2"}},
		Questions:  []parallax.Question{{ID: "q1", Statements: []string{"s1", "s2", "s3"}}, {ID: "q2", Statements: []string{"s4"}}},
		Conflicts:  []parallax.Conflict{{A: "s1", B: "s2"}, {A: "s1", B: "s3"}},
		Duplicates: []parallax.Duplicate{{Doc: "d2", Representative: "d1"}},
		Entities: []parallax.Entity{{ID: "e1", Mentions: []parallax.Mention{{Doc: "d1"}, {Doc: "d3"}}},
			{ID: "e2", Mentions: []parallax.Mention{{Doc: "d3"}}}},
		Stories: []parallax.Story{{ID: "st1", Docs: []string{"d1", "d2"}}, {ID: "st2", Docs: []string{"d3"}}},
		Threads: []parallax.Thread{{ID: "t1", Stories: []string{"st1", "st2"}}},
		Timeline: []parallax.TimelineEvent{{Event: "both", Docs: []string{"d1", "d3"}, Statements: []string{"s1", "s3"}},
			{Event: "other", Docs: []string{"d3"}}},
	}
	got, err := restrict(a, "st1")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"documents", ids(got.Documents, func(d parallax.Document) string { return d.ID }), []string{"d1", "d2"}},
		{"statements", ids(got.Statements, func(s parallax.Statement) string { return s.ID }), []string{"s1", "s2"}},
		{"questions cut to the story's statements", got.Questions, []parallax.Question{{ID: "q1", Statements: []string{"s1", "s2"}}}},
		{"conflicts inside the story", got.Conflicts, []parallax.Conflict{{A: "s1", B: "s2"}}},
		{"duplicates", got.Duplicates, a.Duplicates},
		{"entities and their mentions", got.Entities, []parallax.Entity{{ID: "e1", Mentions: []parallax.Mention{{Doc: "d1"}}}}},
		{"threads name only the story", got.Threads, []parallax.Thread{{ID: "t1", Stories: []string{"st1"}}}},
		{"timeline", got.Timeline, []parallax.TimelineEvent{{Event: "both", Docs: []string{"d1"}, Statements: []string{"s1"}}}},
	}
	for _, tt := range tests {
		g, _ := json.Marshal(tt.got)
		w, _ := json.Marshal(tt.want)
		if !bytes.Equal(g, w) {
			t.Errorf("%s: %s, want %s", tt.name, g, w)
		}
	}
	if len(a.Questions[0].Statements) != 3 || len(a.Entities[0].Mentions) != 2 || len(a.Threads[0].Stories) != 2 {
		t.Error("restrict changed the analysis it was given")
	}
	if _, err := restrict(a, "st9"); parallax.ErrorCode(err) != parallax.ENotFound {
		t.Errorf("restrict to an unknown story: %v, want a %s error", err, parallax.ENotFound)
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	unanalysed := filepath.Join(dir, "new.db")
	e := env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard}
	if err := (&ingestCommand{env: e}).Run(t.Context(), []string{"--db", unanalysed, "--quiet", "../../examples/lennar-pass/pages"}); err != nil {
		t.Fatal(err)
	}
	db, _ := exportStore(t)
	tests := []struct {
		name string
		args []string
		code string
		says string
	}{
		{"nothing analysed", []string{"--db", unanalysed}, parallax.ENotFound, "parallax analyze --db " + unanalysed},
		{"missing database", []string{"--db", filepath.Join(dir, "typo.db")}, parallax.EInternal, "typo.db"},
		{"no --db", nil, parallax.EInvalid, "--db"},
		{"a path", []string{"--db", db, "pages"}, parallax.EInvalid, "no paths"},
		{"unknown format", []string{"--db", db, "--format", "xml"}, parallax.EInvalid, `"xml"`},
		{"table without csv", []string{"--db", db, "--table", "stories"}, parallax.EInvalid, "--format csv"},
		{"unknown table", []string{"--db", db, "--format", "csv", "--table", "people"}, parallax.EInvalid, "statements, stories"},
		{"unknown story", []string{"--db", db, "--story", "s-nothing"}, parallax.ENotFound, `"s-nothing"`},
	}
	for _, tt := range tests {
		out, err := export(t, tt.args...)
		if err == nil || parallax.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: error %v, want a %s error saying %q", tt.name, err, tt.code, tt.says)
		}
		if out != "" {
			t.Errorf("%s: printed %.80q", tt.name, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "typo.db")); err == nil {
		t.Error("export created the missing database")
	}
}
