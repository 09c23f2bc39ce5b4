package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// pageDate finds the publication date of a page as fromHTML does.
func pageDate(t *testing.T, page, url string) (string, string) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(root)
	splitComments(root)
	return publishedDate(root, &m, url, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
}

func TestPublishedDate(t *testing.T) {
	const article = `<p>The council voted on the new budget after a long debate about school funding and road repairs in the northern district.</p>`
	tests := []struct {
		name, page, want, basis string
	}{
		{"json-ld with offset",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-02T21:30:00-04:00"}</script>` + article,
			"2023-05-02T21:30:00-04:00", "json-ld datePublished"},
		{"json-ld in a graph",
			`<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"BlogPosting","datePublished":"2022-11-08T10:00:00+01:00"}]}</script>` + article,
			"2022-11-08T10:00:00+01:00", "json-ld datePublished"},
		{"open graph meta",
			`<meta property="article:published_time" content="2021-07-19T06:05:00+02:00">` + article,
			"2021-07-19T06:05:00+02:00", "meta article:published_time"},
		{"itemprop element",
			`<span itemprop="datePublished" content="2020-02-03T12:00:00+09:00">3 Feb</span>` + article,
			"2020-02-03T12:00:00+09:00", "itemprop datePublished"},
		{"time pubdate",
			`<time datetime="2019-09-30T08:00:00-07:00" pubdate>Sept 30</time>` + article,
			"2019-09-30T08:00:00-07:00", "<time pubdate>"},
		{"printed day, dotted day first",
			`<p class="date">Veröffentlicht am 4. 2. 2022</p>` + article,
			"2022-02-04", "text: \"4. 2. 2022\""},
		{"the only day printed beats a date hidden in markup",
			`<meta name="date" content="2021-03-02"><p class="dateline">Posted on 9 March 2021</p>` + article,
			"2021-03-09", "text: \"9 March 2021\", the only date printed"},
		{"copyright year is no date",
			article + `<footer>© 2021 Northern Herald</footer>`,
			"", "no date found"},
		{"future date refused",
			`<meta property="article:published_time" content="2031-01-01T00:00:00+01:00">` + article,
			"", "no date found"},
		{"revision shown instead of publication",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-03T09:00:00Z","dateModified":"2020-01-09T10:00:00Z"}</script>` +
				`<p class="meta">Thursday, 9 January 2020</p>` + article,
			"2020-01-09T10:00:00Z", "json-ld dateModified"},
		{"comment dates ignored",
			article + `<ol><li id="comment-7" class="comment"><span class="comment-author">Ola</span><time datetime="2024-12-01T10:00">1 Dec 2024</time><div class="comment-content"><p>Good news.</p></div></li></ol>`,
			"", "no date found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, basis := pageDate(t, "<html><body>"+tc.page+"</body></html>", "")
			if got != tc.want || !strings.HasPrefix(basis, tc.basis) {
				t.Errorf("got %q (%s), want %q (%s…)", got, basis, tc.want, tc.basis)
			}
		})
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"2020-06-07T23:30:00-05:00", "2020-06-07T23:30:00-05:00", false},
		{"2020-06-07T23:30:00.123Z", "2020-06-07T23:30:00Z", false},
		{"2020-06-07T23:30:00+0200", "2020-06-07T23:30:00+02:00", false},
		{"2020-06-07T23:30:00", "2020-06-07", false},
		{"2020-06-07", "2020-06-07", false},
		{"2020/06/07", "2020-06-07", false},
		{"Sun, 07 Jun 2020 23:30:00 +0200", "2020-06-07T23:30:00+02:00", false},
		{"2020-06-07 at noon", "2020-06-07", false},
		{"yesterday", "", true},
		{"2020-13-45", "", true},
		{"", "", true},
		{strings.Repeat("2020", 40), "", true},
	}
	for _, tc := range tests {
		d, err := parseDate(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("parseDate(%q) error = %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if err == nil && d.String() != tc.want {
			t.Errorf("parseDate(%q) = %s, want %s", tc.in, d, tc.want)
		}
	}
}

func TestPrintedDays(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Published 3 May 2020, updated May 5, 2020", []string{"2020-05-03", "2020-05-05"}},
		{"Stand: 14.03.2024, 08:30 Uhr", []string{"2024-03-14"}},
		{"le 11 septembre 2018 à 12:57", []string{"2018-09-11"}},
		{"12 de marzo de 2021", []string{"2021-03-12"}},
		{"posted 2019-10-18T17:08", []string{"2019-10-18"}},
		{"on 25/12/2019", []string{"2019-12-25"}},
		{"31.02.2020 is no day; nor is 13 Smarch 2020", nil},
		{"", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range printedDays(tc.text) {
			got = append(got, p.t.Format(time.DateOnly))
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("printedDays(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
