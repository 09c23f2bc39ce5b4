package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func encodeWith(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

const (
	ruSample = "Министр иностранных дел заявил, что переговоры о границе продолжатся на следующей неделе в столице соседней страны."
	frSample = "Le ministre des Affaires étrangères a déclaré que les négociations sur la frontière reprendront la semaine prochaine à Genève."
)

func TestDecode(t *testing.T) {
	utf16le := append([]byte{0xFF, 0xFE}, encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), ruSample)...)
	utf16be := append([]byte{0xFE, 0xFF}, encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), ruSample)...)
	tests := []struct {
		name     string
		data     []byte
		declared string
		doc      docType
		charset  string
		contains string
	}{
		{"utf-8", []byte(ruSample), "", plainDoc, "utf-8", "переговоры о границе"},
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, ruSample...), "", plainDoc, "utf-8", "Министр"},
		{"utf-16le BOM", utf16le, "", plainDoc, "utf-16le", "переговоры о границе"},
		{"utf-16be BOM", utf16be, "", plainDoc, "utf-16be", "переговоры о границе"},
		{"BOM beats declaration", append([]byte{0xEF, 0xBB, 0xBF}, ruSample...), "koi8-r", plainDoc, "utf-8", "Министр"},
		{"windows-1251 undeclared", encodeWith(t, charmap.Windows1251, ruSample), "", plainDoc, "windows-1251", "переговоры о границе"},
		{"koi8-r undeclared", encodeWith(t, charmap.KOI8R, ruSample), "", plainDoc, "koi8-r", "переговоры о границе"},
		{"ibm866 undeclared", encodeWith(t, charmap.CodePage866, ruSample), "", plainDoc, "ibm866", "переговоры о границе"},
		{"windows-1252 undeclared", encodeWith(t, charmap.Windows1252, frSample), "", plainDoc, "windows-1252", "Affaires étrangères"},
		{"header charset", encodeWith(t, charmap.KOI8R, ruSample), "KOI8-R", plainDoc, "koi8-r", "переговоры"},
		{"header charset alias", encodeWith(t, charmap.Windows1251, ruSample), "cp1251", plainDoc, "windows-1251", "переговоры"},
		{"meta charset", encodeWith(t, charmap.KOI8R, `<html><head><meta charset="koi8-r"></head><body>`+ruSample), "", markupDoc, "koi8-r", "переговоры"},
		{"meta http-equiv", encodeWith(t, charmap.Windows1251, `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251"></head><body>`+ruSample), "", markupDoc, "windows-1251", "переговоры"},
		{"xml declaration", encodeWith(t, charmap.Windows1251, `<?xml version="1.0" encoding="windows-1251"?><rss><title>`+ruSample), "", markupDoc, "windows-1251", "переговоры"},
		{"meta ignored in text", encodeWith(t, charmap.Windows1251, `<meta charset="koi8-r"> `+ruSample), "", plainDoc, "windows-1251", "переговоры"},
		{"stale legacy meta on UTF-8", []byte(`<html><head><meta charset="windows-1251"></head><body>` + ruSample), "", markupDoc, "utf-8", "переговоры"},
		{"stale legacy header on UTF-8", []byte(frSample), "iso-8859-1", plainDoc, "utf-8", "étrangères"},
		{"ASCII keeps declaration", []byte("<meta charset=koi8-r>Talks resume."), "", markupDoc, "koi8-r", "Talks resume."},
		{"UTF-16 declaration ignored", encodeWith(t, charmap.Windows1251, ruSample), "utf-16", plainDoc, "windows-1251", "переговоры"},
		{"unknown declaration ignored", encodeWith(t, charmap.KOI8R, ruSample), "x-no-such-charset", plainDoc, "koi8-r", "переговоры"},
		{"UTF-8 with stray bytes repaired", []byte("Переговоры \xff\xfe продолжатся"), "", plainDoc, "utf-8", "Переговоры \uFFFD продолжатся"},
		{"declared UTF-8 that is windows-1251", encodeWith(t, charmap.Windows1251, ruSample), "utf-8", plainDoc, "windows-1251", "переговоры"},
		{"truncated UTF-8 sequence", []byte("Граница\xd0"), "", plainDoc, "utf-8", "Граница\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs := decode(tt.data, tt.declared, tt.doc)
			if cs != tt.charset {
				t.Errorf("charset %q, want %q", cs, tt.charset)
			}
			if !strings.Contains(got, tt.contains) {
				t.Errorf("decoded %q, want it to contain %q", got, tt.contains)
			}
			if !utf8.ValidString(got) {
				t.Errorf("decoded text is not valid UTF-8")
			}
		})
	}
}

