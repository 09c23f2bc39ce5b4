package claim

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/text"
)

func extract(t testing.TB, body, published string) []parallax.Statement {
	t.Helper()
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := parallax.Document{ID: "doc", Body: body, Published: published}
	return Extract(reg.Resolve(d), reg)
}

// want is the part of a statement a case checks; empty fields are not
// checked except Content.
type want struct {
	speaker, cue, content, venue, date, forID string
	direct                                    bool
}

func TestCueForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{"said that", "Dmitry Peskov said that the talks would resume.",
			[]want{{speaker: "dmitry-peskov", cue: "said", content: "the talks would resume"}}},
		{"two clauses joined by and that", "Dmitry Peskov said the talks would resume in May and that the convoy would wait. Maria Zakharova told reporters the border was calm, but that it was no time to relax, and that was all.",
			[]want{{speaker: "dmitry-peskov", cue: "said", content: "the talks would resume in May"}, {speaker: "dmitry-peskov", cue: "said", content: "the convoy would wait"},
				{speaker: "maria-zakharova", cue: "told", content: "the border was calm"}, {speaker: "maria-zakharova", cue: "told", content: "it was no time to relax, and that was all"}}},
		{"a quoted sentence opening with but turns to another point", "“The talks went well in Geneva. The convoy is ready. But the border stays shut,” Dmitry Peskov said.",
			[]want{{speaker: "dmitry-peskov", cue: "said", content: "The talks went well in Geneva. The convoy is ready", direct: true}, {speaker: "dmitry-peskov", cue: "said", content: "But the border stays shut", direct: true}}},
		{"short quote after a colon", "Dmitry Peskov was asked about the talks. He replied: “Not yet.”",
			[]want{{speaker: "dmitry-peskov", cue: "replied", content: "Not yet", direct: true}}},
		{"description, then name, after a quote", "“The talks go on in Geneva,” the Kremlin spokesman, Dmitry Peskov, said.",
			[]want{{speaker: "dmitry-peskov", cue: "said", content: "The talks go on in Geneva", direct: true}}},
		{"testified, every tense", "Sergei Lavrov is testifying that the convoy never left. Maria Zakharova has conceded that it did.",
			[]want{{speaker: "sergei-lavrov", cue: "is testifying", content: "the convoy never left"}, {speaker: "maria-zakharova", cue: "has conceded", content: "it did"}}},
		{"adverb between subject and cue, claim as a verb", "The Kremlin however argued that the convoy had left. Kardonian leaders claim there is no crisis at the border.",
			[]want{{speaker: "kremlin", cue: "however argued", content: "the convoy had left"}, {speaker: "kardonian-leaders-doc", cue: "claim", content: "there is no crisis at the border"}}},
		{"verbs of manner take a clause or a quotation, not an object", "Maria Zakharova joked that the convoy was lost. “It took a wrong turn,” Dmitry Peskov quipped. Sergei Lavrov observed the convoy for an hour. The crowd shouted that the gates must open.",
			[]want{{speaker: "maria-zakharova", cue: "joked", content: "the convoy was lost"}, {speaker: "dmitry-peskov", cue: "quipped", content: "It took a wrong turn", direct: true}, {speaker: "crowd-doc", cue: "shouted", content: "the gates must open"}}},
		{"teased with a clause, not with an object", "Dmitry Peskov teased that a deal was close. Sergei Lavrov teased the envoy about his tie.",
			[]want{{speaker: "dmitry-peskov", cue: "teased", content: "a deal was close"}}},
		{"quick or keen to speak", "Maria Zakharova was quick to point out that the convoy had left. The envoys were keen to note that the talks went on.",
			[]want{{speaker: "maria-zakharova", cue: "was quick to point out", content: "the convoy had left"}, {speaker: "envoys-doc", cue: "were keen to note", content: "the talks went on"}}},
		{"a figure put on something", "The Kremlin put the number of troops at 2,000. Sergei Lavrov put pressure on the council.",
			[]want{{speaker: "kremlin", cue: "put", content: "the number of troops at 2,000"}}},
		{"a dateline with a spaced hyphen", "LONDON (Reuters) - The bridge will close in May, Mark Odell said on Monday.",
			[]want{{speaker: "mark-odell", cue: "said", content: "The bridge will close in May"}}},
		{"a dateline with no dash", "Hong Kong (CNN Business) The markets fell on Tuesday, traders said.",
			[]want{{speaker: "traders-doc", cue: "said", content: "The markets fell on Tuesday"}}},
		{"spoke out about, spoke out against", "The nurses' union spoke out against the plan to close the ward. Maria Zakharova has spoken out about the cuts.",
			[]want{{speaker: "nurses-union-doc", cue: "spoke out against", content: "the plan to close the ward"}, {speaker: "maria-zakharova", cue: "has spoken out about", content: "the cuts"}}},
		{"according to a work by someone", "According to a 2018 survey by Maria Zakharova of the University of Arlow, the chain cut its newsrooms by half.",
			[]want{{speaker: "maria-zakharova", cue: "According to", content: "the chain cut its newsrooms by half"}}},
		{"according to records", "According to court records, the convoy had crossed the border twice.",
			[]want{{speaker: "court-records-doc", cue: "According to", content: "the convoy had crossed the border twice"}}},
		{"according to a pronoun is no source", "According to him, the convoy had crossed the border twice.",
			nil},
		{"described possessor and participle", "The nurses' union said the strike would last two days. Relatives waiting at the gate said they had no news.",
			[]want{{speaker: "nurses-union-doc", cue: "said", content: "the strike would last two days"}, {speaker: "relatives-doc", cue: "said", content: "they had no news"}}},
		{"a title alone stands for its holder", "The mayor said seven people died in the blaze. The ambassadors told reporters that talks had stalled.",
			[]want{{speaker: "mayor-doc", cue: "said", content: "seven people died in the blaze"}, {speaker: "ambassadors-doc", cue: "told", content: "talks had stalled"}}},
		{"a cue's object is a noun", "The Kremlin denied reports that the convoy had left.",
			[]want{{speaker: "kremlin", cue: "denied", content: "reports that the convoy had left"}}},
		{"base form after a modal reports nothing", "Sergei Lavrov will testify that the convoy left. Maria Zakharova did not respond to questions.",
			nil},
		{"told an outlet", "Sergei Lavrov told Kommersant that Moscow opposed a military solution.",
			[]want{{speaker: "sergei-lavrov", cue: "told", content: "Moscow opposed a military solution", venue: "Kommersant"}}},
		{"told an outlet named after the, with a time before that", "The mine closed. Dana Quill told the Marden Gazette on Tuesday that the shaft was unsafe.",
			[]want{{speaker: "dana-quill", cue: "told", content: "the shaft was unsafe", venue: "Marden Gazette"}}},
		{"told an outlet whose name ends like a participle", "The mine closed. Dana Quill told Wired that the shaft was unsafe.",
			[]want{{speaker: "dana-quill", cue: "told", content: "the shaft was unsafe", venue: "Wired"}}},
		{"a second speaker with an aside, after but", "Sergei Lavrov said the convoy had left, but his deputy, Maria Zakharova, said it was still at the border.",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "the convoy had left"}, {speaker: "maria-zakharova", cue: "said", content: "it was still at the border"}}},
		{"a second speaker with an aside, after and", "The mayor said the bridge would reopen, and the engineer, Maria Zakharova, said it needed new cables.",
			[]want{{speaker: "mayor-doc", cue: "said", content: "the bridge would reopen"}, {speaker: "maria-zakharova", cue: "said", content: "it needed new cables"}}},
		{"told reporters", "Maria Zakharova told reporters that the embassy stays open.",
			[]want{{speaker: "maria-zakharova", content: "the embassy stays open", venue: "reporters"}}},
		{"informed journalists", "Sergei Lavrov informed journalists that no units would deploy.",
			[]want{{speaker: "sergei-lavrov", cue: "informed", content: "no units would deploy", venue: "journalists"}}},
		{"announced", "Ilham Aliyev announced that the offensive was over.",
			[]want{{speaker: "ilham-aliyev", cue: "announced", content: "the offensive was over"}}},
		{"specified, then free indirect speech", "Hulusi Akar specified that the centre opens in May. Officers will rotate monthly. He did not elaborate.",
			[]want{{speaker: "hulusi-akar", cue: "specified", content: "the centre opens in May"}, {speaker: "hulusi-akar", cue: "", content: "Officers will rotate monthly"}}},
		{"refuted with object", "Nikol Pashinyan refuted the claims about secret talks.",
			[]want{{speaker: "nikol-pashinyan", cue: "refuted", content: "the claims about secret talks"}}},
		{"a deed denied, not a thing refused", "Tom Ferrand denied hitting the cyclist. The council is denying free parking to night staff.",
			[]want{{speaker: "tom-ferrand", cue: "denied", content: "hitting the cyclist"}}},
		{"a charge denied in one word, not a thing refused in one", "Tom Ferrand, 34, denies manslaughter. His brother denied wrongdoing. The council denied access.",
			[]want{{speaker: "tom-ferrand", cue: "denies", content: "manslaughter"}, {speaker: "brother-doc", cue: "denied", content: "wrongdoing"}}},
		{"a state denied", "Tom Ferrand denied being drunk at the time of the crash.",
			[]want{{speaker: "tom-ferrand", cue: "denied", content: "being drunk at the time of the crash"}}},
		{"innocence maintained, not an office", "Tom Ferrand has maintained his innocence. The firm maintains an office in Elm Street.",
			[]want{{speaker: "tom-ferrand", cue: "has maintained", content: "his innocence"}}},
		{"a relative clause after an age", "Tom Ferrand, 34, who denied hitting the cyclist, was released on bail.",
			[]want{{speaker: "tom-ferrand", cue: "denied", content: "hitting the cyclist"}}},
		{"a plea entered", "Tom Ferrand entered a plea of not guilty to careless driving.",
			[]want{{speaker: "tom-ferrand", cue: "entered a plea of", content: "not guilty to careless driving"}}},
		{"a plea", "Tom Ferrand pleaded not guilty to careless driving. Residents pleaded with the council to keep the lane open.",
			[]want{{speaker: "tom-ferrand", cue: "pleaded", content: "not guilty to careless driving"}, {speaker: "residents-doc", cue: "pleaded with", content: "to keep the lane open"}}},
		{"ruled out, and a brigade speaks", "The police ruled out arson as the cause of the fire. The fire brigade said the roof had collapsed.",
			[]want{{speaker: "police-doc", cue: "ruled out", content: "arson as the cause of the fire"}, {speaker: "fire-brigade-doc", cue: "said", content: "the roof had collapsed"}}},
		{"denied", "The Kremlin denied the allegations of interference.",
			[]want{{speaker: "kremlin", cue: "denied", content: "the allegations of interference"}}},
		{"insisted and acknowledged, coordinated", "Mevlut Cavusoglu acknowledged that the truce was fragile, but insisted that Ankara would stay.",
			[]want{{speaker: "mevlut-cavusoglu", cue: "acknowledged", content: "the truce was fragile"}, {speaker: "mevlut-cavusoglu", cue: "insisted", content: "Ankara would stay"}}},
		{"according to, first", "According to Reuters, the convoy crossed the border at dawn.",
			[]want{{speaker: "reuters", cue: "According to", content: "the convoy crossed the border at dawn"}}},
		{"according to, last", "The convoy crossed the border at dawn, according to Reuters.",
			[]want{{speaker: "reuters", cue: "according to", content: "The convoy crossed the border at dawn"}}},
		{"unnamed spokesperson", "A Kremlin spokesperson said that the meeting was useful.",
			[]want{{speaker: "kremlin", content: "the meeting was useful"}}},
		{"possessive spokesperson", "Lavrov’s spokesperson said that the minister was unwell.",
			[]want{{speaker: "sergei-lavrov", content: "the minister was unwell"}}},
		{"named spokesperson speaks for", "Kremlin spokesperson Dmitry Peskov said that Putin would attend.",
			[]want{{speaker: "dmitry-peskov", forID: "kremlin", content: "Putin would attend"}}},
		{"urged someone to", "Russia urged Turkey on Friday to show restraint.",
			[]want{{speaker: "russia", cue: "urged", content: "to show restraint"}}},
		{"joint speakers", "Armenia and Azerbaijan accused each other of shelling villages.",
			[]want{{speaker: "armenia", content: "each other of shelling villages"}, {speaker: "azerbaijan", content: "each other of shelling villages"}}},
		{"passive has no speaker", "It was reported that the road was closed.", nil},
		{"act with no content", "Dmitry Peskov declined to comment.", nil},
		{"belief of a generic group", "Analysts believe the truce will hold.", nil},
		{"direct quote, attribution after", "“We will not allow a new war,” Vladimir Putin told reporters.",
			[]want{{speaker: "vladimir-putin", cue: "told", content: "We will not allow a new war", venue: "reporters", direct: true}}},
		{"direct quote, attribution before", "Erdogan said: “Our soldiers will stay as long as needed.”",
			[]want{{speaker: "recep-tayyip-erdogan", cue: "said", content: "Our soldiers will stay as long as needed", direct: true}}},
		{"quote according to", "“The border is calm,” according to Maria Zakharova.",
			[]want{{speaker: "maria-zakharova", cue: "according to", content: "The border is calm", direct: true}}},
		{"interrupted quote", "“The ceasefire holds,” Lavrov said, “and nobody wants to break it.”",
			[]want{{speaker: "sergei-lavrov", content: "The ceasefire holds", direct: true}, {speaker: "sergei-lavrov", content: "and nobody wants to break it", direct: true}}},
		{"pronoun speaker", "Nikol Pashinyan met the envoy. He said that reforms would continue.",
			[]want{{speaker: "nikol-pashinyan", content: "reforms would continue"}}},
		{"russian cue fused to the next word", "Ilham Aliyev сообщилthat the corridor would open.",
			[]want{{speaker: "ilham-aliyev", cue: "сообщил", content: "the corridor would open"}}},
		{"adjuncts are not content", "Germany said in a statement. The airline announced Wednesday at the Dubai Air Show.", nil},
		{"arithmetic is not speech", "The Nasdaq Composite added 20.72 points to 8,570.66.", nil},
		{"a verb in a form not listed by hand", "Nikol Pashinyan concedes that reforms would continue.",
			[]want{{speaker: "nikol-pashinyan", cue: "concedes", content: "reforms would continue"}}},
		{"posting a thing is no statement", "Nikol Pashinyan posted an image of the border.", nil},
		{"per cent names no source", "Plague kills up to 90 per cent of people infected.", nil},
		{"a title makes a person of a name no entity claims", "Some doctors were worried. Sir Ewan Blake of Norcastle University said longer studies were needed.",
			[]want{{speaker: "ewan-blake-doc", content: "longer studies were needed", forID: "norcastle-university"}}},
		{"a thing that affirms inside a quotation reports nothing", "“Our decision affirms our commitment to peace,” Nikol Pashinyan said.",
			[]want{{speaker: "nikol-pashinyan", content: "Our decision affirms our commitment to peace", direct: true}}},
		{"venue between cue and that", "Ilham Aliyev said in an email to Reuters that the corridor would open.",
			[]want{{speaker: "ilham-aliyev", content: "the corridor would open", venue: "email"}}},
		{"pronoun after a narrated sentence", "Sergei Lavrov said that talks went well. Meanwhile, Hulusi Akar visited Baku. He said that troops would stay.",
			[]want{{speaker: "sergei-lavrov", content: "talks went well"}, {speaker: "hulusi-akar", content: "troops would stay"}}},
		{"pronoun gender", "Maria Zakharova met Sergei Lavrov. She said that talks went well. Lavrov spoke next. She added that more would follow. He said that he agreed.",
			[]want{{speaker: "maria-zakharova", content: "talks went well"}, {speaker: "maria-zakharova", content: "more would follow"}, {speaker: "sergei-lavrov", content: "he agreed"}}},
		{"attribution after the clause", "The talks will continue next week, Sergei Lavrov said on Tuesday.",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "The talks will continue next week"}}},
		{"inverted attribution after the clause", "Ceasefire violations were rare, said Dmitry Peskov.",
			[]want{{speaker: "dmitry-peskov", cue: "said", content: "Ceasefire violations were rare"}}},
		{"told without that", "Dmitry Peskov told reporters the Kremlin was worried about the fighting.",
			[]want{{speaker: "dmitry-peskov", cue: "told", content: "the Kremlin was worried about the fighting", venue: "reporters"}}},
		{"relative clause between subject and cue", "Turkey, which backs Azerbaijan, has called for Armenia to withdraw.",
			[]want{{speaker: "turkey", content: "Armenia to withdraw"}}},
		{"partial quote is not direct", "Nikol Pashinyan said the “aggressive” stance of Ankara required a rethink of policy.",
			[]want{{speaker: "nikol-pashinyan", content: "the “aggressive” stance of Ankara required a rethink of policy"}}},
		{"paraphrase ending in a quote is not direct", "Dmitry Peskov told reporters that the units “had already left the area”.",
			[]want{{speaker: "dmitry-peskov", content: "the units “had already left the area”"}}},
		{"adverbials between cue and that", "Sergei Lavrov said the same day that the border would reopen.",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "the border would reopen"}}},
		{"reported clause before a quoted attribution keeps no marks", "Hulusi Akar spoke. “The troops will stay another month,” he said.",
			[]want{{speaker: "hulusi-akar", cue: "said", content: "The troops will stay another month", direct: true}}},
		{"addressee phrase before that", "Ilham Aliyev told the state broadcaster AzTV that the corridor would open.",
			[]want{{speaker: "ilham-aliyev", cue: "told", content: "the corridor would open"}}},
		{"collective source of a state", "Turkish officials rejected that account within hours.",
			[]want{{speaker: "turkey", cue: "rejected", content: "that account"}}},
		{"ministry of a state", "Armenia’s defence ministry denied that its units had moved.",
			[]want{{speaker: "armenia", cue: "denied", content: "its units had moved"}}},
		{"pronoun after a subordinate clause names its subject", "When Sergei Lavrov met Hulusi Akar, he said that the talks were useful.",
			[]want{{speaker: "sergei-lavrov", content: "the talks were useful"}}},
		{"inverted speaker with title", "The convoy was delayed, said Kremlin spokesperson Dmitry Peskov.",
			[]want{{speaker: "dmitry-peskov", content: "The convoy was delayed"}}},
		{"inverted speaker with apposition", "The deal could lift prices, says Marta Ilves, an analyst at the fund.",
			[]want{{speaker: "marta-ilves", content: "The deal could lift prices"}}},
		{"participle does not take an inverted speaker", "Mevlut Cavusoglu said: “We are ready to talk,” adding that Ilham Aliyev agreed.",
			[]want{{speaker: "mevlut-cavusoglu", content: "We are ready to talk", direct: true}, {speaker: "mevlut-cavusoglu", content: "Ilham Aliyev agreed"}}},
		{"named speaker set off by commas", "The mission's chief monitor, Ana Lindqvist, said both governments had promised full access.",
			[]want{{speaker: "ana-lindqvist", cue: "said", content: "both governments had promised full access"}}},
		{"given name gives the pronoun", "Maria Zakharova met Sergei Lavrov in Baku. He said that talks went well.",
			[]want{{speaker: "sergei-lavrov", content: "talks went well"}}},
		{"honorific gives the pronoun", "Mr. Aliyev met Ms. Akar in Baku. She said that talks went well.",
			[]want{{speaker: "hulusi-akar", content: "talks went well"}}},
		{"age stands for the person", "Sergei Lavrov landed in Baku on Monday. The 70-year-old said that talks went well.",
			[]want{{speaker: "sergei-lavrov", content: "talks went well"}}},
		{"abbreviation of a name in the document", "Officers of the Harbour Safety Agency inspected the port. On Monday, HSA said that the cranes were safe.",
			[]want{{speaker: "harbour-safety-agency", content: "the cranes were safe"}}},
		{"quoted question is the speaker's words", "“Why would we leave now? We are staying,” Sergei Lavrov said.",
			[]want{{speaker: "sergei-lavrov", content: "Why would we leave now? We are staying", direct: true}}},
		{"modifier in -ing after a name is no cue", "One Harbor County reporting station saw no rain.", nil},
		{"adjective use of a cue", "A newly revealed call worried Ankara.", nil},
		{"topic is not content", "Dmitry Peskov testified about the meeting.", nil},
		{"according to someone, then a relative clause about them",
			"One of the shells landed inside a school yard, according to Mara Quill, who was on the phone with teachers when the raid began.",
			[]want{{speaker: "mara-quill", cue: "according to", content: "One of the shells landed inside a school yard"}}},
		{"free indirect speech ends with a line set as a paragraph",
			"Tobin Marsh said that the ferry to Olsby would sail again on Thursday.\nThe crossing takes forty minutes in calm weather.\nA second boat has been on loan from a neighbouring island since the engine failed in March.\nThe harbour opens at six.",
			[]want{{speaker: "tobin-marsh", cue: "said", content: "the ferry to Olsby would sail again on Thursday"}}},
		{"an unclosed quotation ends with a line set as a paragraph",
			"The morning ferry to Olsby was cancelled on Tuesday.\n“Every boat will be checked,” Tobin Marsh said, “and we will add a crossing at noon.\nThe timetable will be posted at the quay.\nThe operator has run the route since 1998 with two boats and a crew of twelve.",
			[]want{{speaker: "tobin-marsh", cue: "said", content: "Every boat will be checked", direct: true}, {speaker: "tobin-marsh", cue: "said", content: "and we will add a crossing at noon", direct: true}}},
		{"a line ending in a cue with no stop ends its sentence",
			"The morning ferry to Olsby was cancelled on Tuesday after an engine fault.\nTobin Marsh said the ferry would sail again on Thursday\nA second boat is on loan from a neighbouring island since the engine failed in March.",
			[]want{{speaker: "tobin-marsh", cue: "said", content: "the ferry would sail again on Thursday"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWant(t, tt.body, extract(t, tt.body, ""), tt.want, strings.Contains(tt.name, "free indirect"))
		})
	}
}

