package ingest

import (
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		head string
		want format
	}{
		{"a.txt", "Talks resume in Geneva.", formatText},
		{"a.txt", "<!DOCTYPE html><html><p>x</p></html>", formatHTML},
		{"a.txt", "Plain text that mentions <p> in passing.", formatText},
		{"a.txt", `<?xml version="1.0"?><rss version="2.0"><channel>`, formatFeed},
		{"a.html", "no tags at all", formatHTML},
		{"a.HTM", "<p>x</p>", formatHTML},
		{"a.rss", "<rss>", formatFeed},
		{"a.atom", "<feed>", formatFeed},
		{"a.xml", `<?xml version="1.0" encoding="windows-1251"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">`, formatFeed},
		{"a.xml", `<?xml version="1.0"?><urlset><url>`, formatText},
		{"a.jsonl", `{"text":"x"}`, formatJSONL},
		{"a.ndjson", `{"text":"x"}`, formatJSONL},
		{"a.warc", "garbage", formatWARC},
		{"a.bin", "WARC/1.1\r\n", formatWARC},
		{"a.txt", "\x1f\x8b\x08\x00", formatGzip},
		{"noext", `  {"url":"u","html":"<p>"}`, formatJSONL},
		{"noext", "\xef\xbb\xbf<html><body>x", formatHTML},
		{"noext", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, formatFeed},
		{"noext", "Just words, no markup.", formatText},
		{"-", "<div class=story><p>x</p></div>", formatHTML},
		{"page.html.gz", "\x1f\x8b", formatGzip},
	}
	for _, tt := range tests {
		if got := detect(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("detect(%q, %q) = %d, want %d", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestBinary(t *testing.T) {
	tests := []struct {
		head string
		want string
	}{
		{"plain text\n\twith tabs\r\n", ""},
		{"\xff\xfeT\x00a\x00", ""},
		{"text\x00more", "NUL bytes"},
		{"\x01\x02\x03\x04abc", "control bytes"},
		{"\x1b$B escape sequences of ISO-2022-JP \x1b(B", ""},
	}
	for _, tt := range tests {
		if got := binary([]byte(tt.head)); got != tt.want {
			t.Errorf("binary(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}
