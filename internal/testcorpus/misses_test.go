package testcorpus

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// missBody holds statements of two speakers.
const missBody = "Kovacs said the bridge will reopen in May after the repairs, that the toll will stay, that the ramps will widen and that the old pier will close for good. Berger said the ferry stays."

// at returns a prediction of speaker whose content is the first occurrence
// of content in missBody, with its rune offsets.
func at(speaker, content string) parallax.Statement {
	i := len([]rune(missBody[:strings.Index(missBody, content)]))
	return parallax.Statement{SpeakerName: speaker, Content: content, Start: i, End: i + len([]rune(content))}
}

func spanOf(speaker, content string) Span {
	s := at(speaker, content)
	return Span{Speaker: speaker, Start: s.Start, End: s.End}
}

func TestClassifyMiss(t *testing.T) {
	body := []rune(missBody)
	gold := spanOf("Anna Kovacs", "the bridge will reopen in May after the repairs")
	tests := []struct {
		name string
		pred []parallax.Statement
		want string
	}{
		{"nothing predicted", nil, Untouched},
		{"only the other statement", []parallax.Statement{at("Berger", "the ferry stays")}, Untouched},
		{"a longer cut", []parallax.Statement{at("Kovacs", "the bridge will reopen in May after the repairs, that the toll will stay, that the ramps will widen and that the old pier will close for good")}, Longer},
		{"a shorter cut", []parallax.Statement{at("Kovacs", "the bridge")}, Shorter},
		{"the content under the same speaker, taken", []parallax.Statement{at("Kovacs", "the bridge will reopen in May")}, Taken},
		{"no speaker", []parallax.Statement{at("", "the bridge will reopen in May")}, NoSpeaker},
		{"a description", []parallax.Statement{at("officials", "the bridge will reopen in May")}, Described},
		{"another name", []parallax.Statement{at("Tom Berger", "the bridge will reopen in May")}, OtherName},
		{"another name wins over taken", []parallax.Statement{at("Kovacs", "the bridge will reopen in May"), at("Tom Berger", "the bridge will reopen in May")}, OtherName},
	}
	for _, tt := range tests {
		if got := ClassifyMiss(body, gold, tt.pred); got != tt.want {
			t.Errorf("%s: ClassifyMiss = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestClassifyExtra(t *testing.T) {
	body := []rune(missBody)
	gold := []Span{
		spanOf("Anna Kovacs", "the bridge will reopen in May after the repairs"),
		spanOf("Tom Berger", "the ferry stays"),
	}
	tests := []struct {
		name string
		pred parallax.Statement
		want string
	}{
		{"over no gold span", at("Kovacs", "Kovacs said"), Outside},
		{"another speaker's content", at("Kovacs", "the ferry stays"), WrongSpeaker},
		{"cut otherwise", at("Kovacs", "after the repairs"), CutOtherwise},
	}
	for _, tt := range tests {
		if got := ClassifyExtra(body, gold, tt.pred); got != tt.want {
			t.Errorf("%s: ClassifyExtra = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBreakdownString(t *testing.T) {
	b := Breakdown{Untouched: 2}
	b.Add(Breakdown{Untouched: 1, Outside: 4})
	want := "gold missed: untouched 3, longer 0, shorter 0, taken 0, no speaker 0, described 0, other name 0; predictions unmatched: outside 4, wrong speaker 0, cut otherwise 0"
	if got := b.String(); got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}
