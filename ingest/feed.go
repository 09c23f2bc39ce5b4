package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax"
)

// feedItem is an RSS 2.0 or RSS 1.0 item or an Atom entry: the fields
// of all three, of which each feed fills its own.
type feedItem struct {
	Title       string     `xml:"title"`
	Links       []feedLink `xml:"link"`
	GUID        string     `xml:"guid"`
	ID          string     `xml:"id"`
	PubDate     string     `xml:"pubDate"`
	Published   string     `xml:"published"`
	Updated     string     `xml:"updated"`
	Date        string     `xml:"http://purl.org/dc/elements/1.1/ date"`
	Encoded     string     `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Description string     `xml:"description"`
	Content     []feedText `xml:"content"`
	Summary     feedText   `xml:"summary"`
}

// feedLink is an RSS <link>URL</link> or an Atom <link href rel>.
type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// feedText is an Atom text construct: type "text", "html" or "xhtml".
type feedText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// feed reads the items of an RSS or Atom feed, one Raw each, as they are
// parsed: a feed broken half-way still yields the items before the damage.
func (w *walker) feed(src string, data []byte) error {
	text, cs := decode(data, charsetParam(w.opt.ContentType), markupDoc)
	n := 0
	err := parseFeed(strings.NewReader(text), func(it feedItem, outlet string) error {
		n++
		raw, ok := it.raw()
		raw.Outlet = outlet
		if !ok {
			w.fail(fmt.Sprintf("%s#%d", src, n), errors.New("feed item has no content"))
			return nil
		}
		raw.Source, raw.Charset = fmt.Sprintf("%s#%d", src, n), cs
		return w.emit(raw)
	})
	if err == nil && n == 0 {
		return errors.New("feed has no items")
	}
	return err
}

// FeedItem is one item of a feed, as a watcher of the feed sees it.
type FeedItem struct {
	// ID is the feed's own id for the item (an RSS guid, an Atom id), else
	// its link, else a hash of its title and content; an id longer than
	// maxItemID bytes is replaced by its hash.
	ID string
	// Raw is the item as a document, with the feed's title as its Outlet;
	// its Data is "" when the feed gives only a link.
	Raw parallax.Raw
}

// maxItemID bounds an item's id, which a hostile feed could make huge.
const maxItemID = 256

// FeedItems reports whether data is an RSS or Atom feed and returns its
// items in the feed's order. contentType is the Content-Type that data
// came with (an HTTP answer's), whose charset is used before the feed's
// own declaration. A feed broken half-way yields the items before the
// damage, with the error.
func FeedItems(data []byte, contentType string) ([]FeedItem, bool, error) {
	head := data[:min(len(data), sniffLen)]
	if !isFeed(bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")) {
		return nil, false, nil
	}
	text, cs := decode(data, charsetParam(contentType), markupDoc)
	var items []FeedItem
	err := parseFeed(strings.NewReader(text), func(it feedItem, outlet string) error {
		raw, _ := it.raw()
		raw.Outlet, raw.Charset = outlet, cs
		items = append(items, FeedItem{ID: it.id(raw), Raw: raw})
		return nil
	})
	return items, true, err
}

// id returns the feed's id for the item, else its link, else a hash of
// its title and content.
func (it feedItem) id(raw parallax.Raw) string {
	id := firstNonEmpty(it.GUID, it.ID, raw.URL)
	if id == "" || len(id) > maxItemID {
		return parallax.DocID(raw.Title, id+raw.Data)
	}
	return id
}

// parseFeed calls fn for each item or entry of the feed in r, in order,
// with the feed's own title (the outlet that publishes it).
func parseFeed(r io.Reader, fn func(feedItem, string) error) error {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = passCharset
	var parent, feedTitle string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("parse feed: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch name := se.Name.Local; {
		case name == "title" && (parent == "channel" || parent == "feed") && feedTitle == "":
			var t string
			if err := d.DecodeElement(&t, &se); err != nil {
				return fmt.Errorf("parse feed title: %w", err)
			}
			feedTitle = strings.Join(strings.Fields(t), " ")
		case name == "item" || name == "entry":
			var it feedItem
			if err := d.DecodeElement(&it, &se); err != nil {
				return fmt.Errorf("parse feed item: %w", err)
			}
			if err := fn(it, feedTitle); err != nil {
				return err
			}
		default:
			parent = name
		}
	}
}

// raw turns an item into a document: its fullest content, its link, its
// date and its title. It reports false for an item without content.
func (it feedItem) raw() (parallax.Raw, bool) {
	raw := parallax.Raw{
		Kind:      parallax.KindHTML,
		Title:     strings.TrimSpace(it.Title),
		URL:       it.link(),
		Published: normDate(firstNonEmpty(it.Published, it.PubDate, it.Date, it.Updated)),
	}
	var body string
	c := it.content()
	switch {
	case strings.TrimSpace(it.Encoded) != "":
		body = it.Encoded
	case c != nil:
		body = c.Text
		switch strings.ToLower(c.Type) {
		case "xhtml":
			body = c.Inner
		case "", "text", "text/plain":
			raw.Kind = parallax.KindText
		}
	case strings.TrimSpace(it.Description) != "":
		body = it.Description
	case strings.TrimSpace(it.Summary.Text) != "":
		body = it.Summary.Text
		if t := strings.ToLower(it.Summary.Type); t == "" || t == "text" {
			raw.Kind = parallax.KindText
		}
	}
	raw.Data = strings.TrimSpace(strings.ToValidUTF8(body, "\uFFFD"))
	return raw, raw.Data != ""
}

// content returns the first <content> with text: Atom's, not an empty
// Media RSS <media:content url="...">.
func (it feedItem) content() *feedText {
	for i := range it.Content {
		c := &it.Content[i]
		if strings.TrimSpace(c.Text) != "" || strings.EqualFold(c.Type, "xhtml") && strings.TrimSpace(c.Inner) != "" {
			return c
		}
	}
	return nil
}

// link returns the item's page: an Atom alternate link, an RSS link, or a
// GUID that is a URL.
func (it feedItem) link() string {
	for _, l := range it.Links {
		if l.Href != "" && (l.Rel == "" || l.Rel == "alternate") {
			return strings.TrimSpace(l.Href)
		}
	}
	for _, l := range it.Links {
		if t := strings.TrimSpace(l.Text); t != "" {
			return t
		}
	}
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
