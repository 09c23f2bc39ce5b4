package storetest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
)

// searchDocs are the documents the search test stores, in this order. The
// places and people are invented.
var searchDocs = []parallax.Document{
	searchDoc("Northwind Wire", "en", "2023-03-14", "Velmora and Dastan agree to a ceasefire from midnight",
		"Negotiators from Velmora and Dastan agreed to a ceasefire on Tuesday after three days of talks in the river port of Ostrel. "+
			"The ceasefire takes effect on Wednesday, a mediator said."),
	searchDoc("Northwind Wire", "en", "2023-03-20T08:15:00+02:00", "Shelling resumes near Ostrel",
		"Residents reported shelling near Ostrel on Monday. Officials in Dastan said the ceasefire had been broken by the other side."),
	searchDoc("Harbour Gazette", "en", "2023-04-02", "Grain exports through the river port",
		"Exports of grain through the port resumed on Sunday. Traders said prices fell. The border stays closed to trucks."),
	searchDoc("Harbour Gazette", "en", "2023-04-10", "Queues at the crossing",
		"Drivers waited for two days at the closed border crossing north of Ostrel, where guards turned back every truck."),
	searchDoc("Вестник Дастана", "ru", "2023-04-05", "Переговоры о перемирии",
		"Стороны договорились о перемирии в Остреле. Перемирие вступает в силу в полночь, сообщил посредник."),
	searchDoc("Harbour Gazette", "en", "", "Letters: the harbour in wartime",
		"Readers write that the harbour needs the ceasefire to hold through the grain season."),
	searchDoc("Harbour Gazette", "en", "2023-04-10", "Ferry to Ostrel restarts",
		"The ferry to Ostrel runs again from midnight on Friday, the operator said."),
}

// Indexes into searchDocs, named for what sets each apart.
const (
	sTruce = iota
	sShelling
	sGrain
	sCrossing
	sRussian
	sUndated
	sFerry
)

func searchDoc(outlet, lang, published, title, body string) parallax.Document {
	return parallax.Document{
		ID: parallax.DocID(title, body), Source: "search/" + title, Title: title,
		Outlet: outlet, Lang: lang, Published: published, Body: body,
	}
}

// searchAnalysis tells which documents belong to which story and who speaks
// in them: the mediator twice in the same document, which counts once, and
// a speaker the entities do not list, known only by the name in the text.
func searchAnalysis() parallax.Analysis {
	id := func(i int) string { return searchDocs[i].ID }
	return parallax.Analysis{
		Entities: []parallax.Entity{
			{ID: "ent-mediator", Type: parallax.Person, Name: "Arlen Voss"},
			{ID: "ent-dastan", Type: parallax.GPE, Name: "Dastan"},
		},
		Statements: []parallax.Statement{
			{ID: "s1", Doc: id(sTruce), Speaker: "ent-mediator", SpeakerName: "a mediator"},
			{ID: "s2", Doc: id(sTruce), Speaker: "ent-mediator", SpeakerName: "a mediator"},
			{ID: "s3", Doc: id(sShelling), Speaker: "ent-dastan", SpeakerName: "Officials in Dastan"},
			{ID: "s4", Doc: id(sRussian), Speaker: "ent-mediator", SpeakerName: "посредник"},
			{ID: "s5", Doc: id(sGrain), Speaker: "ent-port", SpeakerName: "Port Authority"},
			{ID: "s6", Doc: id(sFerry), SpeakerName: "the operator"},
		},
		Stories: []parallax.Story{
			{ID: "st-truce", Label: "Velmora–Dastan ceasefire", Docs: []string{id(sTruce), id(sShelling), id(sRussian)}},
			{ID: "st-border", Label: "Border crossing", Docs: []string{id(sGrain), id(sCrossing), id(sFerry)}},
		},
	}
}

func search(t *testing.T, s parallax.Store, q parallax.SearchQuery) parallax.SearchResult {
	t.Helper()
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res
}

// hitDocs returns the searchDocs indexes of res's hits, -1 for a document
// that is not one of them.
func hitDocs(res parallax.SearchResult) []int {
	got := []int{}
	for _, h := range res.Hits {
		i := -1
		for j, d := range searchDocs {
			if d.ID == h.ID {
				i = j
			}
		}
		got = append(got, i)
	}
	return got
}

