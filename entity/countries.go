package entity

import (
	"slices"
	"strings"
)

// Country is a state of the gazetteer with the words that stand for it in
// news text: its names, the names of its capital, which stands for its
// government ("Ankara said"), of the bodies that speak for it ("the
// Kremlin"), and the plural nouns for its people ("the Turks"); and the
// adjectives of its demonym ("Turkish"), the first the usual one. Exact
// holds the short capitalised aliases ("US", "USA"), which stand for it
// only as written: as lower-case words ("us") they mean something else.
// An abbreviation written with points ("U.S.") is given as its letters
// apart ("U S").
type Country struct {
	ID         string
	Names      []string
	Exact      []string
	Adjectives []string
}

// Countries returns the states of the shipped gazetteer, those with a
// capital, in the gazetteer's order, with names and adjectives as the data
// writes them.
func Countries() ([]Country, error) {
	gaz, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	dems, err := loadDemonyms()
	if err != nil {
		return nil, err
	}
	var out []Country
	at := map[string]int{} // country id → index in out
	for _, e := range gaz {
		if e.typ == "GPE" && e.attrs["capital"] != "" {
			at[e.id] = len(out)
			out = append(out, Country{ID: e.id})
		}
	}
	add := func(id string, adjectives bool, names ...string) {
		k, ok := at[id]
		if !ok {
			return
		}
		c := &out[k]
		for _, n := range names {
			n = strings.Join(strings.FieldsFunc(n, func(r rune) bool { return r == '.' || r == ' ' }), " ")
			list := &c.Names
			switch {
			case exact(n):
				list = &c.Exact
			case adjectives:
				list = &c.Adjectives
			}
			if n != "" && !slices.Contains(*list, n) {
				*list = append(*list, n)
			}
		}
	}
	for _, e := range gaz {
		_, country := at[e.id]
		switch {
		case country:
			add(e.id, false, append([]string{e.name}, e.aliases...)...)
		case e.typ == "GPE" && e.attrs["capitalof"] != "":
			add(e.attrs["capitalof"], false, append([]string{e.name}, e.aliases...)...)
		case e.typ == "ORG" && e.attrs["for"] != "" && e.attrs["role"] == "":
			add(e.attrs["for"], false, e.name)
		}
	}
	for _, d := range dems {
		add(d.country, true, d.adjectives...)
		add(d.country, false, d.plurals...)
	}
	return out, nil
}

// exact says whether a name is a short alias of capitals ("TR", "USA").
func exact(name string) bool {
	return len(name) <= 3 && !strings.Contains(name, " ") && strings.ToUpper(name) == name
}
