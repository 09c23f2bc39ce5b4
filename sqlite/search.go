package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parallax-news/parallax"
)

const (
	defaultLimit = 20
	maxLimit     = 100
	facetLimit   = 20 // values kept per facet
	// titleWeight is how much more a word in the title counts than one in
	// the body: a title names what the article is about.
	titleWeight = 4.0
	// snippetWords is the length of a snippet in words, snippetLead how
	// many of them come before the first match, to show its context.
	snippetWords = 40
	snippetLead  = 8
)

// facetNames are the facets every result carries, empty or not.
var facetNames = []string{"outlet", "lang", "month", "story", "speaker"}

// Search returns the page of documents that q asks for, ranked by bm25 with
// the title weighted above the body, or newest first when q has no words;
// how many documents match; and the facets of all of them. It runs three
// queries (count, page, facets) in one read transaction over the same
// conditions, so the three agree.
func (s *Store) Search(ctx context.Context, q parallax.SearchQuery) (parallax.SearchResult, error) {
	limit, err := pageLimit(q)
	if err != nil {
		return parallax.SearchResult{}, err
	}
	terms := parseTerms(q.Text)
	m, err := newMatch(q, terms)
	if err != nil {
		return parallax.SearchResult{}, err
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer tx.Rollback()
	res := parallax.SearchResult{Hits: []parallax.SearchHit{}, Facets: map[string][]parallax.FacetCount{}}
	for _, f := range facetNames {
		res.Facets[f] = []parallax.FacetCount{}
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) `+m.from, m.args...).Scan(&res.Total); err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: count: %w", q.Text, err)
	}
	if err := hits(ctx, tx, m, terms, limit, q.Offset, &res); err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: hits: %w", q.Text, err)
	}
	if err := facets(ctx, tx, m, &res); err != nil {
		return parallax.SearchResult{}, fmt.Errorf("search %q: facets: %w", q.Text, err)
	}
	return res, nil
}

// pageLimit checks q's paging and returns how many hits to return.
func pageLimit(q parallax.SearchQuery) (int, error) {
	switch {
	case q.Offset < 0:
		return 0, parallax.Errorf(parallax.EInvalid, "search: negative offset %d", q.Offset)
	case q.Limit < 0:
		return 0, parallax.Errorf(parallax.EInvalid, "search: negative limit %d", q.Limit)
	case q.Limit == 0:
		return defaultLimit, nil
	}
	return min(q.Limit, maxLimit), nil
}

// match selects the documents a query matches: from is a FROM clause,
// documents as d joined to documents_fts when there are words, with its
// WHERE clause, and args its parameters.
type match struct {
	from     string
	args     []any
	fulltext bool // documents_fts is joined, for bm25
}

func newMatch(q parallax.SearchQuery, terms []term) (match, error) {
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
	for _, bound := range []struct{ name, date, cond string }{
		{"from", q.From, "substr(d.published, 1, 10) >= ?"},
		{"to", q.To, "substr(d.published, 1, 10) <= ?"},
	} {
		if bound.date == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, bound.date); err != nil {
			return match{}, parallax.Errorf(parallax.EInvalid, "search: %s date %q: want YYYY-MM-DD", bound.name, bound.date)
		}
		add(bound.cond, bound.date)
	}
	if q.From != "" && q.To != "" && q.From > q.To {
		return match{}, parallax.Errorf(parallax.EInvalid, "search: from date %s is after to date %s", q.From, q.To)
	}
	if q.From != "" || q.To != "" {
		// An undated document is neither before nor after any date.
		conds = append(conds, "d.published <> ''")
	}
	if q.Story != "" {
		add("d.id IN (SELECT j.value FROM stories s, json_each(s.docs) j WHERE s.id = ?)", q.Story)
	}
	if q.Speaker != "" {
		add("d.id IN (SELECT doc FROM statements WHERE speaker = ?)", q.Speaker)
	}
	if len(conds) > 0 {
		m.from += " WHERE " + strings.Join(conds, " AND ")
	}
	return m, nil
}

// hits reads the page of hits into res.
func hits(ctx context.Context, tx *sql.Tx, m match, terms []term, limit, offset int, res *parallax.SearchResult) error {
	score := "0"
	if m.fulltext {
		score = fmt.Sprintf("bm25(documents_fts, %g, 1.0)", titleWeight)
	}
	// The page is chosen first and its bodies read after, so that sorting
	// every match does not carry every body.
	args := append(m.args[:len(m.args):len(m.args)], limit, offset)
	rows, err := tx.QueryContext(ctx, `SELECT d.id, d.title, d.outlet, d.published, d.lang, d.body
		FROM (SELECT d.seq, `+score+` AS score `+m.from+`
			ORDER BY score, d.published DESC, d.seq DESC LIMIT ? OFFSET ?) AS page
		JOIN documents d ON d.seq = page.seq
		ORDER BY page.score, d.published DESC, d.seq DESC`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	want := map[string]bool{}
	for _, t := range terms {
		for _, w := range t {
			want[fold(w)] = true
		}
	}
	for rows.Next() {
		var h parallax.SearchHit
		var body string
		if err := rows.Scan(&h.ID, &h.Title, &h.Outlet, &h.Published, &h.Lang, &body); err != nil {
			return err
		}
		h.Snippet, h.Start, h.Highlights = snippet(body, want)
		res.Hits = append(res.Hits, h)
	}
	return rows.Err()
}

// facetQuery counts the matching documents by each facet's values, most
// frequent first, ties by value, facetLimit values per facet. Empty values
// are left out: an empty filter means no filter, so they could not be
// chosen. The matches are materialised once and shared by every facet.
const facetQuery = `
WITH m AS MATERIALIZED (SELECT d.id, d.outlet, d.lang, d.published %s),
f (facet, value, label, n) AS (
	SELECT 'outlet', outlet, '', count(*) FROM m WHERE outlet <> '' GROUP BY outlet
	UNION ALL
	SELECT 'lang', lang, '', count(*) FROM m WHERE lang <> '' GROUP BY lang
	UNION ALL
	SELECT 'month', substr(published, 1, 7), '', count(*) FROM m WHERE published <> '' GROUP BY 2
	UNION ALL
	SELECT 'story', s.id, max(s.label), count(DISTINCT m.id)
	FROM stories s, json_each(s.docs) j JOIN m ON m.id = j.value
	GROUP BY s.id
	UNION ALL
	SELECT 'speaker', st.speaker,
		coalesce(nullif(max(e.name), ''), min(nullif(st.speaker_name, '')), ''), count(DISTINCT m.id)
	FROM statements st JOIN m ON m.id = st.doc LEFT JOIN entities e ON e.id = st.speaker
	WHERE st.speaker <> ''
	GROUP BY st.speaker
)
SELECT facet, value, label, n FROM (
	SELECT facet, value, label, n, row_number() OVER (PARTITION BY facet ORDER BY n DESC, value) AS r FROM f
) WHERE r <= ? ORDER BY facet, r`

// facets reads the facets of all matching documents into res.
func facets(ctx context.Context, tx *sql.Tx, m match, res *parallax.SearchResult) error {
	args := append(m.args[:len(m.args):len(m.args)], facetLimit)
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(facetQuery, m.from), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var c parallax.FacetCount
		if err := rows.Scan(&name, &c.Value, &c.Label, &c.Count); err != nil {
			return err
		}
		res.Facets[name] = append(res.Facets[name], c)
	}
	return rows.Err()
}

// A term is a word, or a phrase of words in order, that a matching
// document holds.
type term []string

// parseTerms reads search text as terms: each double-quoted stretch is a
// phrase (an unbalanced quote runs to the end), and each white-space
// separated chunk outside quotes is a term of the words in it, so that
// "can't" or "2020-11-12" stay together as the index reads them. Nothing
// else is syntax: operators and punctuation are separators.
func parseTerms(text string) []term {
	var terms []term
	for i, part := range strings.Split(text, `"`) {
		chunks := []string{part}
		if i%2 == 0 { // outside quotes
			chunks = strings.Fields(part)
		}
		for _, c := range chunks {
			if ws := words(c); len(ws) > 0 {
				terms = append(terms, ws)
			}
		}
	}
	return terms
}

