#!/usr/bin/env python3
"""gen_countries.py -- generate dict/dyad.countries.actors.txt, and check
dyad's actor dictionaries for duplicate or malformed names.

dyad codes a country whether the text names it ("Venezuela"), uses its
official name ("Bolivarian Republic of Venezuela"), an adjective or
demonym ("Venezuelan", "Venezuelans") or a metonym: its capital or a main
city ("Caracas said..."), or a seat of government ("the Kremlin").  This
script builds that dictionary from two sources:

  * Debian's iso-codes (ISO 3166-1): every country and territory, its
    alpha-3 code (the CAMEO state code), its short and official names;
  * the hand-written tables below (written for dyad from general
    knowledge): other names, adjectives and demonyms, capitals, cities,
    seats of government and security services, and world regions.

Every phrase (main name or synonym) must map to exactly one code across
all the actor dictionaries; the script stops with an error when the
tables give one phrase two codes, and `--check` runs the same test (plus
a syntax check) over any set of *.actors.txt files.

Usage:
  tools/gen_countries.py [-o dict/dyad.countries.actors.txt]
  tools/gen_countries.py --check dict/dyad.countries.actors.txt dict/dyad.orgs.actors.txt
Exit status 0 on success, 1 on errors.
"""
import json
import re
import sys
import unicodedata

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# Codes outside ISO 3166-1 that dyad uses for states (KOS: CAMEO's Kosovo,
# which the store and network treat as a country).
EXTRA_STATES = {"KOS": "Kosovo"}

# ISO names that the table deliberately gives to another country.
ISO_DROP = {("COG", "CONGO")}

# The name an entry is headed by, where ISO's is not the usual one.
MAIN_NAME = {"RUS": "RUSSIA", "PSE": "PALESTINE", "TUR": "TURKEY",
             "VAT": "VATICAN", "BRN": "BRUNEI", "VIR": "US_VIRGIN_ISLANDS",
             "COD": "DEMOCRATIC_REPUBLIC_OF_THE_CONGO"}