// checkWant compares the statements got from body with want, in order.
// The cue is checked where want gives one, and everywhere after the first
// statement when noCue says that an empty cue is wanted too.
func checkWant(t *testing.T, body string, got []parallax.Statement, want []want, noCue bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d statements, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		s := got[i]
		if s.Speaker != w.speaker || s.Content != w.content || s.Direct != w.direct {
			t.Errorf("statement %d = %s %q direct=%v, want %s %q direct=%v", i, s.Speaker, s.Content, s.Direct, w.speaker, w.content, w.direct)
		}
		if (w.cue != "" || noCue && i > 0) && s.Cue != w.cue {
			t.Errorf("statement %d cue = %q, want %q", i, s.Cue, w.cue)
		}
		if w.venue != "" && s.Venue != w.venue {
			t.Errorf("statement %d venue = %q, want %q", i, s.Venue, w.venue)
		}
		if w.forID != "" && s.SpeakerFor != w.forID {
			t.Errorf("statement %d speaker_for = %q, want %q", i, s.SpeakerFor, w.forID)
		}
		if s.ID != "doc-s"+string(rune('1'+i)) {
			t.Errorf("statement %d id = %q", i, s.ID)
		}
		if rs := []rune(body); string(rs[s.Start:s.End]) != s.Content {
			t.Errorf("offsets %d..%d do not give the content", s.Start, s.End)
		}
	}
}

