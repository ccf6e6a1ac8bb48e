/**
 * Hand-compiled gazetteers (written for this project, not taken from any
 * dataset): countries, their aliases and acronyms, regions, major cities,
 * demonyms, political and religious groups, organisation words, person
 * titles and common given names. Used as model features and by the rules.
 */

const split = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** Countries and territories (canonical names). */
export const COUNTRIES = split(`Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|Bosnia and Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|
Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|
Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|
Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|
Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|
Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|
Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|North Macedonia|Macedonia|
Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|
Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|
Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tobago|Tunisia|Turkey|
Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|
United States|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|
Czechoslovakia|Zaire|Hong Kong|Macau|Puerto Rico|Greenland|Gaza|West Bank|Crimea|Chechnya|Tibet|Kashmir|Kurdistan|Scotland`);

/** Aliases and acronyms → canonical country/organisation name. */
export const ALIASES: Record<string, string> = {
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  'United States of America': 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  DPRK: 'North Korea',
  "Democratic People's Republic of Korea": 'North Korea',
  ROK: 'South Korea',
  'Republic of Korea': 'South Korea',
  PRC: 'China',
  "People's Republic of China": 'China',
  UAE: 'United Arab Emirates',
  'Russian Federation': 'Russia',
  Holland: 'Netherlands',
  Burma: 'Myanmar',
  Czechia: 'Czech Republic',
  USSR: 'Soviet Union',
  UN: 'United Nations',
  'U.N.': 'United Nations',
  EU: 'European Union',
  'E.U.': 'European Union',
  NATO: 'North Atlantic Treaty Organization',
  IMF: 'International Monetary Fund',
  WHO: 'World Health Organization',
  FBI: 'Federal Bureau of Investigation',
  CIA: 'Central Intelligence Agency',
  NSC: 'National Security Council',
  OPEC: 'Organization of the Petroleum Exporting Countries',
};

/** Regions, continents, seas and other geographic features. */
export const REGIONS = split(`Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Arctic|Oceania|
Middle East|Near East|Far East|Balkans|Caucasus|Scandinavia|Baltic|Baltics|Mediterranean|Caribbean|Pacific|Atlantic|Indian Ocean|
Gulf|Persian Gulf|Black Sea|Red Sea|Baltic Sea|North Sea|South China Sea|Sahara|Siberia|Himalayas|Alps|Andes|Amazon|Nile|Danube|
Rhine|Thames|Mississippi|Yangtze|Korean Peninsula|Sinai|Golan Heights|Donbas|Donbass|Kurdistan|Patagonia|Silicon Valley|Wall Street|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|
Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|
Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Bavaria|Catalonia|
Flanders|Wallonia|Lombardy|Tuscany|Sicily|Sardinia|Corsica|Brittany|Normandy|Provence|Andalusia|Basque|Punjab|Bengal|Kerala|
Xinjiang|Guangdong|Sichuan|Queensland|Victoria|Tasmania|Yorkshire|Lancashire|Kent|Essex|Surrey|Sussex|Ulster|Transylvania|
Kurdistan|Darfur|Kivu|Kashmir|Mindanao|Java|Sumatra|Bali|Borneo|Luzon|Hokkaido|Okinawa|Kyushu`);