// sameSet says whether a and b hold the same indexes, in any order.
func sameSet(a, b []int) bool {
	seen := map[int]int{}
	for _, i := range a {
		seen[i]++
	}
	for _, i := range b {
		seen[i]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return len(a) == len(b)
}

func testSearch(t *testing.T, s parallax.Store) {
	for _, d := range searchDocs {
		put(t, s, d, parallax.Added)
	}
	putAnalysis(t, s, searchAnalysis())
	t.Run("Matches", func(t *testing.T) { searchMatches(t, s) })
	t.Run("Ranking", func(t *testing.T) { searchRanking(t, s) })
	t.Run("NewestFirst", func(t *testing.T) { searchNewestFirst(t, s) })
	t.Run("Paging", func(t *testing.T) { searchPaging(t, s) })
	t.Run("Facets", func(t *testing.T) { searchFacets(t, s) })
	t.Run("Highlights", func(t *testing.T) { searchHighlights(t, s) })
	t.Run("HostileText", func(t *testing.T) { searchHostile(t, s) })
	t.Run("Invalid", func(t *testing.T) { searchInvalid(t, s) })
}

func searchMatches(t *testing.T, s parallax.Store) {
	all := []int{sTruce, sShelling, sGrain, sCrossing, sRussian, sUndated, sFerry}
	tests := []struct {
		name string
		q    parallax.SearchQuery
		want []int
	}{
		{"a word", parallax.SearchQuery{Text: "ceasefire"}, []int{sTruce, sShelling, sUndated}},
		{"any case", parallax.SearchQuery{Text: "CeaseFire"}, []int{sTruce, sShelling, sUndated}},
		{"every word", parallax.SearchQuery{Text: "ceasefire Ostrel"}, []int{sTruce, sShelling}},
		{"words anywhere", parallax.SearchQuery{Text: "closed border"}, []int{sGrain, sCrossing}},
		{"a phrase", parallax.SearchQuery{Text: `"closed border"`}, []int{sCrossing}},
		{"phrase and word", parallax.SearchQuery{Text: `Ostrel "border crossing"`}, []int{sCrossing}},
		{"title words", parallax.SearchQuery{Text: "harbour letters"}, []int{sUndated}},
		{"Cyrillic", parallax.SearchQuery{Text: "ПЕРЕМИРИИ"}, []int{sRussian}},
		{"no such word", parallax.SearchQuery{Text: "armistice"}, []int{}},
		{"outlet", parallax.SearchQuery{Outlet: "Harbour Gazette"}, []int{sGrain, sCrossing, sUndated, sFerry}},
		{"lang", parallax.SearchQuery{Lang: "ru"}, []int{sRussian}},
		{"from", parallax.SearchQuery{From: "2023-04-05"}, []int{sCrossing, sRussian, sFerry}},
		{"to", parallax.SearchQuery{To: "2023-03-31"}, []int{sTruce, sShelling}},
		{"one day, of a timestamp", parallax.SearchQuery{From: "2023-03-20", To: "2023-03-20"}, []int{sShelling}},
		{"story", parallax.SearchQuery{Story: "st-truce"}, []int{sTruce, sShelling, sRussian}},
		{"unknown story", parallax.SearchQuery{Story: "st-none"}, []int{}},
		{"speaker", parallax.SearchQuery{Speaker: "ent-mediator"}, []int{sTruce, sRussian}},
		{"speaker not among entities", parallax.SearchQuery{Speaker: "ent-port"}, []int{sGrain}},
		{"filters together", parallax.SearchQuery{Text: "ceasefire", Outlet: "Northwind Wire", To: "2023-03-15"}, []int{sTruce}},
		{"story and words", parallax.SearchQuery{Text: "Ostrel", Story: "st-border"}, []int{sCrossing, sFerry}},
		{"no filter", parallax.SearchQuery{}, all},
		{"no word characters", parallax.SearchQuery{Text: `"" * -- : ()`}, all},
	}
	for _, tt := range tests {
		res := search(t, s, tt.q)
		if got := hitDocs(res); !sameSet(got, tt.want) {
			t.Errorf("%s: Search(%+v) found documents %v, want %v", tt.name, tt.q, got, tt.want)
		}
		if res.Total != len(tt.want) {
			t.Errorf("%s: Search(%+v).Total = %d, want %d", tt.name, tt.q, res.Total, len(tt.want))
		}
	}
}

func searchRanking(t *testing.T, s parallax.Store) {
	tests := []struct {
		text string
		want []int
	}{
		// In the title and twice in the body, against once in a body.
		{"ceasefire", []int{sTruce}},
		// In the title of a long document beats in the body of a short one.
		{"midnight", []int{sTruce, sFerry}},
	}
	for _, tt := range tests {
		got := hitDocs(search(t, s, parallax.SearchQuery{Text: tt.text}))
		if len(got) < len(tt.want) || !reflect.DeepEqual(got[:len(tt.want)], tt.want) {
			t.Errorf("Search(%q) ranked documents %v, want %v first", tt.text, got, tt.want)
		}
	}
}

// newestFirst is every document newest first: two on the same day newest
// stored first, the undated last.
var newestFirst = []int{sFerry, sCrossing, sRussian, sGrain, sShelling, sTruce, sUndated}

func searchNewestFirst(t *testing.T, s parallax.Store) {
	if got := hitDocs(search(t, s, parallax.SearchQuery{})); !reflect.DeepEqual(got, newestFirst) {
		t.Errorf("Search with no text listed documents %v, want newest first %v", got, newestFirst)
	}
}

func searchPaging(t *testing.T, s parallax.Store) {
	tests := []struct {
		limit, offset int
		want          []int
	}{
		{2, 0, newestFirst[:2]},
		{2, 2, newestFirst[2:4]},
		{3, 5, newestFirst[5:]},
		{2, 7, []int{}},
		{2, 100, []int{}},
		{0, 0, newestFirst},       // the default page holds them all
		{500, 1, newestFirst[1:]}, // a limit over the maximum is capped, not refused
	}
	for _, tt := range tests {
		q := parallax.SearchQuery{Limit: tt.limit, Offset: tt.offset}
		res := search(t, s, q)
		if got := hitDocs(res); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("page limit %d offset %d: documents %v, want %v", tt.limit, tt.offset, got, tt.want)
		}
		if res.Total != len(searchDocs) {
			t.Errorf("page limit %d offset %d: Total %d, want %d", tt.limit, tt.offset, res.Total, len(searchDocs))
		}
	}
}

