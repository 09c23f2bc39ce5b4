package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func newReg(t testing.TB) *Registry {
	t.Helper()
	r, err := NewRegistry(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// resolved returns the entity id of the mention with text m, or "".
func resolved(de DocEntities, m string) string {
	for _, x := range de.Mentions {
		if x.Text == m {
			return x.Entity
		}
	}
	return ""
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		body string
		want map[string]string // mention text → entity id ("" = no mention)
	}{
		{"surname and full name", "Foreign Minister Sergei Lavrov arrived. Lavrov spoke later.",
			map[string]string{"Sergei Lavrov": "sergei-lavrov", "Lavrov": "sergei-lavrov"}},
		{"transliteration variants", "Sergey Lavrov met Nikol Pashinian in Yerevan.",
			map[string]string{"Sergey Lavrov": "sergei-lavrov", "Nikol Pashinian": "nikol-pashinyan", "Yerevan": "yerevan"}},
		{"cyrillic and armenian names", "Сергей Лавров и Никол Пашинян.",
			map[string]string{"Сергей Лавров": "sergei-lavrov", "Никол Пашинян": "nikol-pashinyan"}},
		{"initial and surname", "The statement by I. Aliyev was brief.",
			map[string]string{"I. Aliyev": "ilham-aliyev"}},
		{"typos", "Fighting in Karabah and Nagorno-Karabkh worried Ankaka.",
			map[string]string{"Karabah": "nagorno-karabakh", "Nagorno-Karabkh": "nagorno-karabakh", "Ankaka": "turkey"}},
		{"a short name a consonant apart is another name, a vowel apart a misspelling", "Quillo said the app would launch. Talks in Kabur ended, and talks in Kabol began.",
			map[string]string{"Quillo": "quillo", "Kabur": "kabur", "Kabol": "kabul"}},
		{"a name too short to misspell is not reached by a longer word a letter off", "Talks in Malei ended.",
			map[string]string{"Malei": "malei"}},
		{"abbreviations", "Troops of the RF and TR stayed out of NK, the OSCE said.",
			map[string]string{"RF": "russia", "TR": "turkey", "NK": "nagorno-karabakh", "OSCE": "osce"}},
		{"initials of a name in the document", "Officers of Customs and Border Protection held him. A CBP spokesman declined to comment.",
			map[string]string{"CBP": "customs-and-border-protection"}},
		{"initials after a qualifier", "The Velmorian Agency for Grain Safety warned farmers. A spokesman for AGS said the harvest was safe.",
			map[string]string{"AGS": "velmorian-agency-for-grain-safety"}},
		{"initials of no name stay apart", "The Harbour Authority of Tellmark met. The ZQX spokesman spoke.",
			map[string]string{"ZQX": "zqx"}},
		{"age for the person named last", "Sergei Lavrov landed in Baku on Monday. The 70-year-old said he was pleased.",
			map[string]string{"The 70-year-old": "sergei-lavrov"}},
		{"age before a noun is someone else", "Marta Villanueva spoke first. The 48-year-old man beside her said nothing.",
			map[string]string{"The 48-year-old": ""}},
		{"occupation after the person opens the sentence before", "Sergei Lavrov did not expect Josep Borrell there. The veteran diplomat said he was surprised.",
			map[string]string{"The veteran diplomat": "sergei-lavrov"}},
		{"occupation after a sentence with no person first", "Talks with Sergei Lavrov stalled. The veteran diplomat said nothing.",
			map[string]string{"The veteran diplomat": ""}},
		{"capital as government or city", "Moscow rejected the plan. The envoys flew to Moscow.",
			map[string]string{"Moscow": "russia"}},
		{"kremlin and capitals", "The Kremlin said Baku and Yerevan agreed.",
			map[string]string{"Kremlin": "kremlin", "Baku": "azerbaijan", "Yerevan": "armenia"}},
		{"plural demonyms", "The Russians and the Turks disagree, while Azeris celebrate. Russian troops stay.",
			map[string]string{"The Russians": "russia", "the Turks": "turkey", "Azeris": "azerbaijan", "Russian": ""}},
		{"adjective is not a mention", "French Foreign Minister Jean-Yves Le Drian met Turkish envoys.",
			map[string]string{"French": "", "Turkish": "", "Jean-Yves Le Drian": "jean-yves-le-drian"}},
		{"role description", "Russian Foreign Minister Sergei Lavrov spoke. The Russian minister added more.",
			map[string]string{"The Russian minister": "sergei-lavrov"}},
		{"government description", "Talks stalled. The Armenian government objected and the Russian side agreed.",
			map[string]string{"The Armenian government": "armenia", "the Russian side": "russia"}},
		{"region description", "Russia has troops in Armenia and bases in the South Caucasus state.",
			map[string]string{"the South Caucasus state": "armenia"}},
		{"gazetteer description", "Nagorno-Karabakh is small. Shelling hit the enclave.",
			map[string]string{"the enclave": "nagorno-karabakh"}},
		{"new person after title", "Deputy Prime Minister Ruben Vardanyan spoke. Vardanyan left.",
			map[string]string{"Ruben Vardanyan": "ruben-vardanyan", "Vardanyan": "ruben-vardanyan"}},
		{"new organisation by head word", "The Eurasian Development Bank lent money.",
			map[string]string{"Eurasian Development Bank": "eurasian-development-bank"}},
		{"abbreviation introduced in parentheses", "The Eurasian Development Bank (EDB) lent money. The EDB then paused.",
			map[string]string{"EDB": "eurasian-development-bank"}},
		{"border of two states", "Clashes on the Armenian-Azerbaijani border went on.",
			map[string]string{"Armenian-Azerbaijani border": "armenia-azerbaijan-border"}},
		{"sentence-initial common words", "However, Despite and When are not names.",
			map[string]string{"However": "", "Despite": "", "When": ""}},
		{"distinct organisation sharing a head with a known one", "The Coastal Rivers Security Council met. The UN Security Council did not.",
			map[string]string{"Coastal Rivers Security Council": "coastal-rivers-security-council", "UN Security Council": "un-security-council"}},
		{"country learned from its demonym", "Talvania rejected the plan, and Talvanian officials walked out.",
			map[string]string{"Talvania": "talvania", "Talvanian officials": "talvania"}},
		{"state from a possessive", "Ostrava's defence ministry issued a denial.",
			map[string]string{"Ostrava": "ostrava"}},
		{"place after a preposition of place", "The envoys met in Korvel on Monday.",
			map[string]string{"Korvel": "korvel"}},
		{"full name then surname", "Marta Ilves runs the fund. Prices rose, Ilves noted.",
			map[string]string{"Marta Ilves": "marta-ilves", "Ilves": "marta-ilves"}},
		{"person in apposition", "Petra Lomb, chief economist at the bank, disagreed.",
			map[string]string{"Petra Lomb": "petra-lomb"}},
		{"first name that is a stop word", "The claim was false, said Will Tarrant.",
			map[string]string{"Will Tarrant": "will-tarrant"}},
		{"abbreviation names an organisation", "He spoke to the broadcaster RTK on Friday.",
			map[string]string{"RTK": "rtk"}},
		{"organisation joined by of and and", "The Office of Roads and Bridges closed the lane.",
			map[string]string{"Office of Roads and Bridges": "office-of-roads-and-bridges"}},
		{"abbreviated title", "Lt. Dana Korr led the search.",
			map[string]string{"Dana Korr": "dana-korr"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newReg(t)
			de := r.Resolve(parallax.Document{ID: "d", Body: tt.body})
			for m, want := range tt.want {
				if got := resolved(de, m); got != want {
					t.Errorf("%q resolved to %q, want %q (all: %v)", m, got, want, de.Mentions)
				}
			}
		})
	}
}

// TestTypoGuard checks that edit distance never merges two different
// people, nor a new name with a known one it merely resembles.
func TestTypoGuard(t *testing.T) {
	r := newReg(t)
	de := r.Resolve(parallax.Document{ID: "d", Body: "Dmitry Peskov and Nikol Pashinyan spoke. Peskov left; Pashinyan stayed. Defense Minister Pavel Peskin arrived."})
	if a, b := resolved(de, "Peskov"), resolved(de, "Pashinyan"); a == b || a != "dmitry-peskov" || b != "nikol-pashinyan" {
		t.Errorf("Peskov → %q, Pashinyan → %q: want two different people", a, b)
	}
	if got := resolved(de, "Pavel Peskin"); got == "dmitry-peskov" || got == "" {
		t.Errorf("Pavel Peskin → %q: want a new person", got)
	}
	if got := r.correct("Iraq", Key("Iraq")); got != Key("Iraq") {
		t.Errorf("Iraq corrected to %q", got)
	}
	if got := r.correct("Irak", Key("Irak")); got != Key("Irak") {
		t.Errorf("four-letter name Irak corrected to %q; short names carry no typo budget", got)
	}
}

func TestAcrossDocuments(t *testing.T) {
	r := newReg(t)
	r.Resolve(parallax.Document{ID: "a", Body: "Defense Minister Hulusi Akar spoke."})
	r.Resolve(parallax.Document{ID: "b", Body: "Akar repeated it."})
	var akar parallax.Entity
	for _, e := range r.Entities() {
		if e.ID == "hulusi-akar" {
			akar = e
		}
	}
	if len(akar.Mentions) != 2 || akar.Mentions[0].Doc != "a" || akar.Mentions[1].Doc != "b" {
		t.Fatalf("hulusi-akar mentions = %+v, want one in each document", akar.Mentions)
	}
	if strings.Join(akar.Aliases, "|") != "Akar" {
		t.Errorf("aliases = %q, want [Akar]", akar.Aliases)
	}
}

func TestTitleOffsets(t *testing.T) {
	r := newReg(t)
	doc := parallax.Document{ID: "d", Title: "Lavrov in Ankara", Body: "Turkey waits."}
	de := r.Resolve(doc)
	full := []rune(doc.Title + "\n\n" + doc.Body)
	base := len([]rune(doc.Title)) + 2
	for _, m := range de.Mentions {
		if got := string(full[m.Start+base : m.End+base]); got != m.Text {
			t.Errorf("mention %q at %d..%d reads %q", m.Text, m.Start, m.End, got)
		}
	}
	if id := resolved(de, "Lavrov"); id != "sergei-lavrov" {
		t.Errorf("title mention Lavrov → %q", id)
	}
	for _, m := range de.Mentions {
		if m.Text == "Lavrov" && m.Start >= 0 {
			t.Errorf("title mention has offset %d, want negative", m.Start)
		}
	}
}

func TestAliasFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aliases.tsv")
	data := "# extra names\nnagorno-karabakh\tArtsakh Republic\nacme-daily\tAcme Daily\tORG\tAcme Daily\nacme-daily\tthe Acme\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := NewRegistry(Options{AliasFile: path})
	if err != nil {
		t.Fatal(err)
	}
	de := r.Resolve(parallax.Document{ID: "d", Body: "The Artsakh Republic, Acme Daily reported, held elections."})
	if got := resolved(de, "Artsakh Republic"); got != "nagorno-karabakh" {
		t.Errorf("Artsakh Republic → %q", got)
	}
	if got := resolved(de, "Acme Daily"); got != "acme-daily" {
		t.Errorf("Acme Daily → %q", got)
	}
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	os.WriteFile(bad, []byte("no-such-entity\tSomething\n"), 0o644)
	if _, err := NewRegistry(Options{AliasFile: bad}); err == nil || !strings.Contains(err.Error(), "no-such-entity") {
		t.Errorf("unknown id in alias file: err = %v", err)
	}
	if _, err := NewRegistry(Options{AliasFile: filepath.Join(t.TempDir(), "missing.tsv")}); err == nil {
		t.Error("missing alias file gave no error")
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Sergey", "Sergei"},
		{"Pashinian", "Pashinyan"},
		{"Пашинян", "Pashinyan"},
		{"Լավրով", "Lavrov"},
		{"Çavuşoğlu", "Cavusoglu"},
		{"U.S.", "US"},
		{"Dmitriy", "Dmitry"},
	}
	for _, tt := range tests {
		if Key(tt.a) != Key(tt.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want equal", tt.a, Key(tt.a), tt.b, Key(tt.b))
		}
	}
	if Key("Peskov") == Key("Pashinyan") {
		t.Error("Peskov and Pashinyan share a key")
	}
}

