package main

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// exportCommand writes the stored analysis, with its documents, as the
// JSON contract, as Markdown or as one CSV table.
type exportCommand struct{ env env }

func (c *exportCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "export", "export --db FILE [--format json|csv|md] [--table T] [--story ID]")
	db := fs.String("db", "", "the database to export, a SQLite file or a postgres:// URL, analysed by 'parallax analyze --db'")
	format := fs.String("format", "json", "json (the analysis JSON contract), md (Markdown) or csv")
	table := fs.String("table", "", "with --format csv, the table: "+strings.Join(report.CSVTables(), ", ")+" (default statements)")
	storyID := fs.String("story", "", "export only this story: its documents, statements, questions, conflicts and timeline")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkExportFlags(fs.NArg(), *db, *format, *table); err != nil {
		fs.Usage()
		return err
	}
	st, err := openDB(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := storedAnalysis(ctx, st)
	if err != nil {
		return fmt.Errorf("export %s: %w", shown(*db), err)
	}
	if len(a.Stories) == 0 && len(a.Statements) == 0 {
		return parallax.Errorf(parallax.ENotFound, "nothing analysed in %s yet: run 'parallax analyze --db %s' first", shown(*db), shown(*db))
	}
	if *storyID != "" {
		if a, err = restrict(a, *storyID); err != nil {
			return err
		}
	}
	switch *format {
	case "md":
		return report.Markdown(c.env.Stdout, a)
	case "csv":
		if *table == "" {
			*table = "statements"
		}
		return report.CSV(c.env.Stdout, a, *table)
	}
	return writeAnalysisJSON(c.env.Stdout, a)
}

// checkExportFlags reports a usage error in export's arguments before the
// store is opened.
func checkExportFlags(nargs int, db, format, table string) error {
	switch {
	case nargs > 0:
		return parallax.Errorf(parallax.EInvalid, "export takes no paths: name the database with --db")
	case db == "":
		return parallax.Errorf(parallax.EInvalid, "name the database to export with --db")
	case format != "json" && format != "md" && format != "csv":
		return parallax.Errorf(parallax.EInvalid, "unknown format %q: want json, md or csv", format)
	case table != "" && format != "csv":
		return parallax.Errorf(parallax.EInvalid, "--table %q needs --format csv", table)
	case table != "" && !slices.Contains(report.CSVTables(), table):
		return parallax.Errorf(parallax.EInvalid, "unknown table %q: want one of %s", table, strings.Join(report.CSVTables(), ", "))
	}
	return nil
}

// storedAnalysis reads the stored analysis and every stored document, in
// the order of analyze's output (by source), with lists never nil so the
// JSON has arrays where the contract has them.
func storedAnalysis(ctx context.Context, st parallax.Store) (parallax.Analysis, error) {
	a, err := st.Analysis(ctx)
	if err != nil {
		return parallax.Analysis{}, err
	}
	a.Documents = []parallax.Document{}
	err = st.Documents(ctx, func(d parallax.Document) error {
		if d.Comments == nil {
			d.Comments = []parallax.Comment{}
		}
		a.Documents = append(a.Documents, d)
		return nil
	})
	if err != nil {
		return parallax.Analysis{}, fmt.Errorf("read documents: %w", err)
	}
	sort.SliceStable(a.Documents, func(i, j int) bool { return a.Documents[i].Source < a.Documents[j].Source })
	return a, nil
}

// restrict returns the part of a about one story: its documents, their
// statements, entities and near-duplicates, the questions they answer and
// the timeline events they report, each list of ids cut to what is kept.
// Every id in the result resolves inside it, so a conflict is kept only
// when both its statements are, and a thread lists only this story.
func restrict(a parallax.Analysis, storyID string) (parallax.Analysis, error) {
	var story *parallax.Story
	for i := range a.Stories {
		if a.Stories[i].ID == storyID {
			story = &a.Stories[i]
		}
	}
	if story == nil {
		return parallax.Analysis{}, parallax.Errorf(parallax.ENotFound, "no story %q", storyID)
	}
	docs := idSet(story.Docs)
	out := parallax.Analysis{Stories: []parallax.Story{*story}, Questions: []parallax.Question{},
		Entities: []parallax.Entity{}, Threads: []parallax.Thread{}, Timeline: []parallax.TimelineEvent{}}
	out.Documents = keep(a.Documents, func(d parallax.Document) bool { return docs[d.ID] })
	out.Statements = keep(a.Statements, func(s parallax.Statement) bool { return docs[s.Doc] })
	stmts := map[string]bool{}
	for _, s := range out.Statements {
		stmts[s.ID] = true
	}
	for _, q := range a.Questions {
		if q.Statements = only(q.Statements, stmts); len(q.Statements) > 0 {
			out.Questions = append(out.Questions, q)
		}
	}
	out.Conflicts = keep(a.Conflicts, func(c parallax.Conflict) bool { return stmts[c.A] && stmts[c.B] })
	out.Duplicates = keep(a.Duplicates, func(d parallax.Duplicate) bool { return docs[d.Doc] && docs[d.Representative] })
	for _, e := range a.Entities {
		if e.Mentions = keep(e.Mentions, func(m parallax.Mention) bool { return docs[m.Doc] }); len(e.Mentions) > 0 {
			out.Entities = append(out.Entities, e)
		}
	}
	for _, t := range a.Threads {
		if slices.Contains(t.Stories, storyID) {
			t.Stories = []string{storyID}
			out.Threads = append(out.Threads, t)
		}
	}
	for _, e := range a.Timeline {
		if e.Docs = only(e.Docs, docs); len(e.Docs) > 0 {
			e.Statements = only(e.Statements, stmts)
			out.Timeline = append(out.Timeline, e)
		}
	}
	return out, nil
}

// keep returns the elements of list for which ok holds, as a non-nil slice.
func keep[T any](list []T, ok func(T) bool) []T {
	out := []T{}
	for _, x := range list {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

// only returns the ids of list that are in want, as a non-nil slice.
func only(list []string, want map[string]bool) []string {
	return keep(list, func(id string) bool { return want[id] })
}

func idSet(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
