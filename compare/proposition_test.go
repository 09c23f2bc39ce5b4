package compare

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestOpposedPropositions covers two speakers' clauses that state one
// proposition with opposite polarity in different words, across the kinds
// of story news tells, and the look-alike pairs that must not be flagged:
// agreement in other words, a hedge, a different thing or person, a
// negation of something else.
func TestOpposedPropositions(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string // contents, of two speakers in two reports
		want string // the kind, or "" for none
	}{
		// A negation against an assertion in other words.
		{"court: armed against no weapon",
			"the guard at the depot was armed when the raiders came", "the guard at the depot carried no weapon", parallax.Contradiction},
		{"court: a knife against none",
			"the defendant was carrying a knife when officers stopped him", "the defendant had no knife on him", parallax.Contradiction},
		{"sport: saw against did not see",
			"the referee saw the handball by the defender", "the referee did not see the handball", parallax.Contradiction},
		{"court: acted against did not act",
			"the gunman acted alone", "the gunman did not act alone", parallax.Contradiction},
		{"disaster: passengers aboard against none",
			"there were passengers aboard the ferry when it sank", "the ferry carried no passengers when it sank", parallax.Contradiction},
		{"disaster: survivors found against none",
			"rescuers found survivors in the rubble", "no survivors were found in the rubble", parallax.Contradiction},
		{"sport: sacked against not sacked",
			"the coach was sacked by the club on Monday", "the coach has not been sacked and remains in charge", parallax.Contradiction},
		{"showbusiness: taken to hospital against not hospitalised",
			"the singer was taken to hospital after the concert", "the singer was not hospitalised", parallax.Contradiction},
		{"war: bombed against no air strikes",
			"the air force bombed the refugee camp at Yarra on Thursday", "the army had not carried out any air strikes near Yarra", parallax.Contradiction},
		{"business: a contract signed against no agreement",
			"the contract with the cable company has been signed", "no agreement has been signed with the cable company", parallax.Contradiction},
		{"disaster: faulty wiring against not faulty",
			"the fire was caused by faulty wiring in the kitchen", "the wiring in the kitchen was not faulty", parallax.Contradiction},
		{"disaster: damage against none",
			"the quake caused no damage in the capital", "the quake damaged buildings in the capital", parallax.Contradiction},
		{"politics: resigned against not stepped down",
			"Minister Halvar has resigned", "Minister Halvar has not stepped down", parallax.Contradiction},
		{"sport: called off against not cancelled",
			"the match against Borwick was called off", "the match against Borwick was not cancelled", parallax.Contradiction},
		// A refusal, and an intention denied in the words news uses.
		{"politics: met against refused to meet",
			"the mayor met the dock workers on Friday", "the mayor refused to meet the dock workers", parallax.Contradiction},
		{"business: will close against no plans to close",
			"the ferry company will close the ticket office at Orlen", "there are no plans to close the ticket office at Orlen", parallax.Contradiction},
		{"business: will close against no plans to close, briefly",
			"the ferry office will close", "there are no plans to close the ferry office", parallax.Contradiction},
		{"business: a figure of thousands against no plans",
			"the shipyard will cut 1,200 jobs", "there are no plans to cut jobs at the shipyard", parallax.Contradiction},
		{"politics: a plan against none",
			"the council plans to close the library at Orlen", "the council does not plan to close the library at Orlen", parallax.Contradiction},
		// Words the lexicon gives as opposites.
		{"court: present against absent",
			"the witness was present at the scene of the robbery", "the witness was absent from the scene of the robbery", parallax.Contradiction},
		{"politics: knew against unaware",
			"the mayor knew about the leak in the reservoir", "the mayor was unaware of the leak in the reservoir", parallax.Contradiction},
		{"disaster: safe against unsafe",
			"the bridge was safe for traffic", "the bridge was unsafe for traffic", parallax.Contradiction},
		{"court: drunk against sober",
			"the driver was drunk at the time of the crash", "the driver was sober at the time of the crash", parallax.Contradiction},
		{"politics: open against shut",
			"the border crossing at Keln is open", "the border crossing at Keln remains shut", parallax.Contradiction},
		{"sport: accepted against rejected",
			"the club accepted the offer for its goalkeeper", "the club rejected the offer for its goalkeeper", parallax.Contradiction},
		{"sport: accepted against turned down",
			"the club accepted the offer for its goalkeeper", "the club turned down the offer for its goalkeeper", parallax.Contradiction},
		{"politics: knew against did not know of it",
			"the mayor of Orlen knew about the leak in the reservoir", "the mayor of Orlen did not know about the leak in the reservoir", parallax.Contradiction},
		{"not knowing whether is a hedge",
			"the ferry to Orlen sailed from the quay at dawn", "the harbour office did not know whether the ferry to Orlen sailed from the quay", ""},
		// Opposites the lexicon lacks, from data/opposites.txt.
		{"science: landed against crashed",
			"the Vell probe landed on the moon", "the Vell probe crashed on the moon", parallax.Contradiction},
		{"disaster: survived against died",
			"the pilot of the Orlen ferry survived the sinking", "the pilot of the Orlen ferry died in the sinking", parallax.Contradiction},
		{"politics: supports against opposes",
			"the senator supports the water bill", "the senator opposes the water bill", parallax.Contradiction},
		{"an opposite said of another person",
			"the pilot of the Orlen ferry survived the sinking", "the cook of the Orlen ferry died in the sinking", ""},

		// Agreement in other words.
		{"armed and a pistol agree",
			"the guard at the depot was armed when the raiders came", "the guard at the depot carried a pistol", ""},
		{"no weapon and unarmed agree",
			"the guard at the depot carried no weapon", "the guard at the depot was unarmed", ""},
		{"closed and not open agree",
			"the factory was closed at the time of the blast", "the factory was not open at the time of the blast", ""},
		{"safe and not dangerous agree",
			"the bridge was safe for traffic", "the bridge was not dangerous for traffic", ""},
		{"deliberately and no accident agree",
			"the fire at the warehouse was started deliberately", "the fire at the warehouse was not an accident", ""},
		// A hedge.
		{"a hedged assertion",
			"the guard at the depot may have been armed", "the guard at the depot carried no weapon", ""},
		// A different thing, person or aspect.
		{"another thing denied",
			"the guard at the depot was armed", "the guard at the depot carried no radio", ""},
		{"another person denied",
			"the guard at the depot was armed", "the driver of the van carried no weapon", ""},
		{"another official",
			"the referee saw the handball", "the linesman did not see the handball", ""},
		{"others befell",
			"the pilot survived the crash", "the passengers did not survive the crash", ""},
		{"another bill",
			"the senator supports the water bill", "the senator does not support the tax bill", ""},
		{"damage elsewhere",
			"the quake caused no damage in the capital", "the quake damaged buildings in the villages on the coast", ""},
		{"another way out denied",
			"the prisoners escaped through a tunnel under the wall", "the prisoners did not escape through the main gate", ""},
		{"another deed denied",
			"the singer was taken to hospital after the concert", "the singer did not cancel the concert", ""},
		{"another kind of fire",
			"the guards did not open fire on the crowd", "the guards fired tear gas at the crowd", ""},
		{"a negation that reaches a phrase naming nothing",
			"the crew at the yard is finishing the hull of the ferry without him", "the crew at the yard is finishing the hull of the ferry", ""},
		{"both negated, an opposite inside one negation",
			"the group was insufficiently equipped and experienced for the climb", "the group was insufficiently equipped and inexperienced for the climb", ""},
		{"opposite words said of a name and one word alike",
			"the ministers agreed to develop trade between Varn and Norland to stabilize the valley", "Norland was trying to destabilize the valley", ""},
		{"a verb of two words agrees with its synonym",
			"the match against Borwick was called off", "the match against Borwick was cancelled", ""},
		{"a noun phrase joined to a negation is negated with it",
			"the survey found no link between the quarry and lung disease", "the survey found a link between the quarry and poor harvests", ""},
		{"a noun phrase joined to an assertion and its denial",
			"the survey found no link between the quarry and the landslides", "the survey found a link between the quarry and the landslides", parallax.Contradiction},
		{"a light verb says nothing of its own",
			"no decision has yet been made", "decision making at the ministry rests on sound science", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := twoSpeakers(tc.a, tc.b); got != tc.want {
				t.Errorf("%q / %q: conflict %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestRelatedWord covers the relations by which a word of one clause
// meets a word of another.
func TestRelatedWord(t *testing.T) {
	for _, tc := range []struct {
		w, v string
		want bool
	}{
		{"saw", "see", true},         // one base form
		{"wounded", "injured", true}, // one sense
		{"weapon", "armed", true},    // forms of one thing
		{"gun", "revolver", true},    // a kind of it
		{"revolver", "gun", false},   // the general word asserts no kind
		{"weapon", "radio", false},
		{"guard", "driver", false},
	} {
		if got := relatedWord(tc.w, tc.v); got != tc.want {
			t.Errorf("relatedWord(%q, %q) = %v, want %v", tc.w, tc.v, got, tc.want)
		}
	}
}
