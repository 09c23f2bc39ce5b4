package entity

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestGivenNames checks that a capitalised name read by its shape alone,
// with no title, role or speech verb beside it, is a person's when it
// opens with a given name or with initials, and that names of places and
// bodies that open with a word that is also a given name are not.
func TestGivenNames(t *testing.T) {
	tests := []struct {
		name, body, mention string
		person              bool
	}{
		{"given name and surname", "The jury heard from Dolores Quartermain on Monday.", "Dolores Quartermain", true},
		{"at a sentence opening", "Tobias Wrenfield lost the final in straight sets.", "Tobias Wrenfield", true},
		{"folded spelling", "The report was drafted by Priya Venkataram last year.", "Priya Venkataram", true},
		{"Mc", "The ferry was steered by Declan McTavish that night.", "Declan McTavish", true},
		{"O apostrophe", "Rain delayed Siobhan O'Dowd at the border.", "Siobhan O'Dowd", true},
		{"hyphenated given name", "The prize went to Jean-Marc Dellacroix again.", "Jean-Marc Dellacroix", true},
		{"hyphenated surname", "The case was brought by Harriet Ashby-Crowe in May.", "Harriet Ashby-Crowe", true},
		{"initials", "The well was dug by J. R. Pellingham in the spring.", "J. R. Pellingham", true},
		{"middle initial", "The appeal was signed by Walter K. Ostrander alone.", "Walter K. Ostrander", true},
		{"a Turkish given name", "The tender was won by Mevlüt Karadağlı last year.", "Mevlüt Karadağlı", true},
		{"an Indian given name", "The survey was led by Vasundhara Iyengar in Pune.", "Vasundhara Iyengar", true},
		{"a Czech given name", "The bridge was designed by Bedřich Novotný in 1931.", "Bedřich Novotný", true},
		{"a nickname in quotation marks", "The bill was filed by Rep. Joseph \"Joe\" Kintwell last week.", "Joseph \"Joe\" Kintwell", true},
		{"initials with no space are an abbreviation", "The loan came from the U.S. Quarrymen.", "U.S. Quarrymen", false},
		{"a university named after a person", "The game was played at Wayne State on Friday.", "Wayne State", false},
		{"a stadium", "The crowd filled Cameron Indoor Stadium early.", "Cameron Indoor Stadium", false},
		{"a word no name opens with", "The crowd cheered Northern Quarrymen loudly.", "Northern Quarrymen", false},
		{"a name after the", "The paper was sold to the Boston Clarion in 1990.", "Boston Clarion", false},
		{"a name modifying a noun after the", "She had read the Dorothea Quillfeather novel twice.", "Dorothea Quillfeather", true},
		{"weekday after a name", "The paper cited Harriet Ashby Wednesday.", "Harriet Ashby Wednesday", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newReg(t)
			de := r.Resolve(parallax.Document{ID: "d", Body: tt.body})
			id := resolved(de, tt.mention)
			e, _ := r.Lookup(id)
			if got := e.Type == parallax.Person; got != tt.person {
				t.Errorf("%q is a person: %v, want %v; all: %v", tt.mention, got, tt.person, de.Mentions)
			}
		})
	}
}

func TestGivenName(t *testing.T) {
	tests := []struct {
		w, pronoun string
		ok         bool
	}{
		{"Margaret", "she", true},
		{"Kwame", "he", true},
		{"Franziska", "", true}, // from lists that give no share of bearers
		{"Bedřich", "", true},
		{"jordan", "", true}, // borne by both
		{"Quartermain", "", false},
		{"harbour", "", false},
	}
	for _, tt := range tests {
		p, ok := GivenName(tt.w)
		if p != tt.pronoun || ok != tt.ok {
			t.Errorf("GivenName(%q) = %q, %v; want %q, %v", tt.w, p, ok, tt.pronoun, tt.ok)
		}
	}
}
