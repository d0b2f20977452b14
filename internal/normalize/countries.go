package normalize

import "strings"

// countryTable lists ISO 3166-1 alpha-2 codes with their English short name and common other names, one per line.
const countryTable = `AD Andorra
AE United Arab Emirates|UAE|Emirates
AF Afghanistan
AG Antigua and Barbuda
AI Anguilla
AL Albania
AM Armenia
AO Angola
AQ Antarctica
AR Argentina
AS American Samoa
AT Austria|Österreich
AU Australia
AW Aruba
AX Åland Islands|Aland Islands
AZ Azerbaijan
BA Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
BB Barbados
BD Bangladesh
BE Belgium|Belgique|België
BF Burkina Faso
BG Bulgaria
BH Bahrain
BI Burundi
BJ Benin
BL Saint Barthélemy
BM Bermuda
BN Brunei|Brunei Darussalam
BO Bolivia
BQ Caribbean Netherlands|Bonaire
BR Brazil|Brasil
BS Bahamas|The Bahamas
BT Bhutan
BV Bouvet Island
BW Botswana
BY Belarus
BZ Belize
CA Canada
CC Cocos Islands
CD Democratic Republic of the Congo|DR Congo|DRC
CF Central African Republic
CG Republic of the Congo|Congo
CH Switzerland|Schweiz|Suisse
CI Côte d'Ivoire|Cote d'Ivoire|Ivory Coast
CK Cook Islands
CL Chile
CM Cameroon
CN China|People's Republic of China|PRC|Mainland China
CO Colombia
CR Costa Rica
CU Cuba
CV Cabo Verde|Cape Verde
CW Curaçao|Curacao
CX Christmas Island
CY Cyprus
CZ Czechia|Czech Republic
DE Germany|Deutschland
DJ Djibouti
DK Denmark|Danmark
DM Dominica
DO Dominican Republic
DZ Algeria
EC Ecuador
EE Estonia
EG Egypt
EH Western Sahara
ER Eritrea
ES Spain|España
ET Ethiopia
FI Finland|Suomi
FJ Fiji
FK Falkland Islands
FM Micronesia
FO Faroe Islands
FR France
GA Gabon
GB United Kingdom|UK|Great Britain|Britain
GD Grenada
GE Georgia
GF French Guiana
GG Guernsey
GH Ghana
GI Gibraltar
GL Greenland
GM Gambia|The Gambia
GN Guinea
GP Guadeloupe
GQ Equatorial Guinea
GR Greece
GS South Georgia and the South Sandwich Islands
GT Guatemala
GU Guam
GW Guinea-Bissau
GY Guyana
HK Hong Kong|Hong Kong SAR
HM Heard Island and McDonald Islands
HN Honduras
HR Croatia|Hrvatska
HT Haiti
HU Hungary
ID Indonesia
IE Ireland|Republic of Ireland
IL Israel
IM Isle of Man
IN India
IO British Indian Ocean Territory
IQ Iraq
IR Iran
IS Iceland
IT Italy|Italia
JE Jersey
JM Jamaica
JO Jordan
JP Japan
KE Kenya
KG Kyrgyzstan
KH Cambodia
KI Kiribati
KM Comoros
KN Saint Kitts and Nevis
KP North Korea
KR South Korea|Korea|Republic of Korea
KW Kuwait
KY Cayman Islands
KZ Kazakhstan
LA Laos|Lao People's Democratic Republic
LB Lebanon
LC Saint Lucia
LI Liechtenstein
LK Sri Lanka
LR Liberia
LS Lesotho
LT Lithuania
LU Luxembourg
LV Latvia
LY Libya
MA Morocco
MC Monaco
MD Moldova
ME Montenegro
MF Saint Martin
MG Madagascar
MH Marshall Islands
MK North Macedonia|Macedonia
ML Mali
MM Myanmar|Burma
MN Mongolia
MO Macao|Macau
MP Northern Mariana Islands
MQ Martinique
MR Mauritania
MS Montserrat
MT Malta
MU Mauritius
MV Maldives
MW Malawi
MX Mexico|México
MY Malaysia
MZ Mozambique
NA Namibia
NC New Caledonia
NE Niger
NF Norfolk Island
NG Nigeria
NI Nicaragua
NL Netherlands|The Netherlands|Holland|Nederland
NO Norway|Norge
NP Nepal
NR Nauru
NU Niue
NZ New Zealand
OM Oman
PA Panama
PE Peru
PF French Polynesia
PG Papua New Guinea
PH Philippines|The Philippines
PK Pakistan
PL Poland|Polska
PM Saint Pierre and Miquelon
PN Pitcairn
PR Puerto Rico
PS Palestine
PT Portugal
PW Palau
PY Paraguay
QA Qatar
RE Réunion|Reunion
RO Romania
RS Serbia
RU Russia|Russian Federation
RW Rwanda
SA Saudi Arabia|KSA
SB Solomon Islands
SC Seychelles
SD Sudan
SE Sweden|Sverige
SG Singapore
SH Saint Helena
SI Slovenia
SJ Svalbard and Jan Mayen
SK Slovakia
SL Sierra Leone
SM San Marino
SN Senegal
SO Somalia
SR Suriname
SS South Sudan
ST Sao Tome and Principe
SV El Salvador
SX Sint Maarten
SY Syria
SZ Eswatini|Swaziland
TC Turks and Caicos Islands
TD Chad
TF French Southern Territories
TG Togo
TH Thailand
TJ Tajikistan
TK Tokelau
TL Timor-Leste|East Timor
TM Turkmenistan
TN Tunisia
TO Tonga
TR Türkiye|Turkey|Turkiye
TT Trinidad and Tobago
TV Tuvalu
TW Taiwan
TZ Tanzania
UA Ukraine
UG Uganda
UM United States Minor Outlying Islands
US United States|United States of America|USA|U.S.|U.S.A.|America
UY Uruguay
UZ Uzbekistan
VA Vatican City|Holy See
VC Saint Vincent and the Grenadines
VE Venezuela
VG British Virgin Islands
VI U.S. Virgin Islands|US Virgin Islands
VN Vietnam|Viet Nam
VU Vanuatu
WF Wallis and Futuna
WS Samoa
XK Kosovo
YE Yemen
YT Mayotte
ZA South Africa
ZM Zambia
ZW Zimbabwe`

