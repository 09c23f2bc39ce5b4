package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// FuzzText checks that any page gives a clean result or an error, with a
// valid body and foreign spans that point into it.
func FuzzText(f *testing.F) {
	for _, name := range []string{"forum.txt", "forum-plain.txt", "blog.txt", "widgets.txt", "russian.txt", "reprint.txt"} {
		f.Add(readFixture(f, name).Data)
	}
	f.Fuzz(func(t *testing.T, data string) {
		d, err := fromText(parallax.Raw{Source: "fuzz", Kind: parallax.KindText, Data: data})
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Body) || !utf8.ValidString(d.Title) {
			t.Fatalf("invalid UTF-8 in body or title")
		}
		body := []rune(d.Body)
		for _, s := range d.Foreign {
			if s.Start < 0 || s.End > len(body) || s.Start >= s.End || string(body[s.Start:s.End]) != s.Text {
				t.Fatalf("span %+v does not point into the body", s)
			}
		}
	})
}

// FuzzComment runs the comment splitter over input taken as a whole
// comment thread.
func FuzzComment(f *testing.F) {
	f.Add(readFixture(f, "forum.txt").Data)
	f.Add(readFixture(f, "blog.txt").Data)
	f.Add(readFixture(f, "forum-plain.txt").Data)
	f.Add("  1. a Offline a\n    a (A) 1 May 2020 10: 00\n    text\n      1. b Online b\n")
	f.Add("Name Line\n\nText of it.\n\n\nAnother text.")
	f.Fuzz(func(t *testing.T, data string) {
		p := newPage(strings.ToValidUTF8(data, ""))
		p.thread = 0
		for _, c := range p.comments() {
			// A no-break space at either end is kept as printed; ASCII
			// white space never is.
			if c.Depth < 0 || c.Text == "" || strings.Trim(c.Text, " \t\r\n\v\f") != c.Text {
				t.Fatalf("bad comment %+v", c.Comment)
			}
		}
	})
}

// FuzzTextDate checks that the date reader returns only valid dates.
func FuzzTextDate(f *testing.F) {
	for _, s := range []string{"12 November 2020 19: 10", "October 9, 2018 at 4:02 pm", "2020-02-30", "12.11.2020", "12 ноября 2020 г.", "on November 12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if st, ok := readTextDate(s); ok && !st.valid() {
			t.Fatalf("readTextDate(%q) = invalid %+v", s, st)
		}
		mentionsDay(s, stamp{year: 2020, month: 11, day: 12})
	})
}
