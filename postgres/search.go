package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// rankWeights are the weights ts_rank_cd gives words of weight D, C, B
// (the body) and A (the title): a word in the title counts four times one
// in the body, as in the SQLite store, since a title names what the
// article is about.
const rankWeights = "{0.1, 0.2, 0.25, 1.0}"

// rankNormalization 1 divides a rank by 1 + the logarithm of the document's
// length: the same matches count a little more in a shorter document, as
// bm25 has it in the SQLite store.
const rankNormalization = 1

// Search returns the page of documents that q asks for, ranked by
// ts_rank_cd with the title weighted above the body, or newest first when
// q has no words; how many documents match; and the facets of all of them.
// It runs three queries (count, page, facets) in one snapshot over the same
// conditions, so the three agree. Text is compared byte by byte (the "C"
// collation), as SQLite does, whatever the database's locale.
func (s *Store) Search(ctx context.Context, q parallax.SearchQuery) (parallax.SearchResult, error) {
	limit, err := searchtext.Check(q)
	if err != nil {
		return parallax.SearchResult{}, err
	}
	terms := searchtext.ParseTerms(q.Text)
	m := newMatch(q, terms)
	var res parallax.SearchResult
	snapshot := pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
	err = pgx.BeginTxFunc(ctx, s.pool, snapshot, func(tx pgx.Tx) error {
		if m.query != "" {
			// The planner counts no cost for decompressing each row's
			// tsvector, so on a store of some thousand documents it would
			// test every row rather than ask the index which rows match:
			// 30 ms instead of 1 for a rare word among 5,000 documents.
			// LOCAL: for this transaction only.
			if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
				return err
			}
		}
		var err error
		res, err = storeutil.Search(queries(ctx, tx), m.queries(), terms, limit, q.Offset)
		return err
	})
	if err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return res, nil
}

// match selects the documents a query matches: from is a FROM clause over
// documents as d, with its WHERE clause, and args its parameters.
type match struct {
	from  string
	args  []any
	query string // the tsquery parameter, as $n, when there are words
}

// param adds v to m's arguments and returns its placeholder.
func (m *match) param(v any) string {
	m.args = append(m.args, v)
	return "$" + strconv.Itoa(len(m.args))
}

// newMatch builds the match of q, whose dates searchtext.Check accepted. A
// filter value PostgreSQL text cannot hold matches nothing, as no stored
// value holds it, rather than failing.
func newMatch(q parallax.SearchQuery, terms []searchtext.Term) match {
	m := match{from: "FROM documents d"}
	var conds []string
	if len(terms) > 0 {
		if tsq, ok := query(terms); ok {
			m.query = m.param(tsq) + "::tsquery"
			conds = append(conds, "d.fts @@ "+m.query)
		} else {
			conds = append(conds, "false")
		}
	}
	for _, f := range []struct{ value, cond string }{
		{q.Outlet, "d.outlet = %s"},
		{q.Lang, "d.lang = %s"},
		{q.From, `substr(d.published, 1, 10) COLLATE "C" >= %s`},
		{q.To, `substr(d.published, 1, 10) COLLATE "C" <= %s`},
		{q.Story, "d.id IN (SELECT doc FROM story_docs WHERE story = %s)"},
		{q.Speaker, "d.id IN (SELECT doc FROM statements WHERE speaker = %s)"},
	} {
		switch {
		case f.value == "":
		case !storable(f.value):
			conds = append(conds, "false")
		default:
			conds = append(conds, fmt.Sprintf(f.cond, m.param(f.value)))
		}
	}
	if q.From != "" || q.To != "" {
		// An undated document is neither before nor after any date.
		conds = append(conds, "d.published <> ''")
	}
	if len(conds) > 0 {
		m.from += " WHERE " + strings.Join(conds, " AND ")
	}
	return m
}