func TestTransliterate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Сергей Лавров", "Sergey Lavrov"},
		{"Никол Пашинян", "Nikol Pashinyan"},
		{"Ереван", "Yerevan"},
		{"Երևան", "Yerevan"},
		{"Lavrov", "Lavrov"},
	}
	for _, tt := range tests {
		if got := Transliterate(tt.in); got != tt.want {
			t.Errorf("Transliterate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	r := newReg(t)
	inputs := []string{"", "\x00\x01\x02", string([]byte{0xff, 0xfe, 0xfd}), strings.Repeat("Lavrov ", 20000), strings.Repeat("“", 5000), "the the the The", "The three"}
	for _, in := range inputs {
		r.Resolve(parallax.Document{ID: "x", Title: in, Body: in})
	}
}

// TestNameContext checks names the gazetteer lacks, read from what the
// sentence says about them: the entity each mention resolves to and its
// type.
func TestNameContext(t *testing.T) {
	checkTyped(t, newReg, []typedCase{
		{"apposition before a speech verb", "Tom Baird, the captain, said the crew would rest.",
			map[string]want{"Tom Baird": {"tom-baird", parallax.Person}}},
		{"an executive's abbreviated title in an apposition", "Bob Rivet, CFO of Corvane, says the quarter was strong. The COO, Ann Hale, agreed.",
			map[string]want{"Bob Rivet": {"bob-rivet", parallax.Person}, "CFO": {}, "COO": {}}},
		{"apposition with a possessive", "Rain stopped play. Nadia Orlov, the club's physiotherapist, told reporters the knee was fine.",
			map[string]want{"Nadia Orlov": {"nadia-orlov", parallax.Person}}},
		{"a time of day's PM names no one", "The meeting ended at 2:31 PM on Friday. Tessic Devices said it is buying Brantel.",
			map[string]want{"PM": {}}},
		{"a long apposition with a relative clause", "Strikes shut the port. Osric Varnakis, a 70-year-old pensioner who lives on less than 900 euros a month, said the walkouts were needed.",
			map[string]want{"Osric Varnakis": {"osric-varnakis", parallax.Person}}},
		{"apposition headed by a company noun", "Velt Freight, the regional carrier, said it would send a second boat.",
			map[string]want{"Velt Freight": {"velt-freight", parallax.Org}}},
		{"apposition headed by a name", "Velt Ferries, the Arlow Harbour Company, said the timetable would change.",
			map[string]want{"Velt Ferries": {"velt-ferries", parallax.Org}}},
		{"apposition with a name inside", "Osric Vane, a Tellmark native, argued the crossing was safe.",
			map[string]want{"Osric Vane": {"osric-vane", parallax.Person}}},
		{"apposition of a body joined by and", "The man was held. Harbour and Coast Protection, part of the transport ministry, said he was well.",
			map[string]want{"Harbour and Coast Protection": {"harbour-and-coast-protection", parallax.Org}}},
		{"a clause after the comma is no apposition", "Velt Harrow, the report said, would close a depot.",
			map[string]want{"Velt Harrow": {}}},
		{"auxiliary before the speech verb", "Lena Marsh has said the plan is sound.",
			map[string]want{"Lena Marsh": {"lena-marsh", parallax.Person}}},
		{"argued", "The vote was close. Osric Vane argued the plan was sound.",
			map[string]want{"Osric Vane": {"osric-vane", parallax.Person}}},
		{"promised", "The launch slipped. Osric Vane promised players would get the update.",
			map[string]want{"Osric Vane": {"osric-vane", parallax.Person}}},
		{"a unit after a number is no initial", "The game runs at 4K. Osric Vane promised it would run faster.",
			map[string]want{"Osric Vane": {"osric-vane", parallax.Person}, "K. Osric Vane": {}}},
		{"adverb before added", "Osric Vane later added that the gates would close.",
			map[string]want{"Osric Vane": {"osric-vane", parallax.Person}}},
		{"abbreviation opening a sentence before a speech verb", "The flights stopped. KLF said they would resume.",
			map[string]want{"KLF": {"klf", parallax.Org}}},
		{"abbreviation after a speech verb at the end of a sentence", "The ferries will stop in May, said KVL. The boats are old.",
			map[string]want{"KVL": {"kvl", parallax.Org}}},
		{"abbreviation opening a sentence before an apposition", "KLF, the regional airline, has said the flights would resume.",
			map[string]want{"KLF": {"klf", parallax.Org}}},
		{"a title word that ends a full name is its surname", "Dana King was freed on Tuesday. King and Ivo Brack were held for a year.",
			map[string]want{"Dana King": {"dana-king", parallax.Person}, "King": {"dana-king", parallax.Person}}},
		{"a word with a capital inside before a speech verb", "The deal closed. TorvaNet says it will keep the staff. Later vexPort said it would sue.",
			map[string]want{"TorvaNet": {"torvanet", parallax.Org}, "vexPort": {"vexport", parallax.Org}}},
		{"a word with a capital inside names nothing that does not speak", "The new TorvaNet router is fast.",
			map[string]want{"TorvaNet": {}}},
		{"abbreviation opening a sentence before a noun", "AI systems are everywhere now.",
			map[string]want{"AI": {}}},
		{"noun after a name is no speech verb", "Arlow Sunrise claims rose sharply last year.",
			map[string]want{"Arlow Sunrise": {}}},
		{"a company's head word types its name", "Calder Logistics said deliveries would resume.",
			map[string]want{"Calder Logistics": {"calder-logistics", parallax.Org}}},
		{"one who speaks for a name makes it a body", "Brindle's spokesman said the deal was off.",
			map[string]want{"Brindle": {"brindle", parallax.Org}}},
		{"a hyphenated name owns a chief", "Hewlett-Packard's chief executive says sales grew.",
			map[string]want{"Hewlett-Packard": {"hewlett-packard", parallax.Org}}},
		{"a spokeswoman for a name", "A spokeswoman for Pellucid declined to comment.",
			map[string]want{"Pellucid": {"pellucid", parallax.Org}}},
		{"a word no lexicon knows as a noun speaks as a body opening a sentence", "Instagram said it would change the feed. Police said the road was shut.",
			map[string]want{"Instagram": {"instagram", parallax.Org}, "Police": {}}},
		{"a word the text writes in lower case elsewhere is no name opening a sentence", "Pellucid said profits fell. The lake was pellucid.",
			map[string]want{"Pellucid": {}}},
		{"a name joined to a known body shares its verb and its kind", "As both Reuters and Corvane have reported, the deal is off.",
			map[string]want{"Corvane": {"corvane", parallax.Org}}},
		{"a name after a preposition of place is a body when the text makes it a speaker", "Users in Corvane groups shared the post. Later, Corvane said it had removed it.",
			map[string]want{"Corvane": {"corvane", parallax.Org}}},
		{"a name after a preposition of place is a place when nothing makes it a body", "Users in Sarnova shared the post. Later, officials said it was removed.",
			map[string]want{"Sarnova": {"sarnova", parallax.GPE}}},
		{"a name one works at is a body", "Anna Berg, an analyst at Corvane, said the shares fell.",
			map[string]want{"Corvane": {"corvane", parallax.Org}}},
		{"a name before a noun one works at modifies it", "A doctor at Sarnova hospital said the ward was full.",
			map[string]want{"Sarnova": {}}},
		{"a given name's spokesman is no body", "Sophie's spokesman said no.",
			map[string]want{"Sophie": {}}},
		{"trust", "The ward closed. The Arlow Clinic Trust said it would reopen.",
			map[string]want{"Arlow Clinic Trust": {"arlow-clinic-trust", parallax.Org}}},
		{"clinic", "The Halden Eye Clinic said the wait had doubled.",
			map[string]want{"Halden Eye Clinic": {"halden-eye-clinic", parallax.Org}}},
		{"hospital", "Staff at Morrow General Hospital said the lifts had failed.",
			map[string]want{"Morrow General Hospital": {"morrow-general-hospital", parallax.Org}}},
		{"society", "The Tellmark Rowing Society told members to stay ashore.",
			map[string]want{"Tellmark Rowing Society": {"tellmark-rowing-society", parallax.Org}}},
		{"a blog with its own The", "On Monday the blog The Quillstack wrote that the deal was off.",
			map[string]want{"Quillstack": {"quillstack", parallax.Org}}},
		{"a charity named after its kind", "Food reached the town through the charity Harrowgate Relief on Friday.",
			map[string]want{"Harrowgate Relief": {"harrowgate-relief", parallax.Org}}},
		{"a weekday after the name", "The newspaper Harlow Courier Tuesday printed the letter.",
			map[string]want{"Harlow Courier": {"harlow-courier", parallax.Org}}},
		{"a title ending in a noun for a person", "The court heard from Senior Crown Counsel Edwina Marchbank on Friday. Marchbank asked for a delay.",
			map[string]want{"Edwina Marchbank": {"edwina-marchbank", parallax.Person}, "Marchbank": {"edwina-marchbank", parallax.Person}}},
		{"a title of several words", "Deputy Harbour Inspector Tomasz Wielgosz said the quay was closed.",
			map[string]want{"Tomasz Wielgosz": {"tomasz-wielgosz", parallax.Person}}},
		{"a title ending in an occupation", "The figures came from Chief Medical Officer Ines Valdemoro on Monday.",
			map[string]want{"Ines Valdemoro": {"ines-valdemoro", parallax.Person}}},
		{"a body's name opening with a demonym", "The Nigerian Institute for Marine Research said the reef was bleaching.",
			map[string]want{"Nigerian Institute for Marine Research": {"nigerian-institute-for-marine-research", parallax.Org}}},
		{"a name like a misspelt country before a surname", "House Speaker Pollard Ryeman said he would wait.",
			map[string]want{"Pollard Ryeman": {"pollard-ryeman", parallax.Person}}},
		{"a surname like a misspelt known word", "Corwin Berlon won the primary. Later Berlon told supporters to rest.",
			map[string]want{"Berlon": {"corwin-berlon", parallax.Person}}},
		{"a surname before a generation", "Martin Delvecchio Jr. won the seat. Delvecchio said the count was fair.",
			map[string]want{"Delvecchio": {"martin-delvecchio-jr", parallax.Person}}},
		{"a surname ending as a demonym would", "Paola Bernardi spoke first. Bernardi's team said she would run again.",
			map[string]want{"Bernardi": {"paola-bernardi", parallax.Person}}},
		{"a unit is no preposition", "The firm showed its 17in Corvane Pro to reporters.",
			map[string]want{"Corvane Pro": {}}},
		{"a surname two people share", "Coach Bram Oduya praised his team. \"He never stops,\" said his brother Karel Oduya. Later Oduya said the season was over.",
			map[string]want{"Oduya": {"bram-oduya", parallax.Person}}},
		{"a title abbreviated without a period", "The climbers were found by Dave Lasko. Insp Lasko said the snow was deep.",
			map[string]want{"Lasko": {"dave-lasko", parallax.Person}, "Insp Lasko": {}}},
		{"a given name alone for the one person who bears it", "Tobias Tarrant was arrested on Friday. Police said Tobias had been drinking.",
			map[string]want{"Tobias": {"tobias-tarrant", parallax.Person}}},
		{"a given name two people bear", "Tobias Tarrant and Tobias Brede were arrested. Police said Tobias had been drinking.",
			map[string]want{"Tobias": {}}},
		{"the first word of a full name alone, before a speech verb", "Chen Wuliang, a nurse at the clinic, wrote that beds were short. Chen explained that the ward was full.",
			map[string]want{"Chen": {"chen-wuliang", parallax.Person}}},
		{"a given name that speaks and opens no full name", "The pier closed in May. Ottilie said the boats had gone.",
			map[string]want{"Ottilie": {"ottilie", parallax.Person}}},
		{"a given name after a speech verb", "“The boats have gone,” said Ottilie.",
			map[string]want{"Ottilie": {"ottilie", parallax.Person}}},
		{"an outlet that reports", "The story was picked up by Quillstack on Monday. Quillstack reported that the deal was off.",
			map[string]want{"Quillstack": {"quillstack", parallax.Org}}},
		{"an apposition opening with a possessive name", "Vardo Quorne, Vantreck's chief of staff, said the vote would wait.",
			map[string]want{"Vardo Quorne": {"vardo-quorne", parallax.Person}}},
		{"a full name after its surname alone", "Mr. Pellward arrived late. The nominee, Donald Pellward, said he had won.",
			map[string]want{"Donald Pellward": {"donald-pellward", parallax.Person}}},
		{"a name before a noun only bodies own", "In a statement, Quellmark's board said it backed the offer.",
			map[string]want{"Quellmark": {"quellmark", parallax.Org}}},
		{"a name of two words before a noun only bodies own", "Trading halted. Brandle Sayer's shareholders will vote in May.",
			map[string]want{"Brandle Sayer": {"brandle-sayer", parallax.Org}}},
		{"a company named again without the words that close its name", "Shares of Dunmore Media Co. fell. Dunmore said the deal had closed.",
			map[string]want{"Dunmore": {"dunmore-media-co", parallax.Org}}},
		{"a company named again after a compound modifier", "Orvane Capital said it had bought the chain. Tarrow-based Orvane reported a loss.",
			map[string]want{"Orvane": {"orvane-capital", parallax.Org}}},
		{"a surname that speaks before the full name", "“The rides help,” Quarrendon said on Monday. Later the agency's deputy, Tamsin Quarrendon, spoke to the board.",
			map[string]want{"Quarrendon": {"tamsin-quarrendon", parallax.Person}}},
		{"a title read from an apposition after the name", "Gordon Quarrel, the envoy to the Harlow talks, testified on Wednesday. Later the envoy said he had followed orders.",
			map[string]want{"the envoy": {"gordon-quarrel", parallax.Person}}},
		{"two letters for a body's name of two words", "Velt Freight is running the ferries this summer. According to VF, the fares will rise. Ada Pell said AP had the story.",
			map[string]want{"VF": {"velt-freight", parallax.Org}, "Ada Pell": {"ada-pell", parallax.Person}}},
		{"an adverb opening a sentence is no given name", "Maybe Orvane likes it that way. Perhaps Dana Quill said so.",
			map[string]want{"Maybe Orvane": {}, "Perhaps Dana Quill": {}, "Dana Quill": {"dana-quill", parallax.Person}}},
		{"a shelter named after its city", "The Portland Animal Shelter announced this week that the dog was found.",
			map[string]want{"Portland Animal Shelter": {"portland-animal-shelter", parallax.Org}}},
		{"a name after of before a speech verb is no speaker", "The leader of Al Harrak said the truce was over.",
			map[string]want{"Al Harrak": {}}},
		{"a single name told, before that, is an outlet", "The mine closed. Dana Quill told Vexmo that the shaft was unsafe.",
			map[string]want{"Vexmo": {"vexmo", parallax.Org}}},
		{"a surname told is the person's", "Osric Vane met Dana Quill. Vane told Quill that the shaft was unsafe.",
			map[string]want{"Quill": {"dana-quill", parallax.Person}}},
		{"a studio", "Talks with the studio Brennick stalled over the budget.",
			map[string]want{"Brennick": {"brennick", parallax.Org}}},
	})
}

// want is the entity a mention resolves to and its type; typ "" with id
// "": no mention.
type want struct{ id, typ string }

// typedCase is a document and what each of its mentions should resolve
// to, by mention text.
type typedCase struct {
	name string
	body string
	want map[string]want
}

// checkTyped resolves each case in a registry of its own, made by reg.
func checkTyped(t *testing.T, reg func(testing.TB) *Registry, cases []typedCase) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			r := reg(t)
			de := r.Resolve(parallax.Document{ID: "d", Body: tt.body})
			for m, w := range tt.want {
				id := resolved(de, m)
				e, _ := r.Lookup(id)
				if id != w.id || e.Type != w.typ {
					t.Errorf("%q resolved to %q (%s), want %q (%s); all: %v", m, id, e.Type, w.id, w.typ, de.Mentions)
				}
			}
		})
	}
}

