// Package parallel runs independent work on every core while keeping the
// order of its results, so that what follows sees the same sequence as a
// run on one core.
package parallel

import "runtime"

// Ordered applies a function to its inputs on a bounded pool of
// goroutines and delivers the results in the order the inputs were put.
// Results are delivered on the goroutine that calls Put and Close, so the
// function that takes them needs no locking. At most a window of inputs
// is in flight, which bounds the memory held.
type Ordered[In, Out any] struct {
	jobs    chan job[In, Out]
	pending []chan Out // the slots of inputs in flight, oldest first
	window  int
	deliver func(Out) error
	err     error
}

type job[In, Out any] struct {
	in   In
	slot chan Out
}

// NewOrdered starts workers goroutines (the number of CPUs when workers is
// not positive) applying fn to what Put is given; deliver takes each
// result in input order. Close must be called to stop the workers.
func NewOrdered[In, Out any](workers int, fn func(In) Out, deliver func(Out) error) *Ordered[In, Out] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	o := &Ordered[In, Out]{jobs: make(chan job[In, Out], 4*workers), window: 4 * workers, deliver: deliver}
	for range workers {
		go func() {
			for j := range o.jobs {
				j.slot <- fn(j.in)
			}
		}()
	}
	return o
}

// Put queues in and delivers the results that are ready, oldest first,
// waiting for the oldest when the window is full. It returns the first
// error deliver returned; after one, nothing more is delivered.
func (o *Ordered[In, Out]) Put(in In) error {
	if o.err != nil {
		return o.err
	}
	slot := make(chan Out, 1)
	o.pending = append(o.pending, slot)
	o.jobs <- job[In, Out]{in, slot}
	for len(o.pending) > 0 {
		var out Out
		if len(o.pending) < o.window {
			select {
			case out = <-o.pending[0]:
			default:
				return nil
			}
		} else {
			out = <-o.pending[0]
		}
		o.pending = o.pending[1:]
		if o.err = o.deliver(out); o.err != nil {
			return o.err
		}
	}
	return nil
}

// Close waits for the inputs in flight, delivers their results in order
// and stops the workers. It returns the first error deliver returned.
func (o *Ordered[In, Out]) Close() error {
	close(o.jobs)
	for _, slot := range o.pending {
		out := <-slot
		if o.err == nil {
			o.err = o.deliver(out)
		}
	}
	o.pending = nil
	return o.err
}
