package compare

import "testing"

func TestRelays(t *testing.T) {
	for _, tc := range []struct {
		content string
		want    bool
	}{
		{"citing witnesses at the harbour", true},
		{"according to the coastguard the ferry sank off Varn", true},
		{"injuries, but a nurse who spoke to the crew later said nobody was hurt", true},
		{"the ferry sank, whereas the coastguard reported that it ran aground", true},
		{"the ferry sank off Varn, but the crew survived", false},
		{"the ferry sank off Varn and the harbour master said so", false},
		{"all of whom said two boats capsized but that none of the crew drowned", false},
		{"There was no immediate comment from the ministry on Friday", true},
		{"the ministry could not be reached on Friday", true},
		{"the ministry made no comment on the ferry", true},
		{"the ministry commented on the ferry on Friday", false},
		{"", false},
	} {
		if got := relays(tc.content); got != tc.want {
			t.Errorf("relays(%q) = %v, want %v", tc.content, got, tc.want)
		}
	}
}

// TestRelayTakesNoSide checks that a statement holding both sides of a
// dispute, or only an attribution, conflicts with neither side.
func TestRelayTakesNoSide(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want int
	}{{
		name: "both sides",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", "the ferry left the quay before the storm warning"},
			{"b", "d1", "", "the ferry company", "said", "", "a delay, but a passenger later said the ferry did not leave the quay before the storm warning"},
		},
	}, {
		name: "one side each",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", "the ferry left the quay before the storm warning"},
			{"b", "d1", "", "a passenger", "said", "", "the ferry did not leave the quay before the storm warning"},
		},
		want: 1,
	}} {
		stmts, docs := fixture(tc.rows)
		if got := Compare(stmts, docs).Conflicts; len(got) != tc.want {
			t.Errorf("%s: %d conflicts, want %d: %v", tc.name, len(got), tc.want, got)
		}
	}
}
