package ingest

import (
	"strings"
	"time"
)

// dateLayouts are the date forms feeds and JSON Lines files use: RFC 3339
// (Atom), RFC 822 and its variants (RSS), and bare dates.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04 MST",
	"Monday, 2 Jan 2006 15:04:05 MST",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
}

// localLayouts carry no zone: only their date is kept.
var localLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02",
	"2 Jan 2006",
	"2 January 2006",
	"Jan 2, 2006",
	"January 2, 2006",
}

// zoneOffsets are the zone names RSS dates use besides GMT; Go parses
// unknown zone names as UTC, which would shift those times by hours.
var zoneOffsets = map[string]string{
	"UT": "+0000", "EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
}

// normDate returns s as RFC 3339 when it has a time and a zone, as
// YYYY-MM-DD when it has a date only, or "" when it is not a date.
func normDate(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 || len(s) > 64 {
		return ""
	}
	s = strings.Join(f, " ")
	if off, ok := zoneOffsets[f[len(f)-1]]; ok {
		f[len(f)-1] = off
	}
	z := strings.Join(f, " ")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, z); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}
