package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestFigures covers conflicts between figures, written on invented text:
// each form of amount the parser reads, compatible and incompatible ones,
// and figures that change with time.
func TestFigures(t *testing.T) {
	for _, tc := range []struct {
		name     string
		a, b     string // contents
		da, db   string // publication dates
		sameSide bool   // one speaker gives both
		want     string // the kind, or "" for none
	}{
		{"at least four against only one", "at least four people were killed in the blast", "only one person was killed in the blast", "", "", false, parallax.Contradiction},
		{"a qualifier opens the content", "at least 400 dockers lost their jobs", "only 40 dockers lost their jobs", "", "", false, parallax.Contradiction},
		{"events alike in a happening both name", "at least four people died in the fire at the mill", "only one person was killed in the fire", "", "", false, parallax.Contradiction},
		{"events alike in happenings apart", "at least four people died in the fire at the mill", "only one person was killed in the flood", "", "", false, ""},
		{"a verb's measure against its noun's", "Benn was sentenced to ten years in prison", "Benn received a 12-year sentence", "", "", false, parallax.Contradiction},
		{"a verb's measure against another noun's", "Benn was sentenced to ten years in prison", "Benn signed a 12-year lease", "", "", false, ""},
		{"sites of one kind marked by different names", "400 dockers lost their jobs at the Kell shipyard", "40 dockers lost their jobs at the Dunmore shipyard", "", "", false, ""},
		{"at least four against five", "at least four people were killed in the blast", "five people were killed in the blast", "", "", false, ""},
		{"words against digits", "twelve miners were injured in the collapse", "3 miners were injured in the collapse", "", "", false, parallax.Contradiction},
		{"synonymous events", "40 people were wounded in the shelling", "nine were injured in the shelling", "", "", false, parallax.Contradiction},
		{"none against some", "no one was injured in the fire", "two firefighters were injured in the fire", "", "", false, parallax.Contradiction},
		{"a range that holds the other", "between 30 and 40 workers were arrested at the plant", "35 workers were arrested at the plant", "", "", false, ""},
		{"about is a margin", "about 100 boats were seized by the coast guard", "104 boats were seized by the coast guard", "", "", false, ""},
		{"dozens", "dozens of houses were destroyed by the flood", "two houses were destroyed by the flood", "", "", false, parallax.Contradiction},
		{"different events", "12 people were killed in the attack", "40 people were arrested after the attack", "", "", false, ""},
		{"a figure that rises later is an update", "three people died in the fire", "ten people died in the fire", "2024-05-01", "2024-05-03", false, ""},
		{"a lower figure later from another source contradicts", "ten people died in the fire", "three people died in the fire", "2024-05-01", "2024-05-03", false, parallax.Contradiction},
		{"a figure reported as revised", "the toll was 4 people killed", "the toll rose to 9 people killed", "", "", false, ""},
		{"one source's new figure is an update", "18 people were injured in the riots", "12 people were injured in the riots", "", "", true, ""},
		{"a figure given in two units agrees", "damage to the hall was estimated at $1 million ($1.5 million)", "damage to the hall was estimated at $1 million", "", "", false, ""},
		{"calibres of guns of one kind", "the shot came from a .38-caliber revolver", "the bullet was fired from a .22-caliber handgun", "", "", false, parallax.Contradiction},
		{"magnitudes of two quakes", "a 5.1-magnitude quake struck the coast on Monday", "a 4.3-magnitude aftershock shook the valley town", "", "", false, ""},
		{"none by a related noun", "there were no casualties in the raid on the village", "seven were killed and three wounded in the raid on the village", "", "", false, parallax.Contradiction},
		{"none against a count of those who did it", "there were no injuries in the clash at the depot", "two people shot at the guards in the clash at the depot", "", "", false, ""},
		{"none of something else", "no further details of the raid on the village were provided", "two more victims of the raid on the village were found", "", "", false, ""},
		{"durations of two things a light verb takes", "the sale of the old mill has taken four years", "it took about three hours to put out the fire at the old mill", "", "", false, ""},
		{"durations of one thing", "it took about three hours to put out the fire at the old mill", "it took ten hours to put out the fire at the old mill", "", "", false, parallax.Contradiction},
		{"a part of a group against the whole", "one of my brothers was killed in the shelling of the market", "the shelling of the market killed 12 people", "", "", false, ""},
		{"a part of a group larger than the whole", "five of the guards were killed in the raid on the depot", "two guards were killed in the raid on the depot", "", "", false, parallax.Contradiction},
		{"a hedge after a figure does not reach back to it", "12 people were killed in the raid and the toll could rise", "two people were killed in the raid", "", "", false, parallax.Contradiction},
		{"forms of one verb, feet against metres", "the climber fell about 1000ft (305 metres) near the hut", "the young man had fallen some 400 metres to his death", "", "", false, parallax.Contradiction},
		{"feet and metres that agree", "the climber fell 1000 feet from the ridge", "the climber had fallen about 300 metres from the ridge", "", "", false, ""},
		{"none of what befell them", "there were no casualties in the camp", "at least nine were killed when the shells landed", "", "", false, parallax.Contradiction},
		{"figures for two towns", "four people were killed in Harwell by the storm", "nine people were killed in Dunmore by the storm", "", "", false, ""},
		{"figures for two sites", "two shells fell on the airstrip, the army said", "five shells fell inside the camp", "", "", false, ""},
		{"one place in other words", "two shells fell inside the Harwell camp", "five shells fell in the camp, the shelters and the school", "", "", false, parallax.Contradiction},
		{"figures for two days", "on Monday four people were killed by the shelling", "nine people were killed by the shelling on Tuesday", "", "", false, ""},
		{"a participle before the counted noun", "in Harwell, 40 shops were looted during the riot", "the riot left 15 looted shops in Harwell", "", "", false, parallax.Contradiction},
		// Claims that align give figures for one measure though neither
		// ties its figure to an event or a noun.
		{"a value of one deal", "the takeover of the Harwell mill is worth $2 billion", "the takeover of the Harwell mill is worth about $900 million", "", "", false, parallax.Contradiction},
		{"a sentence in the active against one in the passive", "the judge sentenced Ann Hale to 12 years in prison", "Ann Hale was sentenced to eight years in prison", "", "", false, parallax.Contradiction},
		{"a counted noun completed by an of phrase", "three members of staff were injured in the blast at the mill", "nine members of staff were injured in the blast at the mill", "", "", false, parallax.Contradiction},
		{"values of one deal that agree", "the takeover of the Harwell mill is worth nearly $2 billion", "the takeover of the Harwell mill is worth $1.9 billion", "", "", false, ""},
		{"a distance and a depth", "the quake struck 73 km west of the city, the survey said", "the quake struck 2 km below the surface, the survey said", "", "", false, ""},
		{"two depths", "the quake struck 9 km below the surface, the survey said", "the quake struck 2 km below the surface, the survey said", "", "", false, parallax.Contradiction},
		{"outside the place named before", "at least one shell fell in the camp, and three fell outside it", "two shells fell in the camp", "", "", false, ""},
		{"a count inside a place phrase", "four villages were destroyed by the quake", "most buildings in seven villages were destroyed by the quake", "", "", false, ""},
		{"a rank against a count of those before", "this is his second drunk-driving conviction", "he has three prior convictions", "", "", false, parallax.Contradiction},
		{"a rank that agrees", "this is his fourth drunk-driving conviction", "he has three prior convictions", "", "", false, ""},
		{"a rank against a plain count", "this is his second drunk-driving conviction", "he has three convictions", "", "", false, ""},
		{"a count of the dead", "the bombing left 3 dead at the crowded Harwell fish market near the old harbour", "10 people died in the bombing of the crowded Harwell fish market near the old harbour", "", "", false, parallax.Contradiction},
		{"a count of the dead that agrees", "the bombing left 3 dead at the crowded Harwell fish market near the old harbour", "three people died in the bombing of the crowded Harwell fish market near the old harbour", "", "", false, ""},
		{"the lives a fire claimed", "the fire at the crowded Harwell fish market near the old harbour claimed the lives of 5", "two people died in the fire at the crowded Harwell fish market near the old harbour", "", "", false, parallax.Contradiction},
		{"lives claimed, the noun after the number", "the fire at the crowded Harwell fish market near the old harbour claimed five lives", "two people died in the fire at the crowded Harwell fish market near the old harbour", "", "", false, parallax.Contradiction},
		{"lives saved are no deaths", "the firemen at the crowded Harwell fish market near the old harbour saved five lives", "two people died in the fire at the crowded Harwell fish market near the old harbour", "", "", false, ""},
		{"a death toll that stands at a figure", "the death toll stands at 20 after the bombing of the crowded Harwell fish market near the old harbour", "five people died in the bombing of the crowded Harwell fish market near the old harbour", "", "", false, parallax.Contradiction},
		{"a death toll that rises is an update", "the death toll rose to 20 after the bombing of the crowded Harwell fish market near the old harbour", "five people died in the bombing of the crowded Harwell fish market near the old harbour", "", "", false, ""},
		{"two estimates of a crowd", "the wardens put the crowd at the rally of the dock workers in the old harbour at 30,000", "organisers estimated the crowd at the rally of the dock workers in the old harbour at 50,000", "", "", false, parallax.Contradiction},
		{"estimates of a crowd that agree", "the wardens put the crowd at the rally of the dock workers in the old harbour at about 30,000", "organisers estimated the crowd at the rally of the dock workers in the old harbour at 31,000", "", "", false, ""},
		{"at least four against only one, counted by a toll", "the death toll stands at at least 4 after the bombing of the crowded Harwell fish market near the old harbour", "only one person died in the bombing of the crowded Harwell fish market near the old harbour", "", "", false, parallax.Contradiction},
		{"one quake named in two words", "the quake measured magnitude-5.9", "it was a magnitude-6.1 temblor", "", "", false, parallax.Contradiction},
		{"one quake named in two words, figures that agree", "the quake measured magnitude-5.9", "it was a magnitude-5.9 temblor", "", "", false, ""},
		{"a quake and an aftershock", "the quake measured magnitude-5.9", "it was a magnitude-4.1 aftershock", "", "", false, ""},
		{"a time of day against one in words", "the blast at the Harwell depot happened at 9 am", "the blast at the Harwell depot happened shortly after noon", "", "", false, parallax.Contradiction},
		{"a time of day against a part of the day", "the blast at the Harwell depot happened at 9 am", "the blast at the Harwell depot happened in the afternoon", "", "", false, parallax.Contradiction},
		{"the time of a happening and of a kind of it", "the earthquake struck shortly before noon", "the strongest aftershock struck in the evening", "", "", false, ""},
		{"times of day that agree", "the blast at the Harwell depot happened at 12:20 pm", "the blast at the Harwell depot happened shortly after noon", "", "", false, ""},
		{"times of a verb with a particle", "the bomb at the Harwell depot went off at 2 pm", "the bomb at the Harwell depot went off at 7 pm", "", "", false, parallax.Contradiction},
		{"a time shortly after one against one hours later", "the blast at the Harwell depot happened at 4 pm", "the blast at the Harwell depot happened shortly after noon", "", "", false, parallax.Contradiction},
		{"a time shortly before one against one hours before", "the blast at the Harwell depot happened at 4 am", "the blast at the Harwell depot happened just before noon", "", "", false, parallax.Contradiction},
		{"the verb a count is the object of", "police arrested seven men at the Harwell depot", "two were arrested at the Harwell depot", "", "", false, parallax.Contradiction},
		{"a verb in its base form before a count", "the Harwell mill cut 500 jobs in the spring", "the Harwell mill cut 200 jobs in the spring", "", "", false, parallax.Contradiction},
		{"ages of two people", "the 64-year-old was arrested at the Harwell depot", "the 30-year-old was arrested at the Harwell depot", "", "", false, ""},
		{"spans of two strikes", "the dockers at the Harwell mill began a 2-week strike", "the dockers at the Harwell mill held a 4-week strike", "", "", false, ""},
		{"verbs with a frequent sense in common", "three people were hurt in the crash at the Harwell depot", "nine people were injured in the crash at the Harwell depot", "", "", false, parallax.Contradiction},
		{"some beside those spoken of bound the whole from below", "the van sped off, hitting several cars at the Harwell depot", "the van hit two other cars at the Harwell depot", "", "", false, ""},
		{"some beside those spoken of, more than the whole", "the van sped off, hitting two cars at the Harwell depot", "the van hit five other cars at the Harwell depot", "", "", false, parallax.Contradiction},
		{"none of any kind against a count of people", "there were no casualties in the camp", "at least 12 people had been killed in the camp", "", "", false, parallax.Contradiction},
		{"a passive written short", "there were no casualties in the raid on the village", "in the raid on the village, four houses had been destroyed and three people killed", "", "", false, parallax.Contradiction},
		{"a participle as the counted word", "there were no casualties in the raid on the village", "the 20 wounded were taken to hospital after the raid on the village", "", "", false, parallax.Contradiction},
		{"a site named after its kind", "there were no casualties in the camp", "when jets bombed the town of Harwell, seven people were killed", "", "", false, ""},
		{"things verbs of a common sense befall", "the van hit two cars at the Harwell depot", "the van struck nine cars at the Harwell depot", "", "", false, ""},
		{"verbs of one concept", "police arrested three men in the raid on the Harwell depot", "nine men were detained in the raid on the Harwell depot", "", "", false, parallax.Contradiction},
		{"a hedged figure claims nothing", "maybe 50 people were killed in the raid", "two people were killed in the raid", "", "", false, ""},
		{"none at one happening against a count at another", "no one was killed in the raid on the depot", "12 people were killed in the shelling of the market", "", "", false, ""},
		{"none at a happening against a count where it befell", "no one was killed in the raid on the depot", "12 people were killed at the depot", "", "", false, parallax.Contradiction},
	} {
		t.Run(tc.name, func(t *testing.T) {
			speakerB := "the hospital director"
			if tc.sameSide {
				speakerB = "the police"
			}
			stmts, docs := fixture([]row{
				{"a", "d1", tc.da, "the police", "said", "", tc.a},
				{"b", "d2", tc.db, speakerB, "said", "", tc.b},
			})
			got := ""
			for _, c := range Compare(stmts, docs).Conflicts {
				got = c.Kind
			}
			if got != tc.want {
				t.Errorf("%q / %q: conflict %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestTalliesOfUnorderedReports checks that two tallies of those a
// happening befell, in reports that cannot be put in order, are an update
// as much as a contradiction when the story was reported over several
// days, and a contradiction when it was not or when one tally is none.
func TestTalliesOfUnorderedReports(t *testing.T) {
	for _, tc := range []struct {
		name     string
		a, b     string // contents of an undated report and a dated one
		otherDay string // the date of a third report of the story
		want     string
	}{
		{"a story of several days", "three people were injured in the fire at the Harwell mill", "ten people were injured in the fire at the Harwell mill", "2024-05-01", ""},
		{"a story of one day", "three people were injured in the fire at the Harwell mill", "ten people were injured in the fire at the Harwell mill", "2024-05-02", parallax.Contradiction},
		{"none against some", "no one was injured in the fire at the Harwell mill", "ten people were injured in the fire at the Harwell mill", "2024-05-01", parallax.Contradiction},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := conflictKinds([]row{
				{"a", "d1", "", "the police", "said", "", tc.a},
				{"b", "d2", "2024-05-02", "the hospital director", "said", "", tc.b},
				{"c", "d3", tc.otherDay, "the mayor", "said", "", "the mill at Harwell will be rebuilt by its owners"},
			})
			if got[pairKey("a", "b")] != tc.want {
				t.Errorf("%q / %q: conflicts %v, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestKinds checks that each kind is told apart on invented text.
func TestKinds(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want string
	}{
		{"contradiction: yes against no", []row{
			{"a", "d1", "", "the mayor", "said", "", "the dam was inspected by engineers last spring"},
			{"b", "d2", "", "the engineers' union", "said", "", "the dam was not inspected by engineers last spring"},
		}, parallax.Contradiction},
		{"refutation: a denial of the claim", []row{
			{"a", "d1", "", "the opposition", "said", "", "the governor sold the harbour land to his brother"},
			{"b", "d1", "", "the governor", "denied", "", "that he sold the harbour land to his brother"},
		}, parallax.Refutation},
		{"refutation: contrary to what has been reported", []row{
			{"a", "d1", "", "the Courier", "reported", "", "talks between the club and the coach have broken down"},
			{"b", "d2", "", "the coach", "said", "", "contrary to what has been reported, talks between the club and the coach have not broken down"},
		}, parallax.Refutation},
		{"refutation: a denial answers an allegation", []row{
			{"a", "d1", "", "the river authority", "accused", "", "Dunmore Mills of dumping blue dye into the river below the old weir"},
			{"b", "d1", "", "Dunmore Mills", "said", "", "it had not dumped blue dye into the river below the old weir"},
		}, parallax.Refutation},
		{"contradiction: the same denial in another report", []row{
			{"a", "d1", "", "the river authority", "accused", "", "Dunmore Mills of dumping blue dye into the river below the old weir"},
			{"b", "d2", "", "Dunmore Mills", "said", "", "it had not dumped blue dye into the river below the old weir"},
		}, parallax.Contradiction},
		{"a belief is no claim of fact", []row{
			{"a", "d1", "", "the mayor", "said", "", "the dam was inspected by engineers last spring"},
			{"b", "d2", "", "the engineers' union", "suspects", "", "the dam was not inspected by engineers last spring"},
		}, ""},
		{"a belief held as certain is", []row{
			{"a", "d1", "", "the mayor", "said", "", "the dam was inspected by engineers last spring"},
			{"b", "d2", "", "the engineers' union", "is convinced", "", "the dam was not inspected by engineers last spring"},
		}, parallax.Contradiction},
		{"reversal: one speaker, later the opposite", []row{
			{"a", "d1", "2024-01-10", "the coach", "said", "", "the club will keep the coach next season"},
			{"b", "d2", "2024-03-02", "the coach", "said", "", "the club will not keep the coach next season"},
		}, parallax.Reversal},
		{"agreement is no conflict", []row{
			{"a", "d1", "", "the mayor", "said", "", "the dam was not inspected last spring"},
			{"b", "d2", "", "the union", "said", "", "the dam was not inspected last spring"},
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture(tc.rows)
			for i := range stmts {
				if strings.HasPrefix(stmts[i].Cue, "suspects") || strings.HasPrefix(stmts[i].Cue, "is convinced") {
					stmts[i].Kind = parallax.Belief
				}
			}
			got := ""
			for _, c := range Compare(stmts, docs).Conflicts {
				got = c.Kind
			}
			if got != tc.want {
				t.Errorf("kind %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzFrame builds the frame, the claim, the stance and the question
// label of any content and cue: no panic, a stance of the three, a label
// that ends in a question mark.
func FuzzFrame(f *testing.F) {
	f.Add("at least 4 people were killed, not 12", "denied")
	f.Add("That's completely wrong, isn't the one who fired", "said")
	f.Add("\xff\x00 ,,, ?", "")
	f.Add("if, was", "firmly believes")
	f.Add("indicated he", "")
	f.Add(strings.Repeat("no ", 50)+"1,000,000 $ - 5", "rejected")
	f.Fuzz(func(t *testing.T, content, cue string) {
		s := parallax.Statement{ID: "x", Doc: "d", Cue: cue, Content: content}
		fr := newFrame(s)
		switch st := stance(s, &fr); st {
		case parallax.Affirms, parallax.Denies, parallax.Neutral:
		default:
			t.Errorf("stance %q of %q", st, content)
		}
		c := newClaim(s)
		if l := questionLabel([]*stmt{newStmt(&s, 0, parallax.Document{Body: content})}, []claim{c}); !strings.HasSuffix(l, "?") {
			t.Errorf("label %q of %q does not ask", l, content)
		}
		for t2 := range c.terms {
			if t2 == "" {
				t.Errorf("empty term in %q", content)
			}
		}
		_ = fmt.Sprint(opposed(&c, &c, map[string]float64{}, true))
	})
}

// TestQualify checks the places and days a figure is given for, on
// invented sentences: those of its clause and of an opening clause that
// places what follows. Places are terms (stemmed).
func TestQualify(t *testing.T) {
	for _, tc := range []struct {
		in, figure   string
		places, days string
	}{
		{"four people were killed in Harwell", "four", "harwell", ""},
		{"In Harwell, 40 shops were looted", "40", "harwell", ""},
		{"two shells fell inside the refugee camp", "two", "camp", ""},
		{"thousands marched in the streets of Dunmore on Monday", "thousands", "dunmor", "monday"},
		{"12 people were killed in Thursday's bombing", "12", "", "thursday"},
		{"he fell around 2000ft near the hut", "around 2000ft", "hut", ""},
		{"the man, who lived in Harwell, fell 200 metres", "200 metres", "", ""},
		{"shells fell on the airstrip and in the market, 40 of them", "40", "market", ""},
		{"two shells fell on the airstrip near the market", "two", "airstrip market", ""},
		{"one shell fell in the camp, and three fell outside it", "three", "-camp", ""},
		{"one shell fell in the camp, and three fell outside it", "one", "camp", ""},
		{"in Harwell, six shops burned on Monday and four on Tuesday", "four", "harwell", "tuesday"},
		{"300 people were arrested at the march in Harwell", "300", "harwell", ""},
		{"300 people were arrested in Harwell on 2 March", "300", "harwell", "march"},
	} {
		var got *amount
		as, _ := amounts(tc.in)
		for _, a := range as {
			if a.q.Text == tc.figure {
				got = &a
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %q", tc.in, tc.figure)
			continue
		}
		if p, d := strings.Join(got.where.places, " "), strings.Join(got.where.days, " "); p != tc.places || d != tc.days {
			t.Errorf("%q, %q: places %q, days %q; want %q, %q", tc.in, tc.figure, p, d, tc.places, tc.days)
		}
	}
}
