package ingest

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// docType says where a document may declare its own charset.
type docType int

const (
	plainDoc  docType = iota // nowhere
	markupDoc                // an XML declaration or an HTML <meta>
)

// prescanLen is how far into a document a charset declaration is looked
// for; the HTML standard says 1024 bytes, but pages put long scripts and
// comments before their <meta>.
const prescanLen = 4096

// decode returns data as valid UTF-8 and the name of the charset it was
// decoded from. declared is the charset a transport header named (HTTP
// Content-Type, WARC), or "". The order is: a byte order mark; the
// declaration (the header's, else the document's own), except that bytes
// which are valid UTF-8 with some non-ASCII in them are read as UTF-8
// whatever a legacy declaration says, because pages re-saved as UTF-8 keep
// their old declarations; then, for undeclared bytes that are not UTF-8, a
// statistical guess. Bytes invalid in the chosen charset become U+FFFD.
func decode(data []byte, declared string, doc docType) (string, string) {
	if s, cs, ok := decodeBOM(data); ok {
		return s, cs
	}
	if declared == "" && doc == markupDoc {
		declared = declaredCharset(data[:min(len(data), prescanLen)])
	}
	enc, name := lookup(declared)
	valid := utf8.Valid(data)
	switch {
	case enc == nil:
	case name == "utf-8":
		if valid || mostlyUTF8(data) {
			return repairUTF8(data), name
		}
	case valid && !isASCII(data):
	default:
		return decodeWith(enc, data), name
	}
	if valid || mostlyUTF8(data) {
		return repairUTF8(data), "utf-8"
	}
	enc, name = guess(data)
	return decodeWith(enc, data), name
}

// decodeBOM decodes data that starts with a UTF-8 or UTF-16 byte order mark.
func decodeBOM(data []byte) (string, string, bool) {
	var enc encoding.Encoding
	var name string
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		return repairUTF8(data[len(utf8BOM):]), "utf-8", true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	default:
		return "", "", false
	}
	return decodeWith(enc, data[2:]), name, true
}

// lookup finds the encoding for a charset label, as browsers do. A UTF-16
// label on bytes without a byte order mark is ignored: such a declaration
// can only be read because the bytes are ASCII-compatible.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil || strings.HasPrefix(name, "utf-16") {
		return nil, ""
	}
	return enc, name
}

// decodeWith decodes data with enc; anything the decoder cannot map comes
// out as U+FFFD.
func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return repairUTF8(data)
	}
	return repairUTF8(out)
}

// repairUTF8 replaces each run of invalid UTF-8 bytes by U+FFFD.
func repairUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// mostlyUTF8 reports whether data holds more well-formed multi-byte UTF-8
// sequences than stray bytes: UTF-8 with a few damaged bytes, not a legacy
// charset.
func mostlyUTF8(data []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi > bad
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// declaredCharset finds the charset a document declares in its XML
// declaration or in an HTML <meta charset> or <meta http-equiv>.
func declaredCharset(head []byte) string {
	if cs := xmlDeclCharset(head); cs != "" {
		return cs
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			switch string(name) {
			case "meta":
				if cs := metaCharset(z, more); cs != "" {
					return cs
				}
			case "body":
				return ""
			}
		}
	}
}

// metaCharset reads the charset from the attributes of a <meta> tag.
func metaCharset(z *html.Tokenizer, more bool) string {
	var httpEquiv bool
	var content string
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch strings.ToLower(string(k)) {
		case "charset":
			return string(v)
		case "http-equiv":
			httpEquiv = strings.EqualFold(string(v), "content-type")
		case "content":
			content = string(v)
		}
	}
	if httpEquiv {
		return charsetParam(content)
	}
	return ""
}

// xmlDeclCharset reads encoding="..." from an XML declaration at the start
// of head.
func xmlDeclCharset(head []byte) string {
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(head[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	if j := strings.IndexByte(rest[1:], q); j >= 0 {
		return rest[1 : 1+j]
	}
	return ""
}

// charsetParam returns the charset parameter of a Content-Type value.
func charsetParam(contentType string) string {
	l := strings.ToLower(contentType)
	i := strings.Index(l, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(contentType[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), `"'`)
	if j := strings.IndexAny(rest, `;, "'`); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// passCharset lets encoding/xml read text that has been decoded to UTF-8
// already, whatever its declaration says.
func passCharset(_ string, r io.Reader) (io.Reader, error) { return r, nil }
