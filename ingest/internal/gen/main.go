// Command gen writes the fixture corpus of package ingest: a small folder of
// every input form and encoding ingest reads (-mixed), and damaged inputs
// (-bad).
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

func main() {
	mixed := flag.String("mixed", "", "folder to write the mixed corpus to")
	bad := flag.String("bad", "", "folder to write the damaged inputs to")
	flag.Parse()
	if *mixed == "" || *bad == "" {
		log.Fatal("usage: gen -mixed DIR -bad DIR")
	}
	for dir, files := range map[string]map[string][]byte{*mixed: mixedFiles(), *bad: badFiles()} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatal(err)
		}
		for name, data := range files {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				log.Fatal(err)
			}
		}
	}
}

func mixedFiles() map[string][]byte {
	return map[string][]byte{
		"border-monitor.rss":   rss(),
		"wire.atom":            atom(),
		"courier.warc":         warcFile(false),
		"crawl.warc.gz":        warcFile(true),
		"records.jsonl":        jsonl(),
		"statement.txt.gz":     gz([]byte(txtGz)),
		"opinion.html.gz":      gz([]byte(htmlGz)),
		"dispatch.txt":         []byte(dispatchTxt),
		"briefing.html":        []byte(briefingHTML),
		"ru-cp1251.html":       encode(charmap.Windows1251, ru1251),
		"ru-koi8-declared.htm": encode(charmap.KOI8R, ruKOI8Meta),
		"ru-koi8.txt":          encode(charmap.KOI8R, ruKOI8),
	}
}

func badFiles() map[string][]byte {
	bin := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	for i := range 512 {
		bin = append(bin, byte(i*7))
	}
	txt := gz([]byte(txtGz))
	w := warcFile(false)
	// Cut inside the fourth record, the image response, after the first
	// HTML response is complete.
	cut := bytes.Index(w, []byte("image/png"))
	wgz := warcFile(true)
	return map[string][]byte{
		"empty.txt":          {},
		"binary.dat":         bin,
		"truncated.txt.gz":   txt[:len(txt)*2/3],
		"truncated.warc":     w[:cut],
		"truncated.warc.gz":  wgz[:len(wgz)-40],
		"bad-lines.jsonl":    []byte("{\"url\":\"https://example.org/a\",\"text\":\"The border crossing at Brelik reopened on Monday.\"}\n{\"url\": broken\n{\"title\":\"no body\"}\n"),
		"not-a-warc.warc":    []byte("This is not an archive.\n"),
		"empty-feed.rss":     []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>`),
		"whitespace.txt":     []byte(" \n\t\n"),
		"control-bytes.html": bytes.Repeat([]byte("\x01\x02\x03<p>x</p>"), 40),
	}
}

func encode(cm *charmap.Charmap, s string) []byte {
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		log.Fatalf("encode %s: %v", cm, err)
	}
	return b
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	return buf.Bytes()
}

func rss() []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Border Monitor</title>
<link>https://border-monitor.example/</link>
<description>News from the Marenia–Tolvakia frontier</description>
<item>
<title>Marenia recalls ambassador after Sarn Valley shelling</title>
<link>https://border-monitor.example/2025/10/14/marenia-recalls-ambassador</link>
<guid isPermaLink="false">bm-20251014-01</guid>
<pubDate>Tue, 14 Oct 2025 09:30:00 +0200</pubDate>
<description>Lorvan recalls its envoy after overnight fire on two villages.</description>
<content:encoded><![CDATA[` + rssItem1 + `]]></content:encoded>
</item>
<item>
<title>Tolvakia calls troop movements near Brelik routine</title>
<link>https://border-monitor.example/2025/10/15/tolvakia-exercises</link>
<pubDate>Wed, 15 Oct 2025 16:05:00 GMT</pubDate>
<description>` + html.EscapeString(rssItem2) + `</description>
</item>
</channel>
</rss>
`)
}

