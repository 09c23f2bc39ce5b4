package claim

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
)

func extract(t testing.TB, body, published string) []parallax.Statement {
	t.Helper()
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := parallax.Document{ID: "doc", Body: body, Published: published}
	return Extract(reg.Resolve(d), reg)
}

// want is the part of a statement a case checks; empty fields are not
// checked except Content.
type want struct {
	speaker, cue, content, venue, date, forID string
	direct                                    bool
}

func TestCueForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{"said that", "Dmitry Peskov said that the talks would resume.",
			[]want{{speaker: "dmitry-peskov", cue: "said", content: "the talks would resume"}}},
		{"told an outlet", "Sergei Lavrov told Kommersant that Moscow opposed a military solution.",
			[]want{{speaker: "sergei-lavrov", cue: "told", content: "Moscow opposed a military solution", venue: "Kommersant"}}},
		{"told reporters", "Maria Zakharova told reporters that the embassy stays open.",
			[]want{{speaker: "maria-zakharova", content: "the embassy stays open", venue: "reporters"}}},
		{"informed journalists", "Sergei Lavrov informed journalists that no units would deploy.",
			[]want{{speaker: "sergei-lavrov", cue: "informed", content: "no units would deploy", venue: "journalists"}}},
		{"announced", "Ilham Aliyev announced that the offensive was over.",
			[]want{{speaker: "ilham-aliyev", cue: "announced", content: "the offensive was over"}}},
		{"specified, then free indirect speech", "Hulusi Akar specified that the centre opens in May. Officers will rotate monthly. He did not elaborate.",
			[]want{{speaker: "hulusi-akar", cue: "specified", content: "the centre opens in May"}, {speaker: "hulusi-akar", cue: "", content: "Officers will rotate monthly"}}},
		{"refuted with object", "Nikol Pashinyan refuted the claims about secret talks.",
			[]want{{speaker: "nikol-pashinyan", cue: "refuted", content: "the claims about secret talks"}}},
		{"denied", "The Kremlin denied the allegations of interference.",
			[]want{{speaker: "kremlin", cue: "denied", content: "the allegations of interference"}}},
		{"insisted and acknowledged, coordinated", "Mevlut Cavusoglu acknowledged that the truce was fragile, but insisted that Ankara would stay.",
			[]want{{speaker: "mevlut-cavusoglu", cue: "acknowledged", content: "the truce was fragile"}, {speaker: "mevlut-cavusoglu", cue: "insisted", content: "Ankara would stay"}}},
		{"according to, first", "According to Reuters, the convoy crossed the border at dawn.",
			[]want{{speaker: "reuters", cue: "According to", content: "the convoy crossed the border at dawn"}}},
		{"according to, last", "The convoy crossed the border at dawn, according to Reuters.",
			[]want{{speaker: "reuters", cue: "according to", content: "The convoy crossed the border at dawn"}}},
		{"unnamed spokesperson", "A Kremlin spokesperson said that the meeting was useful.",
			[]want{{speaker: "kremlin", content: "the meeting was useful"}}},
		{"possessive spokesperson", "Lavrov’s spokesperson said that the minister was unwell.",
			[]want{{speaker: "sergei-lavrov", content: "the minister was unwell"}}},
		{"named spokesperson speaks for", "Kremlin spokesperson Dmitry Peskov said that Putin would attend.",
			[]want{{speaker: "dmitry-peskov", forID: "kremlin", content: "Putin would attend"}}},
		{"urged someone to", "Russia urged Turkey on Friday to show restraint.",
			[]want{{speaker: "russia", cue: "urged", content: "to show restraint"}}},
		{"joint speakers", "Armenia and Azerbaijan accused each other of shelling villages.",
			[]want{{speaker: "armenia", content: "each other of shelling villages"}, {speaker: "azerbaijan", content: "each other of shelling villages"}}},
		{"passive has no speaker", "It was reported that the road was closed.", nil},
		{"act with no content", "Dmitry Peskov declined to comment.", nil},
		{"belief of a generic group", "Analysts believe the truce will hold.", nil},
		{"direct quote, attribution after", "“We will not allow a new war,” Vladimir Putin told reporters.",
			[]want{{speaker: "vladimir-putin", cue: "told", content: "We will not allow a new war", venue: "reporters", direct: true}}},
		{"direct quote, attribution before", "Erdogan said: “Our soldiers will stay as long as needed.”",
			[]want{{speaker: "recep-tayyip-erdogan", cue: "said", content: "Our soldiers will stay as long as needed", direct: true}}},
		{"interrupted quote", "“The ceasefire holds,” Lavrov said, “and nobody wants to break it.”",
			[]want{{speaker: "sergei-lavrov", content: "The ceasefire holds", direct: true}, {speaker: "sergei-lavrov", content: "and nobody wants to break it", direct: true}}},
		{"pronoun speaker", "Nikol Pashinyan met the envoy. He said that reforms would continue.",
			[]want{{speaker: "nikol-pashinyan", content: "reforms would continue"}}},
		{"russian cue fused to the next word", "Ilham Aliyev сообщилthat the corridor would open.",
			[]want{{speaker: "ilham-aliyev", cue: "сообщил", content: "the corridor would open"}}},
		{"partial quote is not direct", "Nikol Pashinyan said the “aggressive” stance of Ankara required a rethink of policy.",
			[]want{{speaker: "nikol-pashinyan", content: "the “aggressive” stance of Ankara required a rethink of policy"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.body, "")
			if len(got) != len(tt.want) {
				t.Fatalf("got %d statements, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				s := got[i]
				if s.Speaker != w.speaker || s.Content != w.content || s.Direct != w.direct {
					t.Errorf("statement %d = %s %q direct=%v, want %s %q direct=%v", i, s.Speaker, s.Content, s.Direct, w.speaker, w.content, w.direct)
				}
				if w.cue != "" || strings.Contains(tt.name, "free indirect") && i > 0 {
					if s.Cue != w.cue {
						t.Errorf("statement %d cue = %q, want %q", i, s.Cue, w.cue)
					}
				}
				if w.venue != "" && s.Venue != w.venue {
					t.Errorf("statement %d venue = %q, want %q", i, s.Venue, w.venue)
				}
				if w.forID != "" && s.SpeakerFor != w.forID {
					t.Errorf("statement %d speaker_for = %q, want %q", i, s.SpeakerFor, w.forID)
				}
				if s.ID != "doc-s"+string(rune('1'+i)) {
					t.Errorf("statement %d id = %q", i, s.ID)
				}
				if rs := []rune(tt.body); string(rs[s.Start:s.End]) != s.Content {
					t.Errorf("offsets %d..%d do not give the content", s.Start, s.End)
				}
			}
		})
	}
}

