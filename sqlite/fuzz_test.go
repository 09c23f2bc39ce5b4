package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// FuzzPutDocument stores documents with arbitrary text and checks that they
// come back byte for byte. Text outside the JSON columns keeps even invalid
// UTF-8; the JSON columns are compared only for valid UTF-8, which
// encoding/json would otherwise replace.
func FuzzPutDocument(f *testing.F) {
	f.Add("A title", "A body.\n\nSecond paragraph.", "https://example.org/a", "a comment")
	f.Add("", "", "", "")
	f.Add("Заголовок\x00", "body with NUL \x00 inside", "?#%", "\xff\xfe")
	f.Add("'; DROP TABLE documents; --", "\" OR 1=1", "file:x.db?mode=memory", "NEAR(a b)")
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	f.Fuzz(func(t *testing.T, title, body, url, comment string) {
		d := parallax.Document{
			ID: exactID(title, body, url, comment), Source: "fuzz", URL: url, Title: title, Body: body,
			Comments: []parallax.Comment{{Text: comment}},
		}
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatalf("PutDocument: %v", err)
		}
		got, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatalf("Document: %v", err)
		}
		if got.Title != title || got.Body != body || got.URL != url {
			t.Errorf("stored text changed: %q %q %q, want %q %q %q", got.Title, got.Body, got.URL, title, body, url)
		}
		if utf8.ValidString(comment) && !reflect.DeepEqual(got.Comments, d.Comments) {
			t.Errorf("comments %+v, want %+v", got.Comments, d.Comments)
		}
	})
}

// exactID hashes the fields as they are, so that inputs differing in any
// byte get different ids (parallax.DocID folds case and spacing).
func exactID(fields ...string) string {
	h := sha256.New()
	for _, f := range fields {
		fmt.Fprintf(h, "%d:%s", len(f), f)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
