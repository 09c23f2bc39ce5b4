package story

import (
	"hash/fnv"

	"github.com/parallax-news/parallax"
	"strings"
	"unicode"
)

// Near-duplicates are found with MinHash signatures over word shingles and
// locality-sensitive hashing: the signature is cut into bands, and two
// documents become candidates when any band hashes alike. A candidate is a
// duplicate when its estimated Jaccard similarity is at least dupJaccard.
const (
	shingleWords = 4
	minhashes    = 64
	bands        = 16
	rows         = minhashes / bands
	dupJaccard   = 0.7
	bucketCap    = 8 // documents remembered per bucket
	minShingles  = 8 // shorter texts are too short to call copies
)

type signature [minhashes]uint64

// dedup remembers the signatures of recent documents that are no one's
// copy, in their LSH buckets; a signature pushed out of all its buckets is
// forgotten.
type dedup struct {
	buckets map[uint64][]signed
}

// signed is a document with its signature.
type signed struct {
	doc int32
	sig *signature
}

func newDedup() *dedup {
	return &dedup{buckets: map[uint64][]signed{}}
}

// add returns the earlier document that the document with signature sig
// nearly duplicates; otherwise it remembers sig as document k and returns
// false. A nil sig, a text too short to call a copy, is neither.
func (x *dedup) add(k int32, sig *signature) (int32, bool) {
	if sig == nil {
		return -1, false
	}
	keys := bandKeys(sig)
	for _, key := range keys {
		for _, other := range x.buckets[key] {
			if agreement(sig, other.sig) >= dupJaccard {
				return other.doc, true
			}
		}
	}
	for _, key := range keys {
		b := append(x.buckets[key], signed{k, sig})
		if len(b) > bucketCap {
			b = b[1:]
		}
		x.buckets[key] = b
	}
	return -1, false
}

// minhash returns the signature of text's word shingles, or nil when the
// text has too few words.
func minhash(text string) *signature {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words)-shingleWords+1 < minShingles {
		return nil
	}
	var sig signature
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		base := h.Sum64()
		for j := range sig {
			if v := mix(base ^ uint64(j)*0x9e3779b97f4a7c15); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return &sig
}

// mix is the splitmix64 finaliser: it turns one hash into many
// independent-looking ones.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// bandKeys hashes each band of sig, with the band number mixed in.
func bandKeys(sig *signature) [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		k := uint64(b) + 1
		for _, v := range sig[b*rows : (b+1)*rows] {
			k = mix(k ^ v)
		}
		keys[b] = k
	}
	return keys
}

// agreement estimates the Jaccard similarity of two shingle sets from
// their signatures.
func agreement(a, b *signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / minhashes
}

// original follows document k's chain of near-duplicates back to the
// document it started from.
func (c *Clusterer) original(k int32) int32 {
	for c.docs[k].dupOf >= 0 {
		k = c.docs[k].dupOf
	}
	return k
}

// duplicates lists every near-duplicate with its group's representative:
// the earliest published member, or the first to arrive when dates are
// missing or equal.
func (c *Clusterer) duplicates() []parallax.Duplicate {
	groups := map[int32][]int32{}
	var roots []int32
	for k, d := range c.docs {
		if d.dupOf < 0 {
			continue
		}
		root := c.original(d.dupOf)
		if groups[root] == nil {
			roots = append(roots, root)
			groups[root] = []int32{root}
		}
		groups[root] = append(groups[root], int32(k))
	}
	var out []parallax.Duplicate
	for _, root := range roots {
		g := groups[root]
		rep := g[0]
		for _, k := range g[1:] {
			if earlier(c.docs[k], c.docs[rep]) {
				rep = k
			}
		}
		for _, k := range g {
			if k != rep {
				out = append(out, parallax.Duplicate{Doc: c.docs[k].id, Representative: c.docs[rep].id})
			}
		}
	}
	return out
}

// earlier says whether a was published before b; undated documents are
// never earlier.
func earlier(a, b *doc) bool {
	return a.day != noDay && (b.day == noDay || a.day < b.day)
}