// TestLearnedNameEverywhere checks that a name the document teaches the
// registry, from its initials or from the sentence that says what it is,
// is found wherever the document spells it out: before the place that
// taught it and at a sentence opening too.
func TestLearnedNameEverywhere(t *testing.T) {
	tests := []struct {
		name, body, mention, id string
		n                       int
	}{
		{"from its initials, then opening a sentence",
			"Divers of Harbour and Coast Protection checked the pier. Harbour and Coast Protection did not reply. Crews from HCP stayed overnight.",
			"Harbour and Coast Protection", "harbour-and-coast-protection", 2},
		{"from an apposition, named before it",
			"Divers of Harbour and Coast Protection checked the pier. Harbour and Coast Protection, part of the transport ministry, said the cracks were old.",
			"Harbour and Coast Protection", "harbour-and-coast-protection", 2},
		{"from a speech verb, named before it",
			"Lena Marsh chairs the ferry board. On Monday Lena Marsh argued the crossing was safe.",
			"Lena Marsh", "lena-marsh", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newReg(t)
			de := r.Resolve(parallax.Document{ID: "d", Body: tt.body})
			n := 0
			for _, m := range de.Mentions {
				if m.Text == tt.mention {
					n++
					if m.Entity != tt.id {
						t.Errorf("%q at %d resolved to %q, want %q", m.Text, m.Start, m.Entity, tt.id)
					}
				}
			}
			if n != tt.n {
				t.Errorf("found %q %d times, want %d: %v", tt.mention, n, tt.n, de.Mentions)
			}
		})
	}
}