// TestUnreadSpeaker checks that when the speaker's words name no entity
// ("the ferryman"), the statement goes to nobody rather than to another
// name nearby: the listener of "told", a name the speaker quoted, the
// person whose relative speaks, the outlet that reports the statement.
func TestUnreadSpeaker(t *testing.T) {
	tests := []struct{ name, body, notSpeaker string }{
		{"listener of told", "Edwin Tarrow runs the county buses. “We cannot patch the hull again,” the ferryman told Edwin Tarrow.", "edwin-tarrow"},
		{"listener of said to", "Edwin Tarrow runs the county buses. “We cannot patch the hull again,” the ferryman said to Tarrow.", "edwin-tarrow"},
		{"name in the quotation before a pronoun", "Edwin Tarrow runs the county buses. Tarrow took the post in 2015.\n\nThe ferry ran aground. “Nobody trusts Edwin Tarrow any more,” the ferryman said. He said the county had lied for years.", "edwin-tarrow"},
		{"owner of an inverted speaker", "Maren Holt ran the ferry. Holt took it over in 1990.\n\n“The ferry was her whole life,” said Holt’s sister.", "maren-holt"},
		{"outlet of a report of a report", "The Arlow Gazette covers the island. The ferry will never sail again, the ferryman said, according to the Arlow Gazette.", "arlow-gazette"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range extract(t, tt.body, "") {
				if s.Speaker == tt.notSpeaker {
					t.Errorf("statement %q goes to %s", s.Content, s.Speaker)
				}
			}
		})
	}
}

