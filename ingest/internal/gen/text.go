package main

// The articles of the fixture corpus: invented reporting on an invented
// border dispute between Marenia and Tolvakia over the Sarn Valley.

const rssItem1 = `<p>LORVAN — Marenia recalled its ambassador from Tolvakia on Tuesday after artillery fire struck two farming villages in the Sarn Valley overnight, the foreign ministry in Lorvan said.</p>
<p>“We cannot keep an envoy in a capital whose guns are aimed at our farmers,” Foreign Minister Ilse Varga told reporters outside the ministry. She said at least four civilians had been wounded in Dravec and Holm.</p>
<p>Tolvakia’s defence ministry denied that its units had fired across the line of contact and said its positions near Brelik had themselves come under mortar fire shortly after midnight.</p>`

const rssItem2 = `<p>KESTRA — Tolvakia's general staff said on Wednesday that armoured columns seen moving towards Brelik were taking part in exercises planned since the spring.</p>
<p>"These are routine manoeuvres on our own territory and nobody should read anything more into them," spokesman Colonel Arvid Sten said at a briefing in Kestra.</p>
<p>Satellite images published by a private analytics firm showed more than forty vehicles parked in fields two kilometres from the disputed boundary.</p>`

const atomEntry = `<p>GENEVA — The foreign ministers of Marenia and Tolvakia have agreed to meet in Geneva next week, the first direct talks since the shelling of villages in the Sarn Valley, Swiss officials said on Thursday.</p>
<p>A spokeswoman for the Swiss foreign department said both sides had accepted an invitation "without preconditions" and that the talks would be held behind closed doors.</p>
<p>Marenian Foreign Minister Ilse Varga said she would press for international monitors along the line of contact. Her Tolvakian counterpart, Teodor Malek, said monitors were "a matter for later".</p>`

const warcPage1 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Villagers flee Sarn Valley as shelling resumes | Northern Courier</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Villagers flee Sarn Valley as shelling resumes</h1>
<p class="byline">By Mara Lindqvist, 15 October 2025</p>
<p>Hundreds of families left the villages of Dravec and Holm on Wednesday as shells fell for a second night on farmland claimed by both Marenia and Tolvakia.</p>
<p>“We packed what fits in a car and left the cows,” said Petra Anik, 54, waiting at a school turned shelter in the market town of Ravel.</p>
<p>The regional governor, Tomas Bell, said 1,200 people had registered at shelters since Monday and asked the capital for tents and generators.</p>
</article><footer>© Northern Courier</footer></body></html>`

const warcPage2 = `<!DOCTYPE html>
<html><head><title>Tolvakia rejects call for international monitors – Kestra Daily</title></head>
<body><div class="story">
<h1>Tolvakia rejects call for international monitors</h1>
<p>Tolvakia on Friday rejected a proposal to deploy international monitors along the Sarn Valley line of contact, calling it an attempt to "freeze an unjust border".</p>
<p>Foreign Minister Teodor Malek told parliament that any observers would have to be agreed bilaterally and could not be imposed by outside powers.</p>
<p>Opposition deputies accused the government of closing the door on the Geneva talks before they had begun.</p>
</div><div class="related">Related: Markets fall on border tension</div></body></html>`

const warcGzPage1 = `<html><head><title>Analysis: why the Sarn Valley matters</title></head><body>
<article><h1>Analysis: why the Sarn Valley matters</h1>
<p>The valley is barely thirty kilometres long, but it carries the only railway linking Marenia's eastern provinces to the coast and the reservoir that waters half of Tolvakia's wheat.</p>
<p>Both countries trace their claims to a 1921 treaty whose annexed map was lost; the copies each side keeps differ by a strip of land about four kilometres wide.</p>
<p>“Whoever holds the dam holds the harvest,” said Helena Ostrowa, a water engineer at the University of Lorvan.</p>
</article></body></html>`

// warcGzPage2 is Russian: the archive's HTTP header declares windows-1251.
const warcGzPage2 = `<html><head><title>Марения и Толвакия обменялись пленными</title></head><body>
<h1>Марения и Толвакия обменялись пленными</h1>
<p>В субботу на пограничном переходе у города Брелик стороны обменялись двенадцатью задержанными, сообщил представитель Красного Креста.</p>
<p>По его словам, обмен прошёл спокойно и занял около двух часов. Это первый гуманитарный шаг после начала обстрелов в Сарнской долине.</p>
</body></html>`

const jsonlText1 = "Marenia's parliament voted on Monday to double the budget for border police in the eastern provinces, after a debate in which several deputies called the Sarn Valley \"the country's open wound\".\n\nThe bill passed by 212 votes to 64. Opposition members said the money would be better spent on shelters for displaced families."

const jsonlText2 = "Grain traders in Kestra said wheat prices rose eight per cent in a week as farmers in the Sarn Valley held back their harvest.\n\n\"Nobody will send lorries into a valley where shells are falling,\" said Jonas Reil, who runs a cooperative of 40 farms near Brelik."

const jsonlHTML = `<html><head><title>UN envoy calls for restraint</title></head><body><article><h1>UN envoy calls for restraint</h1><p>The United Nations special envoy for the region, Amara Diallo, called on Marenia and Tolvakia to pull heavy weapons back from the Sarn Valley line of contact.</p><p>"Every shell makes the talks in Geneva harder," she said in New York.</p></article></body></html>`

const txtGz = `Statement by the Ministry of Foreign Affairs of Tolvakia

