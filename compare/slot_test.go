package compare

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestSlots covers two speakers who tell one happening in the same words
// and say it befell in different places or with different kinds of one
// thing, in one report and in two, and the pairs that only look so.
func TestSlots(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"two towns", "the suspect was arrested in Marston on Tuesday", "the suspect was arrested in Kellby on Tuesday", true},
		{"two who won, told in the passive and the active", "the relay was won by Kessler", "Marrow won the relay", true},
		{"two who scored", "Okafor scored the late equaliser", "the late equaliser was scored by Lind", true},
		{"one who won, named in full once", "the relay was won by Kessler", "Ida Kessler won the relay", false},
		{"two goals, two who scored", "Okafor scored the opening header", "the late equaliser was scored by Lind", false},
		{"two towns, told in the active and the passive", "police arrested the suspect in Marston", "the suspect was arrested in Kellby", true},
		{"two rooms, two who fired", "the gunman opened fire in the kitchen", "police opened fire in the lobby", false},
		{"two streets", "the bus overturned on Harlow Road", "the bus overturned on Denby Street", true},
		{"two firearms", "the cashier was shot with a rifle", "the cashier was shot with a handgun", true},
		{"two firearms used", "the gunman used a shotgun", "the gunman used a revolver", true},
		{"a firearm used and one held", "the gunman used a shotgun", "the gunman carried a revolver", false},
		{"two motor vehicles", "the robber escaped in a sedan", "the robber escaped in a truck", true},
		{"two rooms", "the gunman opened fire in the kitchen", "the gunman opened fire in the lobby", true},
		{"two buildings", "the wounded guard was treated at the hospital", "the wounded guard was treated at the hotel", true},
		{"a room and a building", "the gunman opened fire in the kitchen", "the gunman opened fire in the hotel", false},
		{"a town and a country", "the suspect was arrested in Marston on Tuesday", "the suspect was arrested in Norway on Tuesday", false},
		{"two countries", "the suspect was arrested in Norway on Tuesday", "the suspect was arrested in Chile on Tuesday", true},
		{"a place and a region", "the suspect was arrested in Marston on Tuesday", "the suspect was arrested in the north of the country on Tuesday", false},
		{"a place and none", "the suspect was arrested in Marston on Tuesday", "the suspect was arrested on Tuesday after a long chase", false},
		{"a place and a month", "the suspect was arrested in Marston", "the suspect was arrested in March", false},
		{"tallies of two towns", "four people were killed in Harwell by the storm", "nine people were killed in Dunmore by the storm", false},
		{"different happenings", "the storm damaged roofs in Marston", "the storm flooded the streets of Kellby", false},
		{"a firearm and a gun", "the cashier was shot with a rifle", "the cashier was shot with a gun", false},
		{"a sedan and a car", "the robber escaped in a sedan", "the robber escaped in a car", false},
		{"one firearm and two", "the cashier was shot with a rifle", "the cashier was shot with a handgun and a rifle", false},
		{"a vehicle and a weapon", "the robber escaped in a sedan", "the robber was armed with a handgun", false},
		{"what befell many", "protests were held in Marston", "protests were held in Kellby", false},
		{"firearms of many", "the guards were armed with rifles", "the guards were armed with pistols", false},
		{"what is felt in many places", "the quake was felt in Marston", "the quake was felt in Kellby", false},
		{"where one lived", "the suspect lived in Marston", "the suspect lived in Kellby", false},
		{"a hedged place", "the suspect was arrested in Marston", "the suspect may have been arrested in Kellby", false},
	} {
		for _, doc := range []string{"d1", "d2"} {
			t.Run(fmt.Sprintf("%s in %s", tc.name, doc), func(t *testing.T) {
				want := map[string]string{}
				if tc.want {
					want["a|b"] = parallax.Contradiction
				}
				rows := []row{
					{"a", "d1", "", "the police", "said", "", tc.a},
					{"b", doc, "", "a witness", "said", "", tc.b},
				}
				if got := conflictKinds(rows); fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("conflicts %v, want %v", got, want)
				}
			})
		}
	}
	// One speaker who names two places is not set against himself here.
	rows := []row{
		{"a", "d1", "", "the police", "said", "", "the suspect was arrested in Marston"},
		{"b", "d2", "", "the police", "said", "", "the suspect was arrested in Kellby"},
	}
	if got := conflictKinds(rows); len(got) != 0 {
		t.Errorf("one speaker: conflicts %v, want none", got)
	}
}