// TestUnnamedSources checks that an unnamed source with no named body is
// a speaker of its own, kept apart per document.
func TestUnnamedSources(t *testing.T) {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := Extract(reg.Resolve(parallax.Document{ID: "a", Body: "Officials said the bridge would reopen."}), reg)
	b := Extract(reg.Resolve(parallax.Document{ID: "b", Body: "An insurgent source told reporters the hostages were moved."}), reg)
	if len(a) != 1 || a[0].SpeakerName != "Officials" || a[0].Content != "the bridge would reopen" {
		t.Fatalf("document a: %+v", a)
	}
	if len(b) != 1 || b[0].SpeakerName != "insurgent source" || b[0].Content != "the hostages were moved" {
		t.Fatalf("document b: %+v", b)
	}
	c := Extract(reg.Resolve(parallax.Document{ID: "c", Body: "Officials said the road was closed."}), reg)
	if len(c) != 1 || c[0].Speaker == a[0].Speaker {
		t.Errorf("unnamed officials of two documents share speaker %q", a[0].Speaker)
	}
}

// TestContinuedQuoteParagraph checks that a quotation opening the paragraph
// after a statement that ends in a quotation continues it.
func TestContinuedQuoteParagraph(t *testing.T) {
	body := "Sergei Lavrov said the accord “gives both sides a chance to rebuild.\n\n“We hope these steps lead to a lasting settlement.”"
	got := extract(t, body, "")
	if len(got) != 2 || got[1].Speaker != "sergei-lavrov" || got[1].Content != "We hope these steps lead to a lasting settlement" || !got[1].Direct {
		t.Fatalf("got %+v", got)
	}
}

