package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// mdSample is sample() with what only the Markdown report shows: web
// addresses, an inferred year, a thread, a near-duplicate and entities.
func mdSample() parallax.Analysis {
	a := sample()
	a.Documents[0].URL = "https://wire.example/pass-talks"
	a.Documents[1].URL = "ftp://daily.example/tanks"
	a.Timeline[0].Basis = "year from the publication date"
	a.Timeline = append(a.Timeline, parallax.TimelineEvent{Date: "2026-03-14", Event: "Talks stall in Sarn",
		Basis: "date in the text", Docs: []string{"d1", "d2"}})
	a.Threads = []parallax.Thread{{ID: "t1", Label: "Lennar Pass", Stories: []string{"st1"}}}
	a.Documents = append(a.Documents, parallax.Document{ID: "d4", Source: "d.txt", Title: "Pass talks stall"})
	a.Stories[0].Docs = append(a.Stories[0].Docs, "d4")
	a.Duplicates = []parallax.Duplicate{{Doc: "d4", Representative: "d1"}}
	a.Entities = []parallax.Entity{
		{ID: "kardonia", Type: parallax.GPE, Name: "Kardonia", Aliases: []string{"the Kardonian side"},
			Mentions: []parallax.Mention{{Doc: "d1"}, {Doc: "d2"}}},
		{ID: "sarn", Type: parallax.Location, Name: "Sarn", Mentions: []parallax.Mention{{Doc: "d1"}}},
	}
	return a
}

func markdown(t *testing.T, a parallax.Analysis) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, a); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMarkdownStructure(t *testing.T) {
	out := markdown(t, mdSample())
	story := section(out, "## Story: Lennar Pass withdrawal")
	tests := []struct {
		name, in, want string
	}{
		{"title line with the counts", out, "# parallax report: 4 documents, 1 story, 2 statements, 1 conflict\n"},
		{"http title linked", story, "- [Pass talks stall](https://wire.example/pass-talks) (Wire, 2026\\-03\\-14) · a\\.txt · \\- · 0 words · 0 comments\n"},
		{"other schemes not linked", story, "- Monitors report tanks (Daily) · b\\.txt"},
		{"timeline table", story, "| date | event | sources |\n| --- | --- | --- |\n"},
		{"inferred year shows its basis", story, "| 2026\\-03\\-16 | Monitors visit the pass (year from the publication date) | Daily |\n"},
		{"a date the text gave has no note", story, "| 2026\\-03\\-14 | Talks stall in Sarn | Wire, Daily |\n"},
		{"claim matrix table", story, "| question | speaker | stance or value | outlets |\n| --- | --- | --- | --- |\n"},
		{"disputed question on its first row", story, "| Has Kardonia withdrawn from the pass? (disputed) | Tomas Ferreira | affirms | Wire |\n"},
		{"later rows of a question", story, "|  | Ana Lindqvist | denies | Daily |\n"},
		{"who said what", story, "- **Tomas Ferreira** (told reporters, reporters): no soldier remains in the pass (affirms)\n"},
		{"direct quote and date", story, "- **Ana Lindqvist** (said) on 2026\\-03\\-16: “six tanks were found on the slope” (denies)\n"},
		{"conflicts grouped by question", story, "#### Has Kardonia withdrawn from the pass? — 1 conflicting pair\n\n- affirms: Tomas Ferreira\n- denies: Ana Lindqvist\n"},
		{"pair with its evidence", story, "- **contradiction**: opposite stances\n  - **Tomas Ferreira** (Wire): no soldier remains in the pass\n  - **Ana Lindqvist** (2026\\-03\\-16, Daily): six tanks were found on the slope\n"},
		{"unclustered documents", out, "## Story: Documents in no story\n\n- Weather in Sarn · c\\.txt"},
		{"threads", out, "## Threads\n\n- Lennar Pass: Lennar Pass withdrawal\n"},
		{"near-duplicates", out, "## Near-duplicates\n\n- d\\.txt, copy of a\\.txt\n"},
		{"entities, most mentioned first", out, "## Entities\n\n- Kardonia (GPE), 2 mentions; also: the Kardonian side\n- Sarn (LOC), 1 mention\n"},
	}
	for _, tt := range tests {
		if !strings.Contains(tt.in, tt.want) {
			t.Errorf("%s: %q not found in:\n%s", tt.name, tt.want, tt.in)
		}
	}
	if strings.Contains(section(out, "## Story: Documents in no story"), "Pass talks stall") {
		t.Errorf("a clustered document is also listed as loose:\n%s", out)
	}
}

func TestMarkdownEmptyAnalysis(t *testing.T) {
	if out := markdown(t, parallax.Analysis{}); out != "# parallax report: 0 documents, 0 stories, 0 statements, 0 conflicts\n" {
		t.Errorf("report of nothing: %q", out)
	}
}

