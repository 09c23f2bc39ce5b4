package storeutil

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
)

// row is a row of values, scanned as the drivers scan them: into a
// destination of the same type, or through its Scan method.
type row []any

func (r row) Scan(dest ...any) error {
	if len(dest) != len(r) {
		return fmt.Errorf("scan %d columns into %d destinations", len(r), len(dest))
	}
	for i, d := range dest {
		if s, ok := d.(interface{ Scan(any) error }); ok {
			if err := s.Scan(r[i]); err != nil {
				return err
			}
			continue
		}
		v := reflect.ValueOf(d).Elem()
		src := reflect.ValueOf(r[i])
		if !src.Type().AssignableTo(v.Type()) {
			return fmt.Errorf("column %d: scan %T into %T", i, r[i], d)
		}
		v.Set(src)
	}
	return nil
}

// rows serves its rows in order, then err.
type rows struct {
	rows []row
	next int
	err  error
}

func (r *rows) Next() bool {
	r.next++
	return r.next <= len(r.rows)
}

func (r *rows) Scan(dest ...any) error { return r.rows[r.next-1].Scan(dest...) }
func (r *rows) Err() error             { return r.err }

func TestEach(t *testing.T) {
	broken := errors.New("connection lost")
	stop := errors.New("stop")
	tests := []struct {
		name  string
		rows  *rows
		fnErr error // returned for the second row
		calls int
		err   error
	}{
		{"all rows", &rows{rows: []row{{"a"}, {"b"}, {"c"}}}, nil, 3, nil},
		{"no rows", &rows{}, nil, 0, nil},
		{"fn fails", &rows{rows: []row{{"a"}, {"b"}, {"c"}}}, stop, 2, stop},
		{"reading fails", &rows{rows: []row{{"a"}}, err: broken}, nil, 1, broken},
	}
	for _, tt := range tests {
		calls := 0
		err := Each(tt.rows, func(r Row) error {
			calls++
			if calls == 2 {
				return tt.fnErr
			}
			return nil
		})
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) || calls != tt.calls {
			t.Errorf("%s: Each = %v after %d calls, want %v after %d", tt.name, err, calls, tt.err, tt.calls)
		}
	}
}

func TestDocumentRoundTrip(t *testing.T) {
	d := parallax.Document{
		ID: "d1", Source: "a.html", URL: "https://news.example.org/a", Title: "Talks «resume»", Outlet: "Wire",
		Author: "A. Writer", Published: "2023-04-10", PublishedBasis: "meta", Lang: "en", Body: "The talks resumed.",
		Comments:  []parallax.Comment{{Author: "r", Depth: 1, Text: "Again?"}},
		Furniture: []string{"Share"},
		Foreign:   []parallax.LangSpan{{Lang: "fr", Start: 1, End: 3, Text: "oui"}},
		Copies:    []string{"mirror/a.txt"},
		Revision:  2, Previous: "d0",
	}
	values, err := DocumentValues(d)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(DocumentColumns, ",")); len(values)+2 != n {
		t.Fatalf("%d values and revision and previous for %d columns", len(values), n)
	}
	// Captions is nil: stored as null, it must come back nil, not empty.
	if values[11] != "null" {
		t.Errorf("nil captions encoded as %v, want null", values[11])
	}
	var seq int64
	got, err := scanDocument(append(row{int64(7)}, append(values, d.Revision, d.Previous)...), &seq)
	if err != nil {
		t.Fatal(err)
	}
	if seq != 7 || !reflect.DeepEqual(got, d) {
		t.Errorf("read back seq %d, %+v\nwant seq 7, %+v", seq, got, d)
	}
}

func TestScanDocumentBadJSON(t *testing.T) {
	values, err := DocumentValues(parallax.Document{ID: "d1"})
	if err != nil {
		t.Fatal(err)
	}
	values[12] = "[unclosed" // furniture
	_, err = scanDocument(append(row(values), 1, ""))
	if err == nil || !strings.Contains(err.Error(), "document d1: decode furniture") {
		t.Errorf("scanDocument of bad furniture JSON: %v, want it to name the document and the list", err)
	}
}

