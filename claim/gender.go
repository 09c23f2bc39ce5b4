package claim

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/entity"
)

// personTitles are the titles of data/titles.tsv.
var personTitles = mustWords("data/titles.tsv")

// mustWords reads a file of one word a line.
func mustWords(name string) map[string]bool {
	out := map[string]bool{}
	err := readTSV(name, func(fs []string) error {
		if len(fs) != 1 {
			return fmt.Errorf("want one word, have %q", strings.Join(fs, "\t"))
		}
		out[fs[0]] = true
		return nil
	})
	if err != nil {
		panic(err) // the embedded files are part of the build
	}
	return out
}

// honorifics before a name say which pronoun the person takes.
var honorifics = map[string]string{"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}

// genderedNouns said of a person, as a title before the name or in an
// apposition beside it ("spokeswoman Dana Quill", "Robin Marsh, a mother
// of three,"), say which pronoun the person takes.
var genderedNouns = map[string]string{
	"woman": "she", "spokeswoman": "she", "chairwoman": "she", "congresswoman": "she",
	"businesswoman": "she", "councilwoman": "she", "policewoman": "she", "sportswoman": "she",
	"actress": "she", "mother": "she", "wife": "she", "daughter": "she", "sister": "she",
	"grandmother": "she", "granddaughter": "she", "aunt": "she", "niece": "she", "girl": "she",
	"widow": "she", "queen": "she", "princess": "she", "duchess": "she", "mum": "she", "mom": "she",
	"headmistress": "she", "stepmother": "she",
	"man": "he", "spokesman": "he", "congressman": "he", "businessman": "he",
	"councilman": "he", "policeman": "he", "sportsman": "he", "father": "he", "husband": "he",
	"son": "he", "brother": "he", "grandfather": "he", "grandson": "he", "uncle": "he",
	"nephew": "he", "boy": "he", "widower": "he", "king": "he", "prince": "he", "duke": "he",
	"dad": "he", "headmaster": "he", "stepfather": "he",
}

// seedGender gives the people of the document the pronoun their honorific
// ("Mr. Wee", "Ms Arroyo") or their given name suggests, so that "he" and
// "she" do not land on a person of the other gender before the text itself
// has used a pronoun for them. An honorific or a gendered noun beside a
// name ("spokeswoman Dana Quill") outranks the given name. A person whose
// gender is known, from the text or from this guess, is preferred to one
// whose gender is not.
func (d *doc) seedGender() {
	noun := map[string]bool{} // people whose pronoun an honorific or a noun gave
	for _, m := range d.ments {
		if !d.isPerson(m.Entity) {
			continue
		}
		if g := d.honorificBefore(m); g != "" {
			d.seeded[m.Entity], noun[m.Entity] = g, true
			continue
		}
		if noun[m.Entity] {
			continue
		}
		if g := d.nounBeside(m); g != "" {
			d.seeded[m.Entity], noun[m.Entity] = g, true
			continue
		}
		if _, ok := d.seeded[m.Entity]; ok {
			continue
		}
		if g := givenName(d, m); g != "" {
			d.seeded[m.Entity] = g
		}
	}
}

// honorificBefore returns the pronoun of an honorific right before m.
func (d *doc) honorificBefore(m entity.Resolved) string {
	i := d.tokenAt(m.Start) - 1
	if i >= 0 && d.toks[i].Text == "." {
		i--
	}
	if i < 0 || d.toks[i].End < m.Start-2 {
		return ""
	}
	return honorifics[strings.TrimSuffix(d.low[i], ".")]
}

// nounBeside returns the pronoun of a gendered noun right before mention m
// or in an apposition set off by a comma right before or after it: "the
// council’s spokeswoman, Dana Quill", "Robin Marsh, a mother of three,".
func (d *doc) nounBeside(m entity.Resolved) string {
	i := d.tokenAt(m.Start) - 1
	if i >= 0 && d.low[i] != "," {
		if g := genderedNouns[d.low[i]]; g != "" {
			return g
		}
	}
	for k := i - 1; i >= 0 && d.low[i] == "," && k >= 0 && k >= i-4 && isWord(d.toks[k].Text); k-- {
		if g := genderedNouns[d.low[k]]; g != "" {
			return g
		}
	}
	j := d.tokenAt(m.End)
	if j+1 >= len(d.toks) || d.low[j] != "," || !determiners[d.low[j+1]] {
		return ""
	}
	for k := j + 2; k < len(d.toks) && k <= j+7 && isWord(d.toks[k].Text); k++ {
		if g := genderedNouns[d.low[k]]; g != "" {
			return g
		}
	}
	return ""
}

// givenName returns the pronoun of the first word of the person's name.
func givenName(d *doc, m entity.Resolved) string {
	e, ok := d.reg.Lookup(m.Entity)
	if !ok {
		return ""
	}
	first, _, _ := strings.Cut(e.Name, " ")
	g, _ := entity.GivenName(first)
	return g
}

// givenWord reports whether a lower-case word is a common given name.
func givenWord(w string) bool {
	_, ok := entity.GivenName(w)
	return ok
}
