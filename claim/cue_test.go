package claim

import "testing"

// TestAttributionForms checks the forms of attribution news prose uses
// beyond a plain "X said that": quotation marks of every style, cues in
// other tenses and parts of speech (participles, "calling X Y", the
// second of two coordinated verbs), sources that are documents, and
// sentences in capitals.
func TestAttributionForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{"backquotes open, doubled single marks close", "``We will not back down,'' said Sergei Lavrov. ``Not today.''",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "We will not back down", direct: true}}},
		{"doubled single marks both open and close", "Maria Zakharova said: ''The embassy stays open.'' Sergei Lavrov left.",
			[]want{{speaker: "maria-zakharova", cue: "said", content: "The embassy stays open", direct: true}}},
		{"low and high marks, guillemets", "Sergei Lavrov said: „Die Gespräche gehen weiter.“ Maria Zakharova added: « Nous restons ici. »",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "Die Gespräche gehen weiter", direct: true}, {speaker: "maria-zakharova", cue: "added", content: "Nous restons ici", direct: true}}},
		{"a participle after a verb of no speech", "Sergei Lavrov left the meeting early, saying the talks had collapsed.",
			[]want{{speaker: "sergei-lavrov", cue: "saying", content: "the talks had collapsed"}}},
		{"the second of two coordinated verbs", "Sergei Lavrov called him a liar and insisted that the vote was rigged.",
			[]want{{speaker: "sergei-lavrov", cue: "called", content: "him a liar"}, {speaker: "sergei-lavrov", cue: "insisted", content: "the vote was rigged"}}},
		{"calling an object something", "Maria Zakharova condemned the sanctions, calling the move \"an act of theft\".",
			[]want{{speaker: "maria-zakharova", cue: "condemned", content: "the sanctions"}, {speaker: "maria-zakharova", cue: "calling", content: "the move \"an act of theft\""}}},
		{"call as another verb", "Sergei Lavrov called the embassy on Monday. A group called Harbour Watch met. Maria Zakharova called off the visit.",
			nil},
		{"responding to questions is no content", "Sergei Lavrov, responding to questions from reporters, said the border was calm.",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "the border was calm"}}},
		{"a medium set off by commas", "The ministry, in a statement, said that the border was calm.",
			[]want{{speaker: "ministry-doc", cue: "said", content: "the border was calm"}}},
		{"a document as the subject", "The memo suggests that the agency knew of the leak in March.",
			[]want{{speaker: "memo-doc", cue: "suggests", content: "the agency knew of the leak in March"}}},
		{"a document speaks for its issuer", "The ministry's letter said the border was calm. An email from the Kremlin claims that talks resumed.",
			[]want{{speaker: "ministry-doc", cue: "said", content: "the border was calm"}, {speaker: "kremlin", cue: "claims", content: "talks resumed"}}},
		{"a document as an object is no subject", "The Kremlin issued a statement warning that talks had stalled.",
			[]want{{speaker: "kremlin", cue: "warning", content: "talks had stalled"}}},
		{"findings are no statement", "The study found that the river was clean. Court filings show that the loan was repaid.",
			nil},
		{"according to a source before a name", "According to court records, Sergei Lavrov has two prior convictions.",
			[]want{{speaker: "court-records-doc", cue: "According to", content: "Sergei Lavrov has two prior convictions"}}},
		{"a bare plural noun as the subject", "Small island states said that the fund was too small. Coastal fishing crews say the catch has halved.",
			[]want{{speaker: "small-island-states-doc", cue: "said", content: "the fund was too small"}, {speaker: "coastal-fishing-crews-doc", cue: "say", content: "the catch has halved"}}},
		{"evidence is no speaker", "Rainfall figures suggest that the drought is over. There were 40 cases reported in May.",
			nil},
		{"a group placed outside", "Activists outside the venue said that time had run out.",
			[]want{{speaker: "activists-doc", cue: "said", content: "time had run out"}}},
		{"one of a described group", "\"We are ready to fight on,\" one of the rebel leaders said.",
			[]want{{speaker: "rebel-leaders-doc", cue: "said", content: "We are ready to fight on", direct: true}}},
		{"an outlet described", "On Friday, the blog exclusively reported that the director had left.",
			[]want{{speaker: "blog-doc", cue: "exclusively reported", content: "the director had left"}}},
		{"said here", "Residents said here on Monday that the water was brown.",
			[]want{{speaker: "residents-doc", cue: "said", content: "the water was brown"}}},
		{"a dateline is no content", "WASHINGTON (AFP) — The talks will resume, officials said.",
			[]want{{speaker: "officials-doc", cue: "said", content: "The talks will resume"}}},
		{"a cue in a relative clause", "Sergei Lavrov, who denies the charge, left the court.",
			[]want{{speaker: "sergei-lavrov", cue: "denies", content: "the charge"}}},
		{"an object that points back at words is none", "Sergei Lavrov rejected his remarks. Maria Zakharova demanded his resignation.",
			[]want{{speaker: "maria-zakharova", cue: "demanded", content: "his resignation"}}},
		{"a headline's surname", "Lavrov: \"We will not leave the talks.\"\n\nSergei Lavrov spoke in Geneva on Monday.",
			[]want{{speaker: "sergei-lavrov", content: "We will not leave the talks", direct: true}}},
		{"according to a document gives its issuer", "The border stays closed, according to a statement released by the ministry on Friday.",
			[]want{{speaker: "ministry-doc", cue: "according to", content: "The border stays closed"}}},
		{"perfect progressive", "Sergei Lavrov has been arguing for months that sanctions do not work.",
			[]want{{speaker: "sergei-lavrov", cue: "has been arguing", content: "sanctions do not work"}}},
		{"a verb of aspect before -ing", "Sergei Lavrov kept insisting that the convoy had left.",
			[]want{{speaker: "sergei-lavrov", cue: "kept insisting", content: "the convoy had left"}}},
		{"a verb of aspect before to", "Maria Zakharova has continued to deny that talks took place. Sergei Lavrov went on to say that Moscow would wait.",
			[]want{{speaker: "maria-zakharova", cue: "has continued to deny", content: "talks took place"}, {speaker: "sergei-lavrov", cue: "went on to say", content: "Moscow would wait"}}},
		{"a verb of aspect after a modal reports no act", "Sergei Lavrov will keep insisting that the convoy had left. Maria Zakharova wants to continue to deny it.",
			nil},
		{"a participle after a closing attribution", "The convoy had left at dawn, Sergei Lavrov said, adding that it would return.",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "The convoy had left at dawn"}, {speaker: "sergei-lavrov", cue: "adding", content: "it would return"}}},
		{"a participle after the addressee of told", "The convoy had left at dawn, Sergei Lavrov told reporters on Monday, noting that it would return.",
			[]want{{speaker: "sergei-lavrov", cue: "told", content: "The convoy had left at dawn"}, {speaker: "sergei-lavrov", cue: "noting", content: "it would return"}}},
		{"a long addressee with commas", "Sergei Lavrov told envoys of the Kardonian Union, its northern neighbour, on Oct. 31 that the convoy had left.",
			[]want{{speaker: "sergei-lavrov", cue: "told", content: "the convoy had left"}}},
		{"an addressee without a determiner, then a pronoun", "Sergei Lavrov told visiting envoys they would need to wait.",
			[]want{{speaker: "sergei-lavrov", cue: "told", content: "they would need to wait"}}},
		{"a document's words read", "Sergei Lavrov met the envoys. “We will not leave the talks,” the ministry's statement read.",
			[]want{{speaker: "ministry-doc", cue: "read", content: "We will not leave the talks", direct: true}}},
		{"a one-word quotation leads the ones after it", "Sergei Lavrov spoke after the vote. “Remarkable,” Lavrov said. “Nobody expected the council to agree so quickly.”",
			[]want{{speaker: "sergei-lavrov", content: "Nobody expected the council to agree so quickly", direct: true}}},
		{"they for one person of no known gender", "Kym Lino, a spokesperson for the ministry, confirmed that the talks had ended. “We expect a new round in May,” they said in an email.",
			[]want{{speaker: "kym-lino", cue: "confirmed", content: "the talks had ended"}, {speaker: "kym-lino", cue: "said", content: "We expect a new round in May", direct: true}}},
		{"they for a person known as he is no one", "Sergei Lavrov confirmed that the talks had ended. “We expect a new round in May,” they said in an email.",
			[]want{{speaker: "sergei-lavrov", cue: "confirmed", content: "the talks had ended"}}},
		{"a sentence in capitals", "OFFICIALS SAID THE BRIDGE WAS SAFE. Sergei Lavrov spoke on Monday. HE TOLD REPORTERS THE TALKS HAD FAILED.",
			[]want{{speaker: "officials-doc", cue: "SAID", content: "THE BRIDGE WAS SAFE"}, {speaker: "sergei-lavrov", cue: "TOLD", content: "THE TALKS HAD FAILED"}}},
		{"abbreviations outside capitals", "The WHO said the outbreak was over.",
			[]want{{speaker: "who", cue: "said", content: "the outbreak was over"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWant(t, tt.body, extract(t, tt.body, ""), tt.want, false)
		})
	}
}
