package lexicon

import (
	"bytes"
	"compress/gzip"
	"slices"
	"strings"
	"testing"
)

func TestLemmas(t *testing.T) {
	tests := []struct{ word, want string }{
		{"killed", "kill"},
		{"died", "die"},
		{"fatalities", "fatality"},
		{"men", "man"},
		{"Deaths", "death"},
		{"death tolls", "death_toll"},
		{"Death  Toll", "death_toll"},
		{"stepped down", "step_down"}, // a verb of two words, inflected on its first
		{"pulled out", "pull_out"},
		{"went", "go"},
		{"injuries", "injury"},
		{"smoothly", "smooth"},
		{"severely", "severe"},
		{"xqzzv", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Lemmas(tt.word); !slices.Contains(got, tt.want) && !(tt.want == "" && len(got) == 0) {
			t.Errorf("Lemmas(%q) = %q, want it to hold %q", tt.word, got, tt.want)
		}
	}
}

func TestLemmasAs(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want string // base forms joined by spaces
	}{
		{"took", Verb, "take"},
		{"fell", Verb, "fell fall"},
		{"fatalities", Verb, ""},
		{"deaths", Noun, "death"},
		// An irregular form is a form only of the part of speech whose
		// exception list gives it.
		{"fell", Noun, "fell"}, // not the noun "fall"
		{"men", Noun, "men man"},
		{"men", Verb, ""}, // not the verb "man"
		{"feet", Verb, ""},
		{"geese", Noun, "goose"},
		{"geese", Verb, ""},
		{"smoothly", Adjective, "smooth"},
		{"smoothly", Verb, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(LemmasAs(tt.word, tt.pos), " "); got != tt.want {
			t.Errorf("LemmasAs(%q, %c) = %q, want %q", tt.word, tt.pos, got, tt.want)
		}
	}
}

func TestIs(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want bool
	}{
		{"killed", Verb, true},
		{"toll", Noun, true},
		{"dead", Adjective, true},
		{"earthquake", Verb, false},
		{"the", Noun, false},
	}
	for _, tt := range tests {
		if got := Is(tt.word, tt.pos); got != tt.want {
			t.Errorf("Is(%q, %c) = %v, want %v", tt.word, tt.pos, got, tt.want)
		}
	}
}

func TestConcepts(t *testing.T) {
	cs := Concepts("deaths")
	if len(cs) == 0 || cs[0].POS() != Noun || !slices.Contains(cs[0].Words(), "death") {
		t.Fatalf("Concepts(deaths) = %v, want death's senses, most frequent first", cs)
	}
	if !strings.HasPrefix(cs[0].String(), "death.n.") {
		t.Errorf("String() = %q, want death.n.ID", cs[0].String())
	}
	// a word that is a noun and the form of a verb has the senses of both
	var nouns, verbs int
	for _, c := range Concepts("killing") {
		switch c.POS() {
		case Noun:
			nouns++
		case Verb:
			verbs++
		}
	}
	if nouns == 0 || verbs == 0 {
		t.Errorf("Concepts(killing): %d noun and %d verb senses, want both", nouns, verbs)
	}
	if bad := ID(-1); !strings.HasPrefix(bad.String(), "?") || bad.POS() != 0 || bad.Words() != nil {
		t.Errorf("a bad ID reads as %q, %c, %q", bad.String(), bad.POS(), bad.Words())
	}
}

// Pairs of real news words and whether they are about one thing. The
// unrelated pairs are attributes a report keeps apart: the dead and the
// injured, the arrested and the killed.
var relatedPairs = []struct {
	a, b string
	want bool
}{
	{"killed", "died", true},
	{"died", "deaths", true},
	{"killed", "fatalities", true},
	{"fatalities", "death toll", true},
	{"died", "death toll", true},
	{"killed", "slain", true},
	{"injured", "wounded", true},
	{"injured", "injuries", true},
	{"arrested", "detained", true},
	{"arrested", "arrests", true},
	{"troops", "soldiers", true},
	{"fired", "shot", true},
	{"bombing", "bombed", true},
	{"resigned", "resignation", true},
	{"elected", "election", true},
	{"killed", "injured", false},
	{"died", "injured", false},
	{"killed", "arrested", false},
	{"deaths", "arrests", false},
	{"boats", "soldiers", false},
	{"earthquake", "election", false},
	{"price", "deaths", false},
	{"xqzzv", "xqzzv", true},
	{"xqzzv", "xqzzw", false},
	{"", "killed", false},
}