# Per country: CODE | other names | adjectives and demonyms | capital(s) |
# other cities.  Items are separated by ';'.  A trailing '+' on an
# adjective also emits its plural with S (IRANIAN+ -> IRANIAN, IRANIANS).
# Where two countries could claim a word, the table gives it to one and
# says so here:
#   CONGO, CONGOLESE -> COD (the Democratic Republic, far more
#     often meant in news); the Republic of the Congo is REPUBLIC_OF_CONGO,
#     CONGO-BRAZZAVILLE, BRAZZAVILLE;
#   KOREA, KOREAN -> KOR (South Korea); North Korea is always qualified;
#   DOMINICAN -> DOM (Dominican Republic), not Dominica;
#   NIGERIAN -> NGA, NIGERIEN -> NER; GUINEAN -> GIN; SAMOAN -> WSM;
#   TRIPOLI -> LBY; SANTIAGO -> CHL; JERUSALEM -> ISR, EAST_JERUSALEM -> PSE;
#   US -> USA although matching ignores case, so the pronoun "us" matches
#     too ("they told us"); the engine should accept it only as written
#     in capitals;
#   GEORGIA -> GEO (the country; the US state is not coded);
#   BRUSSELS -> IGOEEU (dyad.orgs.actors.txt): as an actor ("Brussels
#     imposed sanctions") news means the European Union far more often
#     than Belgium's government; as a place it stays in Belgium
#     (dyad.places.txt);
#   historical names map to today's successor state: SOVIET_UNION/USSR ->
#     RUS, YUGOSLAVIA -> SRB, CZECHOSLOVAKIA -> CZE, ZAIRE -> COD,
#     RHODESIA -> ZWE, BURMA -> MMR, CEYLON -> LKA, SIAM -> THA,
#     PERSIA -> IRN (but not PERSIAN, which is mostly the language, the
#     Gulf or carpets).
# Matching takes the leftmost phrase first, so a "THE_" name is listed only
# where the name without THE is no entry (THE_WEST, THE_HAGUE) or to guard
# another (THE_WEST_BANK); THE_GULF would swallow "the Gulf Cooperation
# Council" and THE_SUDAN "the Sudan People's Liberation Movement".
# Names are written ASCII, words joined by '_' (adjacent words); city names
# that other countries share or that are common English words (Nice, Cork,
# Split, Victoria, Male, Hamilton) are left out.
COUNTRY_TABLE = """
ABW | | ARUBAN+ | ORANJESTAD |
AFG | | AFGHAN+ | KABUL | KANDAHAR; HERAT; MAZAR-I-SHARIF; JALALABAD
AGO | | ANGOLAN+ | LUANDA |
AIA | | ANGUILLAN+ | |
ALA | ALAND; ALAND_ISLANDS | ALANDER+ | MARIEHAMN |
ALB | | ALBANIAN+ | TIRANA | DURRES
AND | | ANDORRAN+ | ANDORRA_LA_VELLA |
ARE | UAE; U.A.E.; EMIRATES | EMIRATI+ | ABU_DHABI | DUBAI; SHARJAH
ARG | | ARGENTINE+; ARGENTINIAN+ | BUENOS_AIRES | ROSARIO; MAR_DEL_PLATA
ARM | | ARMENIAN+ | YEREVAN |
ASM | | AMERICAN_SAMOAN+ | PAGO_PAGO |
ATA | ANTARCTIC | | |
ATF | FRENCH_SOUTHERN_AND_ANTARCTIC_LANDS | | |
ATG | ANTIGUA | ANTIGUAN+ | |
AUS | | AUSTRALIAN+; AUSSIE+ | CANBERRA | SYDNEY; MELBOURNE; BRISBANE; PERTH
AUT | | AUSTRIAN+ | VIENNA | SALZBURG; GRAZ
AZE | | AZERBAIJANI+; AZERI+ | BAKU | GANJA
BDI | | BURUNDIAN+ | GITEGA | BUJUMBURA
BEL | | BELGIAN+ | | ANTWERP; GHENT; LIEGE
BEN | | BENINESE | PORTO-NOVO; PORTO_NOVO | COTONOU
BES | BONAIRE; SINT_EUSTATIUS; SABA | | KRALENDIJK |
BFA | BURKINA; UPPER_VOLTA | BURKINABE+ | OUAGADOUGOU | BOBO-DIOULASSO
BGD | | BANGLADESHI+ | DHAKA; DACCA | CHITTAGONG; CHATTOGRAM
BGR | | BULGARIAN+ | SOFIA | PLOVDIV; VARNA
BHR | | BAHRAINI+ | MANAMA |
BHS | | BAHAMIAN+ | NASSAU |
BIH | BOSNIA; BOSNIA-HERZEGOVINA; HERZEGOVINA | BOSNIAN+ | SARAJEVO | BANJA_LUKA; MOSTAR
BLM | SAINT_BARTHELEMY; ST._BARTHELEMY; ST_BARTS | | GUSTAVIA |
BLR | BYELORUSSIA; BELORUSSIA | BELARUSIAN+; BELARUSSIAN+; BYELORUSSIAN+ | MINSK | GOMEL
BLZ | | BELIZEAN+ | BELMOPAN | BELIZE_CITY
BMU | | BERMUDIAN+ | |
BOL | | BOLIVIAN+ | LA_PAZ; SUCRE | SANTA_CRUZ_DE_LA_SIERRA; COCHABAMBA; EL_ALTO
BRA | BRASIL | BRAZILIAN+ | BRASILIA | SAO_PAULO; RIO_DE_JANEIRO; BELO_HORIZONTE
BRB | | BARBADIAN+; BAJAN+ | BRIDGETOWN |
BRN | BRUNEI; BRUNEI_DARUSSALAM | BRUNEIAN+ | BANDAR_SERI_BEGAWAN |
BTN | | BHUTANESE | THIMPHU |
BVT | | | |
BWA | | BOTSWANAN+; MOTSWANA; BATSWANA | GABORONE |
CAF | CENTRAL_AFRICAN_REPUBLIC; CENTRAFRIQUE | CENTRAL_AFRICAN+ | BANGUI |
CAN | | CANADIAN+ | OTTAWA | TORONTO; MONTREAL; VANCOUVER; QUEBEC; CALGARY
CCK | COCOS_ISLANDS; KEELING_ISLANDS | | |
CHE | SWITZERLAND; CONFEDERATION_SUISSE | SWISS | BERN; BERNE | ZURICH; GENEVA; BASEL; LAUSANNE
CHL | | CHILEAN+ | SANTIAGO; SANTIAGO_DE_CHILE | VALPARAISO; CONCEPCION
CHN | PRC; P.R.C.; MAINLAND_CHINA; RED_CHINA | CHINESE | BEIJING; PEKING | SHANGHAI; GUANGZHOU; SHENZHEN; WUHAN; CHONGQING; TIANJIN
CIV | IVORY_COAST; COTE_DIVOIRE; COTE_D_IVOIRE | IVORIAN+; IVOIRIAN+ | YAMOUSSOUKRO | ABIDJAN; BOUAKE
CMR | CAMEROUN | CAMEROONIAN+ | YAOUNDE | DOUALA
COD | DEMOCRATIC_REPUBLIC_OF_CONGO; DEMOCRATIC_REPUBLIC_OF_THE_CONGO; DR_CONGO; D.R._CONGO; DRC; D.R.C.; CONGO-KINSHASA; ZAIRE; CONGO | CONGOLESE; ZAIRIAN+ | KINSHASA | LUBUMBASHI; GOMA; BUKAVU; KISANGANI
COG | REPUBLIC_OF_CONGO; REPUBLIC_OF_THE_CONGO; CONGO-BRAZZAVILLE; CONGO_REPUBLIC | | BRAZZAVILLE | POINTE-NOIRE
COK | | COOK_ISLANDER+ | AVARUA |
COL | | COLOMBIAN+ | BOGOTA | MEDELLIN; CALI; BARRANQUILLA; CARTAGENA
COM | COMOROS_ISLANDS | COMORAN+; COMORIAN+ | MORONI |
CPV | CAPE_VERDE; CABO_VERDE | CAPE_VERDEAN+; CABO_VERDEAN+ | PRAIA |
CRI | | COSTA_RICAN+ | SAN_JOSE |
CUB | | CUBAN+ | HAVANA; LA_HABANA | SANTIAGO_DE_CUBA; GUANTANAMO
CUW | | CURACAOAN+ | WILLEMSTAD |
CXR | | | FLYING_FISH_COVE |
CYM | CAYMAN_ISLANDS; CAYMANS | CAYMANIAN+ | |
CYP | | CYPRIOT+; GREEK_CYPRIOT+; TURKISH_CYPRIOT+ | NICOSIA | LIMASSOL; LARNACA; FAMAGUSTA
CZE | CZECHIA; CZECH_REPUBLIC; CZECHOSLOVAKIA | CZECH+; CZECHOSLOVAK+ | PRAGUE | BRNO; OSTRAVA
DEU | GERMANY; FEDERAL_REPUBLIC_OF_GERMANY; WEST_GERMANY; EAST_GERMANY; FRG; GDR; DEUTSCHLAND | GERMAN+; WEST_GERMAN+; EAST_GERMAN+ | BERLIN; BONN | HAMBURG; MUNICH; FRANKFURT; COLOGNE
DJI | | DJIBOUTIAN+ | DJIBOUTI_CITY |
DMA | COMMONWEALTH_OF_DOMINICA | | ROSEAU |
DNK | | DANISH; DANE+ | COPENHAGEN | AARHUS; ODENSE
DOM | DOMINICAN_REPUBLIC | DOMINICAN+ | SANTO_DOMINGO | SANTIAGO_DE_LOS_CABALLEROS
DZA | | ALGERIAN+ | ALGIERS | ORAN; CONSTANTINE
ECU | | ECUADORIAN+; ECUADOREAN+ | QUITO | GUAYAQUIL; CUENCA
EGY | | EGYPTIAN+ | CAIRO | ALEXANDRIA; GIZA; PORT_SAID; SHARM_EL-SHEIKH; SHARM_EL_SHEIKH
ERI | | ERITREAN+ | ASMARA | MASSAWA
ESH | WESTERN_SAHARA | SAHRAWI+; SAHRAOUI+ | LAAYOUNE; EL_AAIUN |
ESP | ESPANA | SPANISH; SPANIARD+ | MADRID | BARCELONA; SEVILLE; BILBAO
EST | | ESTONIAN+ | TALLINN | TARTU
ETH | ABYSSINIA | ETHIOPIAN+ | ADDIS_ABABA | MEKELLE; DIRE_DAWA; GONDAR; BAHIR_DAR
FIN | SUOMI | FINNISH; FINN+ | HELSINKI | ESPOO; TAMPERE; TURKU
FJI | | FIJIAN+ | SUVA |
FLK | FALKLANDS; FALKLAND_ISLANDS; MALVINAS; ISLAS_MALVINAS | FALKLAND_ISLANDER+ | PORT_STANLEY |
FRA | | FRENCH | PARIS | MARSEILLE; LYON; TOULOUSE; STRASBOURG
FRO | FAROE_ISLANDS; FAROES; FAEROE_ISLANDS | FAROESE | TORSHAVN |
FSM | MICRONESIA | MICRONESIAN+ | PALIKIR |
GAB | | GABONESE | LIBREVILLE | PORT-GENTIL
GBR | UNITED_KINGDOM; U.K.; UK; BRITAIN; GREAT_BRITAIN; ENGLAND; SCOTLAND; WALES; NORTHERN_IRELAND; ULSTER | BRITISH; NORTHERN_IRISH; BRITON+; BRIT+; SCOTTISH; SCOT+; WELSH | LONDON | BIRMINGHAM; MANCHESTER; GLASGOW; EDINBURGH; BELFAST; CARDIFF; LIVERPOOL
GEO | SAKARTVELO | GEORGIAN+ | TBILISI | BATUMI; KUTAISI
GGY | | GUERNSEYMAN; GUERNSEYMEN | ST._PETER_PORT |
GHA | | GHANAIAN+ | ACCRA | KUMASI
GIB | | GIBRALTARIAN+ | |
GIN | GUINEA-CONAKRY; GUINEE | GUINEAN+ | CONAKRY |
GLP | | GUADELOUPEAN+ | BASSE-TERRE |
GMB | | GAMBIAN+ | BANJUL |
GNB | GUINEA_BISSAU | BISSAU-GUINEAN+ | BISSAU |
GNQ | | EQUATORIAL_GUINEAN+; EQUATOGUINEAN+ | MALABO |
GRC | HELLAS; HELLENIC_REPUBLIC | GREEK+; HELLENIC | ATHENS | THESSALONIKI; PIRAEUS; PATRAS
GRD | | GRENADIAN+ | |
GRL | KALAALLIT_NUNAAT | GREENLANDER+; GREENLANDIC | NUUK |
GTM | | GUATEMALAN+ | GUATEMALA_CITY | QUETZALTENANGO
GUF | FRENCH_GUYANA | FRENCH_GUIANESE | CAYENNE |
GUM | | GUAMANIAN+ | HAGATNA |
GUY | | GUYANESE | GEORGETOWN |
HKG | HONG_KONG; HONGKONG; HONG_KONG_SAR | HONG_KONGER+; HONGKONGER+ | |
HMD | HEARD_ISLAND; MCDONALD_ISLANDS | | |
HND | | HONDURAN+ | TEGUCIGALPA | SAN_PEDRO_SULA
HRV | HRVATSKA | CROATIAN+; CROAT+ | ZAGREB | RIJEKA; DUBROVNIK
HTI | | HAITIAN+ | PORT-AU-PRINCE; PORT_AU_PRINCE | CAP-HAITIEN; GONAIVES
HUN | | HUNGARIAN+; MAGYAR+ | BUDAPEST | DEBRECEN; SZEGED
IDN | | INDONESIAN+ | JAKARTA | SURABAYA; BANDUNG; MEDAN; BALI; NUSANTARA
IMN | ISLE_OF_MAN | MANX | |
IND | BHARAT; HINDUSTAN | INDIAN+ | NEW_DELHI; DELHI | MUMBAI; BOMBAY; KOLKATA; CALCUTTA; CHENNAI; MADRAS; BANGALORE; BENGALURU; HYDERABAD
IOT | CHAGOS_ISLANDS; CHAGOS_ARCHIPELAGO; DIEGO_GARCIA | CHAGOSSIAN+ | |
IRL | EIRE; IRISH_REPUBLIC; REPUBLIC_OF_IRELAND | IRISH; IRISHMAN; IRISHMEN | DUBLIN | GALWAY; LIMERICK
IRN | PERSIA; ISLAMIC_REPUBLIC | IRANIAN+ | TEHRAN; TEHERAN | ISFAHAN; MASHHAD; SHIRAZ; TABRIZ; QOM
IRQ | | IRAQI+ | BAGHDAD | BASRA; MOSUL; ERBIL; IRBIL; KIRKUK; FALLUJAH; NAJAF; KARBALA
ISL | | ICELANDIC; ICELANDER+ | REYKJAVIK |
ISR | STATE_OF_ISRAEL | ISRAELI+ | JERUSALEM | TEL_AVIV; HAIFA; EILAT; BEERSHEBA
ITA | ITALIA | ITALIAN+ | ROME | MILAN; NAPLES; TURIN; VENICE
JAM | | JAMAICAN+ | KINGSTON | MONTEGO_BAY
JEY | | JERSEYMAN; JERSEYMEN | ST._HELIER |
JOR | HASHEMITE_KINGDOM | JORDANIAN+ | AMMAN | ZARQA; IRBID; AQABA
JPN | NIPPON | JAPANESE | TOKYO | OSAKA; YOKOHAMA; KYOTO; NAGOYA; HIROSHIMA; OKINAWA; FUKUSHIMA
KAZ | | KAZAKH+; KAZAKHSTANI+; KAZAK+ | ASTANA; NUR-SULTAN; AKMOLA | ALMATY; ALMA-ATA; SHYMKENT
KEN | | KENYAN+ | NAIROBI | MOMBASA; KISUMU
KGZ | KIRGHIZIA; KYRGYZ_REPUBLIC | KYRGYZ; KYRGYZSTANI+; KIRGHIZ | BISHKEK | OSH
KHM | KAMPUCHEA | CAMBODIAN+; KHMER | PHNOM_PENH | SIEM_REAP
KIR | | I-KIRIBATI | TARAWA; SOUTH_TARAWA |
KNA | SAINT_KITTS_AND_NEVIS; ST._KITTS_AND_NEVIS; ST_KITTS_AND_NEVIS; SAINT_KITTS; ST._KITTS; ST_KITTS; NEVIS | KITTITIAN+; NEVISIAN+ | BASSETERRE |
KOR | SOUTH_KOREA; REPUBLIC_OF_KOREA; ROK; R.O.K.; KOREA | SOUTH_KOREAN+; KOREAN+ | SEOUL | BUSAN; PUSAN; INCHEON; DAEGU; GWANGJU
KWT | | KUWAITI+ | KUWAIT_CITY |
LAO | LAOS; LAO_PDR | LAOTIAN+ | VIENTIANE | LUANG_PRABANG
LBN | | LEBANESE | BEIRUT | SIDON; BAALBEK
LBR | | LIBERIAN+ | MONROVIA |
LBY | | LIBYAN+ | TRIPOLI | BENGHAZI; MISRATA; SIRTE; TOBRUK
LCA | SAINT_LUCIA; ST._LUCIA; ST_LUCIA | SAINT_LUCIAN+; ST._LUCIAN+ | CASTRIES |
LIE | | LIECHTENSTEINER+ | VADUZ |
LKA | CEYLON | SRI_LANKAN+ | COLOMBO; SRI_JAYAWARDENEPURA_KOTTE | KANDY; JAFFNA; TRINCOMALEE
LSO | BASUTOLAND | BASOTHO; MOSOTHO | MASERU |
LTU | | LITHUANIAN+ | VILNIUS | KAUNAS; KLAIPEDA
LUX | | LUXEMBOURGER+; LUXEMBOURGISH | |
LVA | | LATVIAN+ | RIGA | DAUGAVPILS
MAC | MACAU; MACAO_SAR; MACAU_SAR | MACANESE | |
MAF | SAINT_MARTIN; ST._MARTIN; SAINT-MARTIN | | MARIGOT |
MAR | MAROC; AL-MAGHRIB | MOROCCAN+ | RABAT | CASABLANCA; MARRAKESH; MARRAKECH; TANGIER; FEZ
MCO | | MONEGASQUE+ | MONTE_CARLO |
MDA | MOLDAVIA; BESSARABIA | MOLDOVAN+; MOLDAVIAN+ | CHISINAU; KISHINEV | TIRASPOL; BALTI
MDG | | MALAGASY; MADAGASCAN+ | ANTANANARIVO |
MDV | MALDIVE_ISLANDS | MALDIVIAN+ | |
MEX | MEXICAN_REPUBLIC | MEXICAN+ | MEXICO_CITY | GUADALAJARA; MONTERREY; TIJUANA; CIUDAD_JUAREZ; CULIACAN; ACAPULCO
MHL | MARSHALL_ISLANDS | MARSHALLESE | MAJURO |
MKD | MACEDONIA; FYROM; F.Y.R.O.M.; FORMER_YUGOSLAV_REPUBLIC_OF_MACEDONIA | MACEDONIAN+; NORTH_MACEDONIAN+ | SKOPJE | BITOLA
MLI | | MALIAN+ | BAMAKO | TIMBUKTU; GAO; KIDAL; MOPTI
MLT | | MALTESE | VALLETTA |
MMR | BURMA; UNION_OF_BURMA | BURMESE; MYANMARESE | NAYPYIDAW; NAY_PYI_TAW; NAYPYITAW | YANGON; RANGOON; MANDALAY
MNE | CRNA_GORA | MONTENEGRIN+ | PODGORICA |
MNG | OUTER_MONGOLIA | MONGOLIAN+ | ULAANBAATAR; ULAN_BATOR |
MNP | NORTHERN_MARIANAS; NORTHERN_MARIANA_ISLANDS; SAIPAN | | |
MOZ | | MOZAMBICAN+ | MAPUTO | BEIRA; NAMPULA
MRT | | MAURITANIAN+ | NOUAKCHOTT | NOUADHIBOU
MSR | | MONTSERRATIAN+ | BRADES |
MTQ | | MARTINICAN+; MARTINIQUAIS | FORT-DE-FRANCE |
MUS | | MAURITIAN+ | PORT_LOUIS |
MWI | NYASALAND | MALAWIAN+ | LILONGWE | BLANTYRE
MYS | MALAYA | MALAYSIAN+ | KUALA_LUMPUR; PUTRAJAYA | JOHOR_BAHRU; PENANG; KOTA_KINABALU
MYT | | MAHORAIS | MAMOUDZOU |
NAM | SOUTH_WEST_AFRICA | NAMIBIAN+ | WINDHOEK | WALVIS_BAY
NCL | NOUVELLE-CALEDONIE; KANAKY | NEW_CALEDONIAN+; KANAK+ | NOUMEA |
NER | | NIGERIEN+ | NIAMEY | AGADEZ; ZINDER; MARADI
NFK | | NORFOLK_ISLANDER+ | |
NGA | NIGER_DELTA | NIGERIAN+ | ABUJA | LAGOS; KANO; IBADAN; MAIDUGURI; PORT_HARCOURT
NIC | | NICARAGUAN+ | MANAGUA | MASAYA
NIU | | NIUEAN+ | ALOFI |
NLD | HOLLAND | DUTCH; DUTCHMAN; DUTCHMEN; NETHERLANDER+ | AMSTERDAM; THE_HAGUE | ROTTERDAM; UTRECHT; EINDHOVEN
NOR | NORGE | NORWEGIAN+ | OSLO | BERGEN; TRONDHEIM; STAVANGER
NPL | | NEPALESE; NEPALI+ | KATHMANDU | POKHARA
NRU | | NAURUAN+ | YAREN |
NZL | AOTEAROA | NEW_ZEALANDER+ | WELLINGTON | AUCKLAND; CHRISTCHURCH
OMN | SULTANATE_OF_OMAN | OMANI+ | MUSCAT | SALALAH
PAK | | PAKISTANI+ | ISLAMABAD | KARACHI; LAHORE; PESHAWAR; RAWALPINDI; QUETTA; FAISALABAD
PAN | | PANAMANIAN+ | PANAMA_CITY |
PCN | PITCAIRN_ISLANDS | PITCAIRN_ISLANDER+ | ADAMSTOWN |
PER | | PERUVIAN+ | LIMA | AREQUIPA; CUSCO; CUZCO; TRUJILLO
PHL | PHILIPPINE_ISLANDS; PILIPINAS | PHILIPPINE; FILIPINO+; FILIPINA+ | MANILA | QUEZON_CITY; DAVAO; CEBU; ZAMBOANGA; MARAWI
PLW | | PALAUAN+ | NGERULMUD; MELEKEOK | KOROR
PNG | | PAPUA_NEW_GUINEAN+ | PORT_MORESBY | LAE; BOUGAINVILLE
POL | POLSKA | POLISH | WARSAW | KRAKOW; CRACOW; LODZ; WROCLAW; GDANSK; RZESZOW
PRI | | PUERTO_RICAN+ | SAN_JUAN |
PRK | NORTH_KOREA; DPRK; D.P.R.K.; N._KOREA | NORTH_KOREAN+ | PYONGYANG | KAESONG; WONSAN; HAMHUNG; SINUIJU
PRT | | PORTUGUESE | LISBON | PORTO; OPORTO; COIMBRA
PRY | | PARAGUAYAN+ | ASUNCION | CIUDAD_DEL_ESTE
PSE | PALESTINE; STATE_OF_PALESTINE; PALESTINIAN_TERRITORIES; PALESTINIAN_TERRITORY; OCCUPIED_PALESTINIAN_TERRITORIES; OCCUPIED_TERRITORIES; GAZA; GAZA_STRIP; WEST_BANK; THE_WEST_BANK; EAST_JERUSALEM | PALESTINIAN+; GAZAN+ | RAMALLAH | GAZA_CITY; HEBRON; NABLUS; JENIN; RAFAH; KHAN_YUNIS; KHAN_YOUNIS; BETHLEHEM; JERICHO
PYF | FRENCH_POLYNESIA; TAHITI | FRENCH_POLYNESIAN+; TAHITIAN+ | PAPEETE |
QAT | | QATARI+ | DOHA |
REU | REUNION_ISLAND; LA_REUNION | REUNIONESE | |
ROU | ROMANIA; RUMANIA; ROUMANIA | ROMANIAN+; RUMANIAN+ | BUCHAREST | CLUJ-NAPOCA; CLUJ; TIMISOARA; IASI; CONSTANTA
RUS | RUSSIA; RUSSIAN_FEDERATION; SOVIET_UNION; USSR; U.S.S.R.; SOVIET_RUSSIA; RUSSIYA | RUSSIAN+; SOVIET+ | MOSCOW | SAINT_PETERSBURG; ST._PETERSBURG; ST_PETERSBURG; LENINGRAD; VLADIVOSTOK; NOVOSIBIRSK; KALININGRAD; SOCHI
RWA | | RWANDAN+; RWANDESE | KIGALI |
SAU | SAUDI; KSA; K.S.A.; KINGDOM_OF_SAUDI_ARABIA | SAUDI_ARABIAN+; SAUDIS | RIYADH | JEDDAH; MECCA; MEDINA; DAMMAM; DHAHRAN
SDN | | SUDANESE | KHARTOUM | OMDURMAN; PORT_SUDAN; EL_FASHER; AL-FASHIR; EL-FASHER; NYALA; EL_OBEID; WAD_MADANI
SEN | | SENEGALESE | DAKAR | THIES; ZIGUINCHOR; TOUBA
SGP | | SINGAPOREAN+ | |
SGS | SOUTH_GEORGIA; SOUTH_SANDWICH_ISLANDS | | KING_EDWARD_POINT |
SHN | SAINT_HELENA; ST._HELENA; ASCENSION_ISLAND; TRISTAN_DA_CUNHA | SAINT_HELENIAN+ | |
SJM | SVALBARD; JAN_MAYEN; SPITSBERGEN | | LONGYEARBYEN |
SLB | SOLOMON_ISLANDS; SOLOMONS | SOLOMON_ISLANDER+ | HONIARA |
SLE | | SIERRA_LEONEAN+; SIERRA_LEONIAN+ | FREETOWN |
SLV | | SALVADORAN+; SALVADOREAN+; SALVADORIAN+ | SAN_SALVADOR |
SMR | | SAMMARINESE | |
SOM | | SOMALI+; SOMALIAN+ | MOGADISHU | HARGEISA; KISMAYO; BAIDOA; GAROWE; BOSASO; SOMALILAND; PUNTLAND
SPM | SAINT_PIERRE_AND_MIQUELON; ST._PIERRE_AND_MIQUELON | | SAINT-PIERRE |
SRB | YUGOSLAVIA; SERBIA_AND_MONTENEGRO; SRBIJA | SERBIAN+; SERB+; YUGOSLAV+ | BELGRADE | NOVI_SAD
SSD | SOUTH_SUDAN; SOUTHERN_SUDAN | SOUTH_SUDANESE | JUBA | MALAKAL; WAU
STP | SAO_TOME; SAO_TOME_AND_PRINCIPE; SAO_TOME_E_PRINCIPE | SAO_TOMEAN+ | SAO_TOME_CITY |
SUR | DUTCH_GUIANA | SURINAMESE; SURINAMER+ | PARAMARIBO |
SVK | SLOVAK_REPUBLIC | SLOVAK+; SLOVAKIAN+ | BRATISLAVA | KOSICE
SVN | SLOVENIJA | SLOVENIAN+; SLOVENE+ | LJUBLJANA | MARIBOR
SWE | SVERIGE | SWEDISH; SWEDE+ | STOCKHOLM | GOTHENBURG; GOTEBORG; MALMO; UPPSALA
SWZ | SWAZILAND; KINGDOM_OF_ESWATINI | SWAZI+; EMASWATI | MBABANE; LOBAMBA | MANZINI
SXM | SINT_MAARTEN; ST._MAARTEN | | PHILIPSBURG |
SYC | | SEYCHELLOIS | |
SYR | SYRIAN_ARAB_REPUBLIC | SYRIAN+ | DAMASCUS | ALEPPO; HOMS; HAMA; IDLIB; LATAKIA; RAQQA; DEIR_EZZOR; DEIR_EL-ZOR; DARAA; TARTUS
TCA | TURKS_AND_CAICOS; TURKS_AND_CAICOS_ISLANDS | | COCKBURN_TOWN |
TCD | | CHADIAN+ | N'DJAMENA; NDJAMENA; N_DJAMENA | ABECHE; MOUNDOU
TGO | TOGOLESE_REPUBLIC | TOGOLESE | LOME |
THA | SIAM; PRATHET_THAI | THAI+; SIAMESE | BANGKOK | CHIANG_MAI; PHUKET; PATTAYA
TJK | | TAJIK+; TAJIKISTANI+; TADJIK+ | DUSHANBE | KHUJAND
TKL | TOKELAU_ISLANDS | TOKELAUAN+ | |
TKM | TURKMENIA | TURKMEN; TURKMENS; TURKOMAN+ | ASHGABAT; ASHKHABAD | TURKMENABAT
TLS | EAST_TIMOR; TIMOR-LESTE; TIMOR_LESTE | TIMORESE; EAST_TIMORESE | DILI |
TON | | TONGAN+ | NUKU'ALOFA; NUKUALOFA |
TTO | TRINIDAD; TOBAGO | TRINIDADIAN+; TOBAGONIAN+; TRINBAGONIAN+ | PORT_OF_SPAIN |
TUN | | TUNISIAN+ | TUNIS | SFAX; SOUSSE; SIDI_BOUZID
TUR | TURKIYE; TURKEY | TURKISH; TURK+ | ANKARA | ISTANBUL; IZMIR; DIYARBAKIR; GAZIANTEP; ADANA
TUV | ELLICE_ISLANDS | TUVALUAN+ | FUNAFUTI |
TWN | REPUBLIC_OF_CHINA; FORMOSA; CHINESE_TAIPEI; ROC; R.O.C. | TAIWANESE | TAIPEI | KAOHSIUNG; TAICHUNG; TAINAN
TZA | TANGANYIKA; ZANZIBAR | TANZANIAN+; ZANZIBARI+ | DODOMA | DAR_ES_SALAAM; DAR_ES-SALAAM; ARUSHA; MWANZA
UGA | | UGANDAN+ | KAMPALA | GULU; ENTEBBE; JINJA
UKR | | UKRAINIAN+ | KYIV; KIEV | KHARKIV; KHARKOV; ODESA; ODESSA; DNIPRO; LVIV; ZAPORIZHZHIA; MARIUPOL; KHERSON; DONETSK; LUHANSK
UMI | U.S._MINOR_OUTLYING_ISLANDS; WAKE_ISLAND; MIDWAY_ATOLL; MIDWAY_ISLANDS | | |
URY | | URUGUAYAN+ | MONTEVIDEO | PUNTA_DEL_ESTE
USA | UNITED_STATES; UNITED_STATES_OF_AMERICA; U.S.; U.S.A.; USA; US; AMERICA | AMERICAN+ | WASHINGTON; WASHINGTON_D.C.; WASHINGTON_DC | NEW_YORK; NEW_YORK_CITY; LOS_ANGELES; CHICAGO; HOUSTON; SAN_FRANCISCO; MIAMI
UZB | | UZBEK+; UZBEKISTANI+ | TASHKENT | SAMARKAND; BUKHARA; ANDIJAN
VAT | VATICAN; HOLY_SEE; VATICAN_CITY; VATICAN_CITY_STATE | | |
VCT | SAINT_VINCENT_AND_THE_GRENADINES; ST._VINCENT_AND_THE_GRENADINES; ST_VINCENT_AND_THE_GRENADINES; SAINT_VINCENT; ST._VINCENT; ST_VINCENT | VINCENTIAN+ | KINGSTOWN |
VEN | | VENEZUELAN+ | CARACAS | MARACAIBO; BARQUISIMETO; MARACAY; CIUDAD_GUAYANA
VGB | BRITISH_VIRGIN_ISLANDS; BVI | | ROAD_TOWN |
VIR | US_VIRGIN_ISLANDS; U.S._VIRGIN_ISLANDS; USVI | | CHARLOTTE_AMALIE |
VNM | VIET_NAM; NORTH_VIETNAM; SOUTH_VIETNAM | VIETNAMESE | HANOI | HO_CHI_MINH_CITY; SAIGON; DA_NANG; HAIPHONG; HAI_PHONG
VUT | NEW_HEBRIDES | NI-VANUATU; VANUATUAN+ | PORT_VILA; PORT-VILA |
WLF | WALLIS_AND_FUTUNA; WALLIS; FUTUNA | WALLISIAN+; FUTUNAN+ | MATA-UTU; MATA_UTU |
WSM | WESTERN_SAMOA | SAMOAN+ | APIA |
YEM | | YEMENI+; YEMENITE+ | SANAA; SANA'A; SANA_A | ADEN; HODEIDA; HODEIDAH; HUDAYDAH; TAIZ; MARIB; MUKALLA
ZAF | RSA; SOUTH_AFRICA; REPUBLIC_OF_SOUTH_AFRICA | SOUTH_AFRICAN+ | PRETORIA; TSHWANE; CAPE_TOWN; BLOEMFONTEIN | JOHANNESBURG; DURBAN; SOWETO
ZMB | NORTHERN_RHODESIA | ZAMBIAN+ | LUSAKA | NDOLA; KITWE
ZWE | RHODESIA; SOUTHERN_RHODESIA | ZIMBABWEAN+; RHODESIAN+ | HARARE | BULAWAYO
KOS | KOSOVA; REPUBLIC_OF_KOSOVO | KOSOVAR+; KOSOVAN+; KOSOVO_ALBANIAN+ | PRISTINA; PRISHTINA | MITROVICA; PRIZREN
"""

