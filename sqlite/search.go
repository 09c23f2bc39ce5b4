package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// titleWeight is how much more a word in the title counts than one in the
// body: a title names what the article is about.
const titleWeight = 4.0

// Search returns the page of documents that q asks for, ranked by bm25 with
// the title weighted above the body, or newest first when q has no words;
// how many documents match; and the facets of all of them. It runs three
// queries (count, page, facets) in one read transaction over the same
// conditions, so the three agree.
func (s *Store) Search(ctx context.Context, q parallax.SearchQuery) (parallax.SearchResult, error) {
	limit, err := searchtext.Check(q)
	if err != nil {
		return parallax.SearchResult{}, err
	}
	terms := searchtext.ParseTerms(q.Text)
	m := newMatch(q, terms)
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer tx.Rollback()
	res, err := storeutil.Search(queries(ctx, tx), searchQueries(m), terms, limit, q.Offset)
	if err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return res, nil
}

// index is the full-text index of every document.
const index = "documents_fts"

// match selects the documents a query matches: from is a FROM clause,
// documents as d joined to a full-text index when there are words, with
// its WHERE clause, and args its parameters, numbered so that a query may
// repeat them.
type match struct {
	from     string
	args     []any
	index    string // the full-text index joined, for bm25; "" without words
	onlyText bool   // words are the query's only condition
}

// newMatch builds the match of q, whose dates searchtext.Check accepted.
func newMatch(q parallax.SearchQuery, terms []searchtext.Term) match {
	m := match{from: "FROM documents d"}
	var conds []string
	add := func(cond string, arg any) {
		m.args = append(m.args, arg)
		conds = append(conds, fmt.Sprintf(cond, fmt.Sprintf("?%d", len(m.args))))
	}
	if len(terms) > 0 {
		m.index = index
		m.from += fmt.Sprintf(" JOIN %[1]s ON %[1]s.rowid = d.seq", index)
		add(index+" MATCH %s", ftsQuery(terms))
	}
	if q.Outlet != "" {
		add("d.outlet = %s", q.Outlet)
	}
	if q.Lang != "" {
		add("d.lang = %s", q.Lang)
	}
	if q.From != "" {
		add("substr(d.published, 1, 10) >= %s", q.From)
	}
	if q.To != "" {
		add("substr(d.published, 1, 10) <= %s", q.To)
	}
	if q.From != "" || q.To != "" {
		// An undated document is neither before nor after any date.
		conds = append(conds, "d.published <> ''")
	}
	if q.Story != "" {
		add("d.id IN (SELECT doc FROM story_docs WHERE story = %s)", q.Story)
	}
	if q.Speaker != "" {
		add("d.id IN (SELECT doc FROM statements WHERE speaker = %s)", q.Speaker)
	}
	m.onlyText = m.index != "" && len(conds) == 1
	if len(conds) > 0 {
		m.from += " WHERE " + strings.Join(conds, " AND ")
	}
	return m
}

// latest is the column that orders m's matches newest first: the
// full-text index's rowid, in whose order FTS5 gives its matches without
// sorting them, or the document's.
func (m match) latest() string {
	if m.index != "" {
		return m.index + ".rowid"
	}
	return "d.seq"
}

// ranked selects the searchtext.RankLimit latest of m's matches with
// their score: bm25 when scored and m has words, else 0, which leaves them
// newest first.
func (m match) ranked(scored bool) string {
	score := "0"
	if scored && m.index != "" {
		score = fmt.Sprintf("bm25(%s, %g, 1.0)", m.index, titleWeight)
	}
	return fmt.Sprintf(`SELECT d.seq, d.id, d.outlet, d.lang, d.published, %s AS score %s ORDER BY %s DESC LIMIT %d`,
		score, m.from, m.latest(), searchtext.RankLimit)
}

