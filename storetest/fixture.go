package storetest

import (
	"fmt"

	"github.com/parallax-news/parallax"
)

// fullDocument returns a document with every field set, in several
// scripts, with the punctuation that trips up encoders: curly quotes,
// dashes, no-break spaces, a tab, an emoji and a character outside the BMP.
func fullDocument() parallax.Document {
	title := "Ministers trade accusations over the Lachin corridor — “no agreement yet”"
	body := "Officials in Yerevan said on Tuesday that talks had stalled.\u00a0\n\n" +
		"«Мы не видим прогресса», the deputy minister told reporters.\n\n" +
		"A statement in Armenian followed: Բանակցությունները շարունակվում են.\t🙂 𝔄"
	return parallax.Document{
		ID:             parallax.DocID(title, body),
		Source:         "feeds/caucasus.xml#3",
		URL:            "https://news.example.org/2021/05/corridor-talks?ref=rss&lang=en",
		Title:          title,
		Outlet:         "Example News",
		Author:         "Ani O'Connor",
		Published:      "2021-05-18T09:30:00+04:00",
		PublishedBasis: "the page's article:published_time",
		Lang:           "en",
		Body:           body,
		Comments: []parallax.Comment{
			{Author: "vardan77", DisplayName: "Vardan", Time: "2021-05-18T10:02", Depth: 0, Text: "Nothing will change."},
			{Author: "guest", DisplayName: "", Time: "", Depth: 1, Text: "Why \"nothing\"?\nThey met twice."},
		},
		Copies:    []string{"saved/Ministers trade accusations — Example News.html"},
		Captions:  []string{"The border post near the village, May 2021."},
		Furniture: []string{"Share this article", "Subscribe to our newsletter"},
		Foreign: []parallax.LangSpan{
			{Lang: "ru", Start: 62, End: 84, Text: "«Мы не видим прогресса»"},
			{Lang: "hy", Start: 150, End: 184, Text: "Բանակցությունները շարունակվում են"},
		},
	}
}

// document returns a small document numbered n, at url.
func document(n int, url string) parallax.Document {
	title := fmt.Sprintf("Report %d on the ceasefire", n)
	body := fmt.Sprintf("Paragraph one of report %d.\n\nParagraph two says the talks resume next week.", n)
	return parallax.Document{
		ID:     parallax.DocID(title, body),
		Source: fmt.Sprintf("pages/%04d.html", n),
		URL:    url,
		Title:  title,
		Lang:   "en",
		Body:   body,
	}
}

// stored returns d as a store hands it back when it is the first version:
// revision 1, no previous.
func stored(d parallax.Document) parallax.Document {
	d.Revision, d.Previous = 1, ""
	return d
}

// fullAnalysis returns an analysis with every list filled, derived from
// documents identified as doc1 and doc2. tag varies its content, so two
// analyses can be told apart.
func fullAnalysis(tag string) parallax.Analysis {
	return parallax.Analysis{
		Entities: []parallax.Entity{
			{ID: "E1" + tag, Type: parallax.Person, Name: "Sergei Lavrov", Aliases: []string{"Lavrov", "the minister"},
				Mentions: []parallax.Mention{{Doc: "doc1", Start: 0, End: 13, Text: "Sergei Lavrov"}, {Doc: "doc2", Start: 40, End: 46, Text: "Lavrov"}}},
			{ID: "E2" + tag, Type: parallax.GPE, Name: "Türkiye", Aliases: []string{"Turkey", "Ankara"},
				Mentions: []parallax.Mention{{Doc: "doc1", Start: 20, End: 26, Text: "Ankara"}}},
		},
		Statements: []parallax.Statement{
			{ID: "S1" + tag, Doc: "doc1", Speaker: "E1" + tag, SpeakerName: "Sergei Lavrov", SpeakerMention: "Lavrov",
				Cue: "said", Date: "2020-11-12", Venue: "a press conference", Direct: true,
				Content: "No Turkish peacekeepers will be deployed", Start: 30, End: 70, Question: "Q1" + tag, Stance: parallax.Denies},
			{ID: "S2" + tag, Doc: "doc2", Speaker: "E2" + tag, SpeakerName: "Türkiye", SpeakerFor: "E2" + tag, SpeakerMention: "Ankara",
				Cue: "announced", Content: "Turkish officers will join the monitoring centre", Start: 5, End: 53,
				Question: "Q1" + tag, Stance: parallax.Affirms},
		},
		Questions:  []parallax.Question{{ID: "Q1" + tag, Label: "Will Turkish troops deploy?", Statements: []string{"S1" + tag, "S2" + tag}}},
		Conflicts:  []parallax.Conflict{{A: "S1" + tag, B: "S2" + tag, Kind: parallax.Contradiction, Explain: "one denies what the other affirms " + tag}},
		Duplicates: []parallax.Duplicate{{Doc: "doc3", Representative: "doc1"}},
		Stories:    []parallax.Story{{ID: "T1" + tag, Label: "Monitoring centre", Docs: []string{"doc1", "doc2"}}},
		Threads:    []parallax.Thread{{ID: "H1" + tag, Label: "Peacekeeping", Stories: []string{"T1" + tag}}},
		Timeline: []parallax.TimelineEvent{
			{Date: "2020-11-12", Event: "Lavrov rules out Turkish peacekeepers " + tag, Docs: []string{"doc1"}, Statements: []string{"S1" + tag}},
			{Date: "2020-11-13", Event: "Ankara announces officers", Basis: "year from the story's reports dated 2020-11-12", Docs: []string{"doc2"}, Statements: []string{"S2" + tag}},
		},
	}
}
