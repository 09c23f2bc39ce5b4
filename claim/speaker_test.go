package claim

import "testing"

// TestSpeakerForms checks who speaks in the forms of subject that a name
// alone does not give: a described person picked out by a participle
// phrase, whose nouns are its objects; a body referred to by "the" and a
// noun that names its kind; the described head of a relative clause; a
// noun phrase a preposition governs; an anonymity formula, which
// reports nothing; a described person the next sentence names; and the
// group or body a "they" stands for; and neither a pronoun nor a described
// spokesperson after the words they report stands for a name in them.
func TestSpeakerForms(t *testing.T) {
	tests := []struct {
		name, body string
		speakers   []string // speaker names of the statements, in order
	}{
		{"participle phrase after the head", "The woman charged with defrauding a charity told the court she had repaid every penny.",
			[]string{"woman"}},
		{"participle phrase naming a place", "A driver injured in the crash near Tellford said the lights had failed.",
			[]string{"driver"}},
		{"the force for the police", "Police in Arlow said an officer had fired twice. The force said the case had gone to the watchdog.",
			[]string{"Police", "Police"}},
		{"the council for the council named", "The Vessby District Council voted on Monday. The budget passed easily. The council said rents would rise.",
			[]string{"Vessby District Council"}},
		{"described head of a relative clause", "The strikers, who said the offer was an insult, walked out again.",
			[]string{"strikers"}},
		{"noun after a preposition is no subject", "The roof had leaked for years. Two teachers at the academy said repairs were promised.",
			[]string{"teachers"}},
		{"anonymity formula", "One nurse, who asked not to be named, said the ward was full.",
			[]string{"nurse"}},
		{"described, then named in the next sentence", "The man accused of robbing a jeweller told the court on Monday that he had been abroad. Dorian Fleckney, 41, denies theft.",
			[]string{"Dorian Fleckney", "Dorian Fleckney"}}, // and the charge he denies
		{"named before, so not the one described", "Dorian Fleckney sat at the back. The man accused of robbing a jeweller told the court that he had been abroad. Dorian Fleckney shook his head.",
			[]string{"man"}},
		{"a gendered noun that does not fit", "The woman accused of robbing a jeweller told the court that she had been abroad. Gregory Fleckney, 41, denies theft.",
			[]string{"woman", "Gregory Fleckney"}},
		{"they after a described group", "Investigators reached the wreck on Friday. They said the engine had failed.",
			[]string{"Investigators"}},
		{"the companies for the bodies named", "Harlow Freight Group agreed to buy Denmoor Holdings for $40 million, the companies said on Monday.",
			[]string{"Harlow Freight Group", "Denmoor Holdings"}},
		{"a possessive body noun after a named company", "Harlow Foods will close its plant. The plant's union said the staff were told late.",
			[]string{"plant's union"}},
		{"a company spokeswoman for a one-word name that opens a sentence", "Brontex, a maker of pumps, won a contract in Valdoria last year. A company spokeswoman said the pumps were on the way.",
			[]string{"Brontex"}},
		{"a spokesman after a one-word name that opens the sentence before", "Workers at Quorvane heard the news on Monday. Quorvane will shut its plant in Tessick. A spokesman said demand had fallen.",
			[]string{"Quorvane"}},
		{"a given name set off after a noun of kin", "Maren Oduya, 34, was missing for two days. Her father, Samir, said the water rose within an hour.",
			[]string{"Samir"}},
		{"they after two people who spoke in turn", "Anna Voss said the water rose fast. Peter Reinholt, her neighbour, said the bridge shook. They said the rescue boats came too late.",
			[]string{"Anna Voss", "Peter Reinholt", "Anna Voss", "Peter Reinholt"}},
		{"they after two people joined by and, each with an age", "Anna Voss, 34, and Peter Reinholt, 41, were on the bridge. They said the rescue boats came too late.",
			[]string{"Anna Voss", "Peter Reinholt"}},
		{"a sentence opened by a word that names no body", "Among the buyers were three banks. A spokesman said the sale had closed.",
			[]string{"spokesman"}},
		{"a speaker noun written as an abbreviation", "Tarvel Foods posted a loss. The CEO said demand would recover.",
			[]string{"CEO"}},
		{"a title set off by a comma the text does not close", "Ben Holt, head of the Marden Port Authority said the port was shut. Ana Roth, controller of Velmar Drama Studios said the series was cancelled.",
			[]string{"Ben Holt", "Ana Roth"}},
		{"a body of a place, and a state's own body", "Tehran's seismologic center said the quake measured 5.9. Valdoria's foreign ministry said aid was on the way.",
			[]string{"Tehran's seismologic center", "Valdoria"}},
		{"the paper for the outlet no entity claims that spoke before", "The student newspaper warned that the strike would spread. “If nothing is done, the anger will sweep everything away,” the paper said.",
			[]string{"student newspaper", "student newspaper"}},
		{"a spokesperson of a name no entity claims", "The store was shut after the crash on Friday. A Tarro's Market spokesperson said staff were safe. A Brontex spokesman said the pumps would arrive.",
			[]string{"Tarro's Market", "Brontex"}},
		{"a long description picked out by a participle, named in the next sentence", "The mother of a 10-year-old girl killed by a stray bullet on a Marden street last year said she heard a loud sound. Anna Varga on Tuesday recalled screaming for help.",
			[]string{"Anna Varga"}},
		{"two described speakers joined by and", "A refugee camp was bombed on Thursday, officials and witnesses said. Police and local residents said the car was red.",
			[]string{"officials", "witnesses", "Police", "local residents"}},
		{"they after a body", "The Velmoran Rail Union called a strike on Monday. They said wages had not kept up with prices.",
			[]string{"Velmoran Rail Union"}},
		{"a second subject whose place ends in an abbreviation", "The Velmoran Seismic Institute said the quake measured 5.4, but seismologist Dana Quill in Tarrow, Colo., said it was a 5.8 temblor.",
			[]string{"Velmoran Seismic Institute", "Dana Quill"}},
		{"a name before an apposition that opens with a body's possessive", "“The plan was drawn up to cut costs,” Ivo Brack, NATO's deputy head of the Science Mission Directorate, said on Monday.",
			[]string{"Ivo Brack"}},
		{"the statement for its issuer named before", "Dana Quill accused Harlow Records of blocking her film. The company flatly denied the claims in a statement posted online.\n\n“We were shocked by her posts,” the statement read.\n\n“We have always paid her,” the statement went on.",
			[]string{"Dana Quill", "Harlow Records", "Harlow Records", "Harlow Records"}},
		{"a described head whose phrase names a body only inside a participle phrase", "The authors of the study published in the journal Vetta Medicine argued that the rules had helped. Officials at the Harbour Authority based in Arlow said the port was shut.",
			[]string{"authors", "Harbour Authority"}},
		{"the news organization for the outlet named before", "Reuters reported that the mood in the capital was grim. The news organization, citing an anonymous source, reported that the talks had stalled.",
			[]string{"Reuters", "Reuters"}},
		{"a body's person with an apposition after a quotation", "“Buying rides helps,” NATO's Tamsin Quarrendon, deputy administrator for exploration, said.",
			[]string{"Tamsin Quarrendon"}},
		{"an inverted attribution between two parts of a quotation", "“We are glad to tour again,” says Tamsin Quarrendon in a statement, “as it marks fifty years of the band.”",
			[]string{"Tamsin Quarrendon", "Tamsin Quarrendon"}},
		{"a pronoun for a described person when no one is named", "A woman was hurt in the blast on Monday. She said the roof had fallen in. Police later found a witness at the scene. He said the car was red.",
			[]string{"woman", "witness"}},
		{"a second verb whose subject follows an opening adverbial", "On Thursday, Dana Quill took to social media and accused Harlow Records of blocking her film.",
			[]string{"Dana Quill"}},
		{"the source for the insider quoted before, with a listener after the cue", "“The bridge is unsafe,” an insider told the Gazette on Monday.\n\nRepairs were put off for years, the source further claimed to the outlet.",
			[]string{"insider", "insider"}},
		{"a document with a relative clause before its cue", "On Monday, Harlow Records issued a statement about the awards. The statement, which was obtained by the Gazette, claimed that the two firms had come to terms.",
			[]string{"Harlow Records"}},
		{"a pronoun after words that name places it speaks of", "Harlow Telecom said it would post updates online. Traffic to Portugal and Morocco is not affected, it said.",
			[]string{"Harlow Telecom", "Harlow Telecom"}},
		{"a described spokesperson after words that name a body", "A man was hit with a bottle in Arlow. He was taken to Arlow General Hospital, a police spokeswoman said.",
			[]string{"police spokeswoman"}},
		{"a report the sentence ends with holds the one inside it", "Afterward, Dana Quill said she had warned the board, Ivo Brack testified.",
			[]string{"Ivo Brack"}},
		{"a pronoun after words that report someone else's speech", "A car pulled up. Ana King thought the men wanted a fight. When the driver yelled, it clicked that they were police, she said.",
			[]string{"Ana King", "Ana King"}},
		{"an inverted subject whose name modifies the noun of the one named", "“The cars come fast,” said South Arlow resident Dana Quill.",
			[]string{"Dana Quill"}},
		{"the subject of a subordinate clause, not the place before it", "The shooting sparked riots across Greece after witnesses claimed that the officer took aim.",
			[]string{"witnesses"}},
		{"a second verb after an opening place", "In Paris, Dana Quill met the minister and said the talks would resume.",
			[]string{"Dana Quill"}},
		{"a surname with its particles after the full name", "Mahmoud al-Ferani met the mayor. Ludwig van Hoorn said the dyke would hold. Later al-Ferani said talks would resume. Van Hoorn added that the pumps were new.",
			[]string{"Ludwig van Hoorn", "Mahmoud al-Ferani", "Ludwig van Hoorn"}},
		{"a compound noun opening the sentence before a participle phrase naming an outlet", "Sales fell. Industry analysts contacted by the Courier say the slump will last.",
			[]string{"Industry analysts"}},
		{"a body's official in a place", "A State Department official in Kabul said the talks had stalled.",
			[]string{"State Department"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.body, "")
			var names []string
			for _, s := range got {
				names = append(names, s.SpeakerName)
			}
			if len(names) != len(tt.speakers) {
				t.Fatalf("speakers %q, want %q", names, tt.speakers)
			}
			for i := range names {
				if names[i] != tt.speakers[i] {
					t.Errorf("statement %d (%q) speaker %q, want %q", i, got[i].Content, names[i], tt.speakers[i])
				}
			}
		})
	}
}
