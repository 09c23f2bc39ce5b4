package searchtext

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

func TestParseTerms(t *testing.T) {
	tests := []struct {
		text string
		want []Term
	}{
		{"", nil},
		{"ceasefire", []Term{{"ceasefire"}}},
		{"  ceasefire\tOstrel\n", []Term{{"ceasefire"}, {"Ostrel"}}},
		{`"closed border" Ostrel`, []Term{{"closed", "border"}, {"Ostrel"}}},
		{`Ostrel "closed border`, []Term{{"Ostrel"}, {"closed", "border"}}}, // an unbalanced quote runs to the end
		{`"" ""`, nil},
		{"can't U.S.-led 2020-11-12", []Term{{"can", "t"}, {"U", "S", "led"}, {"2020", "11", "12"}}},
		{"NEAR(a b) -c d* e:f ^g", []Term{{"NEAR", "a"}, {"b"}, {"c"}, {"d"}, {"e", "f"}, {"g"}}},
		{"AND OR NOT", []Term{{"AND"}, {"OR"}, {"NOT"}}},
		{"перемирие «в Остреле»", []Term{{"перемирие"}, {"в"}, {"Остреле"}}},
		{"snake_case", []Term{{"snake", "case"}}},
		{"\x00\xff \u202e \u0301", nil},
		{"e\u0301cole", []Term{{"e\u0301cole"}}},
	}
	for _, tt := range tests {
		if got := ParseTerms(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseTerms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	var long []string
	for i := range 100 {
		long = append(long, fmt.Sprintf("w%d", i))
	}
	longBody := strings.Join(long, " ")
	// offset returns the rune offset of word in body.
	offset := func(body, word string) int {
		i := strings.Index(body, word)
		if i < 0 {
			t.Fatalf("no %q in %q", word, body)
		}
		return utf8.RuneCountInString(body[:i])
	}
	span := func(body, word string) parallax.Span {
		at := offset(body, word)
		return parallax.Span{Start: at, End: at + utf8.RuneCountInString(word)}
	}
	cyr := "«Стороны» договорились о перемирии; ПЕРЕМИРИЕ вступает в силу."
	tests := []struct {
		name    string
		body    string
		want    []string
		snippet string
		start   int
		spans   []parallax.Span
	}{
		{"empty body", "", []string{"w1"}, "", 0, []parallax.Span{}},
		{"no match: the start", longBody, []string{"nothing"}, strings.Join(long[:40], " "), 0, []parallax.Span{}},
		{"no words wanted", "One two.", nil, "One two.", 0, []parallax.Span{}},
		{"a match inside: a few words before it", longBody, []string{"w50", "w51", "w90"},
			strings.Join(long[42:82], " "), offset(longBody, "w42"),
			[]parallax.Span{span(longBody, "w50"), span(longBody, "w51")}},
		{"a match near the end: the last words", longBody, []string{"w97"},
			strings.Join(long[60:], " "), offset(longBody, "w60"), []parallax.Span{span(longBody, "w97")}},
		{"punctuation and case, in runes", cyr, []string{"перемирие", "стороны"}, cyr, 0,
			[]parallax.Span{span(cyr, "Стороны"), span(cyr, "ПЕРЕМИРИЕ")}},
		{"whole words only", "Ostrel and Ostreland, ostrel.", []string{"ostrel"}, "Ostrel and Ostreland, ostrel.", 0,
			[]parallax.Span{{Start: 0, End: 6}, {Start: 22, End: 28}}},
		{"accents as the index folds them", "Le café, la CAFE\u0301.", []string{"cafe"}, "Le café, la CAFE\u0301.", 0,
			[]parallax.Span{{Start: 3, End: 7}, {Start: 12, End: 17}}},
	}
	for _, tt := range tests {
		want := map[string]bool{}
		for _, w := range tt.want {
			want[w] = true
		}
		snip, start, spans := Snippet(tt.body, want)
		if snip != tt.snippet || start != tt.start || !reflect.DeepEqual(spans, tt.spans) {
			t.Errorf("%s: snippet = %q at %d, highlights %v\nwant %q at %d, highlights %v",
				tt.name, snip, start, spans, tt.snippet, tt.start, tt.spans)
		}
	}
}

func TestFolded(t *testing.T) {
	got := Folded([]Term{{"Café", "OSTREL"}, {"ostrel"}})
	want := map[string]bool{"cafe": true, "ostrel": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Folded = %v, want %v", got, want)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		q     parallax.SearchQuery
		limit int
		bad   bool
	}{
		{parallax.SearchQuery{}, DefaultLimit, false},
		{parallax.SearchQuery{Limit: 7, Offset: 3}, 7, false},
		{parallax.SearchQuery{Limit: 500}, MaxLimit, false},
		{parallax.SearchQuery{From: "2023-04-01", To: "2023-04-01"}, DefaultLimit, false},
		{parallax.SearchQuery{Limit: -1}, 0, true},
		{parallax.SearchQuery{Offset: -1}, 0, true},
		{parallax.SearchQuery{From: "2023-02-30"}, 0, true},
		{parallax.SearchQuery{To: "2023-04-01T00:00:00Z"}, 0, true},
		{parallax.SearchQuery{From: "2023-04-02", To: "2023-04-01"}, 0, true},
	}
	for _, tt := range tests {
		limit, err := Check(tt.q)
		if tt.bad {
			if parallax.ErrorCode(err) != parallax.EInvalid {
				t.Errorf("Check(%+v): error %v, want code %s", tt.q, err, parallax.EInvalid)
			}
			continue
		}
		if err != nil || limit != tt.limit {
			t.Errorf("Check(%+v) = %d, %v; want %d", tt.q, limit, err, tt.limit)
		}
	}
}

func TestNewResult(t *testing.T) {
	res := NewResult()
	if res.Hits == nil || len(res.Hits) != 0 || len(res.Facets) != len(FacetNames) {
		t.Fatalf("NewResult() = %+v, want no hits and %d empty facets", res, len(FacetNames))
	}
	for _, f := range FacetNames {
		if v, ok := res.Facets[f]; !ok || v == nil {
			t.Errorf("facet %s is missing or nil", f)
		}
	}
}
