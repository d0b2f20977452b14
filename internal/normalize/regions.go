package normalize

import "strings"

// regionTable lists ISO 3166-2 subdivisions outside the US and Canada, one per line, as code and names.
//
// A line whose country is in abbrevCountries also makes its code an abbreviation ("Sydney, NSW",
// "Curitiba, PR"). A name written with a leading "~" is also the name of a place elsewhere (Victoria is a
// city in Canada, Punjab a province of Pakistan) and is read only where a country says which.
const regionTable = `AU-NSW New South Wales|NSW
AU-VIC ~Victoria
AU-QLD Queensland|QLD
AU-WA Western Australia
AU-SA South Australia
AU-TAS Tasmania
AU-ACT Australian Capital Territory
AU-NT Northern Territory
DE-BW Baden-Württemberg
DE-BY Bayern|Bavaria|Freistaat Bayern
DE-BE Berlin
DE-BB Brandenburg
DE-HB Bremen|Freie Hansestadt Bremen
DE-HH Hamburg|Freie und Hansestadt Hamburg
DE-HE Hessen|Hesse
DE-MV Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania
DE-NI Niedersachsen|Lower Saxony
DE-NW Nordrhein-Westfalen|North Rhine-Westphalia|NRW
DE-RP Rheinland-Pfalz|Rhineland-Palatinate
DE-SL Saarland
DE-SN Sachsen|Saxony|Freistaat Sachsen
DE-ST Sachsen-Anhalt|Saxony-Anhalt
DE-SH Schleswig-Holstein
DE-TH Thüringen|Thuringia
IN-AP Andhra Pradesh
IN-AR Arunachal Pradesh
IN-AS Assam
IN-BR Bihar
IN-CG Chhattisgarh
IN-GA Goa
IN-GJ Gujarat
IN-HR Haryana
IN-HP Himachal Pradesh
IN-JH Jharkhand
IN-KA Karnataka
IN-KL Kerala
IN-MP Madhya Pradesh
IN-MH Maharashtra
IN-MN Manipur
IN-ML Meghalaya
IN-MZ Mizoram
IN-NL Nagaland
IN-OD Odisha|Orissa
IN-PB ~Punjab
IN-RJ Rajasthan
IN-SK Sikkim
IN-TN Tamil Nadu
IN-TS Telangana
IN-TR Tripura
IN-UP Uttar Pradesh
IN-UK Uttarakhand|Uttaranchal
IN-WB West Bengal
IN-AN Andaman and Nicobar Islands
IN-CH Chandigarh
IN-DH Dadra and Nagar Haveli and Daman and Diu
IN-DL Delhi|New Delhi|NCT of Delhi|National Capital Territory of Delhi|Delhi NCR
IN-JK Jammu and Kashmir
IN-LA Ladakh
IN-LD Lakshadweep
IN-PY Puducherry|Pondicherry
BR-AC ~Acre
BR-AL Alagoas
BR-AP Amapá
BR-AM ~Amazonas
BR-BA Bahia
BR-CE Ceará
BR-DF ~Distrito Federal
BR-ES Espírito Santo
BR-GO Goiás
BR-MA Maranhão
BR-MT Mato Grosso
BR-MS Mato Grosso do Sul
BR-MG Minas Gerais
BR-PA Pará
BR-PB Paraíba
BR-PR ~Paraná
BR-PE Pernambuco
BR-PI Piauí
BR-RJ Rio de Janeiro
BR-RN Rio Grande do Norte
BR-RS Rio Grande do Sul
BR-RO Rondônia
BR-RR Roraima
BR-SC Santa Catarina
BR-SP São Paulo
BR-SE Sergipe
BR-TO Tocantins
MX-AGU Aguascalientes
MX-BCN Baja California
MX-BCS Baja California Sur
MX-CAM Campeche
MX-CHP Chiapas
MX-CHH Chihuahua
MX-CMX Ciudad de México|CDMX|Mexico City|~Distrito Federal
MX-COA Coahuila|Coahuila de Zaragoza
MX-COL Colima
MX-DUR ~Durango
MX-GUA Guanajuato
MX-GRO Guerrero
MX-HID ~Hidalgo
MX-JAL Jalisco
MX-MEX Estado de México|State of Mexico|Edomex
MX-MIC Michoacán|Michoacán de Ocampo
MX-MOR Morelos
MX-NAY Nayarit
MX-NLE Nuevo León
MX-OAX Oaxaca
MX-PUE Puebla
MX-QUE Querétaro
MX-ROO Quintana Roo
MX-SLP San Luis Potosí
MX-SIN Sinaloa
MX-SON Sonora
MX-TAB Tabasco
MX-TAM Tamaulipas
MX-TLA Tlaxcala
MX-VER Veracruz
MX-YUC Yucatán
MX-ZAC Zacatecas
ES-AN Andalucía|Andalusia
ES-AR Aragón
ES-AS Asturias|Principado de Asturias
ES-IB Illes Balears|Islas Baleares|Balearic Islands
ES-CN Canarias|Islas Canarias|Canary Islands
ES-CB Cantabria
ES-CL Castilla y León|Castile and León
ES-CM Castilla-La Mancha|Castile-La Mancha
ES-CT Cataluña|Catalunya|Catalonia
ES-EX Extremadura
ES-GA Galicia
ES-RI ~La Rioja
ES-MD Comunidad de Madrid|Community of Madrid|Madrid
ES-MC Región de Murcia|Region of Murcia|Murcia
ES-NC Navarra|Navarre|Comunidad Foral de Navarra
ES-PV País Vasco|Basque Country|Euskadi
ES-VC Comunitat Valenciana|Comunidad Valenciana|Valencian Community
ES-CE Ceuta
ES-ML Melilla
IT-65 Abruzzo
IT-77 Basilicata
IT-78 Calabria
IT-72 Campania
IT-45 Emilia-Romagna
IT-36 Friuli-Venezia Giulia|Friuli Venezia Giulia
IT-62 Lazio
IT-42 Liguria
IT-25 Lombardia|Lombardy
IT-57 Marche
IT-67 Molise
IT-21 Piemonte|Piedmont
IT-75 Puglia|Apulia
IT-88 Sardegna|Sardinia
IT-82 Sicilia|Sicily
IT-52 Toscana|Tuscany
IT-32 Trentino-Alto Adige|Trentino-South Tyrol
IT-55 Umbria
IT-23 Valle d'Aosta|Aosta Valley
IT-34 Veneto
GB-ENG England
GB-SCT Scotland
GB-WLS Wales|Cymru
GB-NIR Northern Ireland
FR-ARA Auvergne-Rhône-Alpes
FR-BFC Bourgogne-Franche-Comté
FR-BRE Bretagne|Brittany
FR-CVL Centre-Val de Loire
FR-20R Corse|Corsica
FR-GES Grand Est
FR-HDF Hauts-de-France
FR-IDF Île-de-France
FR-NOR Normandie|Normandy
FR-NAQ Nouvelle-Aquitaine
FR-OCC Occitanie|Occitania
FR-PDL Pays de la Loire
FR-PAC Provence-Alpes-Côte d'Azur|PACA
NL-DR Drenthe
NL-FL Flevoland
NL-FR Friesland|Fryslân
NL-GE Gelderland
NL-GR Groningen
NL-LI ~Limburg
NL-NB Noord-Brabant|North Brabant
NL-NH Noord-Holland|North Holland
NL-OV Overijssel
NL-UT Utrecht
NL-ZE Zeeland
NL-ZH Zuid-Holland|South Holland
CH-AG Aargau|Argovie
CH-AI Appenzell Innerrhoden
CH-AR Appenzell Ausserrhoden
CH-BE Bern|Berne
CH-BL Basel-Landschaft|Basel-Land
CH-BS Basel-Stadt|Basel
CH-FR Fribourg|~Freiburg
CH-GE Genève|Geneva|Genf
CH-GL Glarus
CH-GR Graubünden|Grisons
CH-JU ~Jura
CH-LU Luzern|Lucerne
CH-NE Neuchâtel
CH-NW Nidwalden
CH-OW Obwalden
CH-SG St. Gallen|Sankt Gallen|Saint Gallen
CH-SH Schaffhausen
CH-SO Solothurn
CH-SZ Schwyz
CH-TG Thurgau
CH-TI Ticino|Tessin
CH-UR Uri
CH-VS Valais|Wallis
CH-VD Vaud|Waadt
CH-ZG Zug
CH-ZH Zürich|Zurich
AT-1 Burgenland
AT-2 Kärnten|Carinthia
AT-3 Niederösterreich|Lower Austria
AT-4 Oberösterreich|Upper Austria
AT-5 Salzburg
AT-6 Steiermark|Styria
AT-7 Tirol|Tyrol
AT-8 Vorarlberg
AT-9 Wien|Vienna
PL-02 Dolnośląskie|Lower Silesia|Lower Silesian
PL-04 Kujawsko-pomorskie|Kuyavian-Pomeranian
PL-06 Lubelskie
PL-08 Lubuskie|Lubusz
PL-10 Łódzkie
PL-12 Małopolskie|Lesser Poland
PL-14 Mazowieckie|Masovian|Masovia|Mazovia
PL-16 Opolskie
PL-18 Podkarpackie|Subcarpathian
PL-20 Podlaskie
PL-22 Pomorskie|Pomeranian
PL-24 Śląskie|Silesian
PL-26 Świętokrzyskie
PL-28 Warmińsko-mazurskie|Warmian-Masurian
PL-30 Wielkopolskie|Greater Poland
PL-32 Zachodniopomorskie|West Pomeranian
PH-00 Metro Manila|~NCR|National Capital Region
PH-CEB Cebu
PH-CAV Cavite
PH-LAG ~Laguna
PH-RIZ Rizal
AE-AZ Abu Dhabi
AE-AJ Ajman
AE-DU Dubai
AE-FU Fujairah
AE-RK Ras al-Khaimah|Ras Al Khaimah
AE-SH Sharjah
AE-UQ Umm al-Quwain
CN-BJ Beijing
CN-SH Shanghai
CN-TJ Tianjin
CN-CQ Chongqing
CN-GD Guangdong
CN-ZJ Zhejiang
CN-JS Jiangsu
CN-SC Sichuan
CN-HB Hubei
CN-FJ Fujian
CN-SD Shandong
CN-HA Henan
CN-HN Hunan
CN-AH Anhui
CN-HE Hebei
CN-SN Shaanxi
CN-SX Shanxi
CN-LN Liaoning
CN-JL Jilin
CN-HL Heilongjiang
CN-JX Jiangxi
CN-GX Guangxi
CN-YN Yunnan
CN-GZ Guizhou
CN-GS Gansu
CN-QH Qinghai
CN-NM Inner Mongolia|Nei Mongol
CN-NX Ningxia
CN-XJ Xinjiang
CN-XZ Tibet|Xizang
CN-HI Hainan
JP-01 Hokkaido|Hokkaidō
JP-02 Aomori
JP-03 Iwate
JP-04 Miyagi
JP-05 Akita
JP-06 Yamagata
JP-07 Fukushima
JP-08 Ibaraki
JP-09 Tochigi
JP-10 Gunma
JP-11 Saitama
JP-12 Chiba
JP-13 Tokyo|Tōkyō|Tokyo-to
JP-14 Kanagawa
JP-15 Niigata
JP-16 Toyama
JP-17 Ishikawa
JP-18 Fukui
JP-19 Yamanashi
JP-20 Nagano
JP-21 Gifu
JP-22 Shizuoka
JP-23 Aichi
JP-24 Mie
JP-25 Shiga
JP-26 Kyoto|Kyōto
JP-27 Osaka|Ōsaka
JP-28 Hyogo|Hyōgo
JP-29 ~Nara
JP-30 Wakayama
JP-31 Tottori
JP-32 Shimane
JP-33 Okayama
JP-34 Hiroshima
JP-35 Yamaguchi
JP-36 Tokushima
JP-37 Kagawa
JP-38 Ehime
JP-39 ~Kochi|~Kōchi
JP-40 Fukuoka
JP-41 ~Saga
JP-42 Nagasaki
JP-43 Kumamoto
JP-44 Oita|Ōita
JP-45 Miyazaki
JP-46 Kagoshima
JP-47 Okinawa
DK-81 Nordjylland|Region Nordjylland|North Denmark Region
DK-82 Midtjylland|Region Midtjylland|Central Denmark Region
DK-83 Syddanmark|Region Syddanmark|Region of Southern Denmark|Southern Denmark
DK-84 Hovedstaden|Region Hovedstaden|Capital Region of Denmark
DK-85 Sjælland|Region Sjælland|Region Zealand|Zealand
FI-01 Åland|Ahvenanmaa|Åland Islands
FI-02 Etelä-Karjala|South Karelia
FI-03 Etelä-Pohjanmaa|South Ostrobothnia
FI-04 Etelä-Savo|South Savo
FI-05 Kainuu
FI-06 Kanta-Häme|Tavastia Proper
FI-07 Keski-Pohjanmaa|Central Ostrobothnia
FI-08 Keski-Suomi|Central Finland
FI-09 Kymenlaakso
FI-10 Lappi|Lapland
FI-11 Pirkanmaa
FI-12 Pohjanmaa|Ostrobothnia
FI-13 Pohjois-Karjala|North Karelia
FI-14 Pohjois-Pohjanmaa|North Ostrobothnia
FI-15 Pohjois-Savo|North Savo
FI-16 Päijät-Häme|Päijänne Tavastia
FI-17 Satakunta
FI-18 Uusimaa|Nyland
FI-19 Varsinais-Suomi|Southwest Finland|Finland Proper
NO-03 ~Oslo
NO-11 Rogaland
NO-15 Møre og Romsdal
NO-18 Nordland
NO-31 Østfold
NO-32 Akershus
NO-33 Buskerud
NO-34 Innlandet
NO-39 Vestfold
NO-40 Telemark
NO-42 Agder
NO-46 Vestland
NO-50 Trøndelag
NO-55 Troms
NO-56 Finnmark
SE-AB Stockholms län|Stockholm County
SE-AC Västerbottens län|Västerbotten
SE-BD Norrbottens län|Norrbotten
SE-C Uppsala län|Uppsala County
SE-D Södermanlands län|Södermanland
SE-E Östergötlands län|Östergötland
SE-F Jönköpings län|Jönköping County
SE-G Kronobergs län|Kronoberg
SE-H Kalmar län|Kalmar County
SE-I Gotlands län|Gotland
SE-K Blekinge län|Blekinge
SE-M Skåne län|Skåne|Scania
SE-N Hallands län|Halland
SE-O Västra Götalands län|Västra Götaland
SE-S Värmlands län|Värmland
SE-T Örebro län|Örebro County
SE-U Västmanlands län|Västmanland
SE-W Dalarnas län|Dalarna
SE-X Gävleborgs län|Gävleborg
SE-Y Västernorrlands län|Västernorrland
SE-Z Jämtlands län|Jämtland`