func TestStatementDates(t *testing.T) {
	tests := []struct {
		name, body, published, want string
	}{
		{"weekday before publication", "On Wednesday, Dmitry Peskov said that talks continue.", "2020-10-30", "2020-10-28"},
		{"weekday is the publication day", "Dmitry Peskov said on Friday that talks continue.", "2020-10-30", "2020-10-30"},
		{"weekday without publication date", "On Wednesday, Dmitry Peskov said that talks continue.", "", ""},
		{"yesterday", "Dmitry Peskov said yesterday that talks continue.", "2020-10-30T08:00:00Z", "2020-10-29"},
		{"last week names no day", "Dmitry Peskov said last week that talks continue.", "2020-10-30", ""},
		{"explicit with year", "On November 10, 2020, Ilham Aliyev said that troops would come.", "", "2020-11-10"},
		{"month and day take the publication year", "On November 11, Ilham Aliyev said that troops would come.", "2020-11-12", "2020-11-11"},
		{"month and day after publication are last year", "On December 30, Ilham Aliyev said that troops would come.", "2021-01-02", "2020-12-30"},
		{"month and day take the year of an earlier full date", "The war began on September 27, 2020. On October 3, Ilham Aliyev said that troops would come.", "", "2020-10-03"},
		{"a date inside the content is not the statement's", "Turkey has blamed Armenia for fighting that broke out on July 12.", "2020-07-20", ""},
		{"day first", "Ilham Aliyev said on 3 October 2020 that troops would come.", "", "2020-10-03"},
		{"no such day", "Ilham Aliyev said on February 30, 2020 that troops would come.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.body, tt.published)
			if len(got) == 0 {
				t.Fatalf("no statement in %q", tt.body)
			}
			if got[len(got)-1].Date != tt.want {
				t.Errorf("date = %q, want %q", got[len(got)-1].Date, tt.want)
			}
		})
	}
}

func TestContinuedDate(t *testing.T) {
	body := "On November 12, Sergei Lavrov informed journalists that no units would deploy. He specified that the centre would be remote. Drones will watch the line.\n\nThe Russian minister added that talks went on for weeks."
	got := extract(t, body, "2020-11-12")
	if len(got) != 4 {
		t.Fatalf("got %d statements, want 4: %+v", len(got), got)
	}
	for _, s := range got {
		if s.Speaker != "sergei-lavrov" || s.Date != "2020-11-12" || s.Venue != "journalists" {
			t.Errorf("%s: speaker %s date %q venue %q, want sergei-lavrov 2020-11-12 journalists", s.Content, s.Speaker, s.Date, s.Venue)
		}
	}
}

func TestBadInput(t *testing.T) {
	inputs := []string{"", "\x00\xff\xfe", strings.Repeat("“", 3000), strings.Repeat("said that ", 3000), strings.Repeat("Lavrov said “x y z w”. ", 500), "He said.", "According to", "“", "told"}
	for _, in := range inputs {
		extract(t, in, "not a date")
	}
}