// alpha3Table lists ISO 3166-1 alpha-3 codes as "alpha-3 alpha-2", read only as written in capitals
// ("GBR-London", "IND - Bengaluru"). Andorra's AND is left out: in capitals it is the word.
const alpha3Table = `ARE AE|AFG AF|ATG AG|AIA AI|ALB AL|ARM AM|AGO AO|ATA AQ|ARG AR|ASM AS|AUT AT|AUS AU|ABW AW|ALA AX|AZE AZ|BIH BA|
BRB BB|BGD BD|BEL BE|BFA BF|BGR BG|BHR BH|BDI BI|BEN BJ|BLM BL|BMU BM|BRN BN|BOL BO|BES BQ|BRA BR|BHS BS|BTN BT|
BVT BV|BWA BW|BLR BY|BLZ BZ|CAN CA|CCK CC|COD CD|CAF CF|COG CG|CHE CH|CIV CI|COK CK|CHL CL|CMR CM|CHN CN|COL CO|
CRI CR|CUB CU|CPV CV|CUW CW|CXR CX|CYP CY|CZE CZ|DEU DE|DJI DJ|DNK DK|DMA DM|DOM DO|DZA DZ|ECU EC|EST EE|EGY EG|
ESH EH|ERI ER|ESP ES|ETH ET|FIN FI|FJI FJ|FLK FK|FSM FM|FRO FO|FRA FR|GAB GA|GBR GB|GRD GD|GEO GE|GUF GF|GGY GG|
GHA GH|GIB GI|GRL GL|GMB GM|GIN GN|GLP GP|GNQ GQ|GRC GR|SGS GS|GTM GT|GUM GU|GNB GW|GUY GY|HKG HK|HMD HM|HND HN|
HRV HR|HTI HT|HUN HU|IDN ID|IRL IE|ISR IL|IMN IM|IND IN|IOT IO|IRQ IQ|IRN IR|ISL IS|ITA IT|JEY JE|JAM JM|JOR JO|
JPN JP|KEN KE|KGZ KG|KHM KH|KIR KI|COM KM|KNA KN|PRK KP|KOR KR|KWT KW|CYM KY|KAZ KZ|LAO LA|LBN LB|LCA LC|LIE LI|
LKA LK|LBR LR|LSO LS|LTU LT|LUX LU|LVA LV|LBY LY|MAR MA|MCO MC|MDA MD|MNE ME|MAF MF|MDG MG|MHL MH|MKD MK|MLI ML|
MMR MM|MNG MN|MAC MO|MNP MP|MTQ MQ|MRT MR|MSR MS|MLT MT|MUS MU|MDV MV|MWI MW|MEX MX|MYS MY|MOZ MZ|NAM NA|NCL NC|
NER NE|NFK NF|NGA NG|NIC NI|NLD NL|NOR NO|NPL NP|NRU NR|NIU NU|NZL NZ|OMN OM|PAN PA|PER PE|PYF PF|PNG PG|PHL PH|
PAK PK|POL PL|SPM PM|PCN PN|PRI PR|PSE PS|PRT PT|PLW PW|PRY PY|QAT QA|REU RE|ROU RO|SRB RS|RUS RU|RWA RW|SAU SA|
SLB SB|SYC SC|SDN SD|SWE SE|SGP SG|SHN SH|SVN SI|SJM SJ|SVK SK|SLE SL|SMR SM|SEN SN|SOM SO|SUR SR|SSD SS|STP ST|
SLV SV|SXM SX|SYR SY|SWZ SZ|TCA TC|TCD TD|ATF TF|TGO TG|THA TH|TJK TJ|TKL TK|TLS TL|TKM TM|TUN TN|TON TO|TUR TR|
TTO TT|TUV TV|TWN TW|TZA TZ|UKR UA|UGA UG|UMI UM|USA US|URY UY|UZB UZ|VAT VA|VCT VC|VEN VE|VGB VG|VIR VI|VNM VN|
VUT VU|WLF WF|WSM WS|YEM YE|MYT YT|ZAF ZA|ZMB ZM|ZWE ZW`

