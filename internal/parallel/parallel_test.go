package parallel

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestOrderedKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 8} {
		var got []int
		o := NewOrdered(workers, func(i int) int {
			// Later inputs finish first, so order comes only from the pool.
			time.Sleep(time.Duration((50-i)%7) * 100 * time.Microsecond)
			return i * i
		}, func(v int) error { got = append(got, v); return nil })
		for i := range 50 {
			if err := o.Put(i); err != nil {
				t.Fatal(err)
			}
		}
		if err := o.Close(); err != nil {
			t.Fatal(err)
		}
		want := make([]int, 50)
		for i := range want {
			want[i] = i * i
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d workers: results %v, want %v", workers, got, want)
		}
	}
}

func TestOrderedStopsAtTheFirstError(t *testing.T) {
	stop := errors.New("stop")
	var got []int
	o := NewOrdered(2, func(i int) int { return i }, func(v int) error {
		got = append(got, v)
		if v == 3 {
			return stop
		}
		return nil
	})
	var putErr error
	for i := range 20 {
		if err := o.Put(i); err != nil {
			putErr = err
			break
		}
	}
	if err := o.Close(); !errors.Is(err, stop) || putErr != nil && !errors.Is(putErr, stop) {
		t.Errorf("Close = %v, Put = %v; want the deliverer's error", err, putErr)
	}
	if !slices.Equal(got, []int{0, 1, 2, 3}) {
		t.Errorf("delivered %v, want 0 to 3 and nothing after the error", got)
	}
}