func searchFacets(t *testing.T, s parallax.Store) {
	type facets = map[string][]parallax.FacetCount
	tests := []struct {
		q    parallax.SearchQuery
		want facets
	}{
		{parallax.SearchQuery{}, facets{
			"outlet": {{Value: "Harbour Gazette", Count: 4}, {Value: "Northwind Wire", Count: 2}, {Value: "Вестник Дастана", Count: 1}},
			"lang":   {{Value: "en", Count: 6}, {Value: "ru", Count: 1}},
			"month":  {{Value: "2023-04", Count: 4}, {Value: "2023-03", Count: 2}},
			// A tie goes to the smaller value.
			"story": {{Value: "st-border", Label: "Border crossing", Count: 3}, {Value: "st-truce", Label: "Velmora–Dastan ceasefire", Count: 3}},
			"speaker": {
				{Value: "ent-mediator", Label: "Arlen Voss", Count: 2},
				{Value: "ent-dastan", Label: "Dastan", Count: 1},
				{Value: "ent-port", Label: "Port Authority", Count: 1},
			},
		}},
		// Facets count every match, not only the page.
		{parallax.SearchQuery{Text: "ceasefire", Limit: 1}, facets{
			"outlet":  {{Value: "Northwind Wire", Count: 2}, {Value: "Harbour Gazette", Count: 1}},
			"lang":    {{Value: "en", Count: 3}},
			"month":   {{Value: "2023-03", Count: 2}},
			"story":   {{Value: "st-truce", Label: "Velmora–Dastan ceasefire", Count: 2}},
			"speaker": {{Value: "ent-dastan", Label: "Dastan", Count: 1}, {Value: "ent-mediator", Label: "Arlen Voss", Count: 1}},
		}},
		{parallax.SearchQuery{Text: "armistice"}, facets{
			"outlet": {}, "lang": {}, "month": {}, "story": {}, "speaker": {},
		}},
	}
	for _, tt := range tests {
		got := search(t, s, tt.q).Facets
		for name, want := range tt.want {
			if !reflect.DeepEqual(got[name], want) && !(len(got[name]) == 0 && len(want) == 0) {
				t.Errorf("Search(%+v) facet %s = %+v, want %+v", tt.q, name, got[name], want)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("Search(%+v) has facets %v, want exactly %d", tt.q, reflect.ValueOf(got).MapKeys(), len(tt.want))
		}
	}
}

// searchHighlights checks every highlight of every hit against the body:
// it covers a word of the query, in any case, inside the snippet, and the
// snippet is the body's text at Start.
func searchHighlights(t *testing.T, s parallax.Store) {
	tests := []struct {
		text  string
		words []string
		// want is how many highlights a document's hit has.
		want map[int]int
	}{
		{"ceasefire", []string{"ceasefire"}, map[int]int{sTruce: 2, sShelling: 1, sUndated: 1}},
		{"Ceasefire OSTREL", []string{"ceasefire", "ostrel"}, map[int]int{sTruce: 3, sShelling: 2}},
		{`"closed border"`, []string{"closed", "border"}, map[int]int{sCrossing: 2}},
		{"ПЕРЕМИРИИ", []string{"перемирии"}, map[int]int{sRussian: 1}},
		{"перемирие посредник", []string{"перемирие", "посредник"}, map[int]int{sRussian: 2}},
		{"harbour letters", []string{"harbour", "letters"}, map[int]int{sUndated: 1}},
	}
	for _, tt := range tests {
		res := search(t, s, parallax.SearchQuery{Text: tt.text})
		for _, h := range res.Hits {
			d := get(t, s, h.ID)
			body := []rune(d.Body)
			n := utf8.RuneCountInString(h.Snippet)
			if h.Start < 0 || h.Start+n > len(body) || string(body[h.Start:h.Start+n]) != h.Snippet {
				t.Errorf("Search(%q) hit %q: snippet %q is not the body's text at rune %d", tt.text, d.Title, h.Snippet, h.Start)
				continue
			}
			for _, sp := range h.Highlights {
				if sp.Start < h.Start || sp.End > h.Start+n || sp.Start >= sp.End {
					t.Errorf("Search(%q) hit %q: highlight %+v outside the snippet [%d, %d)", tt.text, d.Title, sp, h.Start, h.Start+n)
					continue
				}
				w := string(body[sp.Start:sp.End])
				if !containsFold(tt.words, w) {
					t.Errorf("Search(%q) hit %q: highlight %+v covers %q, not a word searched for", tt.text, d.Title, sp, w)
				}
			}
			for i, doc := range searchDocs {
				if doc.ID == h.ID && len(h.Highlights) != tt.want[i] {
					t.Errorf("Search(%q) hit %q: %d highlights %+v, want %d", tt.text, d.Title, len(h.Highlights), h.Highlights, tt.want[i])
				}
			}
		}
		if len(res.Hits) != len(tt.want) {
			t.Errorf("Search(%q): %d hits, want %d", tt.text, len(res.Hits), len(tt.want))
		}
	}
	// The Cyrillic body: rune offsets, not bytes.
	body := searchDocs[sRussian].Body
	at := utf8.RuneCountInString(body[:strings.Index(body, "перемирии")])
	res := search(t, s, parallax.SearchQuery{Text: "перемирии"})
	want := []parallax.Span{{Start: at, End: at + utf8.RuneCountInString("перемирии")}}
	if len(res.Hits) != 1 || !reflect.DeepEqual(res.Hits[0].Highlights, want) {
		t.Errorf("Search(перемирии): hits %+v, want one with highlights %+v", res.Hits, want)
	}
}

func containsFold(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// searchHostile feeds text that is query syntax to a full-text engine: it
// is searched for as words, never run, and never an error.
func searchHostile(t *testing.T, s parallax.Store) {
	tests := []struct {
		text string
		want []int
	}{
		{`"ceasefire`, []int{sTruce, sShelling, sUndated}},
		{`ceasefire"`, []int{sTruce, sShelling, sUndated}},
		{`ceasefire -Ostrel`, []int{sTruce, sShelling}},      // no NOT
		{`ceasefire OR armistice`, []int{}},                  // no OR
		{`cease*`, []int{}},                                  // no prefix search
		{`NEAR(ceasefire Ostrel)`, []int{}},                  // "near" is a word to find
		{`title:ceasefire`, []int{}},                         // no column filter
		{`ceasefire AND OR NOT`, []int{}},                    // words, in no document
		{`"ceasefire" "" "Ostrel`, []int{sTruce, sShelling}}, // empty phrase ignored
		{`^ceasefire + Ostrel`, []int{sTruce, sShelling}},    // no initial token, no plus
		{`{title body}: ceasefire`, []int{}},                 // no column set
		{`'; DROP TABLE documents; --`, []int{}},
		{"\x00\xff\xfe ceasefire \u202e", []int{sTruce, sShelling, sUndated}}, // NUL, invalid UTF-8, a bidi control
	}
	for _, tt := range tests {
		res, err := s.Search(context.Background(), parallax.SearchQuery{Text: tt.text})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.text, err)
			continue
		}
		if got := hitDocs(res); !sameSet(got, tt.want) {
			t.Errorf("Search(%q) found documents %v, want %v", tt.text, got, tt.want)
		}
	}
	if n := count(t, s); n != len(searchDocs) {
		t.Errorf("CountDocuments = %d after hostile searches, want %d", n, len(searchDocs))
	}
}

