package http

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

func TestListPages(t *testing.T) {
	st, _ := fixture(t)
	h := newServer(t, st).Handler()
	for _, tc := range []struct {
		path string
		code int
		want []string // in this order on the page
	}{
		{"/documents", 200, []string{`href="/documents/d2"`, `href="/documents/d1"`}}, // latest first
		{"/documents?sort=title", 200, []string{`href="/documents/d2"`, `href="/documents/d1"`}},
		{"/documents?sort=outlet", 200, []string{`href="/documents/d2"`, `href="/documents/d1"`}}, // Daily before Wire
		{"/entities", 200, []string{`href="/entities/holt"`, "Mayor Holt &lt;svg"}},
		{"/questions", 200, []string{`href="/questions/q1"`, "Is the valley calm? &lt;script&gt;"}},
		{"/conflicts", 200, []string{"contradiction", `href="/questions/q1"`, `href="/documents/d1#st-s1"`, `href="/documents/d2#st-s2"`}},
		{"/documents?sort=nope", 400, []string{"no order"}},
		{"/entities?offset=-1", 400, []string{"not a count"}},
		{"/documents?offset=5", 200, []string{"None yet"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			code, _, body := get(t, h, tc.path)
			if code != tc.code {
				t.Fatalf("status %d, want %d", code, tc.code)
			}
			at := 0
			for _, w := range tc.want {
				i := strings.Index(body[at:], w)
				if i < 0 {
					t.Fatalf("page lacks %s after offset %d", w, at)
				}
				at += i + len(w)
			}
		})
	}
}

func TestPaged(t *testing.T) {
	items := make([]int, 250)
	for i := range items {
		items[i] = i
	}
	orders := []listOrder[int]{{"up", func(a, b int) int { return a - b }}, {"down", func(a, b int) int { return b - a }}}
	for _, tc := range []struct {
		query      string
		first      int
		pg         pager
		prev, next bool
	}{
		{"", 0, pager{First: 1, Last: 100, Total: 250}, false, true},
		{"?sort=down&offset=200", 49, pager{First: 201, Last: 250, Total: 250}, true, false},
		{"?offset=900", -1, pager{First: 251, Last: 250, Total: 250}, true, false},
	} {
		r := httptest.NewRequest(http.MethodGet, "/list"+tc.query, nil)
		page, _, pg, err := paged(r, items, orders, 100)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if first := slices.Concat(page, []int{-1})[0]; first != tc.first || pg.First != tc.pg.First || pg.Last != tc.pg.Last ||
			pg.Total != tc.pg.Total || (pg.Prev != "") != tc.prev || (pg.Next != "") != tc.next {
			t.Errorf("%s: first item %d, pager %+v", tc.query, first, pg)
		}
	}
	if !slices.IsSorted(items) {
		t.Error("paged sorted its input in place")
	}
}
