package claim

import "testing"

// TestAndName checks that a subject joining a pronoun or a name and another
// name with "and" gives the statement to each: the pronoun's antecedent or
// the first named, and the one named after, described or not.
func TestAndName(t *testing.T) {
	tests := []struct {
		name, body string
		speakers   []string // speaker names of the statements, in order
	}{
		{"a described name", "Dorian Fleckney runs a bakery in Arlow. He and his wife Mara said the rent had doubled.",
			[]string{"Dorian Fleckney", "Mara"}},
		{"a name alone", "Ilse Brandt runs a bakery in Arlow. She and Mara Quill said the rent had doubled.",
			[]string{"Ilse Brandt", "Mara Quill"}},
		{"after the reported clause", "Dorian Fleckney runs a bakery in Arlow. Rents will keep rising this year, he and his business partner Oskar Wend told reporters.",
			[]string{"Dorian Fleckney", "Oskar Wend"}},
		{"a name before the described one", "Dorian Fleckney and his wife Mara said the rent had doubled.",
			[]string{"Dorian Fleckney", "Mara"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, s := range extract(t, tt.body, "") {
				names = append(names, s.SpeakerName)
			}
			if len(names) != len(tt.speakers) {
				t.Fatalf("speakers %q, want %q", names, tt.speakers)
			}
			for i := range names {
				if names[i] != tt.speakers[i] {
					t.Errorf("statement %d speaker %q, want %q", i, names[i], tt.speakers[i])
				}
			}
		})
	}
}