func TestRelated(t *testing.T) {
	for _, tt := range relatedPairs {
		if got := Related(tt.a, tt.b); got != tt.want {
			t.Errorf("Related(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if Related(tt.a, tt.b) != Related(tt.b, tt.a) {
			t.Errorf("Related(%q, %q) is not symmetric", tt.a, tt.b)
		}
	}
}

func TestIsA(t *testing.T) {
	tests := []struct {
		word, kind string
		want       bool
	}{
		{"civilians", "person", true},
		{"soldiers", "person", true},
		{"workers", "person", true},
		{"people", "person", true},
		{"children", "person", true},
		{"quake", "earthquake", true},
		{"tanks", "vehicle", true},
		{"boats", "vessel", true},
		{"person", "person", true},
		{"shops", "person", false},
		{"houses", "person", false},
		{"person", "civilian", false},
		{"xqzzv", "person", false},
		{"people", "", false},
	}
	for _, tt := range tests {
		if got := IsA(tt.word, tt.kind); got != tt.want {
			t.Errorf("IsA(%q, %q) = %v, want %v", tt.word, tt.kind, got, tt.want)
		}
	}
}

func TestFirstIsA(t *testing.T) {
	tests := []struct {
		word, kind string
		want       bool
	}{
		{"gunman", "person", true},
		{"dispatchers", "person", true},
		{"cousin", "relative", true},
		{"letter", "person", false}, // a person only as one who lets
		{"computer", "person", false},
		{"police", "person", false},
		{"xqzzv", "person", false},
	}
	for _, tt := range tests {
		if got := FirstIsA(tt.word, tt.kind); got != tt.want {
			t.Errorf("FirstIsA(%q, %q) = %v, want %v", tt.word, tt.kind, got, tt.want)
		}
	}
}

func TestKeysAreSortedAndStable(t *testing.T) {
	a, b := Keys("killed"), Keys("killed")
	if !slices.Equal(a, b) || !slices.IsSorted(a) || len(a) == 0 {
		t.Errorf("Keys(killed) = %v then %v, want one sorted, non-empty answer", a, b)
	}
}

var oppositePairs = []struct {
	a, b string
	want bool
}{
	{"deny", "confirm", true},
	{"denied", "confirmed", true},
	{"affirmed", "denied", true},
	{"rise", "fall", true},
	{"rose", "fell", true},
	{"increase", "decrease", true},
	{"win", "lose", true},
	{"accept", "reject", true},
	{"true", "false", true},
	{"alive", "dead", true},
	{"guilty", "innocent", true},
	// adverbs through the adjectives they are derived from
	{"quickly", "slowly", true},
	{"sufficiently", "insufficiently", true},
	{"peacefully", "violently", true},
	{"legally", "illegally", true},
	// similar adjectives through the heads of clusters that share a word
	{"minor", "serious", true},
	{"smoothly", "slow", true},
	{"chaotic", "orderly", true},
	{"extensive", "limited", true},
	{"big", "serious", false},
	{"serious", "funny", false},
	{"killed", "died", false},
	{"said", "denied", false},
	{"deny", "deny", false},
	{"deny", "denied", false},
	{"confirm", "affirm", false},
	{"rise", "increase", false},
	// antonyms in rare senses or of another sense of a shared word
	{"attack", "arrested", false},
	{"bombed", "won", false},
	{"shelled", "hired", false},
	{"launched", "lost", false},
	{"appointed", "missing", false},
	{"", "", false},
}

func TestOpposite(t *testing.T) {
	for _, tt := range oppositePairs {
		if got := Opposite(tt.a, tt.b); got != tt.want {
			t.Errorf("Opposite(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestAlike(t *testing.T) {
	for _, tt := range []struct {
		a    string
		pa   POS
		b    string
		pb   POS
		want bool
	}{
		{"killed", Verb, "died", Verb, true},       // a cause and its effect
		{"injured", Verb, "wounded", Verb, true},   // synonyms
		{"killed", Verb, "fatalities", Noun, true}, // through "death", which a fatality is a kind of
		{"died", Verb, "death toll", Noun, true},   // a compound through its modifier
		{"arrested", Verb, "arrests", Noun, true},  // derived forms
		{"deaths", Noun, "fatalities", Noun, true}, // a kind of the other
		{"shot", Verb, "killed", Verb, false},      // a way of killing, and many shot live
		{"killed", Verb, "injured", Verb, false},   // different happenings
		{"deaths", Noun, "injuries", Noun, false},  // different happenings
		{"fell", Verb, "killed", Verb, false},      // "fell" as to strike down is a rarer reading
		{"killed", Verb, "close", Noun, false},     // two kinds of an end are not alike
		{"xqzzv", Verb, "xqzzv", Verb, true},       // a word is alike itself
		{"", Verb, "killed", Verb, false},
	} {
		if got := Alike(tt.a, tt.pa, tt.b, tt.pb); got != tt.want {
			t.Errorf("Alike(%q, %c, %q, %c) = %v, want %v", tt.a, tt.pa, tt.b, tt.pb, got, tt.want)
		}
		if Alike(tt.a, tt.pa, tt.b, tt.pb) != Alike(tt.b, tt.pb, tt.a, tt.pa) {
			t.Errorf("Alike(%q, %q) is not symmetric", tt.a, tt.b)
		}
	}
}

func TestForms(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"died", "death", true},       // a verb and the noun derived from it
		{"killed", "died", true},      // a cause and its effect
		{"arrested", "arrest", true},  // one word as verb and noun
		{"shot", "killed", false},     // a way of killing is not a form of it
		{"deaths", "injuries", false}, // different happenings
		{"death", "close", false},     // two kinds of an end
	} {
		if got := shared(Forms(tt.a), Forms(tt.b)); got != tt.want {
			t.Errorf("Forms(%q) and Forms(%q) share a concept: %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestKinds(t *testing.T) {
	for _, tt := range []struct {
		word, kind string
		want       bool
	}{
		{"revolver", "gun", true},     // a handgun is a firearm is a gun
		{"blaze", "fire", true},       // a fire, in other words
		{"sedan", "car", true},        // a kind of car
		{"gun", "revolver", false},    // not the other way
		{"sedan", "truck", false},     // two kinds of one vehicle
		{"revolver", "entity", false}, // too general to say anything
	} {
		senses := Concepts(tt.kind)
		got := slices.ContainsFunc(senses[:min(3, len(senses))], func(id ID) bool { return slices.Contains(Kinds(tt.word), id) })
		if got != tt.want {
			t.Errorf("Kinds(%q) holds a first sense of %q: %v, want %v", tt.word, tt.kind, got, tt.want)
		}
	}
}

func TestHostileInput(t *testing.T) {
	for _, w := range []string{"", " ", "_", "__a__", strings.Repeat("a", 1<<16), "\xff\xfe", "death_", "_toll", "a b c d e f"} {
		Concepts(w)
		Keys(w)
		Related(w, "death")
		Opposite(w, "life")
		Alike(w, Noun, "death", Verb)
		Forms(w)
		Kinds(w)
		Lemmas(w)
	}
}

func TestParseRejectsBadData(t *testing.T) {
	if _, err := parse([]byte("not gzip")); err == nil {
		t.Error("parse accepted bytes that are not gzip")
	}
	for _, bad := range []string{
		"s n1 @5\n",         // pointer past the last synset
		"s n1\nw death 3\n", // lemma naming a missing synset
		"w toll 0\nw death 0\ns n1\n",
		"s n1 @x\n",
		"q what\n",
		"a lonely\n",
		"s n1\nw fall 0\nx fell v\n", // a base without its word
	} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(bad))
		zw.Close()
		if _, err := parse(buf.Bytes()); err == nil {
			t.Errorf("parse accepted %q", bad)
		}
	}
}
