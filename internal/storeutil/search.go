package storeutil

import (
	"fmt"
	"slices"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
)

// SearchQueries are a store's three queries for one search, in its
// dialect, over the same matching documents, whose conditions take Args.
// Count counts the matches, at most as many as it takes after Args.
// Hits and Facets work on the
// searchtext.RankLimit most recently stored of them. Hits selects the page of them, ranked, as id,
// title, outlet, published, lang and body; after Args it takes the limit
// and the offset. Facets counts the matches by each facet's values as
// facet, value, label and count, most frequent first; after Args it takes
// how many values each facet keeps. HitsMore, when not empty, is the Hits
// of a search whose count passed searchtext.CountLimit: its latest matches
// newest first, unranked.
type SearchQueries struct {
	Args                          []any
	Count, Hits, HitsMore, Facets string
}

// Search runs qs with query, which a store runs in one snapshot so that the
// three agree, and assembles the result: the total, the page of limit hits
// from offset, each with the snippet of its body that shows the words of
// terms, and the facets of all matches, searchtext.FacetLimit values
// each.
func Search(query QueryFunc, qs SearchQueries, terms []searchtext.Term, limit, offset int) (parallax.SearchResult, error) {
	res := searchtext.NewResult()
	// Each query gets its own arguments, not a share of qs.Args. The
	// count goes one past its limit, to tell a total of CountLimit from
	// more.
	count := append(slices.Clip(qs.Args), searchtext.CountLimit+1)
	if err := query(qs.Count, count, func(r Row) error { return r.Scan(&res.Total) }); err != nil {
		return parallax.SearchResult{}, fmt.Errorf("count: %w", err)
	}
	if res.Total > searchtext.CountLimit {
		res.Total, res.More = searchtext.CountLimit, true
	}
	res.Ranked = min(res.Total, searchtext.RankLimit)
	hitsQuery := qs.Hits
	if res.More && qs.HitsMore != "" {
		hitsQuery = qs.HitsMore
	}
	if err := query(hitsQuery, append(slices.Clip(qs.Args), limit, offset), hits(terms, &res)); err != nil {
		return parallax.SearchResult{}, fmt.Errorf("hits: %w", err)
	}
	if err := query(qs.Facets, append(slices.Clip(qs.Args), searchtext.FacetLimit), facets(&res)); err != nil {
		return parallax.SearchResult{}, fmt.Errorf("facets: %w", err)
	}
	return res, nil
}

// hits returns a function that reads a row of id, title, outlet,
// published, lang and body as the next hit of res, with the snippet of the
// body that shows the words of terms.
func hits(terms []searchtext.Term, res *parallax.SearchResult) func(Row) error {
	want := searchtext.Folded(terms)
	return func(r Row) error {
		var h parallax.SearchHit
		var body string
		if err := r.Scan(&h.ID, &h.Title, &h.Outlet, &h.Published, &h.Lang, &body); err != nil {
			return err
		}
		h.Snippet, h.Start, h.Highlights = searchtext.Snippet(body, want)
		res.Hits = append(res.Hits, h)
		return nil
	}
}

// facets returns a function that reads a row of facet, value, label and
// count as the next value of that facet of res.
func facets(res *parallax.SearchResult) func(Row) error {
	return func(r Row) error {
		var name string
		var c parallax.FacetCount
		if err := r.Scan(&name, &c.Value, &c.Label, &c.Count); err != nil {
			return err
		}
		res.Facets[name] = append(res.Facets[name], c)
		return nil
	}
}
