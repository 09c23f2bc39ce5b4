package entity

// Word lists that steer capitalisation and context. They are closed classes
// of English, not names, so they live in code.

// stopCaps are capitalised words that start sentences or headlines and are
// never names.
var stopCaps = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "but": true, "or": true, "if": true,
	"in": true, "on": true, "at": true, "of": true, "for": true, "to": true, "from": true,
	"by": true, "with": true, "as": true, "after": true, "before": true, "when": true,
	"while": true, "since": true, "because": true, "although": true, "though": true,
	"despite": true, "however": true, "moreover": true, "meanwhile": true, "therefore": true,
	"thus": true, "so": true, "then": true, "now": true, "currently": true, "earlier": true,
	"later": true, "yesterday": true, "today": true, "tomorrow": true, "over": true,
	"under": true, "beyond": true, "during": true, "until": true, "about": true, "also": true,
	"this": true, "that": true, "these": true, "those": true, "it": true, "its": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "his": true,
	"her": true, "their": true, "our": true, "my": true, "your": true, "there": true,
	"here": true, "what": true, "who": true, "which": true, "where": true, "why": true,
	"how": true, "such": true, "both": true, "neither": true, "either": true, "each": true,
	"every": true, "all": true, "some": true, "many": true, "most": true, "no": true,
	"not": true, "yes": true, "obviously": true, "clearly": true, "indeed": true,
	"instead": true, "still": true, "even": true, "only": true, "just": true, "first": true,
	"last": true, "next": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true,
	"might": true, "must": true, "does": true, "do": true, "did": true, "has": true,
	"have": true, "had": true, "according": true, "analysts": true, "officials": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "neo": true, "anti": true, "pro": true, "western": true, "eastern": true,
	"northern": true, "southern": true, "soviet": true, "islamic": true, "ottoman": true,
	"yet": true, "afterward": true, "afterwards": true, "another": true, "former": true,
	"whether": true, "unlike": true, "like": true, "among": true, "through": true,
	"maybe": true, "perhaps": true,
}

// weekdays end a run of capitalised words: no name goes on past one.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// locative prepositions: a capital after one of them is the city, not the
// government.
var locative = map[string]bool{
	"in": true, "to": true, "from": true, "at": true, "near": true, "outside": true,
	"around": true, "into": true, "visit": true, "visited": true, "visiting": true,
	"toward": true, "towards": true, "across": true, "throughout": true, "via": true,
	"inside": true,
}

// Heads of capitalised names that say what kind of thing is named.
var (
	orgHeads = map[string]bool{
		"ministry": true, "department": true, "agency": true, "council": true,
		"committee": true, "organization": true, "organisation": true, "group": true,
		"party": true, "union": true, "bank": true, "army": true, "forces": true,
		"parliament": true, "assembly": true, "court": true, "office": true,
		"service": true, "institute": true, "university": true, "news": true,
		"times": true, "post": true, "front": true, "company": true, "corporation": true,
		"commission": true, "alliance": true, "fund": true, "press": true, "tv": true,
		"wire": true, "network": true, "broadcasting": true, "herald": true, "journal": true,
		"gazette": true, "tribune": true, "media": true, "radio": true, "television": true,
		"foundation": true, "association": true, "federation": true, "police": true,
		"center": true, "centre": true, "board": true, "authority": true, "inc": true,
		"corp": true, "ltd": true, "airlines": true, "administration": true, "team": true,
		"shelter": true, "museum": true,
		"trust": true, "clinic": true, "hospital": true, "society": true, "school": true,
		"college": true, "academy": true, "institution": true, "bureau": true, "club": true,
		"league": true, "coalition": true, "movement": true, "secretariat": true,
		"directorate": true, "inspectorate": true, "holdings": true, "industries": true,
		"brigade": true, "battalion": true, "regiment": true, "command": true, "guard": true,
		"navy": true, "senate": true, "chamber": true, "tribunal": true, "charity": true,
		"partnership": true, "consortium": true, "railway": true, "railways": true,
		"airways": true, "airline": true, "laboratory": true, "laboratories": true,
		"studios": true, "watch": true, "international": true, "co": true, "llc": true,
		"plc": true, "gmbh": true, "productions": true, "records": true, "entertainment": true,
		"pictures": true,
	}
	eventHeads = map[string]bool{
		"forum": true, "summit": true, "conference": true, "war": true, "games": true,
		"olympics": true, "talks": true, "congress": true,
	}
	locHeads = map[string]bool{
		"zone": true, "corridor": true, "sea": true, "river": true, "mountains": true,
		"province": true, "region": true, "valley": true, "street": true, "square": true,
		"border": true, "mountain": true, "lake": true, "gulf": true, "strait": true,
		"island": true, "islands": true, "peninsula": true, "desert": true, "ocean": true,
		"pass": true, "bridge": true, "heights": true, "county": true, "district": true,
	}
)

// govNouns after a demonym adjective stand for the state: "the Russian side".
var govNouns = map[string]bool{
	"side": true, "government": true, "authorities": true, "leadership": true,
	"administration": true, "regime": true, "state": true, "cabinet": true,
}

// stateBodies after a demonym speak for the state: "Velmorian officials".
var stateBodies = map[string]bool{
	"officials": true, "diplomats": true, "sources": true, "military": true,
	"officers": true, "negotiators": true, "envoys": true,
}

// statehood nouns after a region name stand for a country of that region:
// "the South Caucasus state".
var stateNouns = map[string]bool{
	"state": true, "country": true, "nation": true, "republic": true,
}

// numerals that, with "the", refer back to a list of that many entities.
var numerals = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}
