package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"golang.org/x/text/encoding/charmap"
)

// collect returns a walker that gathers documents and reported errors.
func collect(docs *[]parallax.Raw, errs *[]error) *walker {
	return &walker{
		ctx:     context.Background(),
		opt:     Options{MaxSize: DefaultMaxSize},
		fn:      func(r parallax.Raw) error { *docs = append(*docs, r); return nil },
		onErr:   func(err error) { *errs = append(*errs, err) },
		active:  map[string]bool{},
		visited: map[string]bool{},
	}
}

// warcRec writes one WARC record with the given line end.
func warcRec(eol, typ, uri string, block string, extra ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.0%sWARC-Type: %s%s", eol, typ, eol)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s%sWARC-Date: 2025-11-01T12:00:00Z%s", uri, eol, eol)
	}
	for _, e := range extra {
		b.WriteString(e + eol)
	}
	fmt.Fprintf(&b, "Content-Type: application/http; msgtype=response%sContent-Length: %d%s%s%s%s%s", eol, len(block), eol, eol, block, eol, eol)
	return b.String()
}

func httpResp(status, headers, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body
}

func TestWARC(t *testing.T) {
	page := "<html><body><p>Talks resume in Geneva.</p></body></html>"
	ruPage := string(encodeWith(t, charmap.KOI8R, "<html><body><p>Переговоры возобновятся в Женеве.</p></body></html>"))
	tests := []struct {
		name     string
		warc     string
		urls     []string
		contains string
		charset  string
		err      string
	}{
		{"CRLF", warcRec("\r\n", "response", "https://a.example/1", httpResp("200 OK", "Content-Type: text/html\r\n", page)),
			[]string{"https://a.example/1"}, "Talks resume", "utf-8", ""},
		{"LF only and URI in angle brackets", warcRec("\n", "response", "<https://a.example/2>", httpResp("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page)),
			[]string{"https://a.example/2"}, "Talks resume", "utf-8", ""},
		{"chunked payload", warcRec("\r\n", "response", "https://a.example/3", httpResp("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page), page))),
			[]string{"https://a.example/3"}, "Talks resume", "utf-8", ""},
		{"gzip payload", warcRec("\r\n", "response", "https://a.example/4", httpResp("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", string(gzipBytes(t, []byte(page))))),
			[]string{"https://a.example/4"}, "Talks resume", "utf-8", ""},
		{"charset from HTTP header", warcRec("\r\n", "response", "https://a.example/5", httpResp("200 OK", "Content-Type: text/html; charset=koi8-r\r\n", ruPage)),
			[]string{"https://a.example/5"}, "Переговоры возобновятся", "koi8-r", ""},
		{"HTML sniffed without Content-Type", warcRec("\r\n", "response", "https://a.example/6", httpResp("200 OK", "", page)),
			[]string{"https://a.example/6"}, "Talks resume", "utf-8", ""},
		{"continued header line", warcRec("\r\n", "response", "https://a.example/7", httpResp("200 OK", "Content-Type: text/html\r\n", page), "WARC-Warcinfo-ID: <urn:uuid:1>", "  continued"),
			[]string{"https://a.example/7"}, "Talks resume", "utf-8", ""},
		{"skipped records", warcRec("\r\n", "request", "https://a.example/8", "GET / HTTP/1.1\r\n\r\n") +
			warcRec("\r\n", "response", "https://a.example/9", httpResp("404 Not Found", "Content-Type: text/html\r\n", page)) +
			warcRec("\r\n", "response", "https://a.example/10", httpResp("200 OK", "Content-Type: application/pdf\r\n", "%PDF-1.4")) +
			warcRec("\r\n", "revisit", "https://a.example/1", "") +
			warcRec("\r\n", "response", "https://a.example/11", httpResp("200 OK", "Content-Type: text/html\r\n", page)),
			[]string{"https://a.example/11"}, "Talks resume", "utf-8", ""},
		{"bad Content-Length", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: ten\r\n\r\n", nil, "", "", `bad Content-Length "ten"`},
		{"missing version line", "HTTP/1.1 200 OK\r\n\r\n", nil, "", "", "expected a WARC version line"},
		{"truncated headers", "WARC/1.0\r\nWARC-Type: resp", nil, "", "", "truncated WARC: record 1"},
		{"truncated block", warcRec("\r\n", "response", "https://a.example/1", httpResp("200 OK", "Content-Type: text/html\r\n", page)) + "WARC/1.0\r\nContent-Length: 100\r\n\r\nshort",
			[]string{"https://a.example/1"}, "Talks resume", "utf-8", "truncated WARC: record 2: block ends 95 of 100 bytes early"},
		{"header line without colon", "WARC/1.0\r\nnonsense\r\n\r\n", nil, "", "", "bad header line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []parallax.Raw
			var errs []error
			w := collect(&docs, &errs)
			err := w.warc("x.warc", bufio.NewReader(strings.NewReader(tt.warc)))
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("error %v, want %q", err, tt.err)
			}
			if len(errs) > 0 {
				t.Errorf("reported %v", errs)
			}
			var urls []string
			for _, d := range docs {
				urls = append(urls, d.URL)
				if !strings.Contains(d.Data, tt.contains) || d.Charset != tt.charset || d.Kind != parallax.KindHTML {
					t.Errorf("%s: %s %s %q, want html %s containing %q", d.Source, d.Kind, d.Charset, d.Data, tt.charset, tt.contains)
				}
			}
			if fmt.Sprint(urls) != fmt.Sprint(tt.urls) {
				t.Errorf("urls %v, want %v", urls, tt.urls)
			}
		})
	}
}

func TestWARCBadHTTP(t *testing.T) {
	page := "<html><body><p>Talks resume.</p></body></html>"
	warc := warcRec("\r\n", "response", "https://a.example/1", "HTTP/1.1 abc\r\n\r\n") +
		warcRec("\r\n", "response", "https://a.example/2", httpResp("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", page)) +
		warcRec("\r\n", "response", "https://a.example/3", httpResp("200 OK", "Content-Type: text/html\r\n", page))
	var docs []parallax.Raw
	var errs []error
	if err := collect(&docs, &errs).warc("x.warc", bufio.NewReader(strings.NewReader(warc))); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Source != "x.warc#3" {
		t.Errorf("got %d documents, want x.warc#3 only", len(docs))
	}
	want := []string{"x.warc#1: bad HTTP response", `x.warc#2: HTTP payload: unsupported Content-Encoding "br"`}
	if len(errs) != len(want) {
		t.Fatalf("errors %v, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %q, want it to start with %q", errs[i], w)
		}
	}
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(warcRec("\r\n", "response", "https://a.example/1", httpResp("200 OK", "Content-Type: text/html; charset=windows-1251\r\n", "<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"))))
	f.Add([]byte("WARC/1.1\nContent-Length: 3\n\nabc\n\nWARC/1.1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var docs []parallax.Raw
		var errs []error
		w := collect(&docs, &errs)
		w.opt.MaxSize = 1 << 20
		w.warc("f.warc", bufio.NewReader(bytes.NewReader(data)))
		for _, d := range docs {
			if !utf8.ValidString(d.Data) || !utf8.ValidString(d.URL) {
				t.Fatalf("%s: not valid UTF-8", d.Source)
			}
		}
	})
}
