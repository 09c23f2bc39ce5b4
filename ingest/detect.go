package ingest

import (
	"bytes"
	"encoding/xml"
	"path/filepath"
	"strings"
)

// format is how an input's bytes are laid out.
type format int

const (
	formatText format = iota
	formatHTML
	formatFeed
	formatWARC
	formatJSONL
	formatGzip
)

// sniffLen is how much of an input is looked at to recognise it.
const sniffLen = 4096

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// detect recognises an input's format. Signatures that cannot be mistaken
// (gzip magic, a WARC version line, a feed's root element, an HTML document
// type) win over the name; the name decides next; content is sniffed last,
// for names that say nothing.
func detect(name string, head []byte) format {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return formatGzip
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return formatWARC
	}
	lead := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".warc":
		return formatWARC
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".rss", ".atom":
		return formatFeed
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatHTML
	case ".txt", ".text":
		switch {
		case isFeed(lead):
			return formatFeed
		case isHTMLDocument(lead):
			return formatHTML
		}
		return formatText
	}
	switch {
	case isFeed(lead):
		return formatFeed
	case len(lead) > 0 && lead[0] == '{':
		return formatJSONL
	case looksHTML(lead):
		return formatHTML
	}
	return formatText
}

// isFeed reports whether the first element of b is the root of an RSS,
// RDF (RSS 1.0) or Atom feed.
func isFeed(b []byte) bool {
	if len(b) == 0 || b[0] != '<' {
		return false
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = passCharset
	for range 64 {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "rss", "feed", "RDF":
				return true
			}
			return false
		}
	}
	return false
}

// isHTMLDocument reports whether b opens an HTML document.
func isHTMLDocument(b []byte) bool {
	l := bytes.ToLower(b[:min(len(b), 64)])
	return bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html"))
}

// htmlTags are tags common in pages and rare in plain text.
var htmlTags = []string{
	"<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<div",
	"<p>", "<p ", "<br>", "<br/", "<br ", "<article", "<a href", "<h1", "<h2",
	"<table", "<span", "<script", "<style", "<ul>", "<li>",
}

// looksHTML reports whether the start of b holds HTML tags.
func looksHTML(b []byte) bool {
	l := string(bytes.ToLower(b[:min(len(b), 1024)]))
	for _, t := range htmlTags {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// binary says why head is not text, or returns "". Text with a UTF-16
// byte order mark is text though it holds NUL bytes.
func binary(head []byte) string {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return ""
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return "NUL bytes"
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B, c == 0x7F:
			ctl++
		}
	}
	if ctl*10 > len(head) {
		return "control bytes"
	}
	return ""
}
