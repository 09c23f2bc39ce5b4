package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func readFixture(t testing.TB, name string) parallax.Raw {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "text", name))
	if err != nil {
		t.Fatal(err)
	}
	return parallax.Raw{Source: name, Kind: parallax.KindText, Data: string(b)}
}

func TestFromTextFixtures(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		author    string
		outlet    string
		published string
		lang      string
		paras     int      // body paragraphs
		inBody    []string // fragments the body must hold
		notInBody []string // fragments it must not
		furniture []string // lines that must be furniture
		comments  int
	}{
		{
			file: "forum.txt", title: "Harbour authority denies reports of a second tanker collision",
			published: "2024-03-04", lang: "en", paras: 3,
			inBody:    []string{"no second collision", "stood by its report"},
			notInBody: []string{"Offline", "north pier", "you must sign in"},
			furniture: []string{"Dear reader, to leave comments on the publication, you must sign in."},
			comments:  4,
		},
		{
			file: "blog.txt", title: "Why the Dunmore ferry timetable keeps changing", author: "Clara Meyer",
			outlet: "Lowland Notes", lang: "en", paras: 3,
			inBody:    []string{"third timetable", "plenty of time"},
			notInBody: []string{"Leave a Reply", "7:15", "by Clara"},
			furniture: []string{"Leave a Reply", "%d bloggers like this:"},
			comments:  3,
		},
		{
			file: "widgets.txt", title: "City council approves budget for new bridge", outlet: "Riverside Herald",
			lang: "en", paras: 4,
			inBody:    []string{"nine to four", "eighteen months"},
			notInBody: []string{"cookies", "Support Riverside", "Share", "Council debates parking fees", "Copyright"},
			furniture: []string{"0 $", "Support Riverside Herald", "Share this:", "Click to see the full-size image"},
		},
		{
			// A thread known by its numbered headers alone: no presence
			// marker, and an opening prompt in no word list.
			file: "forum-plain.txt", title: "Talks on the Orlen dam stall over water quotas",
			published: "2025-04-02", lang: "en", paras: 3,
			inBody:    []string{"third round of talks", "tense but businesslike"},
			notInBody: []string{"kestrel", "registered members", "Forums"},
			furniture: []string{"Forums | Regions | Members | Rules", "Only registered members can take part in the discussion."},
			comments:  3,
		},
		{
			// A menu line is never the headline; a source credit names the
			// outlet; a key-points box, a standfirst and a list of other
			// stories inside the article are not body.
			file: "reprint.txt", title: "Coastal railway to reopen after viaduct repairs", outlet: "Bayline Press",
			lang: "en", paras: 4,
			inBody:    []string{"eight months after storms", "length of track"},
			notInBody: []string{"Key points", "Ministers agree", "More on this story", "Storm damage along the coast", "Bus replacement", "Source"},
			furniture: []string{"Home | World | Region | Sport | Contact", "Why the viaduct was not insured against floods"},
		},
		{
			file: "russian.txt", title: "В Заречье открыли новый мост через реку", published: "2024-03-12",
			outlet: "Заречные вести", lang: "ru", paras: 3,
			inBody:    []string{"три года", "сообщили в городской администрации"},
			notInBody: []string{"Поделиться", "Читайте также", "Главная"},
			furniture: []string{"Поделиться"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, err := fromText(readFixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Author != tt.author || d.Outlet != tt.outlet {
				t.Errorf("title %q author %q outlet %q, want %q, %q, %q", d.Title, d.Author, d.Outlet, tt.title, tt.author, tt.outlet)
			}
			if d.Published != tt.published || d.Lang != tt.lang {
				t.Errorf("published %q (%s) lang %q, want %q and %q", d.Published, d.PublishedBasis, d.Lang, tt.published, tt.lang)
			}
			if n := len(strings.Split(d.Body, "\n\n")); n != tt.paras {
				t.Errorf("%d body paragraphs, want %d:\n%s", n, tt.paras, d.Body)
			}
			for _, s := range tt.inBody {
				if !strings.Contains(d.Body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tt.notInBody {
				if strings.Contains(d.Body, s) {
					t.Errorf("body holds %q", s)
				}
			}
			for _, s := range tt.furniture {
				if !slices.Contains(d.Furniture, s) {
					t.Errorf("furniture lacks %q: %q", s, d.Furniture)
				}
			}
			if len(d.Comments) != tt.comments {
				t.Errorf("%d comments, want %d: %+v", len(d.Comments), tt.comments, d.Comments)
			}
		})
	}
}

func TestForumComments(t *testing.T) {
	d, err := fromText(readFixture(t, "forum.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []parallax.Comment{
		{Author: "seawolf", DisplayName: "Marta", Time: "2024-03-04T14:05", Depth: 0, Text: "Two collisions in two days would be a record even for Velmora."},
		{Author: "quayside", DisplayName: "Jon Berg", Time: "2024-03-04T15:40", Depth: 0, Text: "I work on the north pier. Nothing happened there last night.\n\nThe radio people should check before they broadcast."},
		{Author: "seawolf", DisplayName: "Marta", Time: "2024-03-04T16:02", Depth: 1, Text: "Thanks, that settles it for me."},
		{Author: "old_salt", DisplayName: "Piet", Time: "2024-03-05T09:12", Depth: 0, Text: "Let us wait for the investigation."},
	}
	if !slices.Equal(d.Comments, want) {
		t.Errorf("comments:\n got %+v\nwant %+v", d.Comments, want)
	}
}

func TestForumCommentsByStructure(t *testing.T) {
	d, err := fromText(readFixture(t, "forum-plain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []parallax.Comment{
		{Author: "kestrel", DisplayName: "Anna", Time: "2025-04-02T08:15", Depth: 0, Text: "A share tied to rainfall is the only fair arrangement in a drought."},
		{Author: "millrace", DisplayName: "Tomas", Time: "2025-04-02T09:02", Depth: 1, Text: "Fair, maybe, but nobody can run a power station on it."},
		{Author: "dry_valley", DisplayName: "Ines", Time: "2025-04-02T10:40", Depth: 0, Text: "May is too late for this year's sowing."},
	}
	if !slices.Equal(d.Comments, want) {
		t.Errorf("comments:\n got %+v\nwant %+v", d.Comments, want)
	}
}

func TestForumHeader(t *testing.T) {
	tests := []struct {
		line, login string
		ok          bool
	}{
		{"3. Binder Offline Binder", "Binder", true},
		{"12. mika mika", "mika", true},
		{"1. sarn_local Online sarn_local", "sarn_local", true},
		{"2. Ministers met in Sarn", "", false},
		{"1. the first point", "", false},
		{"2024. A year of change", "", false},
		{"kestrel (Anna) 2 April 2025 08: 15", "", false},
	}
	for _, tt := range tests {
		login, ok := forumHeader(tt.line)
		if login != tt.login || ok != tt.ok {
			t.Errorf("forumHeader(%q) = %q, %v; want %q, %v", tt.line, login, ok, tt.login, tt.ok)
		}
	}
}

func TestOpensThread(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"To comment, you must sign in.", true},
		{"Log in to comment", true},
		{"You must be logged in to post a comment.", true},
		{"Leave a comment", true},
		{"Kommentare", true},
		{"Комментарии (12)", true},
		{"14 Comments", true},
		{"Чтобы оставить комментарий, войдите на сайт.", true},
		{"He declined to comment.", false},
		{"The ministry did not comment on the report on Monday.", false},
		{"Sign in to read more", false},
	}
	for _, tt := range tests {
		lines := splitLines(tt.line)
		if got := uiVocab.opensThread(&lines[0]); got != tt.want {
			t.Errorf("opensThread(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestIsNavigation(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Home | News | Region | Contact", true},
		{"World › Europe › Ukraine", true},
		{"Главная | Новости | Регион", true},
		{"Home – Stephen Lendman", false},
		{"Velmoria and Kardonia trade claims | Northgate Wire", false},
		{"Ceasefire talks resume in Sarn as both sides accuse each other of delays", false},
		{"Sport | The long season of the river clubs and what their supporters expect from it | Opinion", false},
	}
	for _, tt := range tests {
		if got := isNavigation(tt.line); got != tt.want {
			t.Errorf("isNavigation(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestLowerAligned(t *testing.T) {
	for _, s := range []string{"", "Plain ASCII Text", "Ünïcödé ПРИВЕТ", "İstanbul ẞ Ω", "mixed\nLines\tTabs", "\xff\xfe broken"} {
		got := lowerAligned(s)
		if len(got) != len(s) {
			t.Errorf("lowerAligned(%q) = %q: %d bytes, want %d", s, got, len(got), len(s))
		}
		if utf8Valid(s) && strings.ToLower(s) == s && got != s {
			t.Errorf("lowerAligned(%q) = %q changed a lower-case text", s, got)
		}
	}
	if got := lowerAligned("Ünïcödé ПРИВЕТ"); got != "ünïcödé привет" {
		t.Errorf("lowerAligned = %q", got)
	}
}

func TestPackedTable(t *testing.T) {
	words := map[string]uint16{}
	for w, bits := range stopwords {
		if _, ok := packASCII(w); ok {
			words[w] = bits
		}
	}
	tab := packStopwords(stopwords)
	for w, bits := range words {
		k, _ := packASCII(w)
		if got := tab.get(k); got != bits {
			t.Errorf("get(%q) = %b, want %b", w, got, bits)
		}
	}
	for _, w := range []string{"zzyzx", "qwerty", "ceasefire"} {
		if k, ok := packASCII(w); ok && words[w] == 0 && tab.get(k) != 0 {
			t.Errorf("get(%q) found a word not in the list", w)
		}
	}
}

func TestBlogComments(t *testing.T) {
	d, err := fromText(readFixture(t, "blog.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []parallax.Comment{
		{Author: "Hannah Lowe", Text: "I take the 7:15 every day. The delays are worse than the timetable suggests.\n\nSome mornings we wait on the ramp for half an hour."},
		{Text: "It would help if the company posted delays on its website."},
		{Author: "Peter K", Text: "The berth works end in May, so it should settle down after that."},
	}
	if !slices.Equal(d.Comments, want) {
		t.Errorf("comments:\n got %+v\nwant %+v", d.Comments, want)
	}
}

func TestFromTextBadInput(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr bool
	}{
		{"empty", "", false},
		{"blank lines", "\n\n  \n\t\n", false},
		{"invalid UTF-8", "Headline here\n\n\xff\xfe broken bytes in a paragraph that goes on for a while, as paragraphs do.", false},
		{"binary", "PK\x03\x04\x00\x00binary", true},
		{"one long line", strings.Repeat("word ", 200000), false},
		{"only furniture", "Share\nTweet\nReply\nLog in", false},
		{"too large", strings.Repeat("a", maxTextSize+1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := fromText(parallax.Raw{Source: tt.name, Kind: parallax.KindText, Data: tt.data})
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error: %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), tt.name) {
				t.Errorf("error %q does not name the input", err)
			}
			if !utf8Valid(d.Body) {
				t.Errorf("body is not valid UTF-8")
			}
		})
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func TestClassify(t *testing.T) {
	tests := []struct {
		text string
		want class
	}{
		{"Share this:", classFurniture},
		{"Подписаться", classFurniture},
		{"Leia mais", classFurniture},
		{"We use cookies to give you the best experience on our website.", classFurniture},
		{"Home", classFurniture},
		{"Ten Places to Travel Before Everyone Else Does", classShort},
		{"The council voted on Wednesday to approve the budget for a new bridge across the river, ending a long debate.", classGood},
		{"Nothing happened there last night.", classShort},
	}
	for _, tt := range tests {
		lines := splitLines(tt.text)
		if got := classify(&lines[0]); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func BenchmarkFromTextFixture(b *testing.B) {
	raw := readFixture(b, "widgets.txt")
	b.SetBytes(int64(len(raw.Data)))
	for b.Loop() {
		if _, err := fromText(raw); err != nil {
			b.Fatal(err)
		}
	}
}

func TestClosesArticle(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Related articles", true},
		{"About Jane Doe", true},
		{"Sobre o autor", true},
		{"Об авторе", true},
		{"About the author", true},
		{"About a third of the town", false},
		{"About 40 people were hurt.", false},
		{"Ministers met in Sarn", false},
	}
	for _, tt := range tests {
		lines := splitLines(tt.line)
		if got := uiVocab.closesArticle(&lines[0]); got != tt.want {
			t.Errorf("closesArticle(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestDatelineIsNoCaption(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"NEW YORK (Reuters) - Oil prices fell on Tuesday.", true},
		{"SARN, Velmoria (AFP) — Talks resumed.", true},
		{"Firefighters at the scene (Reuters)", false},
		{"A view of the harbour (Photo: Jane Doe)", false},
	}
	for _, tt := range tests {
		if got := datelineRE.MatchString(tt.line); got != tt.want {
			t.Errorf("datelineRE.MatchString(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A page with nothing around its text — a wire flash, a note — keeps that
// text as its body instead of losing it all as furniture.
func TestFromTextBarePage(t *testing.T) {
	tests := []string{
		"Police say armed robbers emptied a jewellery store in Sarn on Monday, local media report.",
		"DELVAR FC Sacked coach Ivo Marn. Named Ana Petek coach.\n",
		"Ceasefire talks resume in Sarn.\nBoth delegations arrived on Tuesday.\n",
	}
	for _, text := range tests {
		d, err := fromText(parallax.Raw{Source: "flash.txt", Kind: parallax.KindText, Data: text})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if got := strings.Join(strings.Fields(d.Title+" "+d.Body), " "); got != strings.Join(strings.Fields(text), " ") {
			t.Errorf("%q: title %q and body %q do not keep the whole text", text, d.Title, d.Body)
		}
	}
}

// A list that closes a report (a line-up, a roll of results) is part of its
// body when nothing but the list follows; a list followed by the page's
// furniture is not.
func TestFromTextListTail(t *testing.T) {
	report := "The Sarn chess festival opened on Monday with twelve players from nine countries, the organisers said in a statement on their website.\n\n" +
		"The first round will be played on Tuesday afternoon in the old town hall, and the last one a week later, before the prize giving on Sunday.\n\n"
	list := "Players\n\n• Ivo Marn (Velmoria) • Ana Petek (Kardonia)\n\n• Lena Osk (Tellmark)\n\nThe winner takes home 20,000 euros.\n"
	for _, tt := range []struct {
		name, data string
		kept       bool
	}{
		{"list ends the page", report + list, true},
		{"furniture after the list", report + list + "\n© 2024 Sarn Daily. All rights reserved.\n", false},
	} {
		d, err := fromText(parallax.Raw{Source: tt.name, Kind: parallax.KindText, Data: tt.data})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Ivo Marn", "Lena Osk", "20,000 euros"} {
			if strings.Contains(d.Body, want) != tt.kept {
				t.Errorf("%s: body holds %q: %v, want %v\n%s", tt.name, want, !tt.kept, tt.kept, d.Body)
			}
		}
	}
}

// A line that ends a quoted sentence (`… told the court.”`) is a sentence
// of the story, never its headline, however short.
func TestQuotedSentenceIsNoTitle(t *testing.T) {
	for _, closing := range []string{`."`, `.”`, `.'`, `.)`} {
		first := "The ferry captain told the court \"the engine failed twice" + closing
		text := first + "\n\n" +
			"The jury took two hours to reach its verdict on Tuesday, after a week of evidence from the crew and the harbour master.\n\n" +
			"He said he had reported the fault to the owners a month before the crossing, and that they had told him to sail.\n"
		d, err := fromText(parallax.Raw{Source: "court.txt", Kind: parallax.KindText, Data: text})
		if err != nil {
			t.Fatal(err)
		}
		if d.Title == first || !strings.Contains(d.Body, first) {
			t.Errorf("closing %s: title %q; the opening sentence is taken from the body", closing, d.Title)
		}
	}
}