// TestQuoteGoesOn checks that a quotation on a line of its own after a
// quoted statement goes on with its speaker, whichever way the text sets
// its paragraphs, however the attribution names the speaker and whatever
// narration comes before.
func TestQuoteGoesOn(t *testing.T) {
	tests := []struct{ name, body, last string }{
		{"title before the name, a paragraph a line",
			"Tobin Marsh runs the ferry to Olsby.\n“We will sail again on Monday,” Mr. Marsh said.\n“And then we will see how the crossing goes.”\nThe county did not comment.",
			"And then we will see how the crossing goes"},
		{"title before the name, blank lines, a nested quotation",
			"Tobin Marsh runs the ferry to Olsby.\n\n“The county says, ‘Look at these skippers, they are reckless,’” Mr. Marsh said.\n\n“And then it uses that as a reason to cut the crossings.”\n\nThe county did not comment.",
			"And then it uses that as a reason to cut the crossings"},
		{"a pronoun after a line of narration, a paragraph a line",
			"Tobin Marsh spoke to the council on Monday.\n“We are shocked by the loss of the ferry,” he told the council.\nHe also defended his budget, which cuts wages, and said the county would not drop its plan.\n“We took these steps to save the county,” he said.\n“The other way would be ruin for all of us.”\nThe council meets again in May.",
			"The other way would be ruin for all of us"},
		{"a pronoun after a line of narration, blank lines",
			"Tobin Marsh spoke to the council on Monday.\n\n“We are shocked by the loss of the ferry,” he told the council.\n\nHe also defended his budget, which cuts wages, and said the county would not drop its plan.\n\n“We took these steps to save the county,” he said.\n\n“The other way would be ruin for all of us.”\n\nThe council meets again in May.",
			"The other way would be ruin for all of us"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.body, "")
			if len(got) == 0 || got[len(got)-1].Speaker != "tobin-marsh" || !got[len(got)-1].Direct || got[len(got)-1].Content != tt.last {
				t.Fatalf("got %+v", got)
			}
		})
	}
}