func atom() []byte {
	return []byte(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Alpine Wire: Europe</title>
<id>urn:uuid:5b0f3c8e-7d1a-4c62-9e0b-2f6f0a1c9d41</id>
<updated>2025-10-16T08:00:00Z</updated>
<link href="https://alpinewire.example/europe.atom" rel="self"/>
<entry>
<title type="text">Marenia and Tolvakia agree to Geneva talks</title>
<link rel="alternate" href="https://alpinewire.example/2025/10/16/geneva-talks"/>
<id>urn:uuid:9c5e2a47-13f4-4bd0-8a6e-0d3b7e6f2c18</id>
<published>2025-10-16T07:45:00+02:00</published>
<updated>2025-10-16T08:00:00Z</updated>
<author><name>Alpine Wire staff</name></author>
<content type="html">` + html.EscapeString(atomEntry) + `</content>
</entry>
</feed>
`)
}

func jsonl() []byte {
	recs := []map[string]string{
		{"url": "https://lorvan-times.example/politics/border-police-budget", "title": "Parliament doubles border police budget", "published": "2025-10-20", "text": jsonlText1},
		{"url": "https://kestra-markets.example/grain/wheat-prices", "title": "Wheat prices climb as Sarn farmers hold harvest", "published": "2025-10-21T11:20:00+03:00", "text": jsonlText2},
		{"url": "https://un-news.example/envoy-restraint", "html": jsonlHTML},
	}
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			log.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// record is one WARC record.
type record struct {
	typ, uri, date, id, contentType string
	block                           []byte
}

func (r record) bytes() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: %s\r\n", r.typ, r.id, r.date)
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", r.contentType, len(r.block))
	b.Write(r.block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(contentType string, body []byte) []byte {
	return append([]byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\nServer: nginx\r\n\r\n", contentType, len(body))), body...)
}

func httpRequest(uri string) []byte {
	host := strings.Split(strings.TrimPrefix(uri, "https://"), "/")[0]
	path := strings.TrimPrefix(uri, "https://"+host)
	return []byte(fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: fixture-crawler/1.0\r\n\r\n", path, host))
}

// warcFile writes an archive of two HTML pages, a request and a response
// that is not HTML; compressed, each record is its own gzip member.
func warcFile(compressed bool) []byte {
	var recs []record
	if !compressed {
		u1, u2 := "https://northern-courier.example/world/sarn-valley-villagers-flee", "https://kestra-daily.example/politics/monitors-rejected"
		recs = []record{
			{typ: "warcinfo", date: "2025-10-18T10:00:00Z", id: "0f6c1b7e-2a4d-4e8f-9b3c-5d7e9f1a2b3c", contentType: "application/warc-fields", block: []byte("software: fixture-crawler/1.0\r\nformat: WARC File Format 1.1\r\n")},
			{typ: "request", uri: u1, date: "2025-10-18T10:00:01Z", id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", contentType: "application/http; msgtype=request", block: httpRequest(u1)},
			{typ: "response", uri: u1, date: "2025-10-18T10:00:02Z", id: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", contentType: "application/http; msgtype=response", block: httpResponse("text/html; charset=utf-8", []byte(warcPage1))},
			{typ: "response", uri: "https://northern-courier.example/img/map.png", date: "2025-10-18T10:00:03Z", id: "3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f", contentType: "application/http; msgtype=response", block: httpResponse("image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))},
			{typ: "response", uri: u2, date: "2025-10-18T10:00:04Z", id: "4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f8a", contentType: "application/http; msgtype=response", block: httpResponse("text/html", []byte(warcPage2))},
		}
	} else {
		u1, u2 := "https://lorvan-review.example/analysis/why-sarn-matters", "https://novosti-regiona.example/2025/10/obmen"
		recs = []record{
			{typ: "request", uri: u1, date: "2025-10-19T08:30:00Z", id: "5e6f7a8b-9c0d-4e1f-2a3b-4c5d6e7f8a9b", contentType: "application/http; msgtype=request", block: httpRequest(u1)},
			{typ: "response", uri: u1, date: "2025-10-19T08:30:01Z", id: "6f7a8b9c-0d1e-4f2a-3b4c-5d6e7f8a9b0c", contentType: "application/http; msgtype=response", block: httpResponse("text/html; charset=UTF-8", []byte(warcGzPage1))},
			{typ: "response", uri: "https://lorvan-review.example/api/comments?id=881", date: "2025-10-19T08:30:02Z", id: "7a8b9c0d-1e2f-4a3b-4c5d-6e7f8a9b0c1d", contentType: "application/http; msgtype=response", block: httpResponse("application/json", []byte(`{"comments":[],"count":0}`))},
			{typ: "metadata", uri: u1, date: "2025-10-19T08:30:02Z", id: "8b9c0d1e-2f3a-4b4c-5d6e-7f8a9b0c1d2e", contentType: "application/warc-fields", block: []byte("outlink: https://lorvan-review.example/\r\n")},
			{typ: "response", uri: u2, date: "2025-10-19T08:31:00Z", id: "9c0d1e2f-3a4b-4c5d-6e7f-8a9b0c1d2e3f", contentType: "application/http; msgtype=response", block: httpResponse("text/html; charset=windows-1251", encode(charmap.Windows1251, warcGzPage2))},
		}
	}
	var b bytes.Buffer
	for _, r := range recs {
		if compressed {
			b.Write(gz(r.bytes()))
		} else {
			b.Write(r.bytes())
		}
	}
	return b.Bytes()
}
