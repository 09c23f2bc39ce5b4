package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// readCSV writes table of a and reads it back: the header and the rows as
// maps from column name to cell.
func readCSV(t *testing.T, a parallax.Analysis, table string) ([]string, []map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	if err := CSV(&buf, a, table); err != nil {
		t.Fatalf("CSV %s: %v", table, err)
	}
	records, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("CSV %s does not read back: %v", table, err)
	}
	if len(records) == 0 {
		t.Fatalf("CSV %s: no header row", table)
	}
	var rows []map[string]string
	for _, rec := range records[1:] {
		row := map[string]string{}
		for i, name := range records[0] {
			row[name] = rec[i]
		}
		rows = append(rows, row)
	}
	return records[0], rows
}

func TestCSVTables(t *testing.T) {
	a := mdSample()
	a.Documents[0].Body = "Talks on the pass stalled today."
	a.Statements[0].Start, a.Statements[0].End = 7, 30
	tests := []struct {
		table string
		row   int // which row to check
		want  map[string]string
		rows  int
	}{
		{"statements", 0, map[string]string{"id": "s1", "doc": "d1", "doc_title": "Pass talks stall", "outlet": "Wire",
			"published": "2026-03-14", "speaker_name": "Tomas Ferreira", "cue": "told reporters", "venue": "reporters",
			"direct": "false", "stance": "affirms", "question": "q1", "question_label": "Has Kardonia withdrawn from the pass?",
			"content": "no soldier remains in the pass", "start": "7", "end": "30", "story": "st1"}, 2},
		{"statements", 1, map[string]string{"id": "s2", "date": "2026-03-16", "direct": "true", "stance": "denies"}, 2},
		{"conflicts", 0, map[string]string{"kind": "contradiction", "question": "q1", "question_label": "Has Kardonia withdrawn from the pass?",
			"a": "s1", "a_speaker_name": "Tomas Ferreira", "a_date": "", "a_outlet": "Wire", "a_doc": "d1", "a_content": "no soldier remains in the pass",
			"b": "s2", "b_speaker_name": "Ana Lindqvist", "b_date": "2026-03-16", "b_outlet": "Daily", "b_doc": "d2",
			"b_content": "six tanks were found on the slope", "explain": "opposite stances"}, 1},
		{"timeline", 1, map[string]string{"date": "2026-03-14", "event": "Talks stall in Sarn", "basis": "date in the text",
			"docs": "d1 d2", "statements": ""}, 2},
		{"documents", 0, map[string]string{"id": "d1", "source": "a.txt", "url": "https://wire.example/pass-talks",
			"title": "Pass talks stall", "outlet": "Wire", "published": "2026-03-14", "words": "6", "comments": "0", "story": "st1"}, 4},
		{"documents", 2, map[string]string{"id": "d3", "story": ""}, 4},
		{"stories", 0, map[string]string{"id": "st1", "label": "Lennar Pass withdrawal", "docs": "3",
			"first_published": "2026-03-14", "last_published": "2026-03-14", "doc_ids": "d1 d2 d4"}, 1},
	}
	for _, tt := range tests {
		header, rows := readCSV(t, a, tt.table)
		if len(rows) != tt.rows {
			t.Errorf("%s: %d rows, want %d", tt.table, len(rows), tt.rows)
			continue
		}
		for col, want := range tt.want {
			if !slices.Contains(header, col) {
				t.Errorf("%s: no column %q in %v", tt.table, col, header)
			} else if got := rows[tt.row][col]; got != want {
				t.Errorf("%s row %d, %s = %q, want %q", tt.table, tt.row, col, got, want)
			}
		}
	}
}

func TestCSVStoryDates(t *testing.T) {
	a := sample()
	a.Documents[1].Published = "2026-03-16T08:30:00Z"
	a.Documents = append(a.Documents, parallax.Document{ID: "d0", Published: "2026-03-12"})
	a.Stories[0].Docs = append(a.Stories[0].Docs, "d0")
	_, rows := readCSV(t, a, "stories")
	if got := rows[0]["first_published"] + " " + rows[0]["last_published"]; got != "2026-03-12 2026-03-16" {
		t.Errorf("story dates %q, want the earliest and latest publication days 2026-03-12 2026-03-16", got)
	}
}

func TestCSVHeaderWithoutRows(t *testing.T) {
	for _, table := range CSVTables() {
		header, rows := readCSV(t, parallax.Analysis{}, table)
		if len(header) == 0 || header[0] == "" || len(rows) != 0 {
			t.Errorf("%s of nothing: header %v, %d rows; want a header and no rows", table, header, len(rows))
		}
	}
}

func TestCSVUnknownTable(t *testing.T) {
	err := CSV(&bytes.Buffer{}, sample(), "people")
	if parallax.ErrorCode(err) != parallax.EInvalid {
		t.Fatalf("CSV of an unknown table: %v, want an %s error", err, parallax.EInvalid)
	}
	for _, want := range []string{`"people"`, "conflicts, documents, statements, stories, timeline"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %s", err, want)
		}
	}
}

func TestCSVContentSurvives(t *testing.T) {
	a := sample()
	content := "he said, \"no\" —\nthen \"yes\", twice\r\nand left"
	a.Statements[0].Content = content
	_, rows := readCSV(t, a, "statements")
	// encoding/csv reads \r\n inside a quoted field as \n.
	if want := strings.ReplaceAll(content, "\r\n", "\n"); rows[0]["content"] != want {
		t.Errorf("content read back as %q, want %q", rows[0]["content"], want)
	}
}

func TestCSVInjection(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"},
		{"+1+2", "'+1+2"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
		{"", ""},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		a := sample()
		a.Statements[0].Content = tt.in
		a.Statements[0].SpeakerName = tt.in
		_, rows := readCSV(t, a, "statements")
		for _, col := range []string{"content", "speaker_name"} {
			if got := rows[0][col]; got != tt.want {
				t.Errorf("%s %q read back as %q, want %q", col, tt.in, got, tt.want)
			}
		}
	}
}