func searchInvalid(t *testing.T, s parallax.Store) {
	for _, q := range []parallax.SearchQuery{
		{From: "2023-13-01"},
		{To: "yesterday"},
		{From: "2023-3-1"},
		{To: "2023-04-01T00:00:00Z"},
		{From: "2023-04-02", To: "2023-04-01"},
		{Offset: -1},
		{Limit: -5},
	} {
		if _, err := s.Search(context.Background(), q); parallax.ErrorCode(err) != parallax.EInvalid {
			t.Errorf("Search(%+v): error %v, want code %s", q, err, parallax.EInvalid)
		}
	}
}

// testSearchCaps stores more documents and outlets than a page and a facet
// hold.
func testSearchCaps(t *testing.T, s parallax.Store) {
	const n, outlets = 130, 25
	for i := range n {
		d := benchDocument(i)
		d.URL, d.Outlet = "", fmt.Sprintf("Outlet %02d", i%outlets)
		put(t, s, d, parallax.Added)
	}
	for _, q := range []parallax.SearchQuery{{Limit: 1000}, {Text: "delegations", Limit: 101}} {
		res := search(t, s, q)
		if res.Total != n || len(res.Hits) != searchtext.MaxLimit {
			t.Errorf("Search(%+v): Total %d, %d hits; want %d, %d", q, res.Total, len(res.Hits), n, searchtext.MaxLimit)
		}
		out := res.Facets["outlet"]
		if len(out) != searchtext.FacetLimit || out[0].Value != "Outlet 00" || out[0].Count != 6 || out[searchtext.FacetLimit-1].Value != "Outlet 19" {
			t.Errorf("Search(%+v): outlet facet %+v, want the %d largest: 00 to 04 (6 each), then 05 to 19", q, out, searchtext.FacetLimit)
		}
	}
}

