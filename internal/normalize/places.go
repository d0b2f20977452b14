package normalize

import "strings"

// usStates lists US states, DC and territories as postal code and name.
const usStates = `AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|
DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|
KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|
MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|
NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|
SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|
WV West Virginia|WI Wisconsin|WY Wyoming`

// caProvinces lists Canadian provinces and territories as postal code and name.
const caProvinces = `AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|
NS Nova Scotia|NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|YT Yukon`

// macroRegions maps names of multi-country areas to the codes used in RemoteRegions.
var macroRegions = map[string]string{
	"emea": "EMEA", "apac": "APAC", "asia pacific": "APAC", "asia-pacific": "APAC", "amer": "AMER", "americas": "AMER",
	"latam": "LATAM", "latin america": "LATAM", "south america": "LATAM", "europe": "EUROPE", "eu": "EU",
	"european union": "EU", "north america": "NORTH_AMERICA", "asia": "ASIA", "africa": "AFRICA",
	"middle east": "MIDDLE_EAST", "mena": "MENA", "oceania": "OCEANIA", "anz": "ANZ", "nordics": "NORDICS",
	"dach": "DACH", "benelux": "BENELUX", "global": "WORLDWIDE", "worldwide": "WORLDWIDE", "anywhere": "WORLDWIDE",
	"international": "WORLDWIDE", "cet": "EUROPE", "uk&i": "UKI", "world": "WORLDWIDE", "anywhere in the world": "WORLDWIDE",
}