// TestQuoteAfterEmbeddedPost checks that a quotation goes on after an
// embedded post (its text and a signature line) breaks it.
func TestQuoteAfterEmbeddedPost(t *testing.T) {
	body := "Sergei Lavrov said: “The talks were long and often difficult for everyone.\n\nTalks update\n\n— Foreign Ministry (@mfa) May 2, 2021\n\n“We will meet again in Geneva next month to go on.”"
	got := extract(t, body, "")
	if len(got) != 2 || got[1].Speaker != "sergei-lavrov" || got[1].Content != "We will meet again in Geneva next month to go on" {
		t.Fatalf("got %+v", got)
	}
}

// TestSpokespersonSpeaksFor checks that a named spokesperson after an
// unnamed body's statement speaks for that body.
func TestSpokespersonSpeaksFor(t *testing.T) {
	body := "Armenia’s defence ministry denied that its units had moved. Spokesman Aram Tevosyan said the reports were false."
	got := extract(t, body, "")
	if len(got) != 2 || got[1].SpeakerName != "Aram Tevosyan" || got[1].SpeakerFor != "armenia" {
		t.Fatalf("got %+v", got)
	}
}

// TestSpeechInsideQuote checks a quotation that reports other people's
// speech: parts go to the person it names, the rest to the quoted speaker,
// cut at the cues that join its propositions.
func TestSpeechInsideQuote(t *testing.T) {
	body := "“They met for hours. As partners, they shared the view that we stay committed to the process, recognizing the progress made on prisoners, but also acknowledging that questions remain. Foreign Minister Jean-Yves Le Drian noted that he had called Lavrov, who acknowledged that the situation was grave,” a State Department official told reporters."
	got := extract(t, body, "")
	want := []struct{ speaker, content string }{
		{"us-state-department", "They met for hours"},
		{"us-state-department", "we stay committed to the process"},
		{"us-state-department", "the progress made on prisoners"},
		{"us-state-department", "questions remain"},
		{"jean-yves-le-drian", "he had called Lavrov, who acknowledged that the situation was grave"},
		{"sergei-lavrov", "the situation was grave"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d statements, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Speaker != w.speaker || got[i].Content != w.content {
			t.Errorf("statement %d = %s %q, want %s %q", i, got[i].Speaker, got[i].Content, w.speaker, w.content)
		}
		if got[i].Speaker == "us-state-department" && got[i].Venue != "reporters" {
			t.Errorf("statement %d venue = %q, want reporters", i, got[i].Venue)
		}
	}
}

func TestStatementDates(t *testing.T) {
	tests := []struct {
		name, body, published, want string
	}{
		{"weekday before publication", "On Wednesday, Dmitry Peskov said that talks continue.", "2020-10-30", "2020-10-28"},
		{"weekday is the publication day", "Dmitry Peskov said on Friday that talks continue.", "2020-10-30", "2020-10-30"},
		{"weekday without publication date", "On Wednesday, Dmitry Peskov said that talks continue.", "", ""},
		{"yesterday", "Dmitry Peskov said yesterday that talks continue.", "2020-10-30T08:00:00Z", "2020-10-29"},
		{"last week names no day", "Dmitry Peskov said last week that talks continue.", "2020-10-30", ""},
		{"explicit with year", "On November 10, 2020, Ilham Aliyev said that troops would come.", "", "2020-11-10"},
		{"month and day take the publication year", "On November 11, Ilham Aliyev said that troops would come.", "2020-11-12", "2020-11-11"},
		{"month and day after publication are last year", "On December 30, Ilham Aliyev said that troops would come.", "2021-01-02", "2020-12-30"},
		{"month and day take the year of an earlier full date", "The war began on September 27, 2020. On October 3, Ilham Aliyev said that troops would come.", "", "2020-10-03"},
		{"a date inside the content is not the statement's", "Turkey has blamed Armenia for fighting that broke out on July 12.", "2020-07-20", ""},
		{"day first", "Ilham Aliyev said on 3 October 2020 that troops would come.", "", "2020-10-03"},
		{"no such day", "Ilham Aliyev said on February 30, 2020 that troops would come.", "", ""},
		{"the next day counts from the event named", "The ceasefire was signed on 9 March 2026. The next day, Ilham Aliyev said that troops would leave.", "2026-03-14", "2026-03-10"},
		{"days later count from the event named", "Fighting began on September 27. Three days later, Ilham Aliyev said that troops would come.", "2020-10-12", "2020-09-30"},
		{"the previous day counts from the event named", "The talks opened on 4 May 2021. The previous day, Ilham Aliyev said that troops would come.", "2021-05-20", "2021-05-03"},
		{"days after: the statement after the phrase is before the event the sentence dates", "Monitors reported on Monday that they had found tanks, three days after Ilham Aliyev said that the troops had left.", "2026-03-17", "2026-03-13"},
		{"days after with no day in the sentence names none", "The talks opened on 4 May 2021. Three days after the vote, Ilham Aliyev said that troops would come.", "2021-05-20", ""},
		{"the next day without an event named counts from the report", "The next day, Ilham Aliyev said that troops would come.", "2020-10-12", "2020-10-13"},
		{"a weekday in an undated report counts from the event named", "The ceasefire was signed on 9 March 2026. On Friday, Ilham Aliyev said that troops would leave.", "", "2026-03-13"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.body, tt.published)
			if len(got) == 0 {
				t.Fatalf("no statement in %q", tt.body)
			}
			if got[len(got)-1].Date != tt.want {
				t.Errorf("date = %q, want %q", got[len(got)-1].Date, tt.want)
			}
		})
	}
}

