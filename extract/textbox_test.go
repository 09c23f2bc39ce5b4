package extract

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// Paragraphs of an invented article, long enough to read as prose.
const (
	boxPara1 = "The harbour board voted on Tuesday to close the old grain pier for repairs, a decision that the fishing cooperative had asked for since the storms of last winter."
	boxPara2 = "Engineers who inspected the pier in March found that several of the timber piles had rotted through, and they warned that the deck could not carry a loaded truck."
	boxPara3 = "The repairs are expected to take most of the summer, and the board said that boats would be able to use the new quay on the eastern side of the harbour in the meantime."
	boxPara4 = "Members of the cooperative said they were relieved, although some of them worried that the work would run into the autumn season when the catches are largest."
	boxPara5 = "The board's chairman said that the cost of the work would be met from the reserve fund, so that the mooring fees paid by the fishermen would not have to rise this year."
	boxPara6 = "A public meeting about the future of the pier will be held in the town hall next month, where residents can look at the plans and put their questions to the engineers."
	boxNote1 = "Results that are described in the sponsored features on this site vary from one reader to another and depend on many things that are outside of our control."
	boxNote2 = "The information on this website is provided for general purposes only and is not a substitute for the advice of a qualified professional in your own area."
	boxNote3 = "Letters to the editor may be edited for length and clarity, and the opinions that are expressed in them are not necessarily those of the publisher of this site."
)

func TestInlineBoxes(t *testing.T) {
	tests := []struct {
		name      string
		page      []string
		inBody    []string
		notInBody []string
	}{
		{
			name: "box between paragraphs",
			page: []string{"Harbour board closes grain pier", "", boxPara1, "", boxPara2, "", "Related",
				"Fishing fleet sells record catch at auction", "Quay Works Begin In Eastern Harbour", "", boxPara3},
			inBody:    []string{"rotted through", "most of the summer"},
			notInBody: []string{"Related", "record catch", "Quay Works"},
		},
		{
			name: "heading closing the article",
			page: []string{"Harbour board closes grain pier", "", boxPara1, "", boxPara2, "", boxPara3, "", "Related",
				"Fishing fleet sells record catch at auction", "Quay Works Begin In Eastern Harbour",
				"Ferry timetable changes again this spring", "Lighthouse keeper retires after forty years"},
			inBody:    []string{"rotted through", "most of the summer"},
			notInBody: []string{"Related", "record catch", "Lighthouse keeper"},
		},
		{
			name: "heading the article runs across",
			page: []string{"Harbour board closes grain pier", "", boxPara1, "", boxPara2, "", "Pictured: the grain pier in March", "Related",
				"Fishing fleet sells record catch at auction", "Quay Works Begin In Eastern Harbour", "", boxPara3, "", boxPara4, "", boxPara5},
			inBody:    []string{"rotted through", "autumn season", "reserve fund"},
			notInBody: []string{"Related", "record catch", "Quay Works"},
		},
		{
			name: "notices after the list of other stories",
			page: []string{"Harbour board closes grain pier", "", boxPara1, "", boxPara2, "", boxPara3, "", boxPara4, "", boxPara5, "", boxPara6,
				"", "Related Articles", "Fishing fleet sells record catch at auction", "Quay Works Begin In Eastern Harbour",
				"Ferry timetable changes again this spring", "Facebook", "Instagram", "", boxNote1, "", boxNote2, "", boxNote3},
			inBody:    []string{"rotted through", "autumn season", "town hall"},
			notInBody: []string{"Related", "record catch", "sponsored features", "qualified professional", "Letters to the editor"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := parallax.Raw{Source: tt.name, Kind: parallax.KindText, Data: strings.Join(tt.page, "\n")}
			d, err := fromText(raw)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.inBody {
				if !strings.Contains(d.Body, s) {
					t.Errorf("body lacks %q:\n%s", s, d.Body)
				}
			}
			for _, s := range tt.notInBody {
				if strings.Contains(d.Body, s) {
					t.Errorf("body holds %q:\n%s", s, d.Body)
				}
			}
		})
	}
}