# Seats of government, legislatures, militaries and security services
# named by metonym or acronym: CODE | phrases (each line one entry).
# A code of --- names no actor: those lines stop a shorter name from
# matching inside a longer one that is no actor of its own (SECURITY_COUNCIL,
# the UN body, inside NATIONAL_SECURITY_COUNCIL; CHINA inside
# SOUTH_CHINA_SEA; JERSEY inside NEW_JERSEY, a US state; GULF inside
# GULF_OF_OMAN), and mark seas named like a region as places (BLACK_SEA,
# EASTERN_MEDITERRANEAN); the region's states are BLACK_SEA_STATES [BLK].
INSTITUTION_TABLE = """
RUSGOV | KREMLIN
RUSLEG | STATE_DUMA; DUMA; FEDERATION_COUNCIL
RUSSPY | FSB; FEDERAL_SECURITY_SERVICE; GRU; KGB; SVR
RUSMIL | RED_ARMY
USAGOV | WHITE_HOUSE; OVAL_OFFICE; STATE_DEPARTMENT; FOGGY_BOTTOM
USAMIL | PENTAGON
USALEG | CAPITOL_HILL; U.S._CONGRESS; US_CONGRESS; U.S._SENATE; US_SENATE
USASPY | CIA; CENTRAL_INTELLIGENCE_AGENCY; NSA; NATIONAL_SECURITY_AGENCY
USACOP | FBI; FEDERAL_BUREAU_OF_INVESTIGATION
USAJUD | U.S._SUPREME_COURT; US_SUPREME_COURT
USAJUD | JUSTICE_DEPARTMENT; DEPARTMENT_OF_JUSTICE; U.S._JUSTICE_DEPARTMENT; US_JUSTICE_DEPARTMENT
USAGOV | TREASURY_DEPARTMENT; U.S._TREASURY; US_TREASURY; DEPARTMENT_OF_HOMELAND_SECURITY
USAMIL | JOINT_CHIEFS_OF_STAFF; CENTCOM; U.S._CENTRAL_COMMAND; US_CENTRAL_COMMAND
USAMIL | SOUTHCOM; U.S._SOUTHERN_COMMAND; US_SOUTHERN_COMMAND; INDOPACOM; AFRICOM
GBRGOV | DOWNING_STREET; WHITEHALL
GBRLEG | HOUSE_OF_COMMONS; HOUSE_OF_LORDS; WESTMINSTER
GBRSPY | MI6; MI5; GCHQ
GBRCOP | SCOTLAND_YARD
GBRGOV | FOREIGN_COMMONWEALTH_AND_DEVELOPMENT_OFFICE; FCDO
FRAGOV | ELYSEE; ELYSEE_PALACE; QUAI_D'ORSAY; MATIGNON
FRASPY | DGSE
DEULEG | BUNDESTAG; BUNDESRAT
DEUMIL | BUNDESWEHR
CHNGOV | ZHONGNANHAI
CHNMIL | PEOPLES_LIBERATION_ARMY; PEOPLE LIBERATION_ARMY; PLA
CHNLEG | NATIONAL_PEOPLE CONGRESS; NATIONAL_PEOPLES_CONGRESS
CHNMIL | CHINA_COAST_GUARD; CHINESE_COAST_GUARD
CHNSPY | MINISTRY_OF_STATE_SECURITY
PHLMIL | PHILIPPINE_COAST_GUARD
PRKMIL | KOREAN_PEOPLE ARMY; KOREAN_PEOPLES_ARMY; KPA
JPNMIL | SELF-DEFENSE_FORCES; SELF-DEFENCE_FORCES; JAPAN_SELF-DEFENSE_FORCES; JSDF
IRNGOV | GUARDIAN_COUNCIL; ASSEMBLY_OF_EXPERTS
TURLEG | GRAND_NATIONAL_ASSEMBLY
PAKMIL | ISPR; INTER-SERVICES_PUBLIC_RELATIONS
INDSPY | RESEARCH_AND_ANALYSIS_WING
UKRSPY | SBU; SECURITY_SERVICE_OF_UKRAINE
VENMIL | FANB; BOLIVARIAN_NATIONAL_ARMED_FORCES
VENSPY | SEBIN
VENUAF | COLECTIVOS
ISRLEG | KNESSET
ISRMIL | IDF; ISRAEL_DEFENSE_FORCES; ISRAELI_DEFENSE_FORCES; ISRAEL_DEFENCE_FORCES
ISRSPY | MOSSAD; SHIN_BET; SHABAK
VENGOV | MIRAFLORES; MIRAFLORES_PALACE
ARGGOV | CASA_ROSADA
BRAGOV | PLANALTO; PLANALTO_PALACE; ITAMARATY
MEXGOV | LOS_PINOS
KORGOV | BLUE_HOUSE; CHEONG_WA_DAE
JPNGOV | KANTEI
MMRMIL | TATMADAW
PAKSPY | INTER-SERVICES_INTELLIGENCE; INTER_SERVICES_INTELLIGENCE; ISI
INDLEG | LOK_SABHA; RAJYA_SABHA
UKRLEG | VERKHOVNA_RADA
POLLEG | SEJM
SWELEG | RIKSDAG
NORLEG | STORTING
DNKLEG | FOLKETING
IRNGOV | SUPREME_NATIONAL_SECURITY_COUNCIL
--- | NATIONAL_SECURITY_COUNCIL; STATE_SECURITY_COUNCIL
--- | SOUTH_CHINA_SEA; EAST_CHINA_SEA; SEA_OF_JAPAN; INDIAN_OCEAN; TAIWAN_STRAIT
--- | KOREAN_PENINSULA; GULF_OF_ADEN; GULF_OF_MEXICO; IRISH_SEA; NEW_GUINEA
--- | BLACK_SEA; MEDITERRANEAN_SEA; EASTERN_MEDITERRANEAN; CARIBBEAN_SEA
--- | GULF_OF_OMAN; GULF_OF_THAILAND; GULF_OF_FINLAND; GULF_OF_AQABA; GULF_OF_SUEZ
--- | GULF_COAST; GULF_WAR; GULF_STREAM
--- | NIGER_RIVER; CONGO_RIVER; CONGO_BASIN; JORDAN_RIVER; JORDAN_VALLEY
USA | NEW_MEXICO; NEW_JERSEY
PSEGOV | PALESTINIAN_AUTHORITY; PALESTINIAN_NATIONAL_AUTHORITY
"""

