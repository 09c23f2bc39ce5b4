package story

import (
	"reflect"
	"testing"
	"time"
)

func TestFindDates(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []mention // Start/End not compared
	}{
		{"on November 10, 2020, the president said", []mention{{Year: 2020, Month: 11, Day: 10}}},
		{"on 27 September the fighting began", []mention{{Month: 9, Day: 27}}},
		{"Sept. 3 and the 4th of July 1998", []mention{{Month: 9, Day: 3}, {Year: 1998, Month: 7, Day: 4}}},
		{"published 2021-03-04T10:00", []mention{{Year: 2021, Month: 3, Day: 4}}},
		{"February 30, 2021 is no date", nil},
		{"May 2021 and March on", nil},
		{"12 November 2020 19: 10", []mention{{Year: 2020, Month: 11, Day: 12}}},
		{"", nil},
	} {
		got := findDates(tc.text)
		if len(got) != len(tc.want) {
			t.Errorf("findDates(%q) = %+v, want %+v", tc.text, got, tc.want)
			continue
		}
		for i, m := range got {
			w := tc.want[i]
			if m.Year != w.Year || m.Month != w.Month || m.Day != w.Day {
				t.Errorf("findDates(%q)[%d] = %d-%d-%d, want %d-%d-%d", tc.text, i, m.Year, m.Month, m.Day, w.Year, w.Month, w.Day)
			}
			if tc.text[m.Start:m.End] == "" {
				t.Errorf("findDates(%q)[%d]: empty span", tc.text, i)
			}
		}
	}
}

func TestDayKeys(t *testing.T) {
	shared := func(a, b []string) int {
		n := 0
		for _, x := range a {
			for _, y := range b {
				if x == y {
					n++
				}
			}
		}
		return n
	}
	for _, tc := range []struct {
		a, b       string // texts naming one day each, or none
		same, near bool   // the same day; a span of days in common
	}{
		{"fighting began on September 27", "since 27 September 2020", true, true},
		{"the vote on March 3", "results on March 5", false, true},
		{"on March 3, 2009", "2009-03-06", false, true},
		{"the talks on December 30", "the talks on 31 December", false, true},
		{"on April 12", "on September 27", false, false},
		{"on March 3", "on March 23", false, false},
		{"on March 3", "no date at all", false, false},
	} {
		ka, kb := dayKeys(tc.a), dayKeys(tc.b)
		same := len(ka) > 0 && len(kb) > 0 && ka[0] == kb[0]
		near := len(ka) > 0 && len(kb) > 0 && shared(ka[1:], kb[1:]) > 0
		if same != tc.same || near != tc.near {
			t.Errorf("dayKeys(%q) = %v, dayKeys(%q) = %v: same day %v, span in common %v; want %v, %v", tc.a, ka, tc.b, kb, same, near, tc.same, tc.near)
		}
	}
	// Any two days less than half a span apart share a span, whatever the day.
	for doy := 1; doy+spanDays/2 < 366; doy++ {
		d := time.Date(2001, 1, doy, 0, 0, 0, 0, time.UTC)
		e := d.AddDate(0, 0, spanDays/2-1)
		if shared(dayKeys(d.Format("2006-01-02")), dayKeys(e.Format("2006-01-02"))) == 0 {
			t.Errorf("%s and %s share no span", d.Format("Jan 2"), e.Format("Jan 2"))
		}
	}
}

