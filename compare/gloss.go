package compare

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/lang"
)

// inEnglish returns a statement's content read word by word in English
// when its language has a glossary (lang/CODE/english.tsv), so that the
// terms, negations and figures of a Russian statement meet those of an
// English one on the same question. Words the glossary lacks, names among
// them, stay as written: names are matched through their entities. The
// statement itself is not changed; only its claim is read this way.
func inEnglish(content, code string) string {
	p := lang.For(code)
	if p == nil || code == "en" {
		return content
	}
	var b strings.Builder
	word := func(w string) {
		if e := p.English(strings.ToLower(w)); e != "" {
			b.WriteString(e)
			return
		}
		b.WriteString(w)
	}
	start := -1
	for i, r := range content {
		letter := unicode.IsLetter(r) || r == '-' && start >= 0
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			word(content[start:i])
			start = -1
		}
		if !letter {
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		word(content[start:])
	}
	return b.String()
}