func TestContinuedDate(t *testing.T) {
	body := "On November 12, Sergei Lavrov informed journalists that no units would deploy. He specified that the centre would be remote. Drones will watch the line.\n\nThe Russian minister added that talks went on for weeks."
	got := extract(t, body, "2020-11-12")
	if len(got) != 4 {
		t.Fatalf("got %d statements, want 4: %+v", len(got), got)
	}
	for _, s := range got {
		if s.Speaker != "sergei-lavrov" || s.Date != "2020-11-12" || s.Venue != "journalists" {
			t.Errorf("%s: speaker %s date %q venue %q, want sergei-lavrov 2020-11-12 journalists", s.Content, s.Speaker, s.Date, s.Venue)
		}
	}
}

func TestBadInput(t *testing.T) {
	inputs := []string{"", "\x00\xff\xfe", strings.Repeat("“", 3000), strings.Repeat("said that ", 3000), strings.Repeat("Lavrov said “x y z w”. ", 500), "He said.", "According to", "“", "told"}
	for _, in := range inputs {
		extract(t, in, "not a date")
	}
}

// TestArticle runs a whole invented article through entity resolution and
// statement extraction.
func TestArticle(t *testing.T) {
	body := strings.Join([]string{
		"YEREVAN — Armenia’s Foreign Ministry said on Tuesday that it had summoned the Azerbaijani ambassador over the shelling of border villages. The ministry later denied that its troops had fired first.",
		"“We will not accept any change of the borders by force,” said Zohrab Mnatsakanyan, speaking at a briefing in Yerevan.",
		"Jeyhun Bayramov, Azerbaijan’s foreign minister, told Reuters that Baku had only answered fire.",
		"Russia’s Foreign Ministry spokeswoman Maria Zakharova wrote on Twitter that Moscow was ready to mediate.",
	}, "\n\n")
	got := extract(t, body, "2020-07-16")
	want := []struct{ speaker, content, date, venue string }{
		{"armenian-foreign-ministry", "it had summoned the Azerbaijani ambassador over the shelling of border villages", "2020-07-14", ""},
		{"armenian-foreign-ministry", "its troops had fired first", "2020-07-14", ""},
		{"zohrab-mnatsakanyan", "We will not accept any change of the borders by force", "", "briefing"},
		{"jeyhun-bayramov", "Baku had only answered fire", "", "Reuters"},
		{"maria-zakharova", "Moscow was ready to mediate", "", "Twitter"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d statements, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		s := got[i]
		if s.Speaker != w.speaker || s.Content != w.content || s.Date != w.date || s.Venue != w.venue {
			t.Errorf("statement %d = %s %q date %q venue %q\n want %s %q date %q venue %q", i, s.Speaker, s.Content, s.Date, s.Venue, w.speaker, w.content, w.date, w.venue)
		}
	}
	if got[4].SpeakerFor != "russian-foreign-ministry" {
		t.Errorf("Zakharova speaks for %q, want russian-foreign-ministry", got[4].SpeakerFor)
	}
	if got[0].SpeakerMention != "Armenia’s Foreign Ministry" {
		t.Errorf("speaker mention %q: want the dateline left out", got[0].SpeakerMention)
	}
}

// TestStatementKind checks that verbs of belief give belief statements,
// and that what continues a statement keeps its kind.
func TestStatementKind(t *testing.T) {
	for _, tc := range []struct{ body, content, kind string }{
		{"Maren Holt said the bridge would close in May.", "the bridge would close in May", parallax.Speech},
		{"“The bridge will close,” Maren Holt wrote.", "The bridge will close", parallax.Speech},
		{"Sergei Lavrov believes that talks will go on.", "talks will go on", parallax.Belief},
		{"The Harbour Trust expects that the ferry will run again by June.", "the ferry will run again by June", parallax.Belief},
	} {
		var got []string
		for _, s := range extract(t, tc.body, "") {
			if s.Content == tc.content {
				got = append(got, s.Kind)
			}
		}
		if len(got) != 1 || got[0] != tc.kind {
			t.Errorf("%q: kinds of %q = %v, want [%s]", tc.body, tc.content, got, tc.kind)
		}
	}
}

// TestDescribedSpeakerAndAside checks that a conjunction opening the
// sentence is no part of a described speaker, and that the writer's aside
// after a single dash is no part of the content.
func TestDescribedSpeakerAndAside(t *testing.T) {
	got := extract(t, "But witnesses said there were more than 50,000 -- easily the biggest protest in years.", "")
	if len(got) != 1 || got[0].SpeakerName != "witnesses" || got[0].Content != "there were more than 50,000" {
		t.Fatalf("got %+v, want witnesses saying “there were more than 50,000”", got)
	}
}

// TestSharedBody checks that the statement stage reads the body the entity
// stage read when it is the document's, and reads the document's own body
// when the one it is handed is another text's.
func TestSharedBody(t *testing.T) {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := parallax.Document{ID: "doc", Title: "Talks stall", Body: "Sergei Lavrov said that the talks had stalled. OFFICIALS SAID THE BORDER WAS CLOSED."}
	de := reg.Resolve(d)
	if de.Body == nil || de.Body.Source != d.Body {
		t.Fatalf("Resolve gave the body %+v, want the document's as read", de.Body)
	}
	alone := de
	alone.Body = nil
	want := Extract(alone, reg)
	if len(want) != 2 {
		t.Fatalf("found %d statements, want 2: %+v", len(want), want)
	}
	stale := de
	stale.Body = text.Read("Maria Zakharova said that the convoy had left.")
	for name, de := range map[string]entity.DocEntities{"shared": de, "stale": stale} {
		if got := Extract(de, reg); !reflect.DeepEqual(got, want) {
			t.Errorf("%s body: found %+v, want %+v", name, got, want)
		}
	}
	if toks := text.Read(d.Body).Tokens; !reflect.DeepEqual(de.Body.Tokens, toks) {
		t.Errorf("reading the shared body changed its tokens to %+v", de.Body.Tokens)
	}
}
