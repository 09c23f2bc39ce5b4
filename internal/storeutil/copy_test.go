package storeutil

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestNewSources(t *testing.T) {
	stored := parallax.Document{Source: "a.html", Copies: []string{"b.txt"}}
	tests := []struct {
		name string
		d    parallax.Document
		want []string
	}{
		{"its own source", parallax.Document{Source: "a.html"}, nil},
		{"a known copy", parallax.Document{Source: "b.txt"}, nil},
		{"a new source", parallax.Document{Source: "c.html"}, []string{"c.html"}},
		{"new copies each once, in order", parallax.Document{Source: "b.txt", Copies: []string{"e.txt", "a.html", "d.txt", "e.txt"}},
			[]string{"e.txt", "d.txt"}},
		{"no empty source", parallax.Document{Copies: []string{"", "f.txt"}}, []string{"f.txt"}},
	}
	for _, tt := range tests {
		if got := NewSources(stored, tt.d); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: NewSources = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDocumentValuesCleansCopies(t *testing.T) {
	values, err := DocumentValues(parallax.Document{ID: "d1", Source: "a.html", Copies: []string{"a.html", "b.txt", "b.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	if values[14] != `["b.txt"]` {
		t.Errorf("copies stored as %v, want each once without the document's own source", values[14])
	}
}

func TestCopy(t *testing.T) {
	stored := parallax.Document{ID: "d1", Source: "a.html", Author: "Own Byline", Copies: []string{"b.txt"}, Revision: 1}
	d := parallax.Document{ID: "d1", Source: "c.html", URL: "https://wire.example.org/c", Outlet: "Wire", Author: "Other"}
	got := Copy(stored, d, []string{"c.html"}, false)
	want := parallax.Document{ID: "d1", Source: "a.html", URL: d.URL, Outlet: "Wire", Author: "Own Byline",
		Copies: []string{"b.txt", "c.html"}, Revision: 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Copy:\n got %+v\nwant %+v", got, want)
	}
	if len(stored.Copies) != 1 {
		t.Errorf("Copy changed the stored document's copies to %q", stored.Copies)
	}
	want.URL = ""
	if got := Copy(stored, d, []string{"c.html"}, true); !reflect.DeepEqual(got, want) {
		t.Errorf("Copy with the URL taken:\n got %+v\nwant %+v", got, want)
	}
}

func TestCopyValues(t *testing.T) {
	d := parallax.Document{URL: "u", Outlet: "o", Author: "a", Published: "2024-01-02", PublishedBasis: "b",
		Comments: []parallax.Comment{{Text: "hi"}}, Copies: []string{"x.txt"}}
	got, err := CopyValues(d)
	if err != nil {
		t.Fatal(err)
	}
	want := []any{"u", "o", "a", "2024-01-02", "b", `[{"author":"","display_name":"","time":"","depth":0,"text":"hi"}]`, `["x.txt"]`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CopyValues = %q, want %q", got, want)
	}
	if n := len(strings.Split(CopyColumns, ",")); n != len(got) {
		t.Errorf("%d values for %d columns", len(got), n)
	}
}

func TestScanSources(t *testing.T) {
	d, err := ScanSources(row{"a.html", `["b.txt"]`}, "d1")
	if err != nil || d.Source != "a.html" || !reflect.DeepEqual(d.Copies, []string{"b.txt"}) {
		t.Errorf("ScanSources = %+v, %v; want a.html with copy b.txt", d, err)
	}
	if d, err := ScanSources(row{"a.html", "null"}, "d1"); err != nil || d.Copies != nil {
		t.Errorf("ScanSources of no copies = %+v, %v; want nil copies", d, err)
	}
	if _, err := ScanSources(row{"a.html", "[unclosed"}, "d1"); err == nil || !strings.Contains(err.Error(), "document d1: decode copies") {
		t.Errorf("ScanSources of bad JSON: %v, want it to name the document and the list", err)
	}
	broken := errors.New("connection lost")
	if _, err := ScanSources(failingRow{broken}, "d1"); !errors.Is(err, broken) {
		t.Errorf("ScanSources of a failing row: %v, want %v", err, broken)
	}
}