// TestLearnedNameCutsNoLongerName checks that a one-word name another
// document taught does not cut a longer run of names short, and that a
// given name that speaks is no body's name.
func TestLearnedNameCutsNoLongerName(t *testing.T) {
	r := newReg(t)
	r.Resolve(parallax.Document{ID: "a", Body: "Shares of Brennick rose. Brennick said the deal was good."})
	de := r.Resolve(parallax.Document{ID: "b", Body: "The vote was delayed. Brennick Hollowell, the council's treasurer, said it would wait."})
	if got := resolved(de, "Brennick Hollowell"); got != "brennick-hollowell" {
		t.Errorf("Brennick Hollowell → %q, want a person of two words; all: %v", got, de.Mentions)
	}
	de = r.Resolve(parallax.Document{ID: "c", Body: "A man who called himself Lionel said he saw it. Lionel said the van was white."})
	if e, ok := r.Lookup(resolved(de, "Lionel")); ok && e.Type != parallax.Person {
		t.Errorf("Lionel is a %s, want no body named by a given name alone", e.Type)
	}
}

// TestSurnameFromElsewhere checks that the surname of a person another
// document named, speaking alone, is read as a person's and not as a body's.
func TestSurnameFromElsewhere(t *testing.T) {
	r := newReg(t)
	r.Resolve(parallax.Document{ID: "a", Body: "The seat was won by Mara Lindqvist."})
	de := r.Resolve(parallax.Document{ID: "b", Body: "The count ended late. Later, Lindqvist said the vote was fair."})
	e, _ := r.Lookup(resolved(de, "Lindqvist"))
	if e.Type != parallax.Person {
		t.Errorf("Lindqvist is %q, want a person; all: %v", e.Type, de.Mentions)
	}
}

