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
