package extract

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		text, want string // want is YYYY-MM-DD[THH:MM], "" for no date
	}{
		{"rotkiv04 (Victor) 12 November 2020 19: 10", "2020-11-12T19:10"},
		{"October 9, 2018 at 4:02 pm", "2018-10-09T16:02"},
		{"Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03"},
		{"Published 2020-11-12T08:30", "2020-11-12T08:30"},
		{"2020-11-12", "2020-11-12"},
		{"12 ноября 2020 г., 19:10", "2020-11-12T19:10"},
		{"12. November 2020", "2020-11-12"},
		{"12 de novembro de 2020", "2020-11-12"},
		{"Kamis, 12 November 2020 10:15 WIB", "2020-11-12T10:15"},
		{"12.11.2020 08:00", "2020-11-12T08:00"},
		{"on Thursday", ""},
		{"April 12", ""},
		{"31 February 2020", ""},
		{"99.99.2020", ""},
		{"", ""},
	}
	for _, tt := range tests {
		s, ok := readTextDate(tt.text)
		got := ""
		if ok {
			got = s.Time()
		}
		if got != tt.want {
			t.Errorf("readTextDate(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMentionsDay(t *testing.T) {
	day := stamp{year: 2020, month: 11, day: 12}
	tests := []struct {
		text string
		want bool
	}{
		{"In turn, on November 12, Lavrov informed journalists.", true},
		{"On 12 November the minister said.", true},
		{"12 ноября министр заявил", true},
		{"On November 11, Erdogan announced.", false},
		{"On November 120 things happened.", false},
		{"On Thursday", false},
	}
	for _, tt := range tests {
		if got := mentionsDay(tt.text, day); got != tt.want {
			t.Errorf("mentionsDay(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPublishedFromComments(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"body reports the day of the first comment", "Title of the story\n\nOn November 12, the minister told reporters that the talks would go on for another week at least.\n\nDelegations from both sides were expected to return to the capital before the weekend, officials said.\n\nComments\n  1. anna Offline anna\n    anna (Anna) 12 November 2020 19: 10\n    Good.", "2020-11-12"},
		{"first comment only bounds the date", "Title of the story\n\nOn Monday, the minister told reporters that the talks would go on for another week at least.\n\nDelegations from both sides were expected to return to the capital before the weekend, officials said.\n\nComments\n  1. anna Offline anna\n    anna (Anna) 12 November 2020 19: 10\n    Good.", ""},
	}
	for _, tt := range tests {
		p := newPage(tt.page)
		d := p.document()
		if d.Published != tt.want || d.PublishedBasis == "" {
			t.Errorf("%s: published %q (%s), want %q", tt.name, d.Published, d.PublishedBasis, tt.want)
		}
	}
}

func TestMisspeltMonth(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Novemer 27, 2005", "2005-11-27"},
		{"3 Febuary 2019", "2019-02-03"},
		{"Sepetmber 4, 2012", "2012-09-04"},
		{"Septemberr 4, 2012", "2012-09-04"},
		{"Jnue 4, 2012", ""},     // a four-letter month is not guessed at
		{"Nvmbr 27, 2005", ""},   // two letters off
		{"Dolphin 27, 2005", ""}, // no month near
	} {
		s, ok := readTextDate(tc.text)
		got := ""
		if ok {
			got = s.Date()
		}
		if got != tc.want {
			t.Errorf("readTextDate(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