// TestRegions checks that first-level regions are places, in a dateline,
// before a party or an office and after "of", and that a region whose name
// is also a given name stays a person's name beside a surname.
func TestRegions(t *testing.T) {
	checkResolved(t, []resolveCase{
		{"a dateline", "TOLEDO, Ohio — The plant closed on Friday.", map[string]string{"Ohio": "ohio"}},
		{"after of", "Senator Dana Whitlow of Nebraska said the vote was close.", map[string]string{"Nebraska": "nebraska", "Dana Whitlow": "dana-whitlow"}},
		{"a province and a state", "Floods hit Manitoba and Queensland last spring.", map[string]string{"Manitoba": "manitoba", "Queensland": "queensland"}},
		{"a region's name as a given name", "Virginia Holloway met Victoria Lund in Tasmania.",
			map[string]string{"Virginia Holloway": "virginia-holloway", "Victoria Lund": "victoria-lund", "Tasmania": "tasmania", "Virginia": "", "Victoria": ""}},
		{"a region's name as a surname", "Joe Montana said little.", map[string]string{"Joe Montana": "joe-montana", "Montana": ""}},
		{"a region's name before a place word", "The rally moved to Victoria Street.", map[string]string{"Victoria": ""}},
		{"a region opens a body's name", "The Ohio Department of Natural Resources closed the park.",
			map[string]string{"Ohio Department of Natural Resources": "ohio-department-of-natural-resources", "Ohio": ""}},
		{"a headline in capitals", "Berlin And Victoria Ask Ottawa To Act\n\nThey ask for help.", map[string]string{"Victoria": "victoria"}},
	})
}

