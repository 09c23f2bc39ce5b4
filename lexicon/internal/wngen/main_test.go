package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun derives the data file from a small dictionary written in
// WordNet's format and checks each kind of line.
func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "wordnet.gz")
	if err := run("testdata/dict", out); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	// Synsets in id order: nouns death (0), fatality (1), person (2),
	// people (3); verbs die (4), kill (5), be_born (6); adjectives alive
	// (7), dead (8), slain (9).
	for _, want := range []string{
		"\ns n1 +4\n",    // death: one synset (fatality) below it, derived from die
		"\ns n0 @0\n",    // fatality is a kind of death
		"\ns n0 m2\n",    // people has persons as members
		"\ns v0 >4\n",    // kill causes die
		"\ns a0 !7 &9\n", // dead is the antonym of alive, similar to slain
		"\nw dead 8 9\n", // lemmas keep sense order
		"\nw human_death 1\n",
		"\nw perish 4\n",
		"\nx died vdie\n",    // each base after the part of speech of its list
		"\nx deadly adead\n", // an adverb derived from an adjective is a form of it
		"\nx dice ndie\n",    // the noun "die", where "died" is the verb's
		"\ns v0 !4\n",        // be_born is the antonym of die
		"\nw alive 7\n",      // adjective markers are dropped
		"WordNet 3.0 Copyright 2006 by Princeton University",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "x fatally") {
		t.Errorf("output derives an adverb from an adjective in its second sense:\n%s", got)
	}
	if strings.Contains(got, "paris") {
		t.Errorf("output keeps the instance synset:\n%s", got)
	}
}

func TestRunNamesMissingInput(t *testing.T) {
	err := run(filepath.Join(t.TempDir(), "none"), filepath.Join(t.TempDir(), "out.gz"))
	if err == nil || !strings.Contains(err.Error(), "data.noun") {
		t.Errorf("run on a missing dictionary: %v, want an error naming data.noun", err)
	}
}
