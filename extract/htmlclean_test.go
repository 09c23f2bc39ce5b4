package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

func blocks(texts ...string) []paragraph {
	var ps []paragraph
	for _, t := range texts {
		tag := atom.P
		if strings.HasPrefix(t, "#") {
			t, tag = strings.TrimPrefix(t, "#"), atom.H2
		}
		ps = append(ps, paragraph{text: t, tag: tag, heading: headingTags[tag]})
	}
	return ps
}

func TestCleanBody(t *testing.T) {
	const (
		p1 = "The mayor opened the new library on Saturday, two years after the old one closed because of a leaking roof."
		p2 = "Readers queued from early morning, and the first thousand books were lent out before noon."
	)
	tests := []struct {
		name   string
		in     []paragraph
		titles []string
		want   []string
	}{
		{"headline and standfirst", blocks("New library opens its doors", "#A long wait ends for the town's readers", p1, p2),
			[]string{"New library opens its doors | Town Courier"}, []string{p1, p2}},
		{"headline only when it leads", blocks(p1, "New library opens its doors", p2),
			[]string{"New library opens its doors"}, []string{p1, "New library opens its doors", p2}},
		{"pointers and calls to action", blocks(p1, "Read more: Council approves budget for roads", "Follow us on Instagram and Facebook", p2, "Sign up for our newsletter"),
			nil, []string{p1, p2}},
		{"labelled list of links", blocks(p1, "You may also like", "Council approves budget", "Bridge closed for repairs", p2),
			nil, []string{p1, p2}},
		{"staff credit", blocks(p1, p2, "Reporting by Ana Ruiz; Editing by Tom Hale"),
			nil, []string{p1, p2}},
		{"rules without words", blocks(p1, "* * *", p2), nil, []string{p1, p2}},
		{"prose that mentions subscriptions stays", blocks(p1, "Subscriptions to the library's digital newspapers doubled last year, the librarian said, and she hopes the new reading room will bring more people in to read them on paper as well, especially older residents who never took to tablets and found the temporary building too far from the bus stop."),
			nil, []string{p1, "Subscriptions to the library's digital newspapers doubled last year, the librarian said, and she hopes the new reading room will bring more people in to read them on paper as well, especially older residents who never took to tablets and found the temporary building too far from the bus stop."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := cleanBody(tc.in, tc.titles)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestApplyArticleBody(t *testing.T) {
	const (
		a = "The river rose above its banks on Tuesday night and flooded the lower town for the first time since 1998."
		b = "Firefighters moved forty families to the sports hall, where volunteers served soup until the early hours."
		c = "Share this story with your friends and family on social media today please."
	)
	declared := a + "\n" + b
	tests := []struct {
		name     string
		body     []string
		declared string
		visible  string
		want     []string
	}{
		{"blocks absent from the declared text go", []string{a, b, c}, declared, a + "\n" + b + "\n" + c, []string{a, b}},
		{"declared text replaces a wrong extraction", []string{c}, declared, a + "\n" + b + "\n" + c, []string{a, b}},
		{"declared text not on the page is ignored", []string{a, c}, declared, a + "\n" + c, []string{a, c}},
		{"too short to judge", []string{a, c}, "The river rose", a + "\n" + c, []string{a, c}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var furniture []string
			got := applyArticleBody(tc.body, tc.declared, tc.visible, &furniture)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
