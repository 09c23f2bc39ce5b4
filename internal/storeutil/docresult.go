package storeutil

import (
	"fmt"

	"github.com/parallax-news/parallax"
)

// DocResults calls fn with each document result stored for version, read
// with sel: the store's query of doc, input and data of the results of the
// version given as its one parameter. It stops at the first error fn
// returns and returns it.
func DocResults(query QueryFunc, sel, version string, fn func(parallax.DocResult) error) error {
	err := query(sel, []any{version}, func(row Row) error {
		r := parallax.DocResult{Version: version}
		if err := row.Scan(&r.Doc, &r.Input, &r.Data); err != nil {
			return err
		}
		return fn(r)
	})
	if err != nil {
		return fmt.Errorf("get document results: %w", err)
	}
	return nil
}

// LineResults calls fn with each storyline result stored for version, read
// with sel: the store's query of input and data of the results of the
// version given as its one parameter. It stops at the first error fn
// returns and returns it.
func LineResults(query QueryFunc, sel, version string, fn func(parallax.LineResult) error) error {
	err := query(sel, []any{version}, func(row Row) error {
		r := parallax.LineResult{Version: version}
		if err := row.Scan(&r.Input, &r.Data); err != nil {
			return err
		}
		return fn(r)
	})
	if err != nil {
		return fmt.Errorf("get storyline results: %w", err)
	}
	return nil
}

// StoryPage returns the page stored for the story id, read with sel: the
// store's query of the page of the story given as its one parameter.
func StoryPage(query QueryFunc, sel, id string) (parallax.StoryPage, error) {
	p := parallax.StoryPage{Story: id}
	found := false
	err := query(sel, []any{id}, func(row Row) error {
		found = true
		return row.Scan(&p.Page)
	})
	if err != nil {
		return parallax.StoryPage{}, fmt.Errorf("get story page %q: %w", id, err)
	}
	if !found {
		return parallax.StoryPage{}, parallax.Errorf(parallax.ENotFound, "no page of story %q", id)
	}
	return p, nil
}

// StorySummaries calls fn with the story and summary of each stored story
// page, read with sel: the store's query of them in the order stored. It
// stops at the first error fn returns and returns it.
func StorySummaries(query QueryFunc, sel string, fn func(parallax.StoryPage) error) error {
	err := query(sel, nil, func(row Row) error {
		var p parallax.StoryPage
		if err := row.Scan(&p.Story, &p.Summary); err != nil {
			return err
		}
		return fn(p)
	})
	if err != nil {
		return fmt.Errorf("get story summaries: %w", err)
	}
	return nil
}
