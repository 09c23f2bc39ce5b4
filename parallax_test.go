package parallax_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestDocID(t *testing.T) {
	base := parallax.DocID("Talks stall", "Monitors found tanks.\n\nThe council said so.")
	tests := []struct {
		name, title, body string
		same              bool
	}{
		{"identical", "Talks stall", "Monitors found tanks.\n\nThe council said so.", true},
		{"spacing and case folded", "  talks  STALL ", "Monitors   found tanks.\r\n\r\n\tThe council said so. ", true},
		{"a changed word", "Talks stall", "Monitors found trucks.\n\nThe council said so.", false},
		{"a changed title", "Talks resume", "Monitors found tanks.\n\nThe council said so.", false},
	}
	for _, tt := range tests {
		got := parallax.DocID(tt.title, tt.body)
		if (got == base) != tt.same {
			t.Errorf("%s: DocID = %s, base %s, want same=%v", tt.name, got, base, tt.same)
		}
	}
	if len(base) != 16 {
		t.Errorf("DocID length %d, want 16 hex digits", len(base))
	}
}

func TestErrorCode(t *testing.T) {
	err := fmt.Errorf("open: %w", parallax.Errorf(parallax.ENotFound, "document %s", "x"))
	if got := parallax.ErrorCode(err); got != parallax.ENotFound {
		t.Errorf("ErrorCode = %q, want %q", got, parallax.ENotFound)
	}
	if got := parallax.ErrorCode(errors.New("boom")); got != parallax.EInternal {
		t.Errorf("ErrorCode(plain) = %q, want internal", got)
	}
	if got := parallax.ErrorCode(nil); got != "" {
		t.Errorf("ErrorCode(nil) = %q, want empty", got)
	}
}