# World regions (CAMEO region codes): code -> phrases.
REGIONS = [
    ("LAM", "Latin America", "LATIN_AMERICA LATIN_AMERICAN LATIN_AMERICANS "
            "CENTRAL_AMERICA CENTRAL_AMERICAN CENTRAL_AMERICANS"),
    ("SAM", "South America", "SOUTH_AMERICA SOUTH_AMERICAN SOUTH_AMERICANS"),
    ("NMR", "North America", "NORTH_AMERICA NORTH_AMERICAN NORTH_AMERICANS"),
    ("AME", "the Americas", "AMERICAS WESTERN_HEMISPHERE"),
    ("CAR", "Caribbean", "CARIBBEAN CARIBBEAN_NATIONS CARIBBEAN_STATES "
            "CARIBBEAN_COUNTRIES WEST_INDIES WEST_INDIAN"),
    ("MEA", "Middle East", "MIDDLE_EAST MIDDLE_EASTERN MIDEAST MID-EAST "
            "NEAR_EAST ARAB_WORLD ARAB_STATES ARAB_COUNTRIES ARAB_NATIONS "
            "ARAB_GOVERNMENTS LEVANT MENA"),
    ("PGS", "Persian Gulf", "PERSIAN_GULF ARABIAN_GULF GULF GULF_STATES "
            "PERSIAN_GULF_STATES ARABIAN_GULF_STATES "
            "GULF_ARAB_STATES GULF_COUNTRIES GULF_MONARCHIES GULF_REGION "
            "GULF_NATIONS GULF_ARABS"),
    ("NAF", "North Africa", "NORTH_AFRICA NORTH_AFRICAN NORTH_AFRICANS "
            "MAGHREB MAGHRIB"),
    ("AFR", "Africa", "AFRICA AFRICAN AFRICANS SUB-SAHARAN_AFRICA "
            "SUB-SAHARAN SUBSAHARAN_AFRICA BLACK_AFRICA AFRICAN_NATIONS "
            "AFRICAN_COUNTRIES AFRICAN_STATES AFRICAN_GOVERNMENTS SAHEL "),
    ("WAF", "West Africa", "WEST_AFRICA WEST_AFRICAN WEST_AFRICANS "
            "THE_WEST_AFRICA THE_WEST_AFRICAN GULF_OF_GUINEA"),
    ("EAF", "East Africa", "EAST_AFRICA EAST_AFRICAN EAST_AFRICANS "
            "HORN_OF_AFRICA "),
    ("CFR", "Central Africa", "CENTRAL_AFRICA"),
    ("SAF", "Southern Africa", "SOUTHERN_AFRICA SOUTHERN_AFRICAN"),
    ("EUR", "Europe", "EUROPE EUROPEAN EUROPEANS EUROPEAN_COUNTRIES "
            "EUROPEAN_NATIONS EUROPEAN_GOVERNMENTS EUROPEAN_CAPITALS "
            "EUROPEAN_POWERS CONTINENTAL_EUROPE"),
    ("WEU", "Western Europe", "WESTERN_EUROPE WESTERN_EUROPEAN WESTERN_EUROPEANS"),
    ("EEU", "Eastern Europe", "EASTERN_EUROPE EASTERN_EUROPEAN EASTERN_EUROPEANS "
            "EASTERN_BLOC"),
    ("CEU", "Central Europe", "CENTRAL_EUROPE CENTRAL_EUROPEAN "
            "CENTRAL_AND_EASTERN_EUROPE"),
    ("NEU", "Northern Europe", "NORTHERN_EUROPE NORTHERN_EUROPEAN BALTIC_STATES "
            "BALTICS BALTIC_NATIONS BALTIC_COUNTRIES"),
    ("SEU", "Southern Europe", "SOUTHERN_EUROPE SOUTHERN_EUROPEAN"),
    ("SCN", "Scandinavia", "SCANDINAVIA SCANDINAVIAN SCANDINAVIANS NORDIC_COUNTRIES "
            "NORDIC_NATIONS NORDIC_STATES NORDICS"),
    ("BAL", "Balkans", "BALKANS BALKAN BALKAN_STATES BALKAN_COUNTRIES "
            "WESTERN_BALKANS"),
    ("MDT", "Mediterranean", "MEDITERRANEAN MEDITERRANEAN_COUNTRIES MEDITERRANEAN_STATES "
            "MEDITERRANEAN_NATIONS"),
    ("BLK", "Black Sea", "BLACK_SEA_STATES BLACK_SEA_COUNTRIES BLACK_SEA_NATIONS"),
    ("CAU", "Caucasus", "CAUCASUS SOUTH_CAUCASUS NORTH_CAUCASUS "
            "CAUCASIAN_REPUBLICS TRANSCAUCASIA"),
    ("CAS", "Central Asia", "CENTRAL_ASIA CENTRAL_ASIAN CENTRAL_ASIANS"),
    ("SAS", "South Asia", "SOUTH_ASIA SOUTH_ASIAN SOUTH_ASIANS INDIAN_SUBCONTINENT "
            "SUBCONTINENT"),
    ("SEA", "Southeast Asia", "SOUTHEAST_ASIA SOUTH-EAST_ASIA SOUTH_EAST_ASIA "
            "SOUTHEAST_ASIAN SOUTH-EAST_ASIAN SOUTHEAST_ASIANS INDOCHINA"),
    ("ASA", "Asia", "ASIA ASIAN ASIANS ASIA-PACIFIC ASIA_PACIFIC ASIAN_COUNTRIES "
            "ASIAN_NATIONS EAST_ASIA EAST_ASIAN NORTHEAST_ASIA NORTHEAST_ASIAN "
            "FAR_EAST INDO-PACIFIC"),
    ("OCE", "Oceania", "OCEANIA PACIFIC_ISLANDS PACIFIC_ISLAND_NATIONS "
            "PACIFIC_ISLAND_STATES SOUTH_PACIFIC MELANESIA POLYNESIA"),
    ("WST", "the West", "THE_WEST WESTERN_POWERS WESTERN_NATIONS WESTERN_COUNTRIES "
            "WESTERN_GOVERNMENTS WESTERN_ALLIES WESTERN_STATES WESTERN_CAPITALS"),
]

