package claim

import (
	"slices"
	"testing"
)

func TestInflect(t *testing.T) {
	cases := []struct {
		lemma     string
		irregular []string
		noun      bool
		want      []string
	}{
		{"argue", nil, false, []string{"argue", "argues", "argued", "arguing"}},
		{"deny", nil, false, []string{"deny", "denies", "denied", "denying"}},
		{"stress", nil, false, []string{"stress", "stresses", "stressed", "stressing"}},
		{"convey", nil, false, []string{"convey", "conveys", "conveyed", "conveying"}},
		{"point out", nil, false, []string{"point out", "points out", "pointed out", "pointing out"}},
		{"write", []string{"", "wrote", "written", ""}, false, []string{"write", "writes", "wrote", "written", "writing"}},
		{"comment", nil, true, []string{"commented", "commenting"}},
	}
	for _, c := range cases {
		if got := inflect(c.lemma, c.irregular, c.noun); !slices.Equal(got, c.want) {
			t.Errorf("inflect(%q) = %q, want %q", c.lemma, got, c.want)
		}
	}
}

// TestVerbForms checks that a verb listed once is a cue in each of its
// forms, and that a verb listed as a noun too is none in its base form.
func TestVerbForms(t *testing.T) {
	for _, w := range []string{"concedes", "conceded", "conceding", "testifies", "tweeted", "posting"} {
		if len(lex.cues[w]) == 0 {
			t.Errorf("%q is no cue", w)
		}
	}
	for _, w := range []string{"comment", "post", "posts"} {
		if len(lex.cues[w]) != 0 {
			t.Errorf("%q, a noun as often, is a cue", w)
		}
	}
	for _, f := range lex.cues["comments"] {
		if f.kind != kindQuote {
			t.Errorf("\"comments\" is a cue of kind %s; want only beside a quotation", f.kind)
		}
	}
}