func TestResolveYears(t *testing.T) {
	pub := yearAnchor{date: time.Date(2021, 1, 5, 0, 0, 0, 0, time.UTC), basis: basisPublished}
	thread := yearAnchor{date: time.Date(2020, 11, 12, 0, 0, 0, 0, time.UTC), basis: "thread", onsetOnly: true}
	for _, tc := range []struct {
		text   string
		anchor yearAnchor
		want   []string // date and basis
	}{
		{"on November 10, 2020 and then on November 11", yearAnchor{}, []string{"2020-11-10 " + basisText, "2020-11-11 " + basisNearby}},
		{"on 27 September", yearAnchor{}, nil},
		{"on January 3", pub, []string{"2021-01-03 " + basisPublished}},
		{"on December 30", pub, []string{"2020-12-30 " + basisPublished}},
		{"on March 5", pub, []string{"2021-03-05 " + basisPublished}},
		{"on March 6", pub, []string{"2020-03-06 " + basisPublished}},
		{"on January 8, 2019 and on December 30", pub, []string{"2019-01-08 " + basisText, "2019-12-30 " + basisNearby}},
		{"on 29 February", yearAnchor{date: time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), basis: basisPublished}, nil},
		// Published in late November: a January date two months ahead is
		// the coming January, not the one ten months before.
		{"on January 10", yearAnchor{date: time.Date(2020, 11, 20, 0, 0, 0, 0, time.UTC), basis: "lent"}, []string{"2021-01-10 lent"}},
		// A thread's anchor dates onsets on or before it, nothing else.
		{"fighting since September 27, a truce on October 3", thread, []string{"2020-09-27 thread"}},
		{"the strike which began on 20 November", thread, nil},
		{"the strike which began on 12 November", thread, []string{"2020-11-12 thread"}},
	} {
		var got []string
		for _, m := range resolveYears(findDates(tc.text), tc.anchor) {
			got = append(got, m.iso()+" "+m.basis)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("resolveYears(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestIsOnset(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"what has been ongoing since September 27", true},
		{"the fighting which began on September 27", true},
		{"clashes that broke out on the 12th of July", true},
		{"protests erupted October 2", true},
		{"the war started September 27", true},
		{"he was injured on September 27", false},
		{"on September 27 the fighting began", false},
		{"convinces September 27", false},
		{"September 27", false},
	} {
		ms := findDates(tc.text)
		if len(ms) != 1 {
			t.Fatalf("findDates(%q) = %+v, want one date", tc.text, ms)
		}
		if ms[0].Onset != tc.want {
			t.Errorf("onset of %q = %v, want %v", tc.text, ms[0].Onset, tc.want)
		}
	}
}

func TestYearBefore(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		anchor     time.Time
		month, day int
		want       int
	}{
		{day(2020, 11, 12), 9, 27, 2020},
		{day(2020, 11, 12), 1, 12, 2021},
		{day(2020, 11, 12), 1, 13, 2020},
		{day(2020, 3, 1), 12, 31, 2019},
		{day(2020, 3, 1), 5, 1, 2020},
		{day(2024, 12, 28), 2, 29, 2024},
	} {
		if got := yearBefore(tc.anchor, tc.month, tc.day); got != tc.want {
			t.Errorf("yearBefore(%s, %d-%d) = %d, want %d", tc.anchor.Format("2006-01-02"), tc.month, tc.day, got, tc.want)
		}
	}
}

func FuzzFindDates(f *testing.F) {
	f.Add("on November 10, 2020 and on 11 November")
	f.Add("2020-02-30 31 April 0 May 99999")
	f.Add("\xff\xfe Sept. 3")
	f.Add("Published 9:46 PM CDT Sep 26, 2013; 12th of\n\n  December,\t1998 and 2020-11-12T10:00")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := findDates(text), wholeTextDates(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("findDates(%q) = %+v, over the whole text %+v", text, got, want)
		}
		for _, m := range resolveYears(findDates(text), yearAnchor{date: time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC), basis: basisPublished}) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("span %d-%d out of %d bytes", m.Start, m.End, len(text))
			}
			if !valid(m.Year, m.Month, m.Day) {
				t.Fatalf("invalid date %d-%d-%d from %q", m.Year, m.Month, m.Day, text)
			}
			if _, err := time.Parse("2006-01-02", m.iso()); err != nil {
				t.Fatalf("iso %q: %v", m.iso(), err)
			}
		}
	})
}

// wholeTextDates is findDates with the patterns run over the whole text:
// what the windows must reproduce.
func wholeTextDates(text string) []mention {
	var out []mention
	add := func(start, end int, year, month, day string) {
		for _, m := range out {
			if start < m.End && m.Start < end {
				return
			}
		}
		m := mention{Start: start, End: end, Month: monthNumber(month), Day: atoi(day), Year: atoi(year), Onset: isOnset(text, start)}
		if m.Year < 1800 || m.Year > 2199 {
			m.Year = 0
		}
		if valid(m.Year, m.Month, m.Day) {
			out = append(out, m)
		}
	}
	for _, ix := range isoDate.FindAllStringSubmatchIndex(text, -1) {
		add(ix[0], ix[1], text[ix[2]:ix[3]], text[ix[4]:ix[5]], text[ix[6]:ix[7]])
	}
	for _, ix := range monthDay.FindAllStringSubmatchIndex(text, -1) {
		add(ix[0], ix[1], group(text, ix, 3), text[ix[2]:ix[3]], text[ix[4]:ix[5]])
	}
	for _, ix := range dayMonth.FindAllStringSubmatchIndex(text, -1) {
		add(ix[0], ix[1], group(text, ix, 3), text[ix[4]:ix[5]], text[ix[2]:ix[3]])
	}
	sortMentions(out)
	return out
}
