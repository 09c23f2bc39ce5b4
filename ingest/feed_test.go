package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

func TestParseFeed(t *testing.T) {
	type item struct {
		kind                  parallax.Kind
		url, title, published string
		data                  string
	}
	tests := []struct {
		name string
		feed string
		want []item
	}{
		{
			"rss content:encoded wins over description",
			`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title> Ceasefire holds </title><link>https://news.example/a</link><pubDate>Sat, 1 Nov 2025 06:00:00 EST</pubDate>
<description>Short.</description><content:encoded><![CDATA[<p>Full <b>story</b>.</p>]]></content:encoded></item></channel></rss>`,
			[]item{{parallax.KindHTML, "https://news.example/a", "Ceasefire holds", "2025-11-01T06:00:00-05:00", "<p>Full <b>story</b>.</p>"}},
		},
		{
			"rss escaped description, guid as link, HTML entity",
			`<rss version="2.0"><channel><item><title>Convoy&nbsp;arrives</title><guid>https://news.example/b</guid>
<description>&lt;p&gt;Aid reached Holm.&lt;/p&gt;</description><pubDate>2 Nov 2025</pubDate></item>
<item><title>Second</title><description>Plain words.</description></item></channel></rss>`,
			[]item{
				{parallax.KindHTML, "https://news.example/b", "Convoy\u00a0arrives", "2025-11-02", "<p>Aid reached Holm.</p>"},
				{parallax.KindHTML, "", "Second", "", "Plain words."},
			},
		},
		{
			"rss media:content is not content",
			`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>Photo</title>
<media:content url="https://img.example/1.jpg" medium="image"/><description>Caption text.</description></item></channel></rss>`,
			[]item{{parallax.KindHTML, "", "Photo", "", "Caption text."}},
		},
		{
			"atom html, xhtml and text content",
			`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
<entry><title>One</title><link rel="self" href="https://w.example/self"/><link href="https://w.example/1"/>
<updated>2025-11-03T10:00:00Z</updated><content type="html">&lt;p&gt;First.&lt;/p&gt;</content></entry>
<entry><title>Two</title><published>2025-11-04T09:15:00+01:00</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Second.</p></div></content></entry>
<entry><title>Three</title><content>Third &amp; last.</content></entry>
<entry><title>Four</title><summary type="html">&lt;p&gt;Only a summary.&lt;/p&gt;</summary></entry>
</feed>`,
			[]item{
				{parallax.KindHTML, "https://w.example/1", "One", "2025-11-03T10:00:00Z", "<p>First.</p>"},
				{parallax.KindHTML, "", "Two", "2025-11-04T09:15:00+01:00", `<div xmlns="http://www.w3.org/1999/xhtml"><p>Second.</p></div>`},
				{parallax.KindText, "", "Three", "", "Third & last."},
				{parallax.KindHTML, "", "Four", "", "<p>Only a summary.</p>"},
			},
		},
		{
			"rss 1.0 with dc:date",
			`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://r.example/1"><title>Old style</title><link>https://r.example/1</link><dc:date>2025-11-05T12:00:00+00:00</dc:date><description>Body.</description></item></rdf:RDF>`,
			[]item{{parallax.KindHTML, "https://r.example/1", "Old style", "2025-11-05T12:00:00Z", "Body."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []item
			err := parseFeed(strings.NewReader(tt.feed), func(it feedItem, _ string) error {
				raw, ok := it.raw()
				if !ok {
					t.Errorf("item %q has no content", it.Title)
				}
				got = append(got, item{raw.Kind, raw.URL, raw.Title, raw.Published, raw.Data})
				return nil
			})
			if err != nil {
				t.Fatalf("parseFeed: %v", err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items, want %d: %+v", len(got), len(tt.want), got)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("item %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseFeedBroken(t *testing.T) {
	feed := `<rss><channel><item><title>Kept</title><description>Read before the damage.</description></item><item><title>Lost</title><descr`
	var titles []string
	err := parseFeed(strings.NewReader(feed), func(it feedItem, _ string) error {
		titles = append(titles, it.Title)
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "parse feed") {
		t.Errorf("error %v, want a parse error", err)
	}
	if len(titles) != 1 || titles[0] != "Kept" {
		t.Errorf("items %v, want only the one before the damage", titles)
	}
}

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tue, 14 Oct 2025 09:30:00 +0200", "2025-10-14T09:30:00+02:00"},
		{"Wed, 15 Oct 2025 16:05:00 GMT", "2025-10-15T16:05:00Z"},
		{"Wed, 15 Oct 2025 16:05:00 UT", "2025-10-15T16:05:00Z"},
		{"Wed, 15 Oct 2025 16:05:00 PDT", "2025-10-15T16:05:00-07:00"},
		{"  Wed,  5 Oct 2025 16:05 +0000 ", "2025-10-05T16:05:00Z"},
		{"5 Oct 2025 16:05:00 +0300", "2025-10-05T16:05:00+03:00"},
		{"2025-10-16T07:45:00.123+02:00", "2025-10-16T07:45:00+02:00"},
		{"2025-10-16T07:45:00Z", "2025-10-16T07:45:00Z"},
		{"2025-10-16 07:45:00", "2025-10-16"},
		{"2025-10-16", "2025-10-16"},
		{"October 16, 2025", "2025-10-16"},
		{"yesterday", ""},
		{"", ""},
		{"2025-13-45", ""},
	}
	for _, tt := range tests {
		if got := normDate(tt.in); got != tt.want {
			t.Errorf("normDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<rss><channel><item><title>a</title><link>https://x.example/</link><description>&lt;p&gt;b&lt;/p&gt;</description><pubDate>Tue, 14 Oct 2025 09:30:00 +0200</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><content type="xhtml"><div>x</div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := decode(data, "", markupDoc)
		parseFeed(strings.NewReader(text), func(it feedItem, _ string) error {
			raw, _ := it.raw()
			for _, s := range []string{raw.Data, raw.Title, raw.URL, raw.Published} {
				if !utf8.ValidString(s) {
					t.Fatalf("item field %q is not valid UTF-8", s)
				}
			}
			return nil
		})
	})
}

func TestParseFeedOutlet(t *testing.T) {
	tests := []struct{ name, feed, want string }{
		{"rss channel title", `<rss><channel><title> Border  Monitor </title><item><title>Item title</title><description>x</description></item></channel></rss>`, "Border Monitor"},
		{"atom feed title", `<feed xmlns="http://www.w3.org/2005/Atom"><title>Press desk</title><entry><title>Entry title</title><content>x</content></entry></feed>`, "Press desk"},
		{"no feed title", `<rss><channel><item><title>Only the item</title><description>x</description></item></channel></rss>`, ""},
	}
	for _, tt := range tests {
		var got []string
		if err := parseFeed(strings.NewReader(tt.feed), func(_ feedItem, outlet string) error {
			got = append(got, outlet)
			return nil
		}); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: outlets %q, want [%q]", tt.name, got, tt.want)
		}
	}
}

func TestFeedItems(t *testing.T) {
	long := strings.Repeat("x", maxItemID+1)
	rss := "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>Caf\xe9 News</title>" +
		`<item><guid isPermaLink="false">g-1</guid><link>https://a.example/1</link><title>One</title></item>` +
		`<item><link>https://a.example/2</link><title>Two</title><description>Body two</description></item>` +
		`<item><title>Three</title><description>Body three</description></item>` +
		`<item><guid>` + long + `</guid><title>Four</title></item>` +
		`</channel></rss>`
	items, isFeed, err := FeedItems([]byte(rss), "application/rss+xml; charset=windows-1252")
	if !isFeed || err != nil || len(items) != 4 {
		t.Fatalf("FeedItems = %d items, %v, %v; want 4, a feed", len(items), isFeed, err)
	}
	wantIDs := []string{"g-1", "https://a.example/2", parallax.DocID("Three", "Body three"), parallax.DocID("Four", long)}
	for i, it := range items {
		if it.ID != wantIDs[i] {
			t.Errorf("item %d: id %q; want %q", i, it.ID, wantIDs[i])
		}
		if it.Raw.Outlet != "Café News" {
			t.Errorf("item %d: outlet %q; want the feed's title, decoded", i, it.Raw.Outlet)
		}
	}
	if items[0].Raw.URL != "https://a.example/1" || items[0].Raw.Data != "" || items[1].Raw.Data != "Body two" {
		t.Errorf("items read as %+v", items)
	}
	atom := `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>tag:a.example,2026:1</id>` +
		`<link href="https://a.example/x"/><title>X</title></entry></feed>`
	if items, _, _ := FeedItems([]byte(atom), ""); len(items) != 1 || items[0].ID != "tag:a.example,2026:1" {
		t.Errorf("Atom entry read as %+v; want its id", items)
	}
	for _, page := range []string{"<!doctype html><html><body>news</body></html>", "plain text", ""} {
		if items, isFeed, err := FeedItems([]byte(page), "text/html"); isFeed || len(items) != 0 || err != nil {
			t.Errorf("FeedItems(%q) = %v, %v, %v; want no feed", page, items, isFeed, err)
		}
	}
}