/** Major cities (capitals and other frequently reported places). */
export const CITIES = split(`London|Paris|Berlin|Madrid|Rome|Moscow|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Mariupol|Bakhmut|Lviv|Warsaw|Prague|
Vienna|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Sarajevo|Athens|Ankara|Istanbul|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|
Tel Aviv|Cairo|Riyadh|Jeddah|Mecca|Doha|Dubai|Abu Dhabi|Kabul|Islamabad|Karachi|Lahore|New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|
Chennai|Bangalore|Dhaka|Colombo|Kathmandu|Beijing|Peking|Shanghai|Hong Kong|Shenzhen|Guangzhou|Wuhan|Taipei|Tokyo|Osaka|Kyoto|
Seoul|Pyongyang|Bangkok|Hanoi|Ho Chi Minh City|Saigon|Manila|Jakarta|Kuala Lumpur|Singapore|Sydney|Melbourne|Canberra|Auckland|
Wellington|Washington|New York|Los Angeles|Chicago|Houston|Boston|Philadelphia|San Francisco|Seattle|Miami|Atlanta|Dallas|Detroit|
Denver|Phoenix|Las Vegas|New Orleans|Baltimore|Cleveland|Pittsburgh|Minneapolis|St. Louis|Toronto|Montreal|Vancouver|Ottawa|
Mexico City|Havana|Bogota|Caracas|Lima|Santiago|Buenos Aires|Montevideo|Sao Paulo|Rio de Janeiro|Brasilia|Quito|La Paz|
Johannesburg|Pretoria|Cape Town|Nairobi|Lagos|Abuja|Accra|Addis Ababa|Khartoum|Kinshasa|Dakar|Algiers|Tunis|Tripoli|Rabat|Casablanca|
Harare|Luanda|Kampala|Kigali|Mogadishu|Dublin|Belfast|Edinburgh|Glasgow|Cardiff|Manchester|Liverpool|Birmingham|Leeds|Bristol|
Brussels|Amsterdam|Rotterdam|The Hague|Luxembourg|Geneva|Zurich|Bern|Lisbon|Porto|Barcelona|Valencia|Seville|Milan|Naples|Turin|
Florence|Venice|Munich|Frankfurt|Hamburg|Cologne|Bonn|Stuttgart|Dresden|Leipzig|Stockholm|Oslo|Copenhagen|Helsinki|Reykjavik|
Tallinn|Riga|Vilnius|Minsk|Chisinau|Tbilisi|Yerevan|Baku|Astana|Almaty|Tashkent|St. Petersburg|Saint Petersburg|Vladivostok|
Novosibirsk|Donetsk|Luhansk|Sevastopol|Kherson|Zaporizhzhia|Grozny|Gaza City|Ramallah|Hebron|Aleppo|Homs|Mosul|Basra|Kandahar|
Lyon|Marseille|Nice|Toulouse|Bordeaux|Strasbourg|Lille|Nantes|Antwerp|Gothenburg|Bergen|Krakow|Gdansk|Kolkata|Hyderabad|Ahmedabad|
Pune|Jaipur|Chittagong|Yangon|Rangoon|Phnom Penh|Vientiane|Ulaanbaatar|Lhasa|Macau|Hiroshima|Nagasaki|Fukushima|Busan|Incheon`);

/** Nationalities / demonyms (GROUP when not part of a name). */
export const DEMONYMS = split(`Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|
Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|
Chilean|Chinese|Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|Danish|Dane|Dutch|Ecuadorian|Egyptian|Emirati|English|Eritrean|
Estonian|Ethiopian|European|Filipino|Finnish|Finn|French|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|
Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|
Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Macedonian|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|
Montenegrin|Moroccan|Mozambican|Namibian|Nepali|Nepalese|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|
Paraguayan|Peruvian|Polish|Pole|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Scot|Senegalese|Serbian|Serb|Singaporean|
Slovak|Slovenian|Slovene|Somali|Spanish|Spaniard|Sri Lankan|Sudanese|Swedish|Swede|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|
Tunisian|Turkish|Turk|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|Soviet|
Yugoslav|Arab|Arabian|Asian|African|Latin|Latino|Hispanic|Western|Kurdish|Kurd|Pashtun|Tamil|Sikh|Basque|Catalan|Flemish|Walloon|
Bavarian|Chechen|Tibetan|Uighur|Uyghur|Rohingya|Hutu|Tutsi|Berber|Bedouin|Persian|Scandinavian|Nordic|Balkan|Caucasian|Slav|Slavic|
Australasian|Caribbean|Pacific|Atlantic|Mediterranean|Baltic|Texan|Californian|Parisian|Londoner|New Yorker|Muscovite|Northern|Southern`);

