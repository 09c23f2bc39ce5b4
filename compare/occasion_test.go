package compare

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// TestOccasionOf checks the days a statement places what it speaks of
// at: named in its content, or in the sentence before that names the
// happening its content names by a definite noun.
func TestOccasionOf(t *testing.T) {
	wednesday := time.Date(2031, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, content, before string
		day                   time.Time
		want                  string
	}{
		{"a weekday of the content", "nine people died in Thursday's shelling of the port", "", time.Time{}, "[thursday] []"},
		{"a month of the content", "the river burst its banks in April, flooding 300 homes", "", time.Time{}, "[] [april]"},
		{"a march is no month", "the march through the harbour district drew 4,000 people", "", time.Time{}, "[] []"},
		{"no day of a background clause", "there were 9,000, the largest crowd since the mayor took office in October", "", time.Time{}, "[] []"},
		{"yesterday on a known day", "yesterday's blast wrecked the depot", "", wednesday, "[tuesday] []"},
		{"yesterday on an unknown day", "yesterday's blast wrecked the depot", "", time.Time{}, "[] []"},
		{"a year", "the dam burst in 2019, a year after it was built", "", time.Time{}, "[] [] [2019]"},
		{"last year", "last year's harvest was the worst in a decade", "", wednesday, "[] [] [2030]"},
		{"next year", "the mill will pay no dividend next year", "", wednesday, "[] [] [2032]"},
		{"next month", "the ferry will sail again next month", "", wednesday, "[] [april]"},
		{
			"the happening named before",
			"four people were killed in those shellings",
			"The Monday shellings of the ferry port drew protests from the U. N. mission. The governor said ",
			time.Time{}, "[monday] []",
		},
		{
			"a sentence before that names another happening",
			"four people were killed in those shellings",
			"The rally on Monday was calm. The governor said ",
			time.Time{}, "[] []",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := occasionOf(tc.content, tc.before, tc.day)
			got := fmt.Sprint(o.weekdays, " ", o.months)
			if len(o.years) > 0 {
				got += fmt.Sprint(" ", o.years)
			}
			if got != tc.want {
				t.Errorf("occasionOf(%q) = %s, want %s", tc.content, got, tc.want)
			}
		})
	}
}

