package compare

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestClauseClash covers claims of two speakers that share little as a
// whole, one of whose clauses denies all that a clause of the other
// asserts, and the pairs that must not be flagged.
func TestClauseClash(t *testing.T) {
	const long = "the ferry did not sail from the quay, and the crew spent the night in the town hall with the mayor, the lock keeper and the fishermen of Velden"
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "a denied clause asserted in full",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", long},
			{"b", "d2", "", "the ferry company", "said", "", "the ferry sailed from the quay at dawn"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "the denial says more than the assertion",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", "the ferry did not sail from the north quay, and the crew spent the night in the town hall with the mayor, the lock keeper and the fishermen of Velden"},
			{"b", "d2", "", "the ferry company", "said", "", "the ferry sailed from the quay at dawn"},
		},
		want: map[string]string{},
	}, {
		name: "the assertion in a clause that tells of something beside",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", long},
			{"b", "d2", "", "the ferry company", "said", "", "the storm reached the island when the ferry sailed from the quay"},
		},
		want: map[string]string{},
	}, {
		name: "what a clause that tells of something beside says is so",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", long},
			{"b", "d2", "", "the ferry company", "said", "", "in cases where the pilot reports that the ferry sailed from the quay, the lock is closed"},
		},
		want: map[string]string{},
	}, {
		name: "a hedged assertion",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", long},
			{"b", "d2", "", "the ferry company", "said", "", "the ferry may have sailed from the quay at dawn"},
		},
		want: map[string]string{},
	}, {
		name: "one speaker",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", long},
			{"b", "d1", "", "the harbour master", "said", "", "the ferry sailed from the quay at dawn"},
		},
		want: map[string]string{},
	}, {
		name: "one speaker in two reports",
		rows: []row{
			{"a", "d1", "2024-05-02", "the harbour master", "said", "", long},
			{"b", "d2", "2024-05-06", "the harbour master", "said", "", "the ferry sailed from the quay at dawn"},
		},
		want: map[string]string{"a|b": parallax.Reversal},
	}, {
		name: "one speaker in two reports, in other words alike",
		rows: []row{
			{"a", "d1", "2024-05-02", "the harbour master", "said", "", "the ferry stayed at the quay, and the crew spent the night in the town hall with the mayor, the lock keeper and the fishermen of Velden"},
			{"b", "d2", "2024-05-06", "the harbour master", "said", "", "the ferry remained at the quay at dawn"},
		},
		want: map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}
