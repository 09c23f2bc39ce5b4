package lexicon

import "sync"

// maxCached bounds the answers a memo keeps, so that hostile text cannot
// grow it without end.
const maxCached = 1 << 16

// memo keeps the answers of a function of its key, up to maxCached of
// them, for use by several goroutines. An answer is shared by every later
// caller and must not be changed.
type memo[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

// get returns the answer kept for k, or computes it with compute and keeps it.
func (c *memo[K, V]) get(k K, compute func() V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute()
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[K]V)
	}
	if len(c.m) < maxCached {
		c.m[k] = v
	}
	c.mu.Unlock()
	return v
}
