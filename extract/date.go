package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// earliestDate is the first day a web page can have been published on.
var earliestDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// metaDateKeys are <meta> names and properties that publishing systems use
// for the date an article first appeared, most explicit first.
var metaDateKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "article.published", "published_time", "published-date",
	"publish-date", "publishdate", "pubdate", "parsely-pub-date", "sailthru.date",
	"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
	"dc.date", "dcterms.date", "date", "article:published", "cxenseparse:recs:publishtime",
}

// publishedDate returns when the page was published, YYYY-MM-DD or RFC 3339
// with the page's own offset, and the signal it was read from. In order: a
// revision date the page prints while it does not print its first
// publication date; a publication timestamp in metadata with the
// publisher's own offset; the search of the whole page by go-htmldate
// (original date, extensive mode), unless it found only a copyright or a
// year; a publication date in metadata; the first day the page prints.
// Dates more than a day after now are not plausible.
func publishedDate(root *html.Node, m *pageMeta, pageURL string, now time.Time) (date, basis string) {
	latest := now.Add(24 * time.Hour)
	printed := sync.OnceValue(func() []printedDay { return printedDays(visibleText(root)) })
	sd, sbasis, ok := structuredDate(m, latest)
	if ok {
		if md, mbasis, shown := shownRevision(printed, m, sd, latest); shown {
			return md.String(), mbasis
		}
	}
	// A timestamp with the publisher's own offset is the most explicit
	// statement there is. One in UTC may fall on another day than the
	// one the page shows its readers, so the page's text is searched.
	if ok && sd.hasOffset && sd.t.UTC() != sd.t {
		return sd.String(), sbasis
	}
	res, err := htmldate.FromDocument(root, htmldate.Options{UseOriginalDate: true, URL: pageURL, MaxDate: latest})
	found := err == nil && !res.DateTime.IsZero() && !res.DateTime.After(latest)
	switch {
	case found && isCopyright(res.SrcString):
		// A copyright notice gives the year the site last changed it.
		found = false
	case found && yearOnly(res):
		// A year alone is no day: the search fills in the first of January.
		found = false
	case found:
		day := searchedDate(res)
		if p, ok := onlyPrintedDay(printed(), latest); ok && p.t.Format(time.DateOnly) != day {
			// The search read a date readers do not see, while the
			// page shows them one day alone: that day is the article's.
			return p.t.Format(time.DateOnly), fmt.Sprintf("text: %q, the only date printed", p.src)
		}
		return day, fmt.Sprintf("page search: %q", clip(res.SrcString, 80))
	}
	if ok {
		return sd.String(), sbasis
	}
	// Without metadata or a date the search trusts, the first day the
	// page prints is the likeliest: dates head articles.
	for _, p := range printed() {
		if !p.t.Before(earliestDate) && !p.t.After(latest) {
			return p.t.Format(time.DateOnly), fmt.Sprintf("text: %q, the first date printed", p.src)
		}
	}
	return "", "no date found"
}

// onlyPrintedDay returns the day the page prints when it prints exactly
// one plausible day, however often.
func onlyPrintedDay(days []printedDay, latest time.Time) (printedDay, bool) {
	var only printedDay
	for _, p := range days {
		switch {
		case p.t.Before(earliestDate) || p.t.After(latest):
		case only.t.IsZero():
			only = p
		case !sameDay(only.t, p.t):
			return printedDay{}, false
		}
	}
	return only, !only.t.IsZero()
}

// copyright matches a copyright notice.
var copyright = regexp.MustCompile(`(?i)(©|&copy;|\(c\)\s*\d|copyright|all rights reserved)`)

func isCopyright(src string) bool { return copyright.MatchString(src) }

// yearOnly reports whether the search found a year and no day: it then
// answers the first of January, a day the source does not state.
func yearOnly(res htmldate.Result) bool {
	t := res.DateTime
	if t.Month() != time.January || t.Day() != 1 {
		return false
	}
	for _, f := range []string{"20060102", "2006/01/01", "2006-01"} {
		if strings.Contains(res.SrcString, t.Format(f)) {
			return false
		}
	}
	return !dateShown(printedDays(res.SrcString), t)
}