// searchQueries returns the queries of a search over the documents m
// matches. Hits and facets work on the searchtext.RankLimit latest
// matches; a count of words alone reads the full-text index only, and
// every count stops at the limit it is given.
//
// A search whose count stops lists its latest matches newest first,
// unranked: bm25 weighs each word by how many documents hold it, and
// counts them by reading every one, which for a word most documents hold
// costs more than all the rest of the search. When that many documents
// match, every word of the search is common, and the newest of them are
// what a monitor's reader looks for first.
func searchQueries(m match) storeutil.SearchQueries {
	// Words alone are matched in the full-text index without documents.
	from := m.from
	if m.onlyText {
		from = fmt.Sprintf("FROM %[1]s WHERE %[1]s MATCH ?1", m.index)
	}
	return storeutil.SearchQueries{
		Args:     m.args,
		Count:    `SELECT count(*) FROM (SELECT 1 ` + from + ` LIMIT ?)`,
		Hits:     fmt.Sprintf(hitsQuery, m.ranked(true)),
		HitsMore: fmt.Sprintf(hitsQuery, m.ranked(false)),
		Facets:   fmt.Sprintf(facetQuery, m.ranked(false), len(m.args)+1),
	}
}

// hitsQuery selects the page of the matches a query ranks: the page is
// chosen first and its bodies read after, so that sorting every match does
// not carry every body.
const hitsQuery = `WITH ranked AS (%s)
SELECT d.id, d.title, d.outlet, d.published, d.lang, d.body
FROM (SELECT seq, score, published FROM ranked
	ORDER BY score, published DESC, seq DESC LIMIT ? OFFSET ?) AS page
JOIN documents d ON d.seq = page.seq
ORDER BY page.score, d.published DESC, d.seq DESC`

// facetQuery counts the matching documents by each facet's values, most
// frequent first, ties by value, searchtext.FacetLimit values per facet,
// the limit the parameter numbered by its second operand. Empty values are
// left out: an empty filter means no filter, so they could not be chosen.
// The matches are materialised once and shared by every facet, and the
// story and speaker facets start from them (CROSS JOIN fixes SQLite's join
// order) and look each match up by document: a rare word costs what it
// matches, not a pass over every statement. Each facet keeps its most
// frequent values as it counts them, rather than all of them being sorted
// together. Stories and speakers are counted by id and named after
// ranking, so that only the values shown are looked up.
const facetQuery = `
WITH m AS MATERIALIZED (SELECT id, outlet, lang, published FROM (%[1]s)),
top (facet, value, label, n) AS (
	SELECT * FROM (SELECT 'outlet', outlet, '', count(*) AS n FROM m WHERE outlet <> ''
		GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?%[2]d)
	UNION ALL
	SELECT * FROM (SELECT 'lang', lang, '', count(*) AS n FROM m WHERE lang <> ''
		GROUP BY lang ORDER BY n DESC, lang LIMIT ?%[2]d)
	UNION ALL
	SELECT * FROM (SELECT 'month', substr(published, 1, 7) AS month, '', count(*) AS n FROM m WHERE published <> ''
		GROUP BY month ORDER BY n DESC, month LIMIT ?%[2]d)
	UNION ALL
	SELECT * FROM (SELECT 'story', sd.story, '', count(*) AS n FROM m CROSS JOIN story_docs sd ON sd.doc = m.id
		GROUP BY sd.story ORDER BY n DESC, sd.story LIMIT ?%[2]d)
	UNION ALL
	SELECT * FROM (SELECT 'speaker', st.speaker, coalesce(min(nullif(st.speaker_name, '')), ''), count(DISTINCT st.doc) AS n
		FROM m CROSS JOIN statements st ON st.doc = m.id
		WHERE st.speaker <> ''
		GROUP BY st.speaker ORDER BY n DESC, st.speaker LIMIT ?%[2]d)
)
SELECT top.facet, top.value,
	CASE top.facet WHEN 'story' THEN coalesce(s.label, '') WHEN 'speaker' THEN coalesce(nullif(e.name, ''), top.label) ELSE '' END,
	top.n
FROM top
LEFT JOIN stories s ON top.facet = 'story' AND s.id = top.value
LEFT JOIN entities e ON top.facet = 'speaker' AND e.id = top.value
ORDER BY top.facet, top.n DESC, top.value`

// ftsQuery writes terms as an FTS5 query: each an FTS5 string, joined by
// AND.
func ftsQuery(terms []searchtext.Term) string {
	quoted := make([]string, len(terms))
	for i, t := range terms {
		// Words hold no quotes; doubling them is FTS5's escape, kept so
		// the quoting does not rest on what words are.
		quoted[i] = `"` + strings.ReplaceAll(strings.Join(t, " "), `"`, `""`) + `"`
	}
	return strings.Join(quoted, " AND ")
}
