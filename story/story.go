// Package story collapses near-duplicates, clusters documents into stories
// as they arrive, links stories into threads and orders dated events into a
// timeline.
package story

import "github.com/parallax-news/parallax"

// Item is one document with what earlier stages found in it.
type Item struct {
	Doc        parallax.Document
	Entities   []string // ids of the entities it mentions, with repeats
	Statements []parallax.Statement
}

// Clusterer places documents into stories as they arrive.
type Clusterer struct{}

// New returns an empty Clusterer.
func New() *Clusterer { return &Clusterer{} }

// Add places one document.
func (c *Clusterer) Add(it Item) {}

// Result returns the near-duplicates, stories and threads so far.
func (c *Clusterer) Result() ([]parallax.Duplicate, []parallax.Story, []parallax.Thread) {
	return nil, nil, nil
}

// Timeline orders the dated events and statements of items.
func Timeline(items []Item) []parallax.TimelineEvent { return nil }