// pagesQuery returns a query function over a store of n documents, whose
// seq and id are 1 to n, that answers the page query and records after
// which seq each page is asked for.
func pagesQuery(n int64, asked *[]int64) QueryFunc {
	return func(query string, args []any, fn func(Row) error) error {
		if query != "pages" || len(args) != 2 || args[1] != pageSize {
			return fmt.Errorf("query %q with %v: want the page query with a limit of %d", query, args, pageSize)
		}
		after := args[0].(int64)
		*asked = append(*asked, after)
		var rs []row
		for seq := after + 1; seq <= n && len(rs) < pageSize; seq++ {
			values, err := DocumentValues(parallax.Document{ID: fmt.Sprint(seq)})
			if err != nil {
				return err
			}
			rs = append(rs, append(append(row{seq}, values...), 1, ""))
		}
		return Each(&rows{rows: rs}, fn)
	}
}

func TestWalkDocuments(t *testing.T) {
	tests := []struct {
		n     int64
		asked []int64
	}{
		{0, []int64{0}},
		{3, []int64{0}},
		// A last page that is full takes one more query, which finds nothing.
		{pageSize, []int64{0, pageSize}},
		{2*pageSize + 3, []int64{0, pageSize, 2 * pageSize}},
	}
	for _, tt := range tests {
		var asked []int64
		var got []string
		if err := WalkDocuments(pagesQuery(tt.n, &asked), "pages", func(d parallax.Document) error {
			got = append(got, d.ID)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if int64(len(got)) != tt.n || tt.n > 0 && (got[0] != "1" || got[tt.n-1] != fmt.Sprint(tt.n)) {
			t.Errorf("%d documents: walked %d, want them all in order", tt.n, len(got))
		}
		if !reflect.DeepEqual(asked, tt.asked) {
			t.Errorf("%d documents: asked for pages after %v, want %v", tt.n, asked, tt.asked)
		}
	}
}

func TestWalkDocumentsErrors(t *testing.T) {
	var asked []int64
	pages := pagesQuery(3*pageSize, &asked)
	stop := errors.New("stop")
	calls := 0
	err := WalkDocuments(pages, "pages", func(parallax.Document) error {
		if calls++; calls == pageSize+1 {
			return stop
		}
		return nil
	})
	if err != stop || calls != pageSize+1 {
		t.Errorf("WalkDocuments = %v after %d calls, want fn's error unwrapped after %d", err, calls, pageSize+1)
	}

	broken := errors.New("connection lost")
	failing := func(query string, args []any, fn func(Row) error) error {
		if args[0].(int64) > 0 {
			return broken
		}
		return pages(query, args, fn)
	}
	err = WalkDocuments(failing, "pages", func(parallax.Document) error { return nil })
	if !errors.Is(err, broken) || !strings.Contains(err.Error(), fmt.Sprintf("after #%d", pageSize)) {
		t.Errorf("WalkDocuments = %v, want the page's error, saying after which document", err)
	}
}

func TestFindDocument(t *testing.T) {
	noRows := errors.New("no rows")
	values, err := DocumentValues(parallax.Document{ID: "d1", Title: "Talks"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := FindDocument(append(row(values), 1, ""), "d1", noRows)
	if err != nil || d.ID != "d1" || d.Title != "Talks" || d.Revision != 1 {
		t.Errorf("FindDocument = %+v, %v; want d1, Talks, revision 1", d, err)
	}
	tests := []struct {
		row  Row
		code string
		says string
	}{
		{failingRow{noRows}, parallax.ENotFound, `no document "d2"`},
		{failingRow{fmt.Errorf("driver: %w", noRows)}, parallax.ENotFound, `no document "d2"`},
		{failingRow{errors.New("connection lost")}, parallax.EInternal, "get document d2: connection lost"},
	}
	for _, tt := range tests {
		_, err := FindDocument(tt.row, "d2", noRows)
		if err == nil || parallax.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("FindDocument of a row failing with %v: %v (code %q), want code %q saying %q", tt.row.(failingRow).err, err, parallax.ErrorCode(err), tt.code, tt.says)
		}
	}
}

// failingRow is a row whose scan fails.
type failingRow struct{ err error }

func (r failingRow) Scan(...any) error { return r.err }

func TestSearch(t *testing.T) {
	qs := SearchQueries{Args: make([]any, 1, 4), Count: "count", Hits: "hits", Facets: "facets"}
	qs.Args[0] = "Wire"
	body := "Both sides agreed. The Ceasefire holds."
	answers := map[string][]row{
		"count":  {{12}},
		"hits":   {{"d1", "Truce", "Wire", "2023-03-14", "en", body}, {"d2", "Talks", "Wire", "", "en", "No words here."}},
		"facets": {{"outlet", "Wire", "", 12}, {"story", "st-1", "Truce", 2}, {"story", "st-2", "Talks", 1}},
	}
	asked := map[string][]any{}
	query := func(query string, args []any, fn func(Row) error) error {
		asked[query] = args
		return Each(&rows{rows: answers[query]}, fn)
	}
	res, err := Search(query, qs, searchtext.ParseTerms("ceasefire"), 2, 4)
	if err != nil {
		t.Fatal(err)
	}
	wantArgs := map[string][]any{"count": {"Wire", searchtext.CountLimit + 1}, "hits": {"Wire", 2, 4}, "facets": {"Wire", searchtext.FacetLimit}}
	if !reflect.DeepEqual(asked, wantArgs) {
		t.Errorf("queries ran with %v, want %v: each its own arguments", asked, wantArgs)
	}
	want := searchtext.NewResult()
	want.Total, want.Ranked = 12, 12
	want.Hits = []parallax.SearchHit{
		{ID: "d1", Title: "Truce", Outlet: "Wire", Published: "2023-03-14", Lang: "en", Snippet: body,
			Highlights: []parallax.Span{{Start: 23, End: 32}}},
		{ID: "d2", Title: "Talks", Outlet: "Wire", Lang: "en", Snippet: "No words here.", Highlights: []parallax.Span{}},
	}
	want.Facets["outlet"] = []parallax.FacetCount{{Value: "Wire", Count: 12}}
	want.Facets["story"] = []parallax.FacetCount{{Value: "st-1", Label: "Truce", Count: 2}, {Value: "st-2", Label: "Talks", Count: 1}}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("Search = %+v\nwant %+v", res, want)
	}

	for _, failing := range []string{"count", "hits", "facets"} {
		broken := errors.New("connection lost")
		_, err := Search(func(q string, args []any, fn func(Row) error) error {
			if q == failing {
				return broken
			}
			return query(q, args, fn)
		}, qs, nil, 2, 0)
		if !errors.Is(err, broken) || !strings.HasPrefix(err.Error(), failing+": ") {
			t.Errorf("Search with %s failing: %v, want the error, saying which query failed", failing, err)
		}
	}
}

// TestSearchCountLimit covers a count that reaches its limit: the store
// counts one past it, and the result says only that more match.
func TestSearchCountLimit(t *testing.T) {
	qs := SearchQueries{Count: "count", Hits: "hits", Facets: "facets"}
	for _, tc := range []struct {
		counted, total int
		more           bool
	}{
		{searchtext.CountLimit - 1, searchtext.CountLimit - 1, false},
		{searchtext.CountLimit, searchtext.CountLimit, false},
		{searchtext.CountLimit + 1, searchtext.CountLimit, true},
	} {
		res, err := Search(func(q string, args []any, fn func(Row) error) error {
			if q == "count" {
				return Each(&rows{rows: []row{{tc.counted}}}, fn)
			}
			return nil
		}, qs, nil, 20, 0)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != tc.total || res.More != tc.more || res.Ranked != searchtext.RankLimit {
			t.Errorf("count of %d: total %d, more %v, ranked %d; want %d, %v, %d", tc.counted, res.Total, res.More, res.Ranked,
				tc.total, tc.more, searchtext.RankLimit)
		}
	}
}

func TestTables(t *testing.T) {
	a := parallax.Analysis{
		Entities: []parallax.Entity{
			{ID: "e1", Aliases: []string{"one"}, Mentions: []parallax.Mention{{Doc: "d1"}, {Doc: "d2"}}},
			{ID: "e2", Mentions: []parallax.Mention{{Doc: "d3"}}},
		},
		Statements: []parallax.Statement{{ID: "s1", Doc: "d1"}, {ID: "s2", Doc: "d2"}, {ID: "s3", Doc: "d1"}, {ID: "s4", Doc: "d1"}},
		Timeline:   []parallax.TimelineEvent{{Date: "2023-04-10", Docs: []string{"d1"}}},
	}
	tables := Tables(a, []parallax.StoryPage{{Story: "st1", Summary: []byte("sum"), Page: []byte("page")}})
	var names []string
	rows := map[string][][]any{}
	for _, tb := range tables {
		names = append(names, tb.Name)
		for i := range tb.Len {
			r := tb.Row(i)
			if len(r) != len(tb.Columns) {
				t.Errorf("%s row %d has %d values for %d columns", tb.Name, i, len(r), len(tb.Columns))
			}
			rows[tb.Name] = append(rows[tb.Name], r)
		}
	}
	want := []string{"entities", "mentions", "statements", "statement_runs", "questions", "conflicts", "duplicates", "stories", "story_docs", "threads", "timeline", "story_pages"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("tables %v, want %v: parents before children", names, want)
	}
	mentions := [][]any{{"e1", 0, "d1", 0, 0, ""}, {"e1", 1, "d2", 0, 0, ""}, {"e2", 0, "d3", 0, 0, ""}}
	if !reflect.DeepEqual(rows["mentions"], mentions) {
		t.Errorf("mention rows %v, want %v: each numbered within its entity", rows["mentions"], mentions)
	}
	var numbers []any
	for _, r := range rows["statements"] {
		numbers = append(numbers, r[1])
	}
	if want := []any{0, 0, 1, 2}; !reflect.DeepEqual(numbers, want) {
		t.Errorf("statements numbered %v, want %v: each within its document", numbers, want)
	}
	runs := [][]any{{0, "d1", 0, 1}, {1, "d2", 0, 1}, {2, "d1", 1, 2}}
	if !reflect.DeepEqual(rows["statement_runs"], runs) {
		t.Errorf("statement runs %v, want %v: the order of the statements across documents", rows["statement_runs"], runs)
	}
	if got := rows["entities"]; got[0][4] != `["one"]` || got[1][4] != "null" {
		t.Errorf("aliases stored as %v and %v, want a JSON list and null", got[0][4], got[1][4])
	}
	if got := rows["timeline"][0]; got[4] != `["d1"]` || got[5] != "null" {
		t.Errorf("timeline row %v, want its documents as a JSON list and no statements as null", got)
	}
	if got, want := rows["story_pages"], [][]any{{"st1", 0, []byte("sum"), []byte("page")}}; !reflect.DeepEqual(got, want) {
		t.Errorf("story page rows %v, want %v", got, want)
	}
}

func TestReadAnalysis(t *testing.T) {
	tables := map[string][]row{
		"entities":       {{"e1", "PERSON", "Arlen Voss", `["Voss"]`}, {"e2", "GPE", "Dastan", "null"}},
		"mentions":       {{"e2", "d1", 4, 10, "Dastan"}, {"e1", "d1", 0, 4, "Voss"}, {"e1", "d2", 2, 6, "Voss"}},
		"stories":        {{"st-1", "Truce", []byte(`["d1", "d2"]`)}},
		"timeline":       {{"2023-03-14", "Ceasefire agreed", "date in the text", `["d1"]`, "null"}},
		"statement_runs": {}, "questions": {}, "conflicts": {}, "duplicates": {}, "threads": {},
	}
	query := func(q string, args []any, fn func(Row) error) error {
		words := strings.Fields(q)
		from := words[slices.Index(words, "FROM")+1]
		rs, ok := tables[from]
		if !ok {
			return fmt.Errorf("no table %s", from)
		}
		return Each(&rows{rows: rs}, fn)
	}
	a, err := ReadAnalysis(query)
	if err != nil {
		t.Fatal(err)
	}
	want := parallax.Analysis{
		Documents: []parallax.Document{},
		Entities: []parallax.Entity{
			{ID: "e1", Type: "PERSON", Name: "Arlen Voss", Aliases: []string{"Voss"},
				Mentions: []parallax.Mention{{Doc: "d1", Start: 0, End: 4, Text: "Voss"}, {Doc: "d2", Start: 2, End: 6, Text: "Voss"}}},
			{ID: "e2", Type: "GPE", Name: "Dastan", Mentions: []parallax.Mention{{Doc: "d1", Start: 4, End: 10, Text: "Dastan"}}},
		},
		Statements: []parallax.Statement{}, Questions: []parallax.Question{}, Conflicts: []parallax.Conflict{},
		Duplicates: []parallax.Duplicate{}, Threads: []parallax.Thread{},
		Stories:  []parallax.Story{{ID: "st-1", Label: "Truce", Docs: []string{"d1", "d2"}}},
		Timeline: []parallax.TimelineEvent{{Date: "2023-03-14", Event: "Ceasefire agreed", Basis: "date in the text", Docs: []string{"d1"}}},
	}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("ReadAnalysis = %+v\nwant %+v", a, want)
	}

	tables["stories"] = []row{{"st-1", "Truce", `{"not": "a list"}`}}
	if _, err := ReadAnalysis(query); err == nil || !strings.Contains(err.Error(), `read stories: decode "{\"not\"`) {
		t.Errorf("ReadAnalysis of a story whose documents are no list: %v, want it to name the table and the text", err)
	}
	tables["stories"] = []row{{"st-1", "Truce", 42}}
	if _, err := ReadAnalysis(query); err == nil || !strings.Contains(err.Error(), "read stories") {
		t.Errorf("ReadAnalysis of a story whose documents are a number: %v, want an error naming the table", err)
	}
}