/** Political, religious and ethnic groups (GROUP). */
export const GROUPS = split(`Democrat|Democrats|Republican|Republicans|Conservative|Conservatives|Tory|Tories|Labour|Liberal|Liberals|
Socialist|Socialists|Communist|Communists|Green|Greens|Christian|Christians|Catholic|Catholics|Protestant|Protestants|Orthodox|
Muslim|Muslims|Moslem|Moslems|Islamic|Islamist|Islamists|Jew|Jews|Jewish|Hindu|Hindus|Buddhist|Buddhists|Sunni|Sunnis|Shia|Shiite|
Shiites|Shi'ite|Evangelical|Evangelicals|Mormon|Mormons|Anglican|Anglicans|Baptist|Baptists|Lutheran|Methodist|Zionist|Zionists|
Marxist|Maoist|Maoists|Nazi|Nazis|Fascist|Fascists|Bolshevik|Bolsheviks|Gaullist|Gaullists|Kurds|Arabs|Palestinians|Israelis|
Americans|Russians|Ukrainians|Chinese|Europeans|Africans|Asians|Serbs|Croats|Muslims|Sikhs|Tamils|Uighurs|Uyghurs|Hispanics|Latinos`);

/** Words that end or head organisation names. */
export const ORG_WORDS = split(`Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|LLC|PLC|Plc|AG|SA|NV|GmbH|Group|Holdings|Bank|
Bancorp|Trust|Fund|Capital|Partners|Associates|Airlines|Airways|Motors|Industries|Systems|Technologies|Communications|Energy|Oil|
Petroleum|Pharmaceuticals|Insurance|Securities|Investments|Ministry|Department|Agency|Office|Council|Committee|Commission|Assembly|
Parliament|Congress|Senate|Court|Tribunal|Army|Navy|Force|Forces|Police|Guard|Party|Front|Movement|Union|League|Federation|
Association|Organisation|Organization|Institute|University|College|School|Academy|Foundation|Society|Club|FC|United|City|Rovers|Athletic|
Wanderers|Times|Post|News|Journal|Herald|Tribune|Telegraph|Guardian|Press|Reuters|Television|Radio|Broadcasting|Network|Exchange|
Board|Authority|Service|Services|Bureau|Centre|Center|Hospital|Church|Mission|Cabinet|Government|Administration|Reserve|Treasury`);

/** Titles and roles that precede person names. */
export const TITLES = split(`Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|President|Prime|Minister|Premier|Chancellor|Secretary|Senator|Sen.|
Rep.|Representative|Governor|Gov.|Mayor|King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|General|Gen.|Colonel|Col.|Captain|Capt.|
Lieutenant|Sergeant|Admiral|Judge|Justice|Chairman|Chairwoman|Chief|Director|Ambassador|Bishop|Cardinal|Rabbi|Imam|Father|Sir|Dame|
Lord|Lady|spokesman|spokeswoman|spokesperson|leader|coach|striker|midfielder|defender|goalkeeper|manager|minister|president|said|told`);