// queries returns the queries of a search over the documents m matches.
// Hits and facets work on the latest searchtext.RankLimit matches; a
// search whose count stops lists them newest first, as the SQLite store
// does, where ranking that many costs more than the rest of the search.
func (m match) queries() storeutil.SearchQueries {
	score := "0"
	if m.query != "" {
		score = fmt.Sprintf("ts_rank_cd('%s', d.fts, %s, %d)", rankWeights, m.query, rankNormalization)
	}
	n := len(m.args)
	return storeutil.SearchQueries{
		Args:     m.args,
		Count:    fmt.Sprintf(`SELECT count(*) FROM (SELECT 1 %s LIMIT $%d) AS c`, m.from, n+1),
		Hits:     fmt.Sprintf(hitsQuery, m.latest(score), n+1, n+2),
		HitsMore: fmt.Sprintf(hitsQuery, m.latest("0"), n+1, n+2),
		Facets:   fmt.Sprintf(facetQuery, m.latest("0"), n+1),
	}
}

// latest selects the searchtext.RankLimit latest of m's matches with score.
func (m match) latest(score string) string {
	return fmt.Sprintf(`SELECT d.seq, d.id, d.outlet, d.lang, d.published, %s AS score %s ORDER BY d.seq DESC LIMIT %d`,
		score, m.from, searchtext.RankLimit)
}

// hitsQuery selects the page of the matches a query ranks, best first, then
// newest: the page is chosen first and its bodies read after, so that
// sorting every match does not carry every body.
const hitsQuery = `SELECT d.id, d.title, d.outlet, d.published, d.lang, d.body
FROM (SELECT seq, score, published FROM (%s) AS r
	ORDER BY score DESC, published COLLATE "C" DESC, seq DESC LIMIT $%d OFFSET $%d) AS page
JOIN documents d ON d.seq = page.seq
ORDER BY page.score DESC, d.published COLLATE "C" DESC, d.seq DESC`

// facetQuery counts the matching documents by each facet's values, most
// frequent first, ties by value, searchtext.FacetLimit values per facet.
// Empty values are left out: an empty filter means no filter, so they
// could not be chosen. The matches are materialised once and shared by
// every facet. Stories and speakers are counted by id and named after
// ranking, so that only the values shown are looked up.
const facetQuery = `
WITH m AS MATERIALIZED (SELECT id, outlet, lang, published FROM (%s) AS r),
f (facet, value, label, n) AS (
	SELECT 'outlet', outlet, '', count(*) FROM m WHERE outlet <> '' GROUP BY outlet
	UNION ALL
	SELECT 'lang', lang, '', count(*) FROM m WHERE lang <> '' GROUP BY lang
	UNION ALL
	SELECT 'month', substr(published, 1, 7), '', count(*) FROM m WHERE published <> '' GROUP BY 2
	UNION ALL
	SELECT 'story', sd.story, '', count(*) FROM m JOIN story_docs sd ON sd.doc = m.id GROUP BY sd.story
	UNION ALL
	SELECT 'speaker', st.speaker, coalesce(min(nullif(st.speaker_name, '') COLLATE "C"), ''), count(DISTINCT st.doc)
	FROM statements st JOIN m ON m.id = st.doc
	WHERE st.speaker <> ''
	GROUP BY st.speaker
),
top AS (
	SELECT facet, value, label, n,
		row_number() OVER (PARTITION BY facet ORDER BY n DESC, value COLLATE "C") AS r
	FROM f
)
SELECT top.facet, top.value,
	CASE top.facet WHEN 'story' THEN coalesce(s.label, '') WHEN 'speaker' THEN coalesce(nullif(e.name, ''), top.label) ELSE '' END,
	top.n
FROM top
LEFT JOIN stories s ON top.facet = 'story' AND s.id = top.value
LEFT JOIN entities e ON top.facet = 'speaker' AND e.id = top.value
WHERE top.r <= $%d ORDER BY top.facet, top.r`
