package entity

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestNameParticles checks that a given name joins the surname after its
// lower-case particles into one name, that the surname written with its
// particles later names the same person, and that a particle joins no
// words that are not a person's name.
func TestNameParticles(t *testing.T) {
	checkTyped(t, newReg, []typedCase{
		{"a Dutch particle, then the surname capitalised", "Ludwig van Hoorn said the dyke would hold. Van Hoorn added that the pumps were new.",
			map[string]want{"Ludwig van Hoorn": {"ludwig-van-hoorn", parallax.Person}, "Van Hoorn": {"ludwig-van-hoorn", parallax.Person}}},
		{"two particles", "Ana de la Cruz told reporters the vote was fair. De la Cruz said she would run again.",
			map[string]want{"Ana de la Cruz": {"ana-de-la-cruz", parallax.Person}, "De la Cruz": {"ana-de-la-cruz", parallax.Person}}},
		{"a particle joined by a hyphen", "Mahmoud al-Ferani, the envoy, said the border would stay shut. Later al-Ferani said talks would resume.",
			map[string]want{"Mahmoud al-Ferani": {"mahmoud-al-ferani", parallax.Person}, "al-Ferani": {"mahmoud-al-ferani", parallax.Person}}},
		{"a particle of descent", "Omar bin Rashid said the port was open. Bin Rashid denied any deal.",
			map[string]want{"Omar bin Rashid": {"omar-bin-rashid", parallax.Person}, "Bin Rashid": {"omar-bin-rashid", parallax.Person}}},
		{"a particle the later mention keeps in lower case", "Karl von Dalen said the mine was closed. Workers trusted von Dalen, who said wages were paid.",
			map[string]want{"Karl von Dalen": {"karl-von-dalen", parallax.Person}, "von Dalen": {"karl-von-dalen", parallax.Person}}},
		{"a capitalised particle that is a given name names no one else", "Tipper Marsh said the vote was fair. Al Marsh said it was not.",
			map[string]want{"Tipper Marsh": {"tipper-marsh", parallax.Person}, "Al Marsh": {"al-marsh", parallax.Person}}},
		{"a particle before a known place ends no name", "Juan de Lima said the port was open.",
			map[string]want{"Juan de": {}, "Juan de Lima": {}}},
		{"a particle before a word in lower case joins nothing", "Ludmila Brandt said the ban was de facto in force. A van hit the gate.",
			map[string]want{"Ludmila Brandt": {"ludmila-brandt", parallax.Person}}},
	})
}