/** Common given names (a hand-written list across languages). */
export const FIRST_NAMES = split(`John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|
Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|
Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Frank|Alexander|Raymond|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|
Jose|Adam|Henry|Nathan|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|Harold|Keith|Christian|Roger|Noah|Gerald|Carl|Terry|Sean|
Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert|Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|
Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|
Lisa|Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|
Laura|Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|Rachel|
Catherine|Carolyn|Janet|Ruth|Maria|Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|Lauren|Joan|Evelyn|Judith|
Megan|Cheryl|Andrea|Hannah|Martha|Jacqueline|Frances|Gloria|Ann|Teresa|Kathryn|Sara|Janice|Jean|Alice|Madison|Doris|Abigail|Julia|
Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia|Marie|Diana|Brittany|Natalie|Isabella|Charlotte|Rose|Alexis|Kayla|
Hillary|Bill|Barack|Joe|Kamala|Nancy|Mitch|Boris|Tony|Gordon|Theresa|Rishi|Keir|Angela|Olaf|Emmanuel|Francois|Jacques|Nicolas|
Vladimir|Dmitry|Dmitri|Sergei|Sergey|Alexei|Alexey|Mikhail|Boris|Yuri|Ivan|Igor|Oleg|Andrei|Andriy|Volodymyr|Viktor|Petro|Olena|
Xi|Li|Wang|Zhang|Kim|Park|Lee|Moon|Yoon|Shinzo|Fumio|Narendra|Rahul|Imran|Nawaz|Benjamin|Yair|Ehud|Ariel|Yitzhak|Shimon|Yasser|
Mahmoud|Ali|Mohammed|Mohammad|Muhammad|Ahmed|Ahmad|Hassan|Hussein|Omar|Abdullah|Khalid|Recep|Bashar|Hosni|Nelson|Jacob|Cyril|
Thabo|Robert|Jair|Luiz|Hugo|Nicolas|Fidel|Raul|Carlos|Luis|Jorge|Pedro|Miguel|Javier|Manuel|Antonio|Francisco|Diego|Alejandro|
Pablo|Fernando|Ricardo|Roberto|Marco|Giuseppe|Giovanni|Matteo|Silvio|Mario|Sergio|Hans|Helmut|Gerhard|Wolfgang|Jurgen|Klaus|
Dieter|Stefan|Michel|Pierre|Jean|Alain|Philippe|Marine|Lionel|Cristiano|Zinedine|Franz|Karl|Lars|Anders|Jens|Erik|Sven|Jan|Piotr|
Lech|Vaclav|Viktor|Alexis|Andreas|Nikos|Kostas|Ahmet|Mehmet|Mustafa|Yusuf|Ibrahim|Ismail|Osama|Ayman|Abu|Hamid|Ashraf|Salman|Elon|
Jeff|Warren|Tim|Sundar|Satya|Mark|Sheryl|Rupert|Oprah|Taylor|Beyonce|Serena|Venus|Roger|Rafael|Novak|Andy|Pete|Tiger|Lionel|
Wayne|Alan|Ian|Graham|Neil|Nigel|Colin|Clive|Martin|Simon|Stuart|Trevor|Derek|Gavin|Darren|Craig|Hugh|Rory|Liam|Declan|Sinead`);

/** Lowercased set of a list, for fast membership tests. */
export function lowerSet(...lists: string[][]): Set<string> {
  const s = new Set<string>();
  for (const l of lists) for (const x of l) s.add(x.toLowerCase());
  return s;
}

/** Well-known organisations: news media, international bodies, companies, parties. */
export const ORGANISATIONS =
  split(`Reuters|Bloomberg|Associated Press|AP|AFP|Agence France-Presse|Xinhua|Tass|TASS|Interfax|RIA Novosti|Kyodo|
Yonhap|KCNA|Al Jazeera|BBC|CNN|NBC|CBS|ABC|Fox News|MSNBC|NPR|PBS|Sky News|The New York Times|New York Times|Washington Post|
Wall Street Journal|Financial Times|The Economist|Guardian|Politico|Axios|Der Spiegel|Le Monde|United Nations|UN|U.N.|
European Union|EU|NATO|Nato|World Bank|International Monetary Fund|IMF|World Health Organization|WHO|World Trade Organization|
WTO|OPEC|Opec|African Union|Arab League|ASEAN|G7|G20|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|
Interpol|Europol|FIFA|UEFA|IOC|International Olympic Committee|Security Council|Kremlin|Pentagon|White House|Congress|Senate|
Bundestag|Knesset|Duma|State Department|Justice Department|Defense Department|Treasury|Federal Reserve|Fed|
European Commission|European Central Bank|ECB|Bank of England|Bank of Japan|FBI|CIA|NSA|NASA|Hamas|Hezbollah|Taliban|
Islamic State|ISIS|al Qaeda|al-Qaeda|Wagner|Google|Alphabet|Apple|Microsoft|Amazon|Meta|Facebook|Twitter|Tesla|OpenAI|
Samsung|Sony|Toyota|Volkswagen|General Motors|Ford|Boeing|Airbus|Exxon|ExxonMobil|Chevron|Shell|BP|Gazprom|Rosneft|Huawei|
Alibaba|Tencent|IBM|Intel|Nvidia|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|UBS|
Credit Suisse|Nestle|Siemens|BMW|Daimler|Fiat|Renault|Peugeot|Nissan|Honda|Hyundai|Walmart|Disney|Netflix|Uber|
Democratic Party|Republican Party|Labour Party|Conservative Party|Communist Party|Liberal Democrats|Bharatiya Janata Party|
African National Congress|Likud|Fatah|Sinn Fein|Manchester United|Real Madrid|Barcelona|Bayern Munich|Juventus|AC Milan|Ajax`);
