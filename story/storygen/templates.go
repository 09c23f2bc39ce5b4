package storygen

// Built-in seed sentences, written for parallax. Each kind of event has its
// own sentences; slots are filled per story: {P1} {P2} people, {PL} a
// place, {ORG} an organisation, {DATE} a day, {N} {M} numbers. The shared
// sentences are newsroom boilerplate that every kind uses, so that stories
// of different kinds still share words.
var kinds = [][]string{
	{ // bridge or building collapse
		"A section of the {PL} bridge collapsed on {DATE}, injuring {N} people.",
		"Rescue teams pulled {M} drivers from the river below the {PL} bridge.",
		"{P1}, the mayor of {PL}, ordered an inspection of every bridge in the city.",
		"Engineers from {ORG} had inspected the span earlier this year and found no fault.",
		"{P2} of {ORG} said the collapse would be investigated by an independent panel.",
		"Traffic in {PL} was diverted while divers searched for a missing cyclist.",
		"The {N} injured were taken to hospitals across {PL}, {P1} said.",
		"Residents of {PL} said cracks had been visible on the bridge for months.",
	},
	{ // coach fired
		"{ORG} fired head coach {P1} on {DATE} after a run of {N} straight defeats.",
		"General manager {P2} said the decision was made because the team was not progressing.",
		"{P1} had signed a {M}-year contract with {ORG} only last summer.",
		"Assistant coach {P2} will lead the team for the rest of the season in {PL}.",
		"Fans in {PL} had called for {P1} to go after a home loss to a weaker side.",
		"{ORG} sits {N} points off the playoff places after the latest defeat.",
		"{P1} thanked the players and the supporters of {ORG} in a short statement.",
	},
	{ // earthquake
		"An earthquake of magnitude {N}.{M} struck near {PL} on {DATE}.",
		"At least {N} people were killed and hundreds more were injured around {PL}.",
		"{ORG} said the quake's epicentre lay {M} kilometres below the surface.",
		"Governor {P1} declared a state of emergency across the {PL} region.",
		"Aftershocks rattled {PL} through the night, {P2} of {ORG} said.",
		"Rescuers searched collapsed houses in the villages south of {PL}.",
		"Schools in {PL} will stay closed until engineers check every building.",
	},
	{ // trade deal
		"{P1} and {P2} signed a trade agreement in {PL} on {DATE}.",
		"The deal cuts tariffs on {N} categories of goods over {M} years.",
		"{ORG} said the agreement would add billions to exports from {PL}.",
		"Farmers' groups warned that cheaper imports would hurt growers near {PL}.",
		"{P1} called the agreement a turning point for the economy.",
		"Negotiators from {ORG} had met {N} times before the text was agreed.",
		"The agreement still needs the approval of the parliament in {PL}.",
	},
	{ // strike
		"Workers at {ORG} in {PL} walked out on {DATE} in a dispute over pay.",
		"Union leader {P1} said {N} members had voted for the strike.",
		"{ORG} offered a raise of {M} percent, which the union rejected.",
		"Picket lines formed outside the {ORG} plant in {PL} before dawn.",
		"{P2}, a spokesperson for {ORG}, said production had stopped on two lines.",
		"The strike is the first at the {PL} plant in {N} years.",
		"{P1} said the walkout would go on until management returned to talks.",
	},
	{ // flood
		"Floods swept through {PL} on {DATE} after {N} hours of heavy rain.",
		"Thousands of residents of {PL} were evacuated as the river burst its banks.",
		"{ORG} said water levels had risen {M} metres in a single day.",
		"Mayor {P1} opened sports halls in {PL} as emergency shelters.",
		"Soldiers built sandbag walls along the river in {PL}, {P2} said.",
		"Insurers estimated the damage in {PL} at {N} million.",
		"Forecasters at {ORG} warned of more rain over the weekend.",
	},
	{ // election
		"Voters in {PL} went to the polls on {DATE} to elect a new mayor.",
		"{P1} won {N} percent of the vote, ahead of {P2} with {M} percent.",
		"Turnout in {PL} was the highest in a decade, {ORG} said.",
		"{P2} conceded defeat and congratulated {P1} late on election night.",
		"{P1} promised to cut waiting times at hospitals in {PL}.",
		"Observers from {ORG} reported no serious irregularities.",
		"The new council of {PL} will meet for the first time next month.",
	},
	{ // cyber attack
		"Hackers breached the computer systems of {ORG} on {DATE}.",
		"{ORG} said the personal data of {N} thousand customers may have been stolen.",
		"Chief executive {P1} apologised to customers in {PL} and abroad.",
		"Investigators traced the attack to servers outside {PL}, {P2} said.",
		"The breach forced {ORG} to shut its online services for {M} days.",
		"Regulators in {PL} opened an inquiry into how the data was stored.",
		"{P2} urged customers of {ORG} to change their passwords at once.",
	},
	{ // rescue at sea
		"Coast guards rescued {N} people from a sinking boat off {PL} on {DATE}.",
		"The boat had left {PL} with {M} passengers on board, {ORG} said.",
		"{P1}, who led the rescue, said the sea was rough and visibility poor.",
		"Survivors were brought to the port of {PL} and treated for exposure.",
		"{ORG} said {M} people were still missing after the night search.",
		"{P2} of {ORG} called for more patrol boats along the coast.",
	},
	{ // court verdict
		"A court in {PL} sentenced {P1} to {N} years in prison on {DATE}.",
		"{P1} was found guilty of taking bribes while running {ORG}.",
		"Prosecutor {P2} had asked for a sentence of {M} years.",
		"Lawyers for {P1} said they would appeal the verdict in {PL}.",
		"The trial in {PL} heard from {N} witnesses over three months.",
		"{ORG} said it had cooperated fully with the investigation.",
	},
}

var shared = []string{
	"Officials said more details would be released in the coming days.",
	"The news was first reported by local media in {PL}.",
	"Photographs shared on social media showed crowds gathering in {PL}.",
	"{P2} told reporters that it was too early to draw conclusions.",
	"The government said it was following the situation closely.",
	"It was not immediately clear how the events would affect the region.",
}