var (
	countryByAlpha3 = map[string]string{} // alpha-3 → alpha-2
	countryByName   = map[string]string{} // folded name → alpha-2
	countryCodes    = map[string]bool{}   // alpha-2 codes
	countryNames    = map[string]string{} // alpha-2 → English short name
)

func init() {
	for _, e := range strings.Split(strings.ReplaceAll(alpha3Table, "\n", ""), "|") {
		a3, a2, _ := strings.Cut(e, " ")
		countryByAlpha3[a3] = a2
	}
	for _, line := range strings.Split(countryTable, "\n") {
		code, names, _ := strings.Cut(line, " ")
		countryCodes[code] = true
		for i, n := range strings.Split(names, "|") {
			if i == 0 {
				countryNames[code] = n
			}
			countryByName[foldPlace(n)] = code
		}
	}
}

// CountryName returns the English short name of an ISO 3166-1 alpha-2 code, or "".
func CountryName(code string) string { return countryNames[code] }

// foldPlace lower-cases a place name and drops dots, so "U.S.A." and "usa" meet.
func foldPlace(s string) string {
	if isASCII(s) {
		return foldASCIIPlace(s)
	}
	return foldPlaceRunes(s)
}

// foldPlaceRunes is foldPlace for any text: lower-case, drop dots, collapse whitespace.
func foldPlaceRunes(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.ReplaceAll(s, ".", "")
	}
	return strings.Join(strings.Fields(s), " ")
}

// foldASCIIPlace is foldPlace for ASCII text in one pass and one allocation.
func foldASCIIPlace(s string) string {
	var buf [64]byte
	return string(foldPlaceTo(buf[:0], s, '.'))
}

// foldPlaceTo appends foldPlace(s) to dst, the byte drop removed from s like the dots (a ',' makes
// "Washington, D.C." "washington dc"). ASCII text is folded in one pass: the bytes lower-cased, dots
// dropped (before whitespace is collapsed, so "a . b" is "a b") and runs of whitespace made one space.
func foldPlaceTo(dst []byte, s string, drop byte) []byte {
	if !isASCII(s) {
		return append(dst, foldPlaceRunes(strings.ReplaceAll(s, string(rune(drop)), ""))...)
	}
	start := len(dst)
	space := false // whitespace seen since the last byte kept
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '.':
		case ' ', '\t', '\n', '\v', '\f', '\r':
			space = len(dst) > start
		default:
			if c == drop {
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
	}
	return dst
}