// TestOtherOccasions covers statements that would conflict were they
// about one happening, and are shown to be about two by the days they
// give it; and, alike but for the days, those that do conflict.
func TestOtherOccasions(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "figures for one day's shelling",
		rows: []row{
			{"a", "d1", "", "the governor", "said", "", "nine people were killed in Thursday's shelling of the port"},
			{"b", "d2", "", "the army", "said", "", "two people were killed in Thursday's shelling of the port"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "figures for two days' shelling",
		rows: []row{
			{"a", "d1", "", "the governor", "said", "", "nine people were killed in Thursday's shelling of the port"},
			{"b", "d2", "", "the army", "said", "", "two people were killed in Wednesday's shelling of the port"},
		},
		want: map[string]string{},
	}, {
		name: "yes and no on one day",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", "the navy shelled the fishing village on Monday"},
			{"b", "d2", "", "the defence ministry", "said", "", "the navy did not shell the fishing village on Monday"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "yes and no on two days",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", "the navy shelled the fishing village on Monday"},
			{"b", "d2", "", "the defence ministry", "said", "", "the navy did not shell the fishing village on Tuesday"},
		},
		want: map[string]string{},
	}, {
		name: "a claim that gives no day, of another day's shelling",
		rows: []row{
			{"a", "d2", "", "the governor", "said", "", "at least nine people were killed in the shelling of the port"},
			{"b", "d3", "", "the army", "said", "", "two people were killed in Wednesday's shelling of the port"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a claim that gives its day in another report",
		rows: []row{
			{"a0", "d1", "", "the governor", "said", "", "nine people were killed in Thursday's shelling of the port"},
			{"a", "d2", "", "the governor", "said", "", "at least nine people were killed in the shelling of the port"},
			{"b", "d3", "", "the army", "said", "", "two people were killed in Wednesday's shelling of the port"},
		},
		want: map[string]string{},
	}, {
		name: "a flood of another month",
		rows: []row{
			{"a", "d1", "2031-06-10", "the mayor", "said", "", "the flood in the valley killed 12 people"},
			{"b", "d2", "", "the regional office", "said", "", "the flood in the valley in March killed 40 people"},
		},
		want: map[string]string{},
	}, {
		name: "a flood of the month reported",
		rows: []row{
			{"a", "d1", "2031-06-10", "the mayor", "said", "", "the flood in the valley killed 12 people"},
			{"b", "d2", "", "the regional office", "said", "", "the flood in the valley in June killed 40 people"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "the flood of a year long past",
		rows: []row{
			{"a", "d1", "2031-06-10", "the mayor", "said", "", "the flood in the valley killed 12 people"},
			{"b", "d2", "", "the regional office", "said", "", "the flood in the valley in 2024 killed 40 people"},
		},
		want: map[string]string{},
	}, {
		name: "floods of two years",
		rows: []row{
			{"a", "d1", "", "the mayor", "said", "", "the flood in the valley in 2027 killed 12 people"},
			{"b", "d2", "", "the regional office", "said", "", "the flood in the valley in 2024 killed 40 people"},
		},
		want: map[string]string{},
	}, {
		name: "the flood of last year, of which a report may still tell",
		rows: []row{
			{"a", "d1", "2031-06-10", "the mayor", "said", "", "the flood in the valley killed 12 people"},
			{"b", "d2", "2031-06-10", "the regional office", "said", "", "the flood in the valley last year killed 40 people"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestOccasionBefore checks that a happening named by a definite noun
// takes the day the report gave it before.
func TestOccasionBefore(t *testing.T) {
	for _, tc := range []struct {
		name, before string
		want         int
	}{
		{"the same day", "The Thursday shellings of the ferry port drew protests from the U. N. mission.", 1},
		{"another day", "The Wednesday shellings of the ferry port drew protests from the U. N. mission.", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := "nine people were killed in Thursday's shelling of the port"
			b := "two people were killed in those shellings"
			body := "The governor said " + a + ".\n" + tc.before + " The army said " + b + "."
			docs := map[string]parallax.Document{"d": {ID: "d", Title: "Report", Body: body}}
			stmts := []parallax.Statement{
				{ID: "a", Doc: "d", Speaker: "governor", SpeakerName: "the governor", Cue: "said", Content: a, Start: runeIndex(body, a)},
				{ID: "b", Doc: "d", Speaker: "army", SpeakerName: "the army", Cue: "said", Content: b, Start: runeIndex(body, b)},
			}
			if got := len(Compare(stmts, docs).Conflicts); got != tc.want {
				t.Errorf("%d conflicts, want %d", got, tc.want)
			}
		})
	}
}

func runeIndex(s, sub string) int {
	return len([]rune(s[:strings.Index(s, sub)]))
}

// TestFigureBeside covers a figure given for a place named by name that
// the openings of neither report name: it counts at a happening beside
// the one the other report's figure counts, which names no place.
func TestFigureBeside(t *testing.T) {
	const camp = "Jets bombed a camp for displaced families near the border on Tuesday, officials said.\n"
	for _, tc := range []struct {
		name, opening, b string
		want             int
	}{
		{"fighting in a named place of neither report", camp,
			"its troops fought rebels in the hills of Varsk, killing dozens", 0},
		{"the named place of its own report's opening", "Troops fought rebels in the hills of Varsk on Tuesday, officials said.\n",
			"its troops fought rebels in the hills of Varsk, killing dozens", 1},
		{"no place named", camp,
			"its troops fought rebels, killing dozens", 1},
		{"a kind of site, which may be part of the place", camp,
			"dozens were killed in the clinic", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The statements come after the reports' openings.
			filler := strings.Repeat("Aid groups asked both sides to let convoys through. ", 8)
			a := "12 people were killed and 20 wounded"
			bodyA := camp + filler + "\nThe governor said " + a + "."
			bodyB := tc.opening + filler + "\nThe army said " + tc.b + "."
			docs := map[string]parallax.Document{
				"d1": {ID: "d1", Title: "One", Body: bodyA},
				"d2": {ID: "d2", Title: "Two", Body: bodyB},
			}
			stmts := []parallax.Statement{
				{ID: "a", Doc: "d1", Speaker: "governor", SpeakerName: "the governor", Cue: "said", Content: a, Start: runeIndex(bodyA, a)},
				{ID: "b", Doc: "d2", Speaker: "army", SpeakerName: "the army", Cue: "said", Content: tc.b, Start: runeIndex(bodyB, tc.b)},
			}
			if got := len(Compare(stmts, docs).Conflicts); got != tc.want {
				t.Errorf("%d conflicts, want %d", got, tc.want)
			}
		})
	}
}

// TestDayBeside covers a statement that places what it speaks of on a
// weekday the report's opening does not name, against one that names no
// day: the two speak of different happenings, unless the opening names
// the day.
func TestDayBeside(t *testing.T) {
	for _, tc := range []struct {
		name, opening string
		want          int
	}{
		{"another day's bombings", "Jets bombed a camp for displaced families on Thursday, officials said.\n", 0},
		{"the day the report opens with", "Jets bombed a camp for displaced families on Wednesday, officials said.\n", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			filler := strings.Repeat("Aid groups asked both sides to let convoys through. ", 8)
			a := "the bombs caused no casualties"
			b := "seven people were killed in those bombings"
			body := tc.opening + filler + "\nA doctor said " + a + ".\nThe Wednesday bombings of the port drew protests. The governor said " + b + "."
			docs := map[string]parallax.Document{"d": {ID: "d", Title: "Report", Body: body}}
			stmts := []parallax.Statement{
				{ID: "a", Doc: "d", Speaker: "doctor", SpeakerName: "a doctor", Cue: "said", Content: a, Start: runeIndex(body, a)},
				{ID: "b", Doc: "d", Speaker: "governor", SpeakerName: "the governor", Cue: "said", Content: b, Start: runeIndex(body, b)},
			}
			if got := len(Compare(stmts, docs).Conflicts); got != tc.want {
				t.Errorf("%d conflicts, want %d", got, tc.want)
			}
		})
	}
}
