package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/parallax-news/parallax/internal/testcorpus"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// datePage is one page of the publication-date benchmark.
type datePage struct {
	key, url, html string
	date           string // "" when the page has no known date
	tuning         bool   // in the half used to tune the rules
}

func loadDatePages(t testing.TB) []datePage {
	t.Helper()
	dir := testcorpus.Dir(t, "bench/dates")
	f, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		Date *string `json:"date"`
		URL  string  `json:"url"`
	}
	if err := json.Unmarshal(f, &truth); err != nil {
		t.Fatalf("read date truth: %v", err)
	}
	keys := make([]string, 0, len(truth))
	for k := range truth {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pages := make([]datePage, 0, len(keys))
	for i, k := range keys {
		data, err := readGzip(filepath.Join(dir, "html", k+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		p := datePage{key: k, url: truth[k].URL, html: decodePage(data), tuning: i%2 == 0}
		if d := truth[k].Date; d != nil {
			p.date = *d
		}
		pages = append(pages, p)
	}
	return pages
}

// decodePage decodes page bytes to UTF-8 as a browser would: a byte order
// mark decides, then bytes that are valid UTF-8 are taken as such whatever
// the page declares, then the declared charset, then windows-1252.
func decodePage(b []byte) string {
	_, name, certain := charset.DetermineEncoding(b, "text/html")
	if !certain || name == "utf-8" {
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		if utf8.Valid(b) {
			return string(b)
		}
		if name == "utf-8" {
			name = "windows-1252"
		}
	}
	enc, _ := charset.Lookup(name)
	if enc == nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// dateCounts counts answers the way the benchmark does: a page with no
// known date can never be right.
type dateCounts struct{ tp, fp, fn int }

func (c *dateCounts) add(got, want string) {
	switch {
	case got == "":
		c.fn++
	case want != "" && strings.HasPrefix(got, want):
		c.tp++
	default:
		c.fp++
	}
}

func (c dateCounts) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c dateCounts) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c dateCounts) f() float64         { return ratio(2*c.tp, 2*c.tp+c.fp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreDates measures a date finder on the tuning half, the test half and
// all pages.
func scoreDates(pages []datePage, find func(datePage) string, perPage func(datePage, string)) (tune, test, all dateCounts) {
	for _, p := range pages {
		got := find(p)
		if perPage != nil {
			perPage(p, got)
		}
		all.add(got, p.date)
		if p.tuning {
			tune.add(got, p.date)
		} else {
			test.add(got, p.date)
		}
	}
	return tune, test, all
}

func logDates(t *testing.T, name string, tune, test, all dateCounts) {
	t.Helper()
	for _, h := range []struct {
		half string
		c    dateCounts
	}{{"tune", tune}, {"test", test}, {"all", all}} {
		t.Logf("%-22s %-4s P %.4f  R %.4f  F %.4f  (tp %d fp %d fn %d)", name, h.half, h.c.precision(), h.c.recall(), h.c.f(), h.c.tp, h.c.fp, h.c.fn)
	}
}

// htmldateExtensive is the reference: go-htmldate in extensive mode asking
// for the original publication date, without the URL.
func htmldateExtensive(p datePage) string {
	root, err := html.Parse(strings.NewReader(p.html))
	if err != nil {
		return ""
	}
	res, err := htmldate.FromDocument(root, htmldate.Options{UseOriginalDate: true})
	if err != nil || res.DateTime.IsZero() {
		return ""
	}
	return res.DateTime.Format("2006-01-02")
}

// Floors a little below the figures measured when the rules were set,
// without the URL (F 0.963 on all pages, 0.977 on the tuning half, 0.949
// on the other).
const (
	minDateF     = 0.955
	minDateTuneF = 0.968
	minDateTestF = 0.940
)

func TestDateBenchmarkAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the publication-date benchmark")
	}
	pages := loadDatePages(t)
	if os.Getenv("PARALLAX_BASELINE") != "" {
		tune, test, all := scoreDates(pages, htmldateExtensive, nil)
		logDates(t, "htmldate extensive", tune, test, all)
	}
	tune, test, all := scoreDates(pages, func(p datePage) string { return ourDate(p, "") }, nil)
	logDates(t, "parallax, no URL", tune, test, all)
	if all.f() < minDateF || tune.f() < minDateTuneF || test.f() < minDateTestF {
		t.Errorf("publication date F fell: all %.4f (floor %.3f), tune %.4f (%.3f), test %.4f (%.3f)",
			all.f(), minDateF, tune.f(), minDateTuneF, test.f(), minDateTestF)
	}
	tune, test, all = scoreDates(pages, func(p datePage) string { return ourDate(p, p.url) }, nil)
	logDates(t, "parallax, with URL", tune, test, all)
}

// ourDate finds the date as fromHTML does: comments are removed first.
func ourDate(p datePage, url string) string {
	root, err := html.Parse(strings.NewReader(p.html))
	if err != nil {
		return ""
	}
	m := readMeta(root)
	splitComments(root)
	d, _ := publishedDate(root, &m, url, time.Now())
	return d
}