// testSearchRankLimit stores more documents holding one word than a search
// ranks: the hits and facets come from the latest searchtext.RankLimit
// matches, the total counts them all, and conditions apply before the
// limit.
func testSearchRankLimit(t *testing.T, s parallax.Store) {
	const older = 30
	n := searchtext.RankLimit + older
	for i := range n {
		body := fmt.Sprintf("Round %d. The delegations met again.", i)
		outlet := "New Wire"
		if i < older {
			body += " The archive holds it."
			outlet = "Old Wire"
		}
		title := fmt.Sprintf("Round %d", i)
		put(t, s, parallax.Document{ID: parallax.DocID(title, body), Source: fmt.Sprintf("r/%05d.txt", i), Title: title,
			Outlet: outlet, Lang: "en", Body: body}, parallax.Added)
	}
	for _, tc := range []struct {
		q             parallax.SearchQuery
		total, ranked int
		outlets       []parallax.FacetCount
	}{
		{parallax.SearchQuery{Text: "delegations"}, n, searchtext.RankLimit, []parallax.FacetCount{{Value: "New Wire", Count: searchtext.RankLimit}}},
		{parallax.SearchQuery{}, n, searchtext.RankLimit, []parallax.FacetCount{{Value: "New Wire", Count: searchtext.RankLimit}}},
		{parallax.SearchQuery{Text: "archive"}, older, older, []parallax.FacetCount{{Value: "Old Wire", Count: older}}},
		{parallax.SearchQuery{Text: "delegations", Outlet: "Old Wire"}, older, older, []parallax.FacetCount{{Value: "Old Wire", Count: older}}},
	} {
		res := search(t, s, tc.q)
		if res.Total != tc.total || res.Ranked != tc.ranked || !reflect.DeepEqual(res.Facets["outlet"], tc.outlets) {
			t.Errorf("Search(%+v): total %d, ranked %d, outlets %+v; want %d, %d, %+v", tc.q, res.Total, res.Ranked,
				res.Facets["outlet"], tc.total, tc.ranked, tc.outlets)
		}
	}
}