// TestStates checks the states beyond the Caucasus and the great powers: a
// state whose name opens with a compass word is one state, its capital
// stands for it, and a state whose name is also a given name or a surname
// stays a person's name beside a name of the person.
func TestStates(t *testing.T) {
	checkResolved(t, []resolveCase{
		{"a compass word opens the name", "Talks between Sudan and South Sudan resumed in Juba on Monday.",
			map[string]string{"Sudan": "sudan", "South Sudan": "south-sudan", "Juba": "juba", "South": ""}},
		{"a capital far from the Caucasus", "Aid workers landed in Nairobi and in N'Djamena at dawn.",
			map[string]string{"Nairobi": "nairobi", "N'Djamena": "ndjamena"}},
		{"a state named like a given name", "Aid convoys crossed from Jordan into Syria, and Chad closed its border.",
			map[string]string{"Jordan": "jordan", "Chad": "chad"}},
		{"the surname of a person", "Michael Jordan visited the stadium.",
			map[string]string{"Michael Jordan": "michael-jordan", "Jordan": ""}},
		{"the given name of a person", "Jordan Halvorsen said the plant would reopen.",
			map[string]string{"Jordan Halvorsen": "jordan-halvorsen", "Jordan": ""}},
		{"a surname after a given name", "The coach, Brenda Chad, said the team was ready.",
			map[string]string{"Brenda Chad": "brenda-chad", "Chad": ""}},
		{"a state that is the surname of a person named before", "Kendra Jordan chairs the board. Jordan said the plant would reopen.",
			map[string]string{"Kendra Jordan": "kendra-jordan", "Jordan": "kendra-jordan"}},
		{"a capital that is the given name of a person named before", "Sofia Brandt runs the poll. Sofia said turnout would rise.",
			map[string]string{"Sofia Brandt": "sofia-brandt", "Sofia": "sofia-brandt"}},
		{"a state that is the surname of a person after a legislator's title", "Representative Kendra Jordan said the plant would reopen.",
			map[string]string{"Kendra Jordan": "kendra-jordan", "Jordan": ""}},
		{"a short code", "The UAE and the DRC signed a trade deal.",
			map[string]string{"UAE": "uae", "DRC": "dr-congo"}},
	})
}

