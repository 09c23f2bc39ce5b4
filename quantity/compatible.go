package quantity

// Comparable reports whether two quantities measure the same kind of thing
// in units that convert: both counts, both lengths, both sums in one
// currency, and not two aspects of a dimension (a depth and a distance).
// It does not look at what they count (Head, Event): that is the caller's
// to match.
func Comparable(a, b Quantity) bool {
	if a.Dim != b.Dim || a.Dim == "" || a.Aspect != "" && b.Aspect != "" && a.Aspect != b.Aspect {
		return false
	}
	// A rank compares with a count of those before it, and that with
	// another such count; a plain count may or may not hold the one
	// spoken of, and two ranks may be of different things.
	if a.Ordinal || a.Prior || b.Ordinal || b.Prior {
		return (a.Ordinal || a.Prior) && (b.Ordinal || b.Prior) && !(a.Ordinal && b.Ordinal)
	}
	return a.Unit == b.Unit || !(a.fixed || b.fixed)
}

// Compatible reports whether two quantities of the same thing can both be
// true: whether the intervals of values they allow meet. "at least 4" and
// "5" are compatible; "only 1" and "at least 4" are not; "more than 4" and
// "4" are not. Quantities that are not Comparable are compatible, since
// nothing says they disagree.
func Compatible(a, b Quantity) bool {
	return Order(a, b) == 0
}

// Order compares the intervals of two quantities: -1 when every value a
// allows is below every value b allows, +1 when above, 0 when they meet or
// the quantities are not Comparable. A rising figure between reports shows
// as -1 from the earlier to the later.
func Order(a, b Quantity) int {
	if !Comparable(a, b) {
		return 0
	}
	a, b = a.counted(), b.counted()
	a, b = a.atLeast(), b.atLeast()
	switch {
	case below(a, b):
		return -1
	case below(b, a):
		return 1
	}
	return 0
}

// counted gives a count of those before the one spoken of ("three prior
// convictions") as the count up to and including it, as a rank gives it.
func (q Quantity) counted() Quantity {
	if q.Prior {
		q.Low, q.Value = q.Low+1, q.Value+1
		if q.High != Unbounded {
			q.High++
		}
	}
	return q
}

// atLeast gives a count of part of a group ("one of my sons was killed")
// as what it says of a count of the whole ("40 people were killed"): at
// least as many; and two parts, which may be of different groups ("one of
// my sons", "four of them"), are not set against each other.
func (q Quantity) atLeast() Quantity {
	if q.Part {
		q.High, q.HighOpen = Unbounded, false
	}
	return q
}

// below reports whether a's interval ends before b's begins.
func below(a, b Quantity) bool {
	if a.High == b.Low {
		return a.HighOpen || b.LowOpen
	}
	return a.High < b.Low
}

// As reads a bare number ("it was 6.1", "there were more than 50,000") in
// the unit of the quantity it answers ("a magnitude of 5.9"), as a reply
// leaves the unit to what was said before it. It returns false when q is
// not a bare number or model does not measure something a bare number
// can stand for (a date, a year, a time of day, an age).
func (q Quantity) As(model Quantity) (Quantity, bool) {
	if q.Dim != Count || q.Unit != "" {
		return q, false
	}
	switch model.Dim {
	case Count:
		return q, true
	case "", Year, Date, Time, Age:
		return q, false
	}
	if f := model.factor; f != 0 {
		q.Value, q.Low = q.Value*f, q.Low*f
		if q.High != Unbounded {
			q.High *= f
		}
	}
	q.Dim, q.Unit, q.fixed, q.factor, q.Aspect = model.Dim, model.Unit, model.fixed, model.factor, model.Aspect
	return q, true
}
