package claim

import "testing"

// TestSpeakerNamedAsWritten checks that a statement's speaker name is the
// name the article gives the speaker: a capital speaking for its state is
// named as the capital, though the entity it stands for is the state's;
// a body that the article names in full and then by its initials is named
// in full; a role ("its chief executive") is the person the next
// quotation names for the first time; "the company" is the brand the text
// named before, though no entity claims it; each name of a list speaks,
// titles and all; an outlet that quotes someone "as saying" passes their
// words on; "the man" is the one the text described or named before.
func TestSpeakerNamedAsWritten(t *testing.T) {
	tests := []struct {
		name, body string
		speakers   []string // speaker names of the statements, in order
		ids        []string // their entity ids, where the test checks them
	}{
		{"a capital for its state", "Kyiv said on Monday that the strike had hit a depot.",
			[]string{"Kyiv"}, []string{"ukraine"}},
		{"a capital's officials", "Moscow officials told reporters that the flights would resume.",
			[]string{"Moscow"}, []string{"russia"}},
		{"a capital of two words", "New Delhi said the border was calm.",
			[]string{"New Delhi"}, []string{"india"}},
		{"a name with a list, defined by its initials", "The Ministry of Ports, Roads and Transport (MPRT) said traffic rose in May. MPRT said fares would not change.",
			[]string{"Ministry of Ports, Roads and Transport", "Ministry of Ports, Roads and Transport"}, nil},
		{"initials that spell a connective", "The Office of Rail, Bridges and Tunnels (ORBT) said the line would reopen. ORBT said repairs were done.",
			[]string{"Office of Rail, Bridges and Tunnels", "Office of Rail, Bridges and Tunnels"}, nil},
		{"a role first, the name with the next quotation", "Velt Freight posted a loss on Monday, and its chief executive said demand had fallen.\n\n“We expect a better year,” Anna Roe told analysts.",
			[]string{"Anna Roe", "Anna Roe"}, nil},
		{"the next speaker given a role of her own", "Velt Freight posted a loss on Monday, and its chief executive said demand had fallen.\n\n“The shares are cheap,” said Anna Roe, an analyst at Ketterly.",
			[]string{"chief executive", "Anna Roe"}, nil},
		{"the next speaker named before", "Anna Roe follows the firm. Velt Freight posted a loss on Monday, and its chief executive said demand had fallen. “The shares are cheap,” Anna Roe said.",
			[]string{"chief executive", "Anna Roe"}, nil},
		{"the company named by a brand no entity claims", "Millions of people could not reach the Zentrik app on Tuesday.\n\nZentrik has 40 million users. The company blamed a faulty update.",
			[]string{"Zentrik"}, nil},
		{"a brand named once is no more than a modifier", "Workers at the Zentrik plant went on strike on Tuesday. The company said wages would rise.",
			[]string{"company"}, nil},
		{"the company and no brand", "Millions of people could not reach their bank on Tuesday. The company blamed a faulty update.",
			[]string{"company"}, nil},
		{"a list of names with titles", "Sen. Elena Wren and Rep. Ana Ortiz wrote to the bank that the fees were unfair.",
			[]string{"Elena Wren", "Ana Ortiz"}, nil},
		{"an outlet that quotes a person", "The Arlow Times quoted Mayor Tarin Vell as saying the bridge would close.",
			[]string{"Tarin Vell"}, nil},
		{"an outlet that quotes a body", "The Sarn Herald quoted the ministry as saying that exports fell.",
			[]string{"ministry"}, nil},
		{"an outlet in a relative clause that quotes a person", "The remark was first reported by the Arlow Times, which quoted Tarin Vell as saying the vote was rigged.",
			[]string{"Tarin Vell"}, nil},
		{"the man for the person described before", "A hunter caught a hare near Sarn. Doctors said 12 people who met the hunter were isolated. The man told doctors he had eaten the hare.",
			[]string{"Doctors", "hunter"}, nil},
		{"the man for the person named before", "Police arrested Kellan Dray on Friday. The man told officers he had been at home.",
			[]string{"Kellan Dray"}, nil},
		{"the man for the man described, not for a speaker before", "“The port is open,” Ivo Brack said.\n\nA man was arrested in Sarn on Monday. The man told police he had been at home.",
			[]string{"Ivo Brack", "man"}, nil},
		{"the agency a relative clause sets apart from the company named", "The rocket company Altura said its launch would be delayed. The space agency, which has hired Altura to fly crews, said it backed the decision.",
			[]string{"Altura", "space agency"}, nil},
		{"a report of what a named person said", "Prosecutors said Rolf Tarrant told a staff member that he would burn the office down.",
			[]string{"Rolf Tarrant"}, nil},
		{"an outlet's report of what a named person called something", "The Arlow Times reported that Fiona Hale called the plan a domestic errand.",
			[]string{"Fiona Hale"}, nil},
		{"a report of what a named person's family asked", "Prosecutors said Rolf Tarrant's family had asked for privacy.",
			[]string{"Prosecutors"}, nil},
		{"a party's member for the person named before", "Representative Ana Ortiz voted against the bill on Monday. The Democrat said it was cruel.",
			[]string{"Ana Ortiz"}, nil},
		{"the companies for a name and a brand no entity claims", "Brindle Motors agreed to buy Zentrik for $40 million, the companies said on Monday.\n\nZentrik shareholders will be paid in cash.",
			[]string{"Brindle Motors", "Zentrik"}, nil},
		{"the staff of two bodies of a list", "The Harbour Trust and the Arlow Port Authority met on Monday. Harbour Trust and Arlow Port Authority officials said the port would reopen.",
			[]string{"Harbour Trust", "Arlow Port Authority"}, nil},
		{"the staff of a body named and of a name no entity claims", "The airline Emirates ordered 50 jets on Monday. Emirates and Zentrik executives said the deal was worth $16 billion.",
			[]string{"Emirates", "Zentrik executives"}, nil},
		{"the state by its own name", "Ukraine said the talks would go on. Kyiv said the talks would go on.",
			[]string{"Ukraine", "Kyiv"}, []string{"ukraine", "ukraine"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.body, "")
			if len(got) != len(tt.speakers) {
				t.Fatalf("%d statements %v, want %d", len(got), got, len(tt.speakers))
			}
			for i, s := range got {
				if s.SpeakerName != tt.speakers[i] {
					t.Errorf("statement %d (%q) speaker %q, want %q", i, s.Content, s.SpeakerName, tt.speakers[i])
				}
				if i < len(tt.ids) && s.Speaker != tt.ids[i] {
					t.Errorf("statement %d (%q) speaker id %q, want %q", i, s.Content, s.Speaker, tt.ids[i])
				}
			}
		})
	}
}
