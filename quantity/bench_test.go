package quantity

import (
	"strings"
	"testing"
)

// benchText is invented news prose dense with figures.
const benchText = `At least four people were killed and more than 30 injured when a 7.1-magnitude
earthquake struck on March 3, officials said. The death toll rose to 45 by Tuesday. Dozens of homes,
worth an estimated $5m, were destroyed, and hundreds of thousands of residents fled up to 20 km.
The government pledged €3.2bn over three years; the opposition said only one hospital was open.
`

func BenchmarkParse(b *testing.B) {
	s := strings.Repeat(benchText, 50)
	b.SetBytes(int64(len(s)))
	Parse(benchText) // loads the data and the lexicon
	for b.Loop() {
		Parse(s)
	}
}