// ftsQuery writes terms as an FTS5 query: each an FTS5 string, joined by
// AND.
func ftsQuery(terms []term) string {
	quoted := make([]string, len(terms))
	for i, t := range terms {
		// Words hold no quotes; doubling them is FTS5's escape, kept so
		// the quoting does not rest on what words are.
		quoted[i] = `"` + strings.ReplaceAll(strings.Join(t, " "), `"`, `""`) + `"`
	}
	return strings.Join(quoted, " AND ")
}

// words returns the words of s as FTS5's default unicode61 tokenizer
// finds them, leaving out those it would fold to nothing.
func words(s string) []string {
	runes := []rune(s)
	var ws []string
	for _, t := range tokenSpans(runes) {
		ws = append(ws, string(runes[t.Start:t.End]))
	}
	return ws
}

// isWordRune says whether the unicode61 tokenizer keeps r in a token:
// letters, numbers, private use characters and the combining diacritics
// it strips. Other marks separate tokens there, and so here.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || isDiacritic(r)
}

func isDiacritic(r rune) bool { return r >= 0x300 && r <= 0x36f }

// fold returns a word as unicode61 indexes it: in lower case, combining
// diacritics dropped and accented Latin letters reduced to their base
// letter (é to e, but not Cyrillic й to и), so highlights find the forms
// the index matched.
func fold(w string) string {
	var b strings.Builder
	for _, r := range w {
		r = unicode.ToLower(r)
		if isDiacritic(r) {
			continue
		}
		if r >= 0xc0 && unicode.Is(unicode.Latin, r) {
			r, _ = utf8.DecodeRuneInString(norm.NFD.String(string(r)))
		}
		b.WriteRune(r)
	}
	return b.String()
}

