// Package entity finds the people, organisations, places and events a
// document names and resolves every mention — names, surnames, titles,
// pronouns, abbreviations, metonyms, demonyms, typos, transliterations — to
// one entity in a registry shared across documents.
package entity

import "github.com/parallax-news/parallax"

// Resolved is a mention resolved to an entity id.
type Resolved struct {
	Entity string `json:"entity"`
	parallax.Mention
}

// DocEntities is what Resolve found in one document.
type DocEntities struct {
	Doc      parallax.Document
	Mentions []Resolved
}

// Options tunes a Registry.
type Options struct {
	// AliasFile names a user file of extra aliases; "" for none.
	AliasFile string
}

// Registry holds the entities seen so far, across documents.
type Registry struct{}

// NewRegistry returns a registry seeded with the shipped gazetteer.
func NewRegistry(opt Options) (*Registry, error) { return &Registry{}, nil }

// Resolve finds and resolves the entity mentions in doc's title and body.
func (r *Registry) Resolve(doc parallax.Document) DocEntities { return DocEntities{Doc: doc} }

// Entities returns every entity mentioned so far, with its mentions.
func (r *Registry) Entities() []parallax.Entity { return nil }