// abbrevCountries are the countries whose subdivision codes are written as abbreviations in addresses.
var abbrevCountries = map[string]bool{"AU": true, "BR": true, "CH": true}

var (
	regionByName   = map[string][]string{} // folded name → ISO 3166-2 codes of the subdivisions it names
	regionByAbbrev = map[string][]string{} // abbreviation as written ("NSW", "SP") → ISO 3166-2 codes
	regionShared   = map[string]bool{}     // folded names that also name a place elsewhere
	regionCodes    = map[string]bool{}     // the ISO 3166-2 codes of regionTable
)

// deaccent spells a name's Latin letters without their marks, so "Sao Paulo" finds "São Paulo".
var deaccent = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ą", "a",
	"ç", "c", "ć", "c", "é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "í", "i", "ì", "i", "î", "i", "ï", "i",
	"ł", "l", "ñ", "n", "ń", "n", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ō", "o",
	"ś", "s", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ý", "y", "ź", "z", "ż", "z", "ß", "ss")

func init() {
	for _, line := range strings.Split(regionTable, "\n") {
		code, names, _ := strings.Cut(line, " ")
		ctry, abbr, _ := strings.Cut(code, "-")
		regionCodes[code] = true
		if abbrevCountries[ctry] {
			regionByAbbrev[abbr] = appendNew(regionByAbbrev[abbr], code)
		}
		for _, n := range strings.Split(names, "|") {
			shared := strings.HasPrefix(n, "~")
			f := foldPlace(strings.TrimPrefix(n, "~"))
			// The name as written, without its marks, and with spaces for its hyphens.
			for _, v := range []string{f, deaccent.Replace(f), strings.ReplaceAll(f, "-", " "), strings.ReplaceAll(deaccent.Replace(f), "-", " ")} {
				regionByName[v] = appendNew(regionByName[v], code)
				if shared {
					regionShared[v] = true
				}
			}
		}
	}
	// Several subdivisions of one name are as unsure as a shared name.
	for n, codes := range regionByName {
		if len(codes) > 1 {
			regionShared[n] = true
		}
	}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// regionIn returns the one code of codes in country c, or "".
func regionIn(codes []string, c string) string {
	found := ""
	for _, r := range codes {
		if r[:2] == c {
			if found != "" {
				return ""
			}
			found = r
		}
	}
	return found
}