Kestra, 17 October 2025

The Ministry of Foreign Affairs of Tolvakia notes with regret the decision of the Marenian side to recall its ambassador.

Tolvakia has never fired upon civilian settlements and calls for a joint investigation of the incidents of 13 and 14 October in the presence of neutral experts.

The Ministry confirms that the Foreign Minister will travel to Geneva as agreed.`

const htmlGz = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Opinion: Geneva is the last exit before war | The Lorvan Review</title></head>
<body><main><h1>Opinion: Geneva is the last exit before war</h1>
<p class="author">Karl Hennig</p>
<p>For thirty years Marenia and Tolvakia have managed the Sarn Valley dispute by not talking about it. That arrangement died this month with the first shells on Dravec.</p>
<p>Geneva offers both governments something they cannot get at home: a way to climb down without looking weak.</p>
<p>If the ministers leave without agreeing even on monitors, the next round will not be fought with communiqués.</p>
</main><aside>Sign up for our newsletter</aside></body></html>`

const dispatchTxt = `Red Cross convoy reaches Holm

Aid workers reached the village of Holm on Saturday for the first time since the shelling began, bringing water, blankets and medicine for about 300 people who stayed behind.

"The school is damaged but the clinic can still work," said convoy leader Ines Farrow.

Both Marenian and Tolvakian commanders had guaranteed the convoy safe passage for six hours.`

// briefingHTML keeps a stale legacy declaration though it is saved as UTF-8.
const briefingHTML = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Briefing: who is who in the Sarn Valley talks</title></head>
<body><h1>Briefing: who is who in the Sarn Valley talks</h1>
<p>Ilse Varga, Marenia’s foreign minister, is a former judge who led the country’s delegation to the 2019 water-sharing negotiations.</p>
<p>Teodor Malek, Tolvakia’s foreign minister, spent a decade as ambassador in Zürich and speaks fluent French and German.</p>
<p>The mediator, Swiss diplomat René Aebischer, chaired the regional security forum in 2022.</p>
</body></html>`

const ru1251 = `<html><head><title>Обстрелы в Сарнской долине: жители покидают сёла</title></head>
<body><h1>Обстрелы в Сарнской долине: жители покидают сёла</h1>
<p>Жители сёл Дравец и Хольм продолжают покидать свои дома после новых обстрелов, сообщают местные власти.</p>
<p>«Мы уехали ночью, взяли только документы», — рассказала пожилая жительница Хольма. По данным губернатора, в пунктах временного размещения зарегистрированы более тысячи человек.</p>
<p>Министерство иностранных дел Марении возложило ответственность на Толвакию, которая отрицает свою причастность.</p>
</body></html>`

const ruKOI8Meta = `<html><head><meta charset="koi8-r"><title>Переговоры в Женеве начнутся во вторник</title></head>
<body><h1>Переговоры в Женеве начнутся во вторник</h1>
<p>Министры иностранных дел Марении и Толвакии встретятся в Женеве во вторник, сообщили швейцарские дипломаты.</p>
<p>Главной темой переговоров станет размещение международных наблюдателей на линии соприкосновения. Толвакия пока возражает против этого предложения.</p>
</body></html>`

const ruKOI8 = `Граница на замке: репортаж из Брелика

На пограничном переходе у Брелика очередь из грузовиков растянулась на несколько километров. Водители говорят, что досмотр занимает до двенадцати часов.

"Зерно портится, а мы стоим", - жалуется один из водителей. Таможенная служба Толвакии объясняет задержки усиленными мерами безопасности.`
