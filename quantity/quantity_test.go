package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// show writes the parts of a quantity a test checks, in one line.
func show(q Quantity) string {
	b := func(x float64) string {
		if x == Unbounded {
			return "inf"
		}
		return fmt.Sprintf("%g", x)
	}
	lo, hi := "[", "]"
	if q.LowOpen {
		lo = "("
	}
	if q.HighOpen {
		hi = ")"
	}
	s := fmt.Sprintf("%s %s%s,%s%s %s", q.Text, lo, b(q.Low), b(q.High), hi, q.Dim)
	if q.Unit != "" {
		s += " " + q.Unit
	}
	if q.Head.Text != "" {
		s += " head=" + q.Head.Text
	}
	if q.Event.Text != "" {
		s += " event=" + q.Event.Text
	}
	if q.Befell != "" {
		s += " befell=" + q.Befell
	}
	if q.Aspect != "" {
		s += " aspect=" + q.Aspect
	}
	if q.Ordinal {
		s += " rank"
	}
	if q.Prior {
		s += " prior"
	}
	if q.Part {
		s += " part"
	}
	return s
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // quantities shown, joined by " | "
	}{
		// numbers in digits and words
		{"Four people were killed.", "Four [4,4] count head=people event=killed"},
		{"twenty-one soldiers", "twenty-one [21,21] count head=soldiers"},
		{"one hundred and twenty houses", "one hundred and twenty [120,120] count head=houses"},
		{"1,200 refugees", "1,200 [1200,1200] count head=refugees"},
		// thousands set apart by a comma and a space
		{"the march drew 12, 500 people", "12, 500 [12500,12500] count head=people event=drew"},
		{"a fine of $3, 250, 000", "$3, 250, 000 [3.25e+06,3.25e+06] money USD"},
		{"they counted 3, 4 and 5 boats", "3 [3,3] count event=counted | 4 [4,4] count | 5 [5,5] count head=boats"},
		{"in 2019, 300 boats sailed", "2019 [2019,2019] year | 300 [300,300] count head=boats event=sailed"},
		{"2.5 million residents", "2.5 million [2.45e+06,2.55e+06] count head=residents"},
		{"five million voters", "five million [5e+06,5e+06] count head=voters"},
		{"half a million people", "half a million [500000,500000] count head=people"},
		{"two dozen boats", "two dozen [24,24] count head=boats"},
		{"a dozen boats", "a dozen [12,12] count head=boats"},
		// vague amounts
		{"dozens of protesters", "dozens of [24,99] count head=protesters"},
		{"a handful of soldiers", "a handful of [2,6] count head=soldiers"},
		{"hundreds were arrested", "hundreds [200,999] count event=arrested"},
		{"hundreds of thousands of people fled", "hundreds of thousands [200000,999000] count head=people event=fled"},
		{"one of my sons was killed", "one [1,1] count head=sons event=killed part"},
		{"two of them were arrested", "two [2,2] count event=arrested part"},
		{"the van struck two other cars", "two [2,2] count head=cars event=struck part"},
		{"three more bodies were found", "three [3,3] count head=bodies event=found part"},
		{"several hundred troops", "several hundred [300,900] count head=troops"},
		// qualifiers
		{"at least 4 dead", "at least 4 [4,inf] count head=dead event=dead befell=die"},
		{"more than 1,200 refugees", "more than 1,200 (1200,inf] count head=refugees"},
		{"over 50 tanks", "over 50 (50,inf] count head=tanks"},
		{"up to 10 tanks", "up to 10 [0,10] count head=tanks"},
		{"within 3 miles of the coast", "within 3 miles [0,4828.032] length mi head=coast"},
		{"as many as 300 people", "as many as 300 [0,300] count head=people"},
		{"only one person died", "only one [1,1] count head=person event=died"},
		{"about 200 soldiers", "about 200 [180,220] count head=soldiers"},
		{"nearly 100 homes", "nearly 100 [90,100) count head=homes"},
		{"fewer than 5 boats", "fewer than 5 [0,5) count head=boats"},
		// ranges
		{"between 3 and 5 people", "between 3 and 5 [3,5] count head=people"},
		{"3-5 people", "3-5 [3,5] count head=people"},
		{"3 to 5 million people", "3 to 5 million [3e+06,5.5e+06] count head=people"},
		{"one or two shots", "one or two [1,2] count head=shots"},
		{"it rose from 3 to 5", "3 [3,3] count | 5 [5,5] count"},
		// money
		{"$5m ransom", "$5m [4.5e+06,5.5e+06] money USD head=ransom"},
		{"€3.2bn deal", "€3.2bn [3.15e+09,3.25e+09] money EUR head=deal"},
		{"5 million dollars", "5 million dollars [4.5e+06,5.5e+06] money USD"},
		{"£200", "£200 [200,200] money GBP"},
		// units
		{"155mm shells", "155mm [0.155,0.155] length mm head=shells"},
		{"3 km", "3 km [3000,3000] length km"},
		{"a 7.1-magnitude quake", "7.1-magnitude [7.1,7.1] magnitude M head=quake"},
		{"5% of voters", "5% [5,5] percent % head=voters"},
		{"12 per cent", "12 per cent [12,12] percent %"},
		{"a 25-year-old man", "25-year-old [25,25] age yr head=man"},
		{"for three years", "three years [9.46728e+07,9.46728e+07] duration yr"},
		// events before the number, heads before the verb
		{"killing at least 12 people", "at least 12 [12,inf] count head=people event=killing"},
		{"The death toll rose to 45.", "45 [45,45] count head=death toll event=rose"},
		{"The toll is 45.", "45 [45,45] count head=toll"},
		// figures given without the counted noun beside them
		{"the death toll stands at 20", "20 [20,20] count head=death toll"},
		{"the death toll from the storm in the valley climbs to 31", "31 [31,31] count head=death toll"},
		{"the wardens put the crowd at 30,000", "30,000 [30000,30000] count head=crowd"},
		{"the wardens put the crowd on the green at 30,000", "30,000 [30000,30000] count head=crowd"},
		{"the wardens saw the crowd at 30,000 feet", "30,000 feet [9144,9144] length ft"},
		{"120 new cases of cholera were reported this week", "120 [120,120] count head=cases event=reported"},
		{"the court sentenced Ann Hale to 12 years", "12 years [3.786912e+08,3.786912e+08] duration yr head=Ann Hale event=sentenced"},
		{"the council raised the fare to $3", "$3 [3,3] money USD head=fare event=raised"},
		{"the takeover of the mill is worth $2 billion", "$2 billion [1.8e+09,2.2e+09] money USD head=takeover"},
		{"the storm left three people dead", "three [3,3] count head=people event=dead befell=die"},
		{"the storm left 3 dead", "3 [3,3] count head=dead event=dead befell=die"},
		{"the storm claimed the lives of 5", "5 [5,5] count head=lives befell=die"},
		{"the storm claimed five lives", "five [5,5] count head=lives event=claimed befell=die"},
		{"the wardens saved five lives", "five [5,5] count head=lives event=saved"},
		{"the death toll of the shelling at 40", "40 [40,40] count head=death toll event=shelling"},
		// none, dates, years, times, pronouns
		{"No one was killed.", "No one [0,0] count event=killed"},
		{"no casualties were reported", "no [0,0] count head=casualties event=reported"},
		// a word for none in an idiom, or before a noun seldom tallied,
		// counts nothing
		{"There is no doubt that the weir broke.", ""},
		{"Kestrel Mills is no longer open.", ""},
		{"There was no way the ferry could dock.", ""},
		{"The warden had no comment.", ""},
		{"The clinic gave no aid to the drovers.", ""},
		{"none of the drovers were hurt", "none [0,0] count head=drovers event=hurt"},
		// one of a group that no figure counts is no tally
		{"the levy was one of a number of ways the board raised funds", "a number of [2,20] count head=ways"},
		{"it was one of several moves", "several [3,9] count head=moves"},
		{"No, he said.", ""},
		{"In 2012 it rained.", "2012 [2012,2012] year"},
		{"On March 3 it rained.", "3 [3,3] date"},
		{"at 10:30 local time", "10:30 local time [630,630] time min"},
		{"about 5:45 p.m.", "about 5:45 p.m. [1050,1080] time min"},
		{"at 9 pm and 12 a.m.", "9 pm [1260,1260] time min | 12 a.m. [0,0] time min"},
		{"at 8.40am", "8.40am [520,520] time min"},
		{"0800 GMT", "0800 GMT [480,480] time utc"},
		{"from 07:28 to 08:06 UTC", "07:28 [448,448] time min | 08:06 UTC [486,486] time utc"},
		{"between 07:28 and 08:06", "between 07:28 and 08:06 [448,486] time min"},
		{"by Dec. 31 and on May 29th", "31 [31,31] date | 29th [29,29] date"},
		{"Robert Pitman, 24, is accused", "24 [24,24] age yr head=Pitman"},
		{"Ann Hale, now 16, is accused", "16 [16,16] age yr head=Hale"},
		{"there are now 16 seats", "16 [16,16] count head=seats"},
		{"the SMW4 cable and F-16 jets", ""},
		{"a magnitude of 5.9", "magnitude of 5.9 [5.9,5.9] magnitude M"},
		{"put the quake's magnitude at 5.9", "magnitude at 5.9 [5.9,5.9] magnitude M"},
		{"the one who came", ""},
		{"how many people", ""},
		{"the 3rd day, a 5G mast", ""},
		{"won 91-73 and went 36-3", ""},
		{"on 01/5/2011 at odds of 2/1", ""},
		{"at 2:09 am PST", "2:09 am PST [609,609] time utc"}, // UTC where the zone says
		// times of day in words, and the words that bound only them
		{"the blast happened shortly after noon", "shortly after noon [720,780] time min head=blast event=happened"},
		{"the blast happened in the afternoon", "the afternoon [720,1080] time min head=blast event=happened"},
		{"the bomb went off at 9 pm", "9 pm [1260,1260] time min head=bomb event=went"},
		{"the fire broke out shortly after noon", "shortly after noon [720,780] time min head=fire event=broke"},
		{"the blast came just before 9:30 am", "just before 9:30 am [510,570] time min head=blast event=came"},
		{"after 2:09 am PST", "after 2:09 am PST [609,inf] time utc"},
		{"shortly after two men came in", "two [2,2] count head=men"},
		{"after three days of talks", "three days [259200,259200] duration d head=talks"},
		{"at 11 p.m. EST", "11 p.m. EST [240,240] time utc"},
		{"two and a half hours", "two and a half hours [9000,9000] duration h"},
		{"15 critically injured", "15 [15,15] count event=injured"},
		{"the 80 wounded remained in hospital", "80 [80,80] count head=wounded event=wounded"},
		{"three or four fell outside", "three or four [3,4] count event=fell"},
		{"it might only be two or three", "two or three [2,3] count"},
		// the aspect of a length: depth, distance, height
		{"it struck 2 km below ground", "2 km [2000,2000] length km event=struck aspect=depth"},
		{"it had a depth of 4.5 km", "4.5 km [4500,4500] length km aspect=depth"},
		{"it struck 73 km west of the city", "73 km [73000,73000] length km event=struck aspect=distance"},
		{"a wall 4 metres high", "4 metres [4,4] length m head=high aspect=height"},
		{"he walked 5 km to the town", "5 km [5000,5000] length km event=walked"},
		// the subject of a verb of measuring is what the figure measures
		{"the quake measured magnitude-5.9", "magnitude-5.9 [5.9,5.9] magnitude M head=quake"},
		{"the tremor registered 4.2 on the scale", "4.2 [4.2,4.2] count head=tremor"},
		{"the tremor registered 4.1", "4.1 [4.1,4.1] count head=tremor"},
		// ranks and counts of those before
		{"this is his second drunk-driving conviction", "second [2,2] count head=conviction rank"},
		{"he has three prior convictions", "three [3,3] count head=convictions prior"},
		{"it was first reported on Monday", ""},
		{"the first quake struck at dawn", "first [1,1] count head=quake event=struck rank"},
		// the object of a preposition is no subject of the verb after it
		{"buildings in seven villages were destroyed", "seven [7,7] count head=villages"},
		{"seven villages were destroyed", "seven [7,7] count head=villages event=destroyed"},
		// a participle before the counted noun is what befell it
		{"the riot left 355 damaged shops", "355 [355,355] count head=shops event=damaged"},
		// unless a verb takes the count as its object: it says what they are
		{"the van hit two parked cars", "two [2,2] count head=cars event=hit"},
		{"12 stolen cars were found", "12 [12,12] count head=cars event=stolen"},
		{"the 12 remaining soldiers", "12 [12,12] count head=soldiers"},
		// a figure restated in another unit narrows to what both allow
		{"the climber fell about 1000ft (305 metres) down the face", "about 1000ft (305 metres) [304.5,305.5] length ft event=fell"},
		{"a ridge some 3 km (2 miles) long", "some 3 km (2 miles) [2700,3300] length km"},
		{"a dam 40 metres (131 feet) high", "40 metres (131 feet) [40,40] length m"},
		{"a dam 40 metres (300 feet) high", "40 metres [40,40] length m | 300 feet [91.44,91.44] length ft"},
		{"damage put at $1 million ($1.5 million)", "$1 million [900000,1.1e+06] money USD | $1.5 million [1.45e+06,1.55e+06] money USD"},
		{"a march of 5 km (3 miles) and 20 km (12 miles)", "5 km (3 miles) [5000,5000] length km | 20 km (12 miles) [20000,20000] length km"},
		{"as many as 20,000 people took to the streets", "as many as 20,000 [0,20000] count head=people event=took"},
		// the verb a count is the object of is its event
		{"the rangers arrested seven men", "seven [7,7] count head=men event=arrested"},
		{"two men were arrested", "two [2,2] count head=men event=arrested"},
		{"four wounded were carried out", "four [4,4] count head=wounded event=wounded"},
		{"guards found two dead", "two [2,2] count head=dead event=found befell=die"},
		{"two dead were found", "two [2,2] count head=dead event=found befell=die"},
		{"the mill will cut 500 jobs", "500 [500,500] count head=jobs event=cut"},
		{"they hope to hire 40 clerks", "40 [40,40] count head=clerks event=hire"},
		{"a level 3 alert", "3 [3,3] count head=alert"},
		// an age is said of a person, not counted
		{"the baker, aged 64, was detained", "64 [64,64] age yr head=baker"},
		{"two clerks, aged between 30 and 40, left", "two [2,2] count head=clerks | between 30 and 40 [30,40] age yr head=clerks"},
		{"a 64-year-old man was arrested", "64-year-old [64,64] age yr head=man"},
		{"the 9-year-old was hurt", "9-year-old [9,9] age yr"},
		// a measure in words before the noun it describes
		{"a four-year contract", "four-year [1.262304e+08,1.262304e+08] duration yr head=contract"},
		{"a two-week strike", "two-week [1.2096e+06,1.2096e+06] duration wk head=strike"},
		{"a twenty-five-year-old driver", "twenty-five-year-old [25,25] age yr head=driver"},
		{"one-hundred people marched", "one-hundred [100,100] count head=people event=marched"},
		{"two-hundred-fifty people marched", "two-hundred-fifty [250,250] count head=people event=marched"},
		{"a one-way street", ""},
		{"a fifty-fifty chance", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Parse(tt.in) {
			got = append(got, show(q))
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("Parse(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

func TestOffsets(t *testing.T) {
	s := "Жертвы: at least four people — “only one” died"
	rs := []rune(s)
	for _, q := range Parse(s) {
		if string(rs[q.Start:q.End]) != q.Text {
			t.Errorf("%q at %d..%d reads %q", q.Text, q.Start, q.End, string(rs[q.Start:q.End]))
		}
		for _, sp := range []struct {
			a, b int
			s    string
		}{{q.Head.Start, q.Head.End, q.Head.Text}, {q.Event.Start, q.Event.End, q.Event.Text}} {
			if string(rs[sp.a:sp.b]) != sp.s {
				t.Errorf("span %q at %d..%d reads %q", sp.s, sp.a, sp.b, string(rs[sp.a:sp.b]))
			}
		}
	}
}

func TestCompatible(t *testing.T) {
	one := func(s string) Quantity {
		qs := Parse(s)
		if len(qs) != 1 {
			t.Fatalf("Parse(%q) = %d quantities, want 1", s, len(qs))
		}
		return qs[0]
	}
	tests := []struct {
		a, b string
		want int // Order(a, b)
	}{
		{"at least 4", "5", 0},
		{"only 1", "at least 4", -1},
		{"more than 4", "4", 1},
		{"at least 4", "4", 0},
		{"fewer than 5", "5", -1},
		{"up to 10", "7", 0},
		{"about 100", "95", 0},
		{"about 100", "120", -1},
		{"nearly 100", "100", -1},
		{"dozens", "50", 0},
		{"dozens", "3", 1},
		{"a handful", "hundreds", -1},
		{"between 3 and 5", "4", 0},
		{"3-5", "7", -1},
		{"2.5 million", "2,512,000", 0},
		{"$5m", "$5.6m", -1},
		{"an estimated $1 million", "more than $1 million", 0},
		{"one of my sons was killed", "40 people were killed", 0},
		{"four of the victims were children", "two people were killed", 1},
		{"one of my sons was killed", "four of them were killed", 0},
		{"about 9 p.m.", "9:10 p.m.", 0},
		{"about 9 p.m.", "9:30 p.m.", -1},
		{"$5m", "€5m", 0},           // not comparable: different currencies
		{"3 km", "3,000 metres", 0}, // units convert
		{"3 km", "5 miles", -1},
		{"5 km", "5", 0}, // not comparable: a length and a count
		{"no one died", "four", -1},
		{"2:09 am PST", "10:09 GMT", 0}, // one moment in two zones
		{"5 p.m. GMT", "6 p.m. GMT", -1},
		{"3 p.m.", "1200 GMT", 0}, // not comparable: a local time, a UTC one
		{"his second conviction", "three prior convictions", -1},
		{"his fourth conviction", "three prior convictions", 0},
		{"his second conviction", "three convictions", 0},    // not comparable: the three may hold this one
		{"his second conviction", "his third conviction", 0}, // two ranks: not comparable
		{"no prior convictions", "his first conviction", 0},
		{"2 km below ground", "9 km from the coast", 0}, // not comparable: a depth and a distance
		{"2 km below ground", "9 km deep", -1},
		{"2 km below ground", "9 km", -1}, // a length of no stated aspect compares with any
		{"about 1000ft (305 metres)", "some 400 metres", -1},
		{"about 1000ft (305 metres)", "about 300 metres", 0},
	}
	for _, tt := range tests {
		a, b := one(tt.a), one(tt.b)
		if got := Order(a, b); got != tt.want {
			t.Errorf("Order(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Order(b, a); got != -tt.want {
			t.Errorf("Order(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
		if Compatible(a, b) != (tt.want == 0) {
			t.Errorf("Compatible(%q, %q) = %v", tt.a, tt.b, !(tt.want == 0))
		}
	}
}

func TestLoad(t *testing.T) {
	if _, err := Load("xx"); err == nil || !strings.Contains(err.Error(), `"xx"`) {
		t.Errorf("Load(xx) error = %v, want one naming the language", err)
	}
	for _, bad := range []string{"qualifier: at_least sometimes", "vague: dozens 99 24", "frobnicate: x", "number four"} {
		if _, err := parseLang("test", bad); err == nil {
			t.Errorf("parseLang(%q): no error", bad)
		}
	}
}

func TestUnitNames(t *testing.T) {
	for _, tc := range []struct{ lang, code, want string }{
		{"en", "%", "% | pc | per cent | percent"},
		{"ru", "%", "% | проц | процент | процента | процентов"},
		{"en", "nope", ""},
	} {
		l, err := Load(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range l.UnitNames(tc.code) {
			got = append(got, strings.Join(n, " "))
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("%s UnitNames(%q) = %q, want %q", tc.lang, tc.code, g, tc.want)
		}
	}
}

// TestRussian checks that a language is added by its data alone: the
// quantity words of its folder in package lang and its month names there.
func TestRussian(t *testing.T) {
	ru, err := Load("ru")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"погибли не менее четырёх человек", "не менее четырёх [4,inf] count head=человек event=погибли"},
		{"около 200 человек были ранены", "около 200 [180,220] count head=человек event=ранены"},
		{"ущерб составил 2,5 млн долларов", "2,5 млн долларов [2.45e+06,2.55e+06] money USD"},
		{"двести пятьдесят домов", "двести пятьдесят [250,250] count head=домов"},
		{"две тысячи беженцев", "две тысячи [2000,2000] count head=беженцев"},
		{"между 3 и 5 танками", "между 3 и 5 [3,5] count head=танками"},
		{"лишь один человек", "лишь один [1,1] count head=человек"},
		{"в 2012 году", "2012 [2012,2012] year"},
		{"12 марта", "12 [12,12] date"},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range ru.Parse(tt.in) {
			got = append(got, show(q))
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("ru.Parse(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
	a, b := ru.Parse("не менее четырёх")[0], ru.Parse("лишь один")[0]
	if Compatible(a, b) {
		t.Errorf("не менее четырёх and лишь один are compatible")
	}
}

func TestAs(t *testing.T) {
	for _, tt := range []struct {
		bare, model, want string // want "" when the bare number keeps its reading
	}{
		{"it was 6.1", "a magnitude of 5.9", "6.1 [6.1,6.1] magnitude M"},
		{"there were more than 50,000", "roughly 30,000 people", "more than 50,000 (50000,inf] count"},
		{"it was 3", "a fall of 2 km", "3 [3000,3000] length km"},
		{"it was 12", "at 9 p.m.", ""},
		{"some 40 miles", "a magnitude of 5.9", ""},
	} {
		b, m := Parse(tt.bare), Parse(tt.model)
		if len(b) != 1 || len(m) != 1 {
			t.Fatalf("Parse(%q), Parse(%q): %d and %d quantities, want 1 each", tt.bare, tt.model, len(b), len(m))
		}
		got, ok := b[0].As(m[0])
		if !ok {
			got = Quantity{}
		}
		if g := show(got); ok != (tt.want != "") || ok && g != tt.want {
			t.Errorf("Parse(%q).As(%q) = %s, %v; want %q", tt.bare, tt.model, g, ok, tt.want)
		}
	}
}
