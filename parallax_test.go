package parallax_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestDocID(t *testing.T) {
	base := parallax.DocID("Talks stall", "Monitors found tanks.\n\nThe council said so.")
	tests := []struct {
		name, title, body string
		same              bool
	}{
		{"identical", "Talks stall", "Monitors found tanks.\n\nThe council said so.", true},
		{"spacing and case folded", "  talks  STALL ", "Monitors   found tanks.\r\n\r\n\tThe council said so. ", true},
		{"a changed word", "Talks stall", "Monitors found trucks.\n\nThe council said so.", false},
		{"a changed title", "Talks resume", "Monitors found tanks.\n\nThe council said so.", false},
	}
	for _, tt := range tests {
		got := parallax.DocID(tt.title, tt.body)
		if (got == base) != tt.same {
			t.Errorf("%s: DocID = %s, base %s, want same=%v", tt.name, got, base, tt.same)
		}
	}
	if len(base) != 16 {
		t.Errorf("DocID length %d, want 16 hex digits", len(base))
	}
}

func TestErrorCode(t *testing.T) {
	err := fmt.Errorf("open: %w", parallax.Errorf(parallax.ENotFound, "document %s", "x"))
	if got := parallax.ErrorCode(err); got != parallax.ENotFound {
		t.Errorf("ErrorCode = %q, want %q", got, parallax.ENotFound)
	}
	if got := parallax.ErrorCode(errors.New("boom")); got != parallax.EInternal {
		t.Errorf("ErrorCode(plain) = %q, want internal", got)
	}
	if got := parallax.ErrorCode(nil); got != "" {
		t.Errorf("ErrorCode(nil) = %q, want empty", got)
	}
}

func TestFillMissing(t *testing.T) {
	dated := parallax.Document{Source: "a.html", URL: "https://wire.example.org/a", Outlet: "Wire", Author: "Ida Brandt",
		Published: "2023-04-10", PublishedBasis: "the page's meta date", Comments: []parallax.Comment{{Author: "r", Text: "Again?"}}}
	bare := parallax.Document{Source: "b.txt", PublishedBasis: "no date on the page"}
	tests := []struct {
		name     string
		d, other parallax.Document
		want     parallax.Document
	}{
		{"a bare page takes everything", bare, dated, parallax.Document{Source: "b.txt", URL: dated.URL, Outlet: "Wire",
			Author: "Ida Brandt", Published: "2023-04-10", PublishedBasis: "the page's meta date", Comments: dated.Comments}},
		{"a full page keeps its own", dated, parallax.Document{URL: "https://mirror.example.net/a", Outlet: "Mirror",
			Author: "Someone", Published: "2023-05-01", PublishedBasis: "guess", Comments: []parallax.Comment{{Text: "x"}}}, dated},
		{"no date from either keeps the first reason", bare, parallax.Document{PublishedBasis: "no date in the feed"}, bare},
		{"only the empty fields", parallax.Document{Author: "Own Byline", Published: "2023-01-02", PublishedBasis: "text"}, dated,
			parallax.Document{URL: dated.URL, Outlet: "Wire", Author: "Own Byline", Published: "2023-01-02", PublishedBasis: "text",
				Comments: dated.Comments}},
	}
	for _, tt := range tests {
		got := tt.d
		got.FillMissing(tt.other)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestPutResultString(t *testing.T) {
	for res, want := range map[parallax.PutResult]string{
		parallax.Added: "new", parallax.Unchanged: "duplicate", parallax.Revised: "revision", parallax.Copied: "copy",
		parallax.PutResult(-1): "unknown",
	} {
		if got := res.String(); got != want {
			t.Errorf("PutResult(%d).String() = %q, want %q", int(res), got, want)
		}
	}
}

func TestSiteOf(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.Northgate.example/world/1?x=2": "northgate.example",
		"http://wire.example:8080/a":                "wire.example",
		" https://news.example ":                    "news.example",
		"javascript:alert(1)":                       "",
		"ftp://files.example/a":                     "",
		"pages/a.html":                              "",
		"":                                          "",
		"http://[::1":                               "",
	} {
		if got := parallax.SiteOf(in); got != want {
			t.Errorf("SiteOf(%q) = %q, want %q", in, got, want)
		}
	}
}