func TestMD(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"<script>alert(1)</script>", `\<script\>alert\(1\)\</script\>`},
		{"[x](javascript:alert(1))", `\[x\]\(javascript\:alert\(1\)\)`},
		{"![i](http://e.example/p.png)", `\!\[i\]\(http\://e\.example/p\.png\)`},
		{"a | b", `a \| b`},
		{"# not a heading", `\# not a heading`},
		{"one\n\n  two\tthree", "one two three"},
		{"1. *em* _em_ ~del~ `code` {x} +y", "1\\. \\*em\\* \\_em\\_ \\~del\\~ \\`code\\` \\{x\\} \\+y"},
		{`back\slash`, `back\\slash`},
		{"&lt;b&gt; a@b.example", `\&lt;b\&gt; a\@b\.example`},
		{"clear\x1b[2J bell\x07 csi\u009b", "clear\uFFFD\\[2J bell\uFFFD csi\uFFFD"},
		{"Сарн — «пропуск»", "Сарн — «пропуск»"},
	}
	for _, tt := range tests {
		if got := md(tt.in); got != tt.want {
			t.Errorf("md(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLinkTarget(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://wire.example/a?b=c#d", "https://wire.example/a?b=c#d"},
		{"HTTP://wire.example/", "http://wire.example/"},
		{"http://wire.example/a b(c)<d>", "http://wire.example/a%20b%28c%29%3Cd%3E"},
		{`http://wire.example/a\b`, "http://wire.example/a%5Cb"},
		{`http://wire.example/?q=(a) <b>\`, "http://wire.example/?q=%28a%29%20%3Cb%3E%5C"},
		{"http://wire.example/#x)y(", "http://wire.example/#x%29y%28"},
		{"javascript:alert(1)", ""},
		{"JavaScript://wire.example/%0Aalert(1)", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"https:javascript:alert(1)", ""},
		{"//wire.example/no-scheme", ""},
		{"file:///etc/passwd", ""},
		{"pages/local.html", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := linkTarget(tt.in); got != tt.want {
			t.Errorf("linkTarget(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostile are texts a page could carry to take over a Markdown report.
var hostile = []string{
	"[x](javascript:alert(1))",
	"<img src=x onerror=alert(1)>",
	"| pipes | in | cells |",
	"# heading",
	"line one\n# heading\n\n- item",
	"\x1b[2J",
	"<script>alert(1)</script>",
	"![img](http://evil.example/i.png)",
	"www.evil.example",
}

// escapePair is a backslash escape of ASCII punctuation.
var escapePair = regexp.MustCompile(`\\[!-/:-@\[-` + "`" + `{-~]`)

// unescaped removes every backslash escape from s, leaving what a Markdown
// reader would take as syntax.
func unescaped(s string) string { return escapePair.ReplaceAllString(s, "") }

// ownHeading matches the headings the report writes itself.
var ownHeading = regexp.MustCompile(`^(# parallax report: |## Story: |## (Summary|Threads|Near-duplicates|Entities)$|### (Timeline|Claim matrix|Who said what|Conflicts|Stories, most disputed first|Most disputed questions|Newest conflicts)$|#### )`)

func TestMarkdownHostileContent(t *testing.T) {
	for _, evil := range hostile {
		a := mdSample()
		a.Documents[0].Title = evil
		a.Documents[0].Outlet = evil
		a.Documents[0].URL = "javascript:alert(1)"
		a.Documents[1].Source = evil
		a.Documents[2].Title = evil
		a.Stories[0].Label = evil
		a.Statements[0].Content = evil
		a.Statements[0].SpeakerName = evil
		a.Statements[1].Cue = evil
		a.Statements[1].Venue = evil
		a.Questions[0].Label = evil
		a.Conflicts[0].Explain = evil
		a.Timeline[0].Event = evil
		a.Timeline[0].Basis = "year from " + evil
		a.Threads[0].Label = evil
		a.Entities[0].Name = evil
		a.Entities[0].Aliases = []string{evil}
		out := markdown(t, a)
		syntax := unescaped(out)
		if strings.Contains(out, "\x1b") {
			t.Errorf("%q: an escape character passes through", evil)
		}
		for _, bad := range []string{"<", ">", "![", "](", "javascript:", "www.evil"} {
			if strings.Contains(syntax, bad) {
				t.Errorf("%q: %q is left as Markdown syntax:\n%s", evil, bad, out)
			}
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "#") && !ownHeading.MatchString(line) {
				t.Errorf("%q: the page made a heading: %q", evil, line)
			}
			if strings.HasPrefix(line, "| ") {
				// The tables have 3, 4 or (the summary's) 7 columns.
				if n := strings.Count(unescaped(line), "|"); n != 4 && n != 5 && n != 8 {
					t.Errorf("%q: a table row has %d cell borders: %q", evil, n, line)
				}
			}
		}
		// Nothing is lost: unescaped, each field reads as the page wrote it,
		// on one line.
		if want := withoutControls(strings.Join(strings.Fields(evil), " ")); !strings.Contains(strings.ReplaceAll(out, `\`, ""), strings.ReplaceAll(want, `\`, "")) {
			t.Errorf("%q: the text itself is not in the report", evil)
		}
	}
}
