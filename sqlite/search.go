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
	res, err := storeutil.Search(queries(ctx, tx), m.queries(), terms, limit, q.Offset)
	if err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return res, nil
}

// match selects the documents a query matches: from is a FROM clause,
// documents as d joined to documents_fts when there are words, with its
// WHERE clause, and args its parameters.
type match struct {
	from     string
	args     []any
	fulltext bool // documents_fts is joined, for bm25
	onlyText bool // words are the query's only condition
}

// newMatch builds the match of q, whose dates searchtext.Check accepted.
func newMatch(q parallax.SearchQuery, terms []searchtext.Term) match {
	m := match{from: "FROM documents d", fulltext: len(terms) > 0}
	var conds []string
	add := func(cond string, arg any) {
		conds = append(conds, cond)
		m.args = append(m.args, arg)
	}
	if m.fulltext {
		m.from += " JOIN documents_fts ON documents_fts.rowid = d.seq"
		add("documents_fts MATCH ?", ftsQuery(terms))
	}
	if q.Outlet != "" {
		add("d.outlet = ?", q.Outlet)
	}
	if q.Lang != "" {
		add("d.lang = ?", q.Lang)
	}
	if q.From != "" {
		add("substr(d.published, 1, 10) >= ?", q.From)
	}
	if q.To != "" {
		add("substr(d.published, 1, 10) <= ?", q.To)
	}
	if q.From != "" || q.To != "" {
		// An undated document is neither before nor after any date.
		conds = append(conds, "d.published <> ''")
	}
	if q.Story != "" {
		add("d.id IN (SELECT doc FROM story_docs WHERE story = ?)", q.Story)
	}
	if q.Speaker != "" {
		add("d.id IN (SELECT doc FROM statements WHERE speaker = ?)", q.Speaker)
	}
	m.onlyText = m.fulltext && len(conds) == 1
	if len(conds) > 0 {
		m.from += " WHERE " + strings.Join(conds, " AND ")
	}
	return m
}

// queries returns the three queries of a search over the documents m
// matches. Hits and facets work on the searchtext.RankLimit latest
// matches, which FTS5 gives in descending rowid order without sorting
// them; a count of words alone reads the full-text index only, and every
// count stops at the limit it is given.
func (m match) queries() storeutil.SearchQueries {
	score, latest := "0", "d.seq"
	if m.fulltext {
		score = fmt.Sprintf("bm25(documents_fts, %g, 1.0)", titleWeight)
		latest = "documents_fts.rowid"
	}
	ranked := fmt.Sprintf(`SELECT d.seq, d.id, d.outlet, d.lang, d.published, %s AS score %s ORDER BY %s DESC LIMIT %d`,
		score, m.from, latest, searchtext.RankLimit)
	count := `SELECT count(*) FROM (SELECT 1 ` + m.from + ` LIMIT ?)`
	if m.onlyText {
		count = `SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)`
	}
	return storeutil.SearchQueries{
		Args:  m.args,
		Count: count,
		// The page is chosen first and its bodies read after, so that
		// sorting every match does not carry every body.
		Hits: `SELECT d.id, d.title, d.outlet, d.published, d.lang, d.body
		FROM (SELECT seq, score, published FROM (` + ranked + `)
			ORDER BY score, published DESC, seq DESC LIMIT ? OFFSET ?) AS page
		JOIN documents d ON d.seq = page.seq
		ORDER BY page.score, d.published DESC, d.seq DESC`,
		Facets: fmt.Sprintf(facetQuery, ranked),
	}
}

// facetQuery counts the matching documents by each facet's values, most
// frequent first, ties by value, searchtext.FacetLimit values per facet. Empty values
// are left out: an empty filter means no filter, so they could not be
// chosen. The matches are materialised once and shared by every facet, and
// the story and speaker facets start from them (CROSS JOIN fixes SQLite's
// join order) and look each match up by document: a rare word costs what
// it matches, not a pass over every statement. Stories and speakers are
// counted by id and named after ranking, so that only the values shown
// are looked up.
const facetQuery = `
WITH m AS MATERIALIZED (SELECT id, outlet, lang, published FROM (%s)),
f (facet, value, label, n) AS (
	SELECT 'outlet', outlet, '', count(*) FROM m WHERE outlet <> '' GROUP BY outlet
	UNION ALL
	SELECT 'lang', lang, '', count(*) FROM m WHERE lang <> '' GROUP BY lang
	UNION ALL
	SELECT 'month', substr(published, 1, 7), '', count(*) FROM m WHERE published <> '' GROUP BY 2
	UNION ALL
	SELECT 'story', sd.story, '', count(*) FROM m CROSS JOIN story_docs sd ON sd.doc = m.id GROUP BY sd.story
	UNION ALL
	SELECT 'speaker', st.speaker, coalesce(min(nullif(st.speaker_name, '')), ''), count(DISTINCT st.doc)
	FROM m CROSS JOIN statements st ON st.doc = m.id
	WHERE st.speaker <> ''
	GROUP BY st.speaker
),
top AS (
	SELECT facet, value, label, n, row_number() OVER (PARTITION BY facet ORDER BY n DESC, value) AS r FROM f
)
SELECT top.facet, top.value,
	CASE top.facet WHEN 'story' THEN coalesce(s.label, '') WHEN 'speaker' THEN coalesce(nullif(e.name, ''), top.label) ELSE '' END,
	top.n
FROM top
LEFT JOIN stories s ON top.facet = 'story' AND s.id = top.value
LEFT JOIN entities e ON top.facet = 'speaker' AND e.id = top.value
WHERE top.r <= ? ORDER BY top.facet, top.r`

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
