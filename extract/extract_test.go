package extract

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestExtractContainerFields(t *testing.T) {
	raw := parallax.Raw{
		Source: "feed.xml#2", URL: "https://example.org/a", Kind: parallax.KindHTML,
		Title: "Council extends its mission", Outlet: "Council press desk", Published: "2026-03-18T12:30:00+01:00",
		Data: "<html><body><article><p>The council said on Wednesday that it would extend its mission until 18 April 2026, " +
			"after monitors found armoured vehicles on the eastern slope of the pass.</p></article></body></html>",
	}
	d, err := Extract(raw)
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != raw.Source || d.URL != raw.URL || d.Outlet != raw.Outlet || d.Published != raw.Published {
		t.Errorf("container fields not kept: %+v", d)
	}
	if d.ID != parallax.DocID(d.Title, d.Body) || d.ID == "" {
		t.Errorf("id %q is not the hash of title and body", d.ID)
	}
}

func TestExtractNoText(t *testing.T) {
	for _, raw := range []parallax.Raw{
		{Source: "blank.txt", Kind: parallax.KindText, Data: " \n\n\t\n"},
		{Source: "empty.html", Kind: parallax.KindHTML, Data: "<html><head></head><body><nav></nav></body></html>"},
	} {
		_, err := Extract(raw)
		if err == nil || !strings.Contains(err.Error(), "no article text") {
			t.Errorf("%s: error %v, want 'no article text found'", raw.Source, err)
		}
	}
}

func TestExtractOutletFromTheSite(t *testing.T) {
	body := "The council said on Wednesday that it would extend its mission.\n\nMonitors found armoured vehicles on the slope.\n"
	for _, tc := range []struct {
		name string
		raw  parallax.Raw
		want string
	}{
		{"text page from a site", parallax.Raw{Source: "saved/page-17.txt", URL: "https://www.northgate.example/world/1", Kind: parallax.KindText, Data: body}, "northgate.example"},
		{"the container names it", parallax.Raw{Source: "feed.xml#1", URL: "https://www.northgate.example/1", Outlet: "Northgate Wire", Kind: parallax.KindText, Data: body}, "Northgate Wire"},
		{"no address", parallax.Raw{Source: "saved/page-17.txt", Kind: parallax.KindText, Data: body}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Extract(tc.raw)
			if err != nil {
				t.Fatal(err)
			}
			if d.Outlet != tc.want {
				t.Errorf("outlet %q, want %q", d.Outlet, tc.want)
			}
		})
	}
}
