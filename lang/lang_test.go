package lang

import (
	"errors"
	"strings"
	"testing"
)

func TestStemJoinsCaseForms(t *testing.T) {
	p := For("ru")
	if p == nil {
		t.Fatal("no Russian profile")
	}
	share := func(a, b string) bool {
		for _, x := range p.Stems(a) {
			for _, y := range p.Stems(b) {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	tests := []struct {
		a, b string
		same bool
	}{
		{"лавров", "лаврова", true},
		{"лавров", "лавровым", true},
		{"россия", "россии", true},
		{"китай", "китая", true},
		{"сергей", "сергея", true},
		{"иванов", "иван", false},
		{"ирак", "иран", false},
	}
	for _, tt := range tests {
		if got := share(tt.a, tt.b); got != tt.same {
			t.Errorf("%s and %s share a stem: %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestProfileData(t *testing.T) {
	p := For("ru")
	if p.Given("юрия") != "m" || p.Given("марии") != "f" || p.Given("москвы") != "" {
		t.Error("given names are not recognised in their case forms")
	}
	if !p.Is(Title, "министр") || !p.Is(OrgHead, "партии") || p.Is(Stop, "москва") {
		t.Error("word classes are wrong")
	}
	if p.Month("ноября") != 11 {
		t.Errorf("ноября is month %d, want 11", p.Month("ноября"))
	}
	if For("xx") != nil {
		t.Error("a language without data has a profile")
	}
}

func TestReadTSVNamesTheBadLine(t *testing.T) {
	err := ReadTSV(strings.NewReader("# header\na\tb\n\nbad\n"), "test.tsv", func(f []string) error {
		if len(f) < 2 {
			return errTooShort
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "test.tsv line 4") {
		t.Errorf("error %v does not name test.tsv line 4", err)
	}
}

var errTooShort = errors.New("too few fields")

// TestEnglishGlossReadsEveryForm checks that a Russian word is read in
// English in its case and tense forms, and that a word the glossary lacks
// gives nothing.
func TestEnglishGlossReadsEveryForm(t *testing.T) {
	p := For("ru")
	for w, want := range map[string]string{
		"колонна": "convoy", "колонну": "convoy", "колонной": "convoy",
		"прошла": "cross", "пересекли": "cross", "никакая": "any",
		"военные": "military", "степанакерт": "",
	} {
		if got := p.English(w); got != want {
			t.Errorf("English(%q) = %q, want %q", w, got, want)
		}
	}
}
