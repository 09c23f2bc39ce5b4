// Package claim attributes quotes and reported statements to their speaker,
// with the cue, date and venue, as STATEMENTS.md in the project docs defines.
package claim

import (
	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
)

// Extract returns the statements in one document.
func Extract(de entity.DocEntities, reg *entity.Registry) []parallax.Statement { return nil }
