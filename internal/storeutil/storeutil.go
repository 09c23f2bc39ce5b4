// Package storeutil holds what the stores do alike, whatever their SQL
// dialect and driver: the columns a document is stored in and how its
// values are written and read back, recording a document found again at
// another source, walking the documents a page at a time, reading search
// hits and facets from rows, and laying an analysis out as table rows and
// reading it back. A store keeps its SQL, its transactions and its driver
// calls.
package storeutil

// Row is a row of a query's result: a *sql.Row or *sql.Rows, a pgx.Row or
// pgx.Rows.
type Row interface {
	Scan(dest ...any) error
}

// Rows are the rows of a query's result, *sql.Rows or pgx.Rows.
type Rows interface {
	Row
	Next() bool
	Err() error
}

// QueryFunc runs query with args and calls fn for each row of its result,
// stopping at the first error fn returns. A store makes one to run the
// queries of this package on a connection or in a transaction.
type QueryFunc func(query string, args []any, fn func(Row) error) error

// Each calls fn for each of rows and returns the first error fn returns or
// reading the rows met. The caller closes rows.
func Each(rows Rows, fn func(Row) error) error {
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