// cityTable lists major cities as "name=country[-region]"; names that are common in two countries
// (Cambridge, Birmingham, Portland...) are left out on purpose so they are never guessed.
const cityTable = `new york=US-NY|new york city=US-NY|nyc=US-NY|brooklyn=US-NY|manhattan=US-NY|san francisco=US-CA|sf=US-CA|
los angeles=US-CA|san diego=US-CA|san jose=US-CA|palo alto=US-CA|mountain view=US-CA|sunnyvale=US-CA|menlo park=US-CA|
redwood city=US-CA|oakland=US-CA|santa monica=US-CA|irvine=US-CA|sacramento=US-CA|cupertino=US-CA|santa clara=US-CA|
san mateo=US-CA|bay area=US-CA|sf bay area=US-CA|san francisco bay area=US-CA|silicon valley=US-CA|seattle=US-WA|bellevue=US-WA|redmond=US-WA|austin=US-TX|dallas=US-TX|houston=US-TX|san antonio=US-TX|
chicago=US-IL|boston=US-MA|somerville=US-MA|atlanta=US-GA|denver=US-CO|boulder=US-CO|salt lake city=US-UT|
lehi=US-UT|phoenix=US-AZ|scottsdale=US-AZ|tempe=US-AZ|miami=US-FL|tampa=US-FL|orlando=US-FL|washington dc=US-DC|
washington d c=US-DC|philadelphia=US-PA|pittsburgh=US-PA|minneapolis=US-MN|detroit=US-MI|ann arbor=US-MI|
nashville=US-TN|raleigh=US-NC|durham=US-NC|charlotte=US-NC|indianapolis=US-IN|las vegas=US-NV|baltimore=US-MD|
st louis=US-MO|kansas city=US-MO|new orleans=US-LA|honolulu=US-HI|cincinnati=US-OH|cleveland=US-OH|
milwaukee=US-WI|madison=US-WI|hoboken=US-NJ|jersey city=US-NJ|newark=US-NJ|stamford=US-CT|providence=US-RI|
toronto=CA-ON|ottawa=CA-ON|waterloo=CA-ON|montreal=CA-QC|montréal=CA-QC|quebec city=CA-QC|vancouver=CA-BC|
calgary=CA-AB|edmonton=CA-AB|winnipeg=CA-MB|halifax=CA-NS|
london=GB|manchester=GB|edinburgh=GB|glasgow=GB|bristol=GB|leeds=GB|belfast=GB|oxford=GB|
dublin=IE|cork=IE|paris=FR|lyon=FR|marseille=FR|toulouse=FR|berlin=DE|munich=DE|münchen=DE|hamburg=DE|frankfurt=DE|
cologne=DE|köln=DE|stuttgart=DE|düsseldorf=DE|dusseldorf=DE|leipzig=DE|amsterdam=NL|rotterdam=NL|utrecht=NL|
the hague=NL|eindhoven=NL|brussels=BE|antwerp=BE|luxembourg city=LU|zurich=CH|zürich=CH|geneva=CH|basel=CH|
lausanne=CH|vienna=AT|wien=AT|madrid=ES|barcelona=ES|valencia=ES|malaga=ES|lisbon=PT|lisboa=PT|porto=PT|
milan=IT|milano=IT|rome=IT|roma=IT|turin=IT|stockholm=SE|gothenburg=SE|malmö=SE|malmo=SE|oslo=NO|copenhagen=DK|
helsinki=FI|reykjavik=IS|tallinn=EE|riga=LV|vilnius=LT|warsaw=PL|warszawa=PL|krakow=PL|kraków=PL|wroclaw=PL|
wrocław=PL|gdansk=PL|prague=CZ|praha=CZ|brno=CZ|budapest=HU|bucharest=RO|cluj-napoca=RO|sofia=BG|athens=GR|
belgrade=RS|zagreb=HR|ljubljana=SI|bratislava=SK|kyiv=UA|kiev=UA|lviv=UA|istanbul=TR|ankara=TR|tbilisi=GE|
yerevan=AM|baku=AZ|moscow=RU|saint petersburg=RU|minsk=BY|tel aviv=IL|jerusalem=IL|haifa=IL|dubai=AE|abu dhabi=AE|
riyadh=SA|doha=QA|cairo=EG|lagos=NG|nairobi=KE|cape town=ZA|johannesburg=ZA|accra=GH|casablanca=MA|
bangalore=IN|bengaluru=IN|mumbai=IN|delhi=IN|new delhi=IN|gurgaon=IN|gurugram=IN|noida=IN|pune=IN|chennai=IN|
hyderabad=IN|kolkata=IN|ahmedabad=IN|karachi=PK|lahore=PK|islamabad=PK|dhaka=BD|colombo=LK|
singapore=SG|kuala lumpur=MY|jakarta=ID|bangkok=TH|manila=PH|ho chi minh city=VN|hanoi=VN|hong kong=HK|
taipei=TW|seoul=KR|tokyo=JP|osaka=JP|kyoto=JP|beijing=CN|shanghai=CN|shenzhen=CN|guangzhou=CN|hangzhou=CN|
sydney=AU|melbourne=AU|brisbane=AU|perth=AU|adelaide=AU|canberra=AU|auckland=NZ|wellington=NZ|
mexico city=MX|ciudad de mexico=MX|guadalajara=MX|monterrey=MX|bogota=CO|bogotá=CO|medellin=CO|medellín=CO|
lima=PE|santiago=CL|buenos aires=AR|sao paulo=BR|são paulo=BR|rio de janeiro=BR|montevideo=UY|san juan=PR|
san josé=CR`

type place struct{ country, region string }

var (
	usStateByName = map[string]string{} // folded name → postal code
	usStateCodes  = map[string]bool{}
	caProvByName  = map[string]string{}
	caProvCodes   = map[string]bool{}
	cityByName    = map[string]place{} // folded name → country and region
)

func init() {
	loadRegions(usStates, usStateByName, usStateCodes)
	loadRegions(caProvinces, caProvByName, caProvCodes)
	for _, e := range strings.Split(strings.ReplaceAll(cityTable, "\n", ""), "|") {
		name, loc, _ := strings.Cut(e, "=")
		c, r, _ := strings.Cut(loc, "-")
		p := place{country: c}
		if r != "" {
			p.region = c + "-" + r
		}
		cityByName[name] = p
	}
}

func loadRegions(table string, byName map[string]string, codes map[string]bool) {
	for _, e := range strings.Split(strings.ReplaceAll(table, "\n", ""), "|") {
		code, name, _ := strings.Cut(strings.TrimSpace(e), " ")
		byName[foldPlace(name)] = code
		codes[code] = true
	}
}