func TestCharsetParam(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text/html; charset=windows-1251", "windows-1251"},
		{`text/html; Charset="KOI8-R"`, "KOI8-R"},
		{"text/html;charset = utf-8; q=1", "utf-8"},
		{"text/html", ""},
		{"charset", ""},
	}
	for _, tt := range tests {
		if got := charsetParam(tt.in); got != tt.want {
			t.Errorf("charsetParam(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// guessSamples are invented sentences in the languages the guess meets:
// Russian for the Cyrillic charsets, Western European for windows-1252.
var guessSamples = map[string][]string{
	"ru": {
		"Жители приграничных сёл продолжают покидать свои дома после ночных обстрелов.",
		"Представитель министерства обороны отверг обвинения и назвал их провокацией.",
		"Губернатор области попросил правительство прислать палатки, генераторы и питьевую воду.",
		"Экономисты предупреждают, что закрытие границы ударит по торговле зерном и удобрениями.",
		"Переговоры министров иностранных дел пройдут в Женеве за закрытыми дверями.",
		"По данным Красного Креста, в пунктах временного размещения находятся более тысячи человек.",
		"Оппозиция потребовала от правительства отчитаться о расходах на оборону.",
		"Железнодорожное сообщение между восточными провинциями и побережьем прервано.",
	},
	"west": {
		"Le gouvernement a annoncé l'envoi d'observateurs dans la vallée, où les combats ont repris mercredi.",
		"Die Außenminister beider Länder wollen sich nächste Woche in Genf treffen, teilte das Ministerium mit.",
		"El ministro de Asuntos Exteriores declaró que la frontera permanecerá cerrada hasta nuevo aviso.",
		"Les réfugiés ont été accueillis dans une école transformée en abri, près de la préfecture.",
		"Für die Bauern im Tal ist die Ernte verloren, sagte der Bürgermeister am Dienstag.",
		"O presidente português pediu contenção às duas partes e ofereceu mediação em Lisboa.",
	},
}

// TestGuessAccuracy measures how often the statistical guess names the
// right charset for undeclared text of a given length, and keeps a floor
// below the measured figures.
func TestGuessAccuracy(t *testing.T) {
	cases := []struct {
		lang string
		cm   *charmap.Charmap
		name string
	}{
		{"ru", charmap.Windows1251, "windows-1251"},
		{"ru", charmap.KOI8R, "koi8-r"},
		{"ru", charmap.CodePage866, "ibm866"},
		{"west", charmap.Windows1252, "windows-1252"},
	}
	floors := map[int]float64{12: 0.95, 24: 0.95, 48: 1, 0: 1}
	for _, n := range []int{12, 24, 48, 0} { // characters per sample; 0: whole sentence
		right, total := 0, 0
		for _, c := range cases {
			for _, s := range guessSamples[c.lang] {
				for _, part := range chunks(s, n) {
					data := encodeWith(t, c.cm, part)
					if isASCII(data) {
						continue
					}
					total++
					if _, name := guess(data); name == c.name {
						right++
					}
				}
			}
		}
		acc := float64(right) / float64(total)
		t.Logf("guess accuracy on %d-character samples (0 = whole sentences): %d/%d = %.3f", n, right, total, acc)
		if acc < floors[n] {
			t.Errorf("accuracy %.3f on %d-character samples, below the floor %.2f", acc, n, floors[n])
		}
	}
}

// chunks cuts s into pieces of n runes; n == 0 keeps it whole.
func chunks(s string, n int) []string {
	if n == 0 {
		return []string{s}
	}
	r := []rune(s)
	var out []string
	for i := 0; i+n <= len(r); i += n {
		out = append(out, string(r[i:i+n]))
	}
	return out
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(ruSample), "", false)
	f.Add([]byte("<meta charset=koi8-r>\xf0\xc5\xd2\xc5"), "", true)
	f.Add([]byte("\xff\xfeA\x00"), "utf-8", false)
	f.Fuzz(func(t *testing.T, data []byte, declared string, markup bool) {
		doc := plainDoc
		if markup {
			doc = markupDoc
		}
		got, cs := decode(data, declared, doc)
		if !utf8.ValidString(got) {
			t.Fatalf("decode(%q, %q) = %q: not valid UTF-8", data, declared, got)
		}
		if cs == "" {
			t.Fatalf("decode(%q, %q) names no charset", data, declared)
		}
	})
}

// BenchmarkDecodeGuess measures the worst path of decode: undeclared
// legacy bytes, checked for UTF-8 and scored in every candidate charset.
func BenchmarkDecodeGuess(b *testing.B) {
	var page []byte
	for len(page) < 256<<10 {
		page = append(page, encodeWith(b, charmap.KOI8R, strings.Join(guessSamples["ru"], " "))...)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		decode(page, "", plainDoc)
	}
}
