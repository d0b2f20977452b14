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
london=GB-ENG|manchester=GB-ENG|edinburgh=GB-SCT|glasgow=GB-SCT|bristol=GB-ENG|leeds=GB-ENG|belfast=GB-NIR|oxford=GB-ENG|
dublin=IE|cork=IE|paris=FR-IDF|lyon=FR-ARA|marseille=FR-PAC|toulouse=FR-OCC|berlin=DE-BE|munich=DE-BY|münchen=DE-BY|hamburg=DE-HH|bremen=DE-HB|koblenz=DE-RP|bonn=DE-NW|wiesbaden=DE-HE|mainz=DE-RP|duesseldorf=DE-NW|essen=DE-NW|dortmund=DE-NW|duisburg=DE-NW|bochum=DE-NW|münster=DE-NW|muenster=DE-NW|aachen=DE-NW|bielefeld=DE-NW|mannheim=DE-BW|karlsruhe=DE-BW|
freiburg im breisgau=DE-BW|heidelberg=DE-BW|augsburg=DE-BY|regensburg=DE-BY|würzburg=DE-BY|wuerzburg=DE-BY|ingolstadt=DE-BY|erlangen=DE-BY|darmstadt=DE-HE|kassel=DE-HE|saarbrücken=DE-SL|saarbruecken=DE-SL|kiel=DE-SH|lübeck=DE-SH|luebeck=DE-SH|
rostock=DE-MV|magdeburg=DE-ST|erfurt=DE-TH|jena=DE-TH|potsdam=DE-BB|braunschweig=DE-NI|göttingen=DE-NI|goettingen=DE-NI|osnabrück=DE-NI|osnabrueck=DE-NI|oldenburg=DE-NI|wolfsburg=DE-NI|chemnitz=DE-SN|ulm=DE-BW|heilbronn=DE-BW|trier=DE-RP|frankfurt=DE-HE|
frankfurt am main=DE-HE|nuremberg=DE-BY|nürnberg=DE-BY|nurnberg=DE-BY|munchen=DE-BY|hannover=DE-NI|dresden=DE-SN|
cologne=DE-NW|köln=DE-NW|koln=DE-NW|stuttgart=DE-BW|düsseldorf=DE-NW|dusseldorf=DE-NW|leipzig=DE-SN|amsterdam=NL-NH|rotterdam=NL-ZH|utrecht=NL-UT|
the hague=NL-ZH|den haag=NL-ZH|eindhoven=NL-NB|brussels=BE|bruxelles=BE|brussel=BE|antwerp=BE|antwerpen=BE|ghent=BE|gent=BE|luxembourg city=LU|zurich=CH-ZH|zürich=CH-ZH|geneva=CH-GE|genève=CH-GE|geneve=CH-GE|genf=CH-GE|basel=CH-BS|
lausanne=CH-VD|bern=CH-BE|vienna=AT-9|wien=AT-9|madrid=ES-MD|barcelona=ES-CT|valencia=ES-VC|malaga=ES-AN|málaga=ES-AN|seville=ES-AN|sevilla=ES-AN|bilbao=ES-PV|zaragoza=ES-AR|lisbon=PT|lisboa=PT|porto=PT|
milan=IT-25|milano=IT-25|rome=IT-62|roma=IT-62|turin=IT-21|torino=IT-21|napoli=IT-72|firenze=IT-52|bologna=IT-45|genova=IT-42|venezia=IT-34|stockholm=SE-AB|gothenburg=SE-O|göteborg=SE-O|goteborg=SE-O|malmö=SE-M|malmo=SE-M|uppsala=SE-C|oslo=NO-03|
bergen=NO-46|trondheim=NO-50|stavanger=NO-11|copenhagen=DK-84|københavn=DK-84|kobenhavn=DK-84|aarhus=DK-82|odense=DK-83|aalborg=DK-81|
helsinki=FI-18|helsingfors=FI-18|espoo=FI-18|vantaa=FI-18|tampere=FI-11|turku=FI-19|oulu=FI-14|reykjavik=IS|tallinn=EE|riga=LV|vilnius=LT|warsaw=PL-14|warszawa=PL-14|krakow=PL-12|kraków=PL-12|wroclaw=PL-02|
wrocław=PL-02|poznan=PL-30|poznań=PL-30|lodz=PL-10|łódź=PL-10|gdansk=PL-22|gdańsk=PL-22|prague=CZ|praha=CZ|brno=CZ|budapest=HU|bucharest=RO|bucurești=RO|bucuresti=RO|cluj-napoca=RO|sofia=BG|athens=GR|athína=GR|athina=GR|αθήνα=GR|
belgrade=RS|beograd=RS|zagreb=HR|ljubljana=SI|bratislava=SK|kyiv=UA|kiev=UA|lviv=UA|istanbul=TR|ankara=TR|tbilisi=GE|
yerevan=AM|baku=AZ|moscow=RU|saint petersburg=RU|minsk=BY|tel aviv=IL|tel aviv-yafo=IL|jerusalem=IL|haifa=IL|dubai=AE-DU|abu dhabi=AE-AZ|
riyadh=SA|doha=QA|cairo=EG|lagos=NG|nairobi=KE|cape town=ZA|johannesburg=ZA|accra=GH|casablanca=MA|
bangalore=IN-KA|bengaluru=IN-KA|mumbai=IN-MH|delhi=IN-DL|new delhi=IN-DL|gurgaon=IN-HR|gurugram=IN-HR|noida=IN-UP|pune=IN-MH|chennai=IN-TN|
hyderabad=IN-TS|kolkata=IN-WB|ahmedabad=IN-GJ|karachi=PK|lahore=PK|islamabad=PK|dhaka=BD|colombo=LK|
singapore=SG|kuala lumpur=MY|jakarta=ID|bangkok=TH|manila=PH-00|ho chi minh city=VN|hanoi=VN|hong kong=HK|
taipei=TW|seoul=KR|tokyo=JP-13|osaka=JP-27|kyoto=JP-26|fukuoka=JP-40|yokohama=JP-14|sapporo=JP-01|kobe=JP-28|nagoya=JP-23|beijing=CN-BJ|shanghai=CN-SH|shenzhen=CN-GD|guangzhou=CN-GD|hangzhou=CN-ZJ|
sydney=AU-NSW|melbourne=AU-VIC|brisbane=AU-QLD|perth=AU-WA|adelaide=AU-SA|canberra=AU-ACT|hobart=AU-TAS|darwin=AU-NT|auckland=NZ|wellington=NZ|
mexico city=MX-CMX|ciudad de mexico=MX-CMX|ciudad de méxico=MX-CMX|guadalajara=MX-JAL|monterrey=MX-NLE|bogota=CO|bogotá=CO|medellin=CO|medellín=CO|
lima=PE|santiago=CL|buenos aires=AR|sao paulo=BR-SP|são paulo=BR-SP|rio de janeiro=BR-RJ|belo horizonte=BR-MG|curitiba=BR-PR|porto alegre=BR-RS|florianópolis=BR-SC|florianopolis=BR-SC|recife=BR-PE|brasília=BR-DF|brasilia=BR-DF|campinas=BR-SP|montevideo=UY|san juan=PR|
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
