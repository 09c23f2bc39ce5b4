package claim

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/entity"
)

// givenNames maps a lower-case given name to "he" or "she", from
// data/given_names.tsv.
var givenNames = mustGivenNames()

func mustGivenNames() map[string]string {
	out := map[string]string{}
	err := readTSV("data/given_names.tsv", func(fs []string) error {
		if len(fs) != 2 || fs[1] != "he" && fs[1] != "she" {
			return fmt.Errorf("want name<TAB>he|she, have %q", strings.Join(fs, "\t"))
		}
		out[fs[0]] = fs[1]
		return nil
	})
	if err != nil {
		panic(err) // the embedded files are part of the build
	}
	return out
}

// honorifics before a name say which pronoun the person takes.
var honorifics = map[string]string{"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}

// seedGender gives the people of the document the pronoun their honorific
// ("Mr. Wee", "Ms Arroyo") or their given name suggests, so that "he" and
// "she" do not land on a person of the other gender before the text itself
// has used a pronoun for them. An honorific outranks the given name. The
// guess only rules people out; unlike a pronoun the text used, it does not
// make a person the preferred antecedent.
func (d *doc) seedGender() {
	for _, m := range d.ments {
		if !d.isPerson(m.Entity) {
			continue
		}
		if g := d.honorificBefore(m); g != "" {
			d.seeded[m.Entity] = g
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

// givenName returns the pronoun of the first word of the person's name.
func givenName(d *doc, m entity.Resolved) string {
	e, ok := d.reg.Lookup(m.Entity)
	if !ok {
		return ""
	}
	first, _, _ := strings.Cut(e.Name, " ")
	return givenNames[strings.ToLower(first)]
}
