package searchtext

import (
	"time"

	"github.com/parallax-news/parallax"
)

const (
	// DefaultLimit is how many hits a query with no limit gets, MaxLimit
	// the most any query gets.
	DefaultLimit = 20
	MaxLimit     = 100
	// FacetLimit is how many values each facet keeps, the most frequent.
	FacetLimit = 20
	// RankLimit bounds the work of a search for words many documents
	// hold: when more match, the hits are ranked among, and the facets
	// count, the RankLimit most recently stored matches. A rare word costs
	// what it matches; a word in every document costs no more than one in
	// RankLimit of them.
	RankLimit = 2000
	// CountLimit bounds the count of the matches in the same way: past it,
	// a search says only that more match (SearchResult.More), since
	// counting every document a common word is in reads its whole index
	// entry (a word in 860,000 of a million documents: 72 ms of CPU to
	// count, 6 ms to count to a hundred thousand).
	CountLimit = 10000
)

// FacetNames are the facets every result carries, empty or not.
var FacetNames = []string{"outlet", "lang", "month", "story", "speaker"}

// Check checks q's paging and dates and returns how many hits to return.
// A negative limit or offset, a date that is not YYYY-MM-DD, or a from
// date after the to date is an error with code EInvalid.
func Check(q parallax.SearchQuery) (int, error) {
	limit := min(q.Limit, MaxLimit)
	switch {
	case q.Offset < 0:
		return 0, parallax.Errorf(parallax.EInvalid, "search: negative offset %d", q.Offset)
	case q.Limit < 0:
		return 0, parallax.Errorf(parallax.EInvalid, "search: negative limit %d", q.Limit)
	case q.Limit == 0:
		limit = DefaultLimit
	}
	for _, bound := range []struct{ name, date string }{{"from", q.From}, {"to", q.To}} {
		if bound.date == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, bound.date); err != nil {
			return 0, parallax.Errorf(parallax.EInvalid, "search: %s date %q: want YYYY-MM-DD", bound.name, bound.date)
		}
	}
	if q.From != "" && q.To != "" && q.From > q.To {
		return 0, parallax.Errorf(parallax.EInvalid, "search: from date %s is after to date %s", q.From, q.To)
	}
	return limit, nil
}

// NewResult returns an empty result with every facet present.
func NewResult() parallax.SearchResult {
	res := parallax.SearchResult{Hits: []parallax.SearchHit{}, Facets: map[string][]parallax.FacetCount{}}
	for _, f := range FacetNames {
		res.Facets[f] = []parallax.FacetCount{}
	}
	return res
}