// resolveCase is a document and the entity each of its mentions should
// resolve to, by mention text ("" = no mention).
type resolveCase struct {
	name string
	body string
	want map[string]string
}

func checkResolved(t *testing.T, cases []resolveCase) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			de := newReg(t).Resolve(parallax.Document{ID: "d", Body: tt.body})
			for m, want := range tt.want {
				if got := resolved(de, m); got != want {
					t.Errorf("%q resolved to %q, want %q (mentions %+v)", m, got, want, de.Mentions)
				}
			}
		})
	}
}

// TestPlaceInBodyName checks that a known place before the head of a
// body's name opens that name, so the newspaper, company or agency speaks
// and not the place; and that a place before a common noun in lower case
// stays the place. The places are declared in an alias file, as the
// shipped gazetteer declares real ones.
func TestPlaceInBodyName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "places.tsv")
	places := "marlow\tMarlow\tGPE\tMarlow\nveldt\tVeldt\tGPE\tVeldt\ncorvia\tCorvia\tGPE\tCorvia\nport-selwyn\tPort Selwyn\tGPE\tPort Selwyn\n"
	if err := os.WriteFile(path, []byte(places), 0o644); err != nil {
		t.Fatal(err)
	}
	withPlaces := func(t testing.TB) *Registry {
		r, err := NewRegistry(Options{AliasFile: path})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	checkTyped(t, withPlaces, []typedCase{
		{"a newspaper", "The fire was put out at dawn, the Corvia Herald reported.",
			map[string]want{"Corvia Herald": {"corvia-herald", parallax.Org}, "Corvia": {}}},
		{"a company", "Veldt Telecom said the line was down.",
			map[string]want{"Veldt Telecom": {"veldt-telecom", parallax.Org}, "Veldt": {}}},
		{"an agency of several words", "The Corvia Geological Survey said the quake was strong.",
			map[string]want{"Corvia Geological Survey": {"corvia-geological-survey", parallax.Org}}},
		{"a newspaper named a globe or a courier", "The Corvia Globe printed the letter, and the Selwyn Courier ran it too.",
			map[string]want{"Corvia Globe": {"corvia-globe", parallax.Org}, "Selwyn Courier": {"selwyn-courier", parallax.Org}}},
		{"a place of two words", "The Port Selwyn Gazette printed the letter.",
			map[string]want{"Port Selwyn Gazette": {"port-selwyn-gazette", parallax.Org}}},
		{"a name word before the place", "Tarn Corvia Airlines said the flights would resume.",
			map[string]want{"Tarn Corvia Airlines": {"tarn-corvia-airlines", parallax.Org}, "Tarn": {}}},
		{"initials after the name", "Veldt Telecom (VTC) cut prices. VTC said demand was up.",
			map[string]want{"VTC": {"veldt-telecom", parallax.Org}}},
		{"a place after a head and of", "The Bank of Corvia said rates would hold, and the University of Port Selwyn agreed.",
			map[string]want{"Bank of Corvia": {"bank-of-corvia", parallax.Org}, "University of Port Selwyn": {"university-of-port-selwyn", parallax.Org}, "Corvia": {}}},
		{"a place after a head that opens the name", "The fire spread overnight, Radio Veldt reported.",
			map[string]want{"Radio Veldt": {"radio-veldt", parallax.Org}, "Veldt": {}}},
		{"a place after a name that only ends in a head", "Ada Pell is the Harbour Council Veldt expert.",
			map[string]want{"Veldt": {"veldt", parallax.GPE}}},
		{"a company noun refers to no body known when a name no mention covers opens a sentence after it", "Veldt Telecom cut 300 jobs. Kessler Varn will close a lab, the firm said.",
			map[string]want{"the firm": {}}},
		{"a company noun refers back past a sentence opened by a known name", "Veldt Telecom cut 300 jobs. Tom Baird has resigned, the company said.",
			map[string]want{"the company": {"veldt-telecom", parallax.Org}}},
		{"a company noun refers back past an outlet", "Veldt Telecom cut 300 jobs, the Corvia Herald reported. The company said demand had fallen.",
			map[string]want{"The company": {"veldt-telecom", parallax.Org}}},
		{"an outlet's noun refers back to it", "Veldt Telecom cut 300 jobs, the Corvia Herald reported. The newspaper said demand had fallen.",
			map[string]want{"The newspaper": {"corvia-herald", parallax.Org}}},
		{"a body in lower case is described", "Marlow police said the man was held, and the people of Veldt agreed.",
			map[string]want{"Marlow": {"marlow", parallax.GPE}, "Veldt": {"veldt", parallax.GPE}}},
		{"a place before a common noun", "The Marlow talks ended, and a Veldt man was arrested.",
			map[string]want{"Marlow": {"marlow", parallax.GPE}, "Veldt": {"veldt", parallax.GPE}}},
	})
}

// TestLineBreakEndsName checks that no name runs across a line break: a
// text set one paragraph a line puts a capitalised word at the start of
// each line, right after the last word of the line before.
func TestLineBreakEndsName(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"person before a new line", "The yard will reopen, said Tobin Marsh\nNew engines will reach it in May.", "Tobin Marsh"},
		{"inflected name before a new line", "Об этом сообщил Тарас Вельмов\nНовые двигатели прибудут в мае.", "Тарас Вельмов"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			de := newReg(t).Resolve(parallax.Document{ID: "d", Body: tt.body})
			found := false
			for _, m := range de.Mentions {
				if strings.ContainsAny(m.Text, "\n\r") {
					t.Errorf("mention %q runs across a line break", m.Text)
				}
				found = found || m.Text == tt.want
			}
			if !found {
				t.Errorf("no mention %q; all: %v", tt.want, de.Mentions)
			}
		})
	}
}
