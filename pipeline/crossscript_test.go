package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestReportsInTwoScripts reads an English and a Russian report of the
// same invented event, written for the project (testdata/crossscript):
// the people both name are one entity each, with mentions in both
// documents, both reports speak through the same speakers, and the two
// documents are one story.
func TestReportsInTwoScripts(t *testing.T) {
	a, ids := twoReports(t, "crossscript")
	for _, name := range []string{"Sergei Lavrov", "Jeyhun Bayramov", "Nikol Pashinyan"} {
		docs := map[string]bool{}
		for _, e := range a.Entities {
			if e.Name == name {
				for _, m := range e.Mentions {
					docs[m.Doc] = true
				}
			}
		}
		if !docs[ids["en"]] || !docs[ids["ru"]] {
			t.Errorf("%s is mentioned in %v, want both reports", name, docs)
		}
	}
	speakers := map[string]map[string]bool{}
	for _, s := range a.Statements {
		if speakers[s.Doc] == nil {
			speakers[s.Doc] = map[string]bool{}
		}
		speakers[s.Doc][s.Speaker] = true
	}
	for id := range speakers[ids["en"]] {
		if !speakers[ids["ru"]][id] {
			t.Errorf("%s speaks in the English report and not in the Russian one (%v)", id, speakers[ids["ru"]])
		}
	}
	if len(speakers[ids["en"]]) < 3 {
		t.Errorf("speakers of the English report: %v, want three", speakers[ids["en"]])
	}
	for _, s := range a.Stories {
		if len(s.Docs) != 2 {
			t.Errorf("story %q holds %v, want both reports", s.Label, s.Docs)
		}
	}
}

// TestRussianDenialOfAnEnglishReport reads an English report of an
// invented event and a Russian denial of it (testdata/denial): the denial
// is found as a refutation of the English claim, in one story.
func TestRussianDenialOfAnEnglishReport(t *testing.T) {
	a, ids := twoReports(t, "denial")
	byID := map[string]parallax.Statement{}
	for _, s := range a.Statements {
		byID[s.ID] = s
	}
	found := false
	for _, c := range a.Conflicts {
		docs := map[string]bool{byID[c.A].Doc: true, byID[c.B].Doc: true}
		if c.Kind == parallax.Refutation && docs[ids["en"]] && docs[ids["ru"]] {
			found = true
		}
	}
	if !found {
		t.Errorf("no refutation between the English report and the Russian denial; conflicts: %+v", a.Conflicts)
	}
	if len(a.Stories) != 1 {
		t.Errorf("%d stories, want the two reports in one", len(a.Stories))
	}
}

// twoReports analyses the English and the Russian report in
// testdata/DIR (en.txt, ru.txt: a title line, a blank line, the body) and
// returns the analysis with the documents' ids by language.
func twoReports(t *testing.T, dir string) (parallax.Analysis, map[string]string) {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, lang := range []string{"en", "ru"} {
		b, err := os.ReadFile(filepath.Join("testdata", dir, lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(b), "\n\n")
		d := parallax.Document{ID: lang + "-report", Title: title, Body: body, Lang: lang}
		ids[lang] = d.ID
		p.Add(d)
	}
	return p.Analysis(), ids
}