// snippet returns a passage of about snippetWords words of body from a
// little before the first word in want (or from the start), its rune
// offset in body, and the rune spans in body of every word in the passage
// that is in want. The passage runs from white space to white space, so
// punctuation stuck to its first and last words stays with them.
func snippet(body string, want map[string]bool) (string, int, []parallax.Span) {
	runes := []rune(body)
	toks := tokenSpans(runes)
	spans := []parallax.Span{}
	if len(toks) == 0 {
		return "", 0, spans
	}
	first := 0
	for i, t := range toks {
		if want[fold(string(runes[t.Start:t.End]))] {
			first = i
			break
		}
	}
	from := max(0, min(first-snippetLead, len(toks)-snippetWords))
	to := min(len(toks), from+snippetWords)
	for _, t := range toks[from:to] {
		if want[fold(string(runes[t.Start:t.End]))] {
			spans = append(spans, t)
		}
	}
	start, end := toks[from].Start, toks[to-1].End
	for start > 0 && !unicode.IsSpace(runes[start-1]) {
		start--
	}
	for end < len(runes) && !unicode.IsSpace(runes[end]) {
		end++
	}
	return string(runes[start:end]), start, spans
}

// tokenSpans returns the rune spans of the words in runes: runs of word
// runes that do not fold to nothing.
func tokenSpans(runes []rune) []parallax.Span {
	var spans []parallax.Span
	start := -1
	for i := 0; i <= len(runes); i++ {
		if i < len(runes) && isWordRune(runes[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if fold(string(runes[start:i])) != "" {
				spans = append(spans, parallax.Span{Start: start, End: i})
			}
			start = -1
		}
	}
	return spans
}
