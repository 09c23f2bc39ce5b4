package story

import (
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

func TestResolveYears(t *testing.T) {
	pub := time.Date(2021, 1, 5, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text      string
		published time.Time
		want      []string
	}{
		{"on November 10, 2020 and then on November 11", time.Time{}, []string{"2020-11-10", "2020-11-11"}},
		{"on 27 September", time.Time{}, nil},
		{"on January 3", pub, []string{"2021-01-03"}},
		{"on December 30", pub, []string{"2020-12-30"}},
		{"on 29 February", time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), nil},
	} {
		var got []string
		for _, m := range resolveYears(findDates(tc.text), tc.published) {
			got = append(got, m.iso())
		}
		if len(got) != len(tc.want) {
			t.Errorf("resolveYears(%q) = %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("resolveYears(%q) = %v, want %v", tc.text, got, tc.want)
			}
		}
	}
}

func FuzzFindDates(f *testing.F) {
	f.Add("on November 10, 2020 and on 11 November")
	f.Add("2020-02-30 31 April 0 May 99999")
	f.Add("\xff\xfe Sept. 3")
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range resolveYears(findDates(text), time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)) {
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
