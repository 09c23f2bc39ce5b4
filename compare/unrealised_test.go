package compare

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestUnclaimed covers claims whose words on what two statements share
// claim nothing of it: an obligation to do it, or what is to happen
// before it is done; and, alike but claiming, those that conflict.
func TestUnclaimed(t *testing.T) {
	denial := row{"a", "d1", "", "the water board", "said", "", "no decision on the new dam at Elbrook had yet been made by the engineers"}
	for _, tc := range []struct {
		name  string
		other string
		want  map[string]string
	}{
		{"a decision made", "the engineers made the decision on the new dam at Elbrook in secret", map[string]string{"a|b": parallax.Contradiction}},
		{"an obligation to decide", "the engineers still have the responsibility to make the decision on the new dam at Elbrook", map[string]string{}},
		{"responsibilities to decide", "the engineers still have their responsibilities to make the decision on the new dam at Elbrook", map[string]string{}},
		{"a duty to decide", "the engineers have a duty to make the decision on the new dam at Elbrook in public", map[string]string{}},
		{"what is to come before a decision", "the villagers deserve a hearing before the decision on the new dam at Elbrook is made by the engineers", map[string]string{}},
		{"what came before a decision", "the villagers got a hearing before the decision on the new dam at Elbrook was made by the engineers", map[string]string{"a|b": parallax.Contradiction}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := []row{denial, {"b", "d2", "", "the farmers' union", "said", "", tc.other}}
			wantKinds(t, rows, tc.want)
		})
	}
}