// dottedDate matches a day written D. M. YYYY, the order of every
// language that separates the parts of a date with dots.
var dottedDate = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.\s*(\d{1,2})\.\s*((?:19|20)\d\d)(?:[^\d]|$)`)

// searchedDate formats the date the page search found, reading a date
// written with dots day first even when the search read it month first.
func searchedDate(res htmldate.Result) string {
	t := res.DateTime
	if m := dottedDate.FindStringSubmatch(res.SrcString); m != nil {
		day, _ := strconv.Atoi(m[1])
		month, _ := strconv.Atoi(m[2])
		year, _ := strconv.Atoi(m[3])
		if month >= 1 && month <= 12 && day >= 1 && day <= 31 && year == t.Year() && int(t.Month()) == day && t.Day() == month {
			t = time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		}
	}
	return t.Format(time.DateOnly)
}

// structuredDate returns the first plausible publication date the page's
// metadata states.
func structuredDate(m *pageMeta, latest time.Time) (date stated, basis string, ok bool) {
	try := func(v string) bool {
		d, err := parseDate(v)
		if err != nil || d.t.Before(earliestDate) || d.t.After(latest) {
			return false
		}
		date = d
		return true
	}
	if v := m.ldString("datePublished"); v != "" && try(v) {
		return date, "json-ld datePublished", true
	}
	for _, k := range metaDateKeys {
		if v, found := m.meta[k]; found && try(v) {
			return date, "meta " + k, true
		}
	}
	for _, te := range m.times {
		if te.prop == "datepublished" && try(te.value) {
			return date, "itemprop datePublished", true
		}
	}
	for _, te := range m.times {
		if te.pubdate && try(te.value) {
			return date, "<time pubdate>", true
		}
	}
	return stated{}, "", false
}

// metaModifiedKeys are <meta> names for the date an article was last
// revised.
var metaModifiedKeys = []string{"article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"}

// shownRevision returns the page's revision date when the page prints
// that date to its readers and not the first publication date: the
// revision is then the date the page presents as its own.
func shownRevision(printed func() []printedDay, m *pageMeta, pub stated, latest time.Time) (stated, string, bool) {
	v, basis := m.ldString("dateModified"), "json-ld dateModified"
	if v == "" {
		for _, k := range metaModifiedKeys {
			if v = m.meta[k]; v != "" {
				basis = "meta " + k
				break
			}
		}
	}
	mod, err := parseDate(v)
	if err != nil || !mod.t.After(pub.t) || mod.t.After(latest) || sameDay(mod.t, pub.t) {
		return stated{}, "", false
	}
	days := printed()
	if !dateShown(days, mod.t) || dateShown(days, pub.t) {
		return stated{}, "", false
	}
	return mod, basis + " (the date the page shows; its publication date is not shown)", true
}

func sameDay(a, b time.Time) bool {
	return a.Format(time.DateOnly) == b.Format(time.DateOnly)
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	s = collapseSpace(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// stated is a date as a page states it: with a time and an offset, or a
// calendar day alone.
type stated struct {
	t         time.Time
	hasOffset bool
}

// String returns the day, or the full timestamp in the page's own offset
// when the page gave one.
func (d stated) String() string {
	if d.hasOffset {
		return d.t.Format(time.RFC3339)
	}
	return d.t.Format(time.DateOnly)
}

// isoLayouts are the forms of ISO 8601 that metadata uses, with an offset
// first.
var (
	offsetLayouts = []string{
		time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00",
		"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02T15:04:05.999999999Z0700",
		time.RFC1123Z, time.RFC1123,
	}
	localLayouts = []string{
		"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05",
		"2006-01-02 15:04", time.DateOnly, "2006/01/02", "20060102",
	}
)

// parseDate reads a date as metadata writes it: ISO 8601 (with or without a
// time and offset), RFC 1123, or a day written with slashes.
func parseDate(s string) (stated, error) {
	s = strings.TrimSpace(s)
	if len(s) > 64 {
		return stated{}, fmt.Errorf("parse date %.20q…: too long", s)
	}
	for _, l := range offsetLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return stated{t: t, hasOffset: l != time.RFC1123}, nil
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return stated{t: t}, nil
		}
	}
	// A day followed by a time in a form not listed: the day is enough.
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return stated{t: t}, nil
		}
	}
	return stated{}, fmt.Errorf("parse date %q: not a form metadata uses", s)
}
