package http

import (
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
)

// chart is a timeline drawn as SVG on the server: one dot per event along
// a date axis, events of one day stacked, each dot linking to its row of
// the table beside it, which is its text equivalent.
type chart struct {
	Width, Height int
	AxisY, TickY  int    // where the axis runs and its ticks end
	Summary       string // what the chart shows, for its title
	Dots          []chartDot
	Ticks         []chartTick
}

type chartDot struct {
	X, Y   int
	Label  string // the date and the event, shown on hover and read out
	Anchor string // the id of the event's row
}

type chartTick struct {
	X      int
	Label  string
	Anchor string // the text-anchor: start, middle or end
}

// Chart geometry, in the units of the viewBox.
const (
	chartWidth  = 1000
	chartMargin = 24
	chartStep   = 11 // between dots stacked on one day
	chartStack  = 8  // dots stacked at most; more on a day overlap the top one
	chartTicks  = 5
)

// drawTimeline lays out events, whose rows have the ids anchor(i); it
// returns nil when no event has a date it can place.
func drawTimeline(events []parallax.TimelineEvent, anchor func(i int) string) *chart {
	days := make([]time.Time, len(events))
	var first, last time.Time
	for i, e := range events {
		t, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			continue
		}
		days[i] = t
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if first.IsZero() {
		return nil
	}
	span := last.Sub(first).Hours() / 24
	x := func(t time.Time) int {
		if span == 0 {
			return chartWidth / 2
		}
		return chartMargin + int(t.Sub(first).Hours()/24/span*float64(chartWidth-2*chartMargin)+0.5)
	}
	stacked := map[int]int{}
	top := 1
	for _, t := range days {
		if !t.IsZero() {
			stacked[x(t)]++
			top = max(top, min(stacked[x(t)], chartStack))
		}
	}
	axis := 12 + top*chartStep
	c := &chart{Width: chartWidth, AxisY: axis, TickY: axis + 6, Height: axis + 30}
	clear(stacked)
	placed := 0
	for i, t := range days {
		if t.IsZero() {
			continue
		}
		k := min(stacked[x(t)], chartStack-1)
		stacked[x(t)]++
		placed++
		c.Dots = append(c.Dots, chartDot{X: x(t), Y: c.AxisY - 6 - k*chartStep, Label: events[i].Date + ": " + events[i].Event, Anchor: anchor(i)})
	}
	c.Summary = fmt.Sprintf("%d events from %s to %s; the table lists them.", placed, first.Format(time.DateOnly), last.Format(time.DateOnly))
	ticks := chartTicks
	if span == 0 {
		ticks = 1
	}
	for k := range ticks {
		t, anchor := first, "middle"
		if ticks > 1 {
			t = first.Add(time.Duration(float64(last.Sub(first)) * float64(k) / float64(ticks-1))).Truncate(24 * time.Hour)
			switch k {
			case 0:
				anchor = "start"
			case ticks - 1:
				anchor = "end"
			}
		}
		c.Ticks = append(c.Ticks, chartTick{X: x(t), Label: t.Format(time.DateOnly), Anchor: anchor})
	}
	return c
}