# Peoples and regions named for one state's part: their people and groups
# are that state's ("Baloch separatists" are PAKSEP, "Tigrayan forces"
# ETHMIL).  Code, then names.
PEOPLES = [
    ("PAK", "BALOCH BALOCHI BALUCH"),
    ("ETH", "TIGRAYAN TIGRAYANS"),
    ("ETH", "OROMO"),
    ("RUS", "CHECHEN CHECHENS"),
    ("CHN", "TIBETAN TIBETANS"),
    ("CHN", "UYGHUR UYGHURS UIGHUR UIGHURS"),
    ("MMR", "ROHINGYA"),
    ("SDN", "DARFURI DARFURIS DARFUR WEST_DARFUR THE_WEST_DARFUR NORTH_DARFUR "
            "SOUTH_DARFUR CENTRAL_DARFUR EAST_DARFUR"),
    ("ESP", "CATALAN CATALANS"),
    ("ESP", "BASQUE"),
    ("FRA", "CORSICAN"),
]

NAME_RE = re.compile(r"^[A-Z0-9][A-Z0-9_.'/\- ]*$")
CODE_RE = re.compile(r"^(?:---|[A-Z]{3}[A-Z0-9]*)$")


def phrase(text):
    """An ISO or table name as a dictionary phrase: ASCII, upper case,
    words joined by '_'.  A possessive 's ("People's Republic") becomes a
    gap (a space), because the tokenizer makes 's a token of its own and
    the dictionary must not spell it."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.upper().replace("&", "AND").replace(",", "")
    s = re.sub(r"\s*\([^)]*\)", "", s).strip()
    if s.startswith("THE "):
        s = s[4:]
    parts = [p.strip().replace(" ", "_") for p in re.split(r"'S\b", s)]
    return " ".join(p.strip("_") for p in parts if p.strip("_"))


def split_items(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def parse_table():
    rows = {}
    for lineno, line in enumerate(COUNTRY_TABLE.strip("\n").split("\n"), 1):
        f = [x.strip() for x in line.split("|")]
        if len(f) != 5 or not re.fullmatch(r"[A-Z]{3}", f[0]):
            sys.exit("gen_countries: table line %d malformed: %s" % (lineno, line))
        if f[0] in rows:
            sys.exit("gen_countries: table lists %s twice" % f[0])
        adjs = []
        for a in split_items(f[2]):
            if a.endswith("+"):
                adjs += [a[:-1], a[:-1] + "S"]
            else:
                adjs.append(a)
        rows[f[0]] = {"names": split_items(f[1]), "adjs": adjs,
                      "capitals": split_items(f[3]), "cities": split_items(f[4])}
    return rows


class Dictionary:
    """The output being built: entries in order, and the phrase -> code map
    that enforces uniqueness."""

    def __init__(self):
        self.lines = []
        self.owner = {}
        self.errors = []
        self.entries = 0
        self.names = 0

    def entry(self, main, code, synonyms, comment=None):
        kept = [p for p in [main] + synonyms if self.claim(p, code)]
        if not kept:
            return
        if comment:
            self.lines.append("# " + comment)
        self.lines.append("%s [%s]" % (kept[0], code))
        self.lines += ["+" + p for p in kept[1:]]
        self.entries += 1
        self.names += len(kept)

    def claim(self, p, code):
        if not NAME_RE.match(p):
            self.errors.append("bad phrase %r for %s" % (p, code))
            return False
        key = normal_key(p)
        if key in self.owner:
            if self.owner[key] != code:
                self.errors.append("%s maps to both %s and %s" % (p, self.owner[key], code))
            return False
        self.owner[key] = code
        return True


def normal_key(p):
    """Phrases made of the same words compare equal: a gap phrase
    (PEOPLE LIBERATION_ARMY) already covers its adjacent form."""
    return " ".join(re.split(r"[_ ]+", p.strip().rstrip("_")))


def iso_countries():
    try:
        with open(ISO_JSON, encoding="utf-8") as f:
            return json.load(f)["3166-1"]
    except (OSError, ValueError, KeyError) as e:
        sys.exit("gen_countries: cannot read %s (Debian package iso-codes): %s"
                 % (ISO_JSON, e))


def usable(name):
    # "Korea, Republic of", "Taiwan, Province of China": inverted names are
    # replaced by the common name or the table's names.
    return name and "," not in name


def build():
    rows = parse_table()
    out = Dictionary()
    countries = iso_countries()
    codes = {c["alpha_3"] for c in countries} | set(EXTRA_STATES)
    for code in rows:
        if code not in codes:
            sys.exit("gen_countries: table code %s is not ISO 3166-1" % code)
    out.lines.append("# ---- countries and territories (ISO 3166-1 alpha-3) ----")
    ncountries = 0
    all_c = sorted(countries, key=lambda c: c["alpha_3"])
    all_c += [{"alpha_3": k, "name": v} for k, v in EXTRA_STATES.items()]
    for c in all_c:
        code = c["alpha_3"]
        row = rows.get(code, {"names": [], "adjs": [], "capitals": [], "cities": []})
        names = [c.get("common_name"), c.get("name"), c.get("official_name")]
        isos = [phrase(n) for n in names if usable(n)]
        isos = [n for n in isos if (code, n) not in ISO_DROP]
        head = [MAIN_NAME[code]] if code in MAIN_NAME else []
        syn = head + isos + row["names"] + row["adjs"] + row["capitals"] + row["cities"]
        label = c.get("official_name") or c.get("name")
        before = out.entries
        out.entry(syn[0], code, syn[1:], comment=ascii_label(label))
        ncountries += out.entries > before
    out.lines.append("")
    out.lines.append("# ---- seats of government, legislatures, forces, services ----")
    for line in INSTITUTION_TABLE.strip().split("\n"):
        code, names = [x.strip() for x in line.split("|")]
        names = split_items(names)
        out.entry(names[0], code, names[1:])
    out.lines.append("")
    out.lines.append("# ---- world regions (CAMEO region codes) ----")
    for code, label, words in REGIONS:
        w = words.split()
        out.entry(w[0], code, w[1:], comment=label)
    out.lines.append("# Peoples and regions named for one state's part: their people and groups")
    out.lines.append("# are that state's (\"Baloch separatists\" are PAKSEP, \"Tigrayan forces\" ETHMIL)")
    for code, words in PEOPLES:
        w = words.split()
        out.entry(w[0], code, w[1:])
    return out, ncountries


def ascii_label(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


HEADER = """\
# dyad.countries.actors.txt -- dyad's actor dictionary for countries,
# territories, seats of government and world regions.
# GENERATED by tools/gen_countries.py from Debian's iso-codes (ISO 3166-1)
# and the hand-written tables in that script: edit the script, not this file.
#
# Format (PETRARCH actors): "NAME [CODE]" starts an entry, "+SYNONYM" lines
# add names for it.  Words joined by '_' must be adjacent in the text; a
# space allows other words between them (used only where the text has a
# possessive 's, as in PEOPLE REPUBLIC_OF_CHINA).
# Codes: countries and territories use their ISO 3166-1 alpha-3 code, which
# is the CAMEO state code (KOS for Kosovo, as in CAMEO).  A country's entry
# holds its short, official and other names, adjectives and demonyms, its
# capital and main cities (as metonyms: "Tehran said ...").  Seats of
# government and state bodies carry the country plus a CAMEO role (RUSGOV,
# USAMIL, ISRSPY, GBRLEG ...).  Regions use CAMEO region codes (LAM, MEA,
# AFR, EUR, ASA, WST, PGS, ...).  Every name maps to exactly one code in
# all of dyad's actor dictionaries.
"""


def write(out, path):
    with open(path, "w", encoding="ascii") as f:
        f.write(HEADER + "\n")
        f.write("\n".join(out.lines) + "\n")


# ------------------------------------------------------------------ check

def check_files(paths):
    """Syntax and uniqueness check over actor files; prints counts."""
    owner, errors = {}, []
    stats = {}
    for path in paths:
        n_entries = n_names = 0
        pending = None          # (where, name) of an entry still without codes
        with open(path, encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.split("#", 1)[0].rstrip()
                if not line.strip() or line.lstrip().startswith("<!--"):
                    continue
                where = "%s:%d" % (path, lineno)
                if line[0].isspace():
                    if n_entries == 0 or not line.lstrip().startswith("["):
                        errors.append("%s: stray indented line" % where)
                    pending = None
                    continue
                if pending and not line.startswith("+"):
                    errors.append("%s: entry %s has no [code]" % pending)
                    pending = None
                if line.startswith("+"):
                    if n_entries == 0:
                        errors.append("%s: synonym before any entry" % where)
                        continue
                    name = line[1:].strip()
                else:
                    m = re.fullmatch(r"([^\[]+?)\s*((?:\[[^\]]+\]\s*)*)", line)
                    if not m:
                        errors.append("%s: malformed entry" % where)
                        continue
                    codes = re.findall(r"\[([^\]]+)\]", m.group(2))
                    for c in codes:
                        if not CODE_RE.match(c.split()[0]):
                            errors.append("%s: odd code [%s]" % (where, c))
                    name = m.group(1)
                    if not codes:
                        pending = (where, name)
                    n_entries += 1
                if not NAME_RE.match(name) or "'S_" in name or name.endswith("'S"):
                    errors.append("%s: bad name %r" % (where, name))
                key = normal_key(name)
                if key in owner:
                    errors.append("%s: %s already at %s" % (where, name, owner[key]))
                else:
                    owner[key] = where
                n_names += 1
        if pending:
            errors.append("%s: entry %s has no [code]" % pending)
        stats[path] = (n_entries, n_names)
    for path, (e, n) in stats.items():
        print("%s: %d entries, %d names" % (path, e, n))
    print("total: %d names" % sum(n for _, n in stats.values()))
    for e in errors:
        print("error:", e, file=sys.stderr)
    return 1 if errors else 0


def main(argv):
    if argv[1:2] == ["--check"]:
        return check_files(argv[2:])
    path = "dict/dyad.countries.actors.txt"
    if argv[1:2] == ["-o"] and len(argv) > 2:
        path = argv[2]
    out, ncountries = build()
    for e in out.errors:
        print("error:", e, file=sys.stderr)
    if out.errors:
        return 1
    write(out, path)
    print("%s: %d countries/territories, %d entries, %d names"
          % (path, ncountries, out.entries, out.names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
