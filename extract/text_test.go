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
