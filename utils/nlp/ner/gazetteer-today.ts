/**
 * Today's names, written for this project (public facts, not copied from any
 * dataset): people in the news since about 2015 (heads of state and
 * government, ministers, officials, business leaders), companies and
 * brands, and international bodies. Model features (not overrides) so a
 * tagger trained on 1996 news knows "Pfizer" and "von der Leyen".
 */

const split = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** People in the news, full names as usually written. */
export const PEOPLE = split(`Joe Biden|Kamala Harris|Donald Trump|Mike Pence|Barack Obama|Hillary Clinton|Bill Clinton|George W. Bush|
Nancy Pelosi|Mitch McConnell|Chuck Schumer|Kevin McCarthy|Mike Johnson|Hakeem Jeffries|Bernie Sanders|Elizabeth Warren|Pete Buttigieg|
Antony Blinken|Lloyd Austin|Janet Yellen|Jerome Powell|Merrick Garland|Jake Sullivan|John Kerry|Jen Psaki|Karine Jean-Pierre|
John Kirby|Anthony Fauci|Alejandro Mayorkas|Gina Raimondo|Katherine Tai|Xavier Becerra|Ron DeSantis|Nikki Haley|Vivek Ramaswamy|
Mike Pompeo|Steven Mnuchin|William Barr|Mark Esper|Mark Meadows|Rudy Giuliani|Jared Kushner|Ivanka Trump|Kayleigh McEnany|
Alex Azar|Robert Redfield|Stephen Hahn|Deborah Birx|Andrew Cuomo|Bill de Blasio|Eric Adams|Gavin Newsom|Greg Abbott|Gretchen Whitmer|
Brian Kemp|Raphael Warnock|Jon Ossoff|Kelly Loeffler|David Perdue|Lindsey Graham|Ted Cruz|Marco Rubio|Mitt Romney|Josh Hawley|
Alexandria Ocasio-Cortez|Amy Coney Barrett|John Roberts|Brett Kavanaugh|Neil Gorsuch|Clarence Thomas|Sonia Sotomayor|Elena Kagan|
JD Vance|J.D. Vance|Marco Rubio|Pete Hegseth|Robert F. Kennedy|Tulsi Gabbard|Kash Patel|Scott Bessent|Howard Lutnick|Elon Musk|
Boris Johnson|Rishi Sunak|Liz Truss|Theresa May|Keir Starmer|Jeremy Corbyn|Matt Hancock|Priti Patel|Dominic Raab|Michael Gove|
Sajid Javid|Jeremy Hunt|Rachel Reeves|David Lammy|Nicola Sturgeon|Humza Yousaf|Andrew Bailey|Mark Carney|Michel Barnier|David Frost|
Ursula von der Leyen|Charles Michel|Josep Borrell|Christine Lagarde|Mario Draghi|Giorgia Meloni|Giuseppe Conte|Matteo Salvini|
Angela Merkel|Olaf Scholz|Friedrich Merz|Annalena Baerbock|Jens Spahn|Emmanuel Macron|Jean Castex|Bruno Le Maire|Marine Le Pen|
Pedro Sanchez|Mark Rutte|Viktor Orban|Mateusz Morawiecki|Donald Tusk|Andrzej Duda|Jens Stoltenberg|Mark Rutte|Sebastian Kurz|
Vladimir Putin|Dmitry Peskov|Sergei Lavrov|Mikhail Mishustin|Alexei Navalny|Sergei Shoigu|Yevgeny Prigozhin|Dmitry Medvedev|
Volodymyr Zelenskiy|Volodymyr Zelensky|Dmytro Kuleba|Alexander Lukashenko|Sviatlana Tsikhanouskaya|Recep Tayyip Erdogan|
Tayyip Erdogan|Xi Jinping|Li Keqiang|Li Qiang|Wang Yi|Zhao Lijian|Wang Wenbin|Carrie Lam|John Lee|Tsai Ing-wen|Lai Ching-te|
Shinzo Abe|Yoshihide Suga|Fumio Kishida|Shigeru Ishiba|Moon Jae-in|Yoon Suk Yeol|Kim Jong Un|Kim Yo Jong|Narendra Modi|
Rahul Gandhi|Imran Khan|Shehbaz Sharif|Benjamin Netanyahu|Naftali Bennett|Yair Lapid|Benny Gantz|Mahmoud Abbas|Ismail Haniyeh|
Mohammed bin Salman|Mohammed bin Zayed|Hassan Rouhani|Ebrahim Raisi|Ali Khamenei|Mohammad Javad Zarif|Bashar al-Assad|
Abdel Fattah al-Sisi|Jair Bolsonaro|Luiz Inacio Lula da Silva|Alberto Fernandez|Javier Milei|Andres Manuel Lopez Obrador|
Claudia Sheinbaum|Nicolas Maduro|Juan Guaido|Ivan Duque|Gustavo Petro|Justin Trudeau|Chrystia Freeland|Scott Morrison|
Anthony Albanese|Jacinda Ardern|Cyril Ramaphosa|Abiy Ahmed|Muhammadu Buhari|Bola Tinubu|Paul Kagame|Tedros Adhanom Ghebreyesus|
Antonio Guterres|Kristalina Georgieva|Ngozi Okonjo-Iweala|Pope Francis|Greta Thunberg|Aung San Suu Kyi|Min Aung Hlaing|
Rodrigo Duterte|Ferdinand Marcos|Joko Widodo|Prabowo Subianto|Lee Hsien Loong|Anwar Ibrahim|Mohammad bin Abdulrahman al-Thani|
Jeff Bezos|Andy Jassy|Tim Cook|Mark Zuckerberg|Sundar Pichai|Satya Nadella|Bill Gates|Warren Buffett|Jamie Dimon|Larry Fink|
Jack Ma|Jack Dorsey|Sam Altman|Jensen Huang|Mary Barra|Albert Bourla|Stephane Bancel|Ugur Sahin|Pascal Soriot|Bob Iger|
Reed Hastings|Larry Page|Sergey Brin|Sheryl Sandberg|Masayoshi Son|Bernard Arnault|Mukesh Ambani|Gautam Adani|Carlos Ghosn|
Travis Kalanick|Dara Khosrowshahi|Brian Chesky|David Solomon|Jane Fraser|Lisa Su|Pat Gelsinger|Dave Calhoun|Warren Buffet|
Meghan Markle|Prince Harry|Prince William|Queen Elizabeth|King Charles|Lionel Messi|Cristiano Ronaldo|LeBron James|
Serena Williams|Naomi Osaka|Novak Djokovic|Rafael Nadal|Roger Federer|Lewis Hamilton|Max Verstappen|Taylor Swift|Kanye West`);

/** Companies and brands in today's news. */
export const COMPANIES =
  split(`Pfizer|BioNTech|Moderna|AstraZeneca|Johnson & Johnson|Novavax|Sanofi|GlaxoSmithKline|GSK|Novartis|Roche|Merck|
Eli Lilly|AbbVie|Bayer|Gilead|Regeneron|Sinovac|Sinopharm|CanSino|Gamaleya|Nike|Adidas|Puma|Moncler|Gucci|Prada|Burberry|LVMH|
Kering|Hermes|Chanel|Inditex|Zara|H&M|Primark|Countrywide|Rightmove|Zoopla|Tesco|Sainsbury's|Asda|Morrisons|Ocado|Unilever|
Procter & Gamble|Coca-Cola|PepsiCo|McDonald's|Starbucks|Heineken|AB InBev|Diageo|Danone|Kraft Heinz|Mondelez|
Salesforce|SAP|Cisco|Qualcomm|Broadcom|AMD|Micron|TSMC|Foxconn|ASML|SoftBank|Xiaomi|Oppo|ByteDance|TikTok|
WeChat|Baidu|JD.com|Pinduoduo|Meituan|Ant Group|Didi|DiDi|Gojek|Shopee|Rakuten|Spotify|Snapchat|Pinterest|
Reddit|LinkedIn|YouTube|Instagram|WhatsApp|Airbnb|DoorDash|Lyft|Robinhood|Coinbase|PayPal|Visa|Mastercard|American Express|
Stripe|Klarna|Revolut|Wirecard|Bank of America|Wells Fargo|Citi|BlackRock|Vanguard|Fidelity|Berkshire Hathaway|
Lloyds|NatWest|Santander|BNP Paribas|Societe Generale|Commerzbank|ING|Rabobank|Nomura|Mizuho|SoftBank Group|Aramco|
Saudi Aramco|TotalEnergies|Eni|Equinor|Repsol|ConocoPhillips|Occidental|Schlumberger|Halliburton|Rio Tinto|BHP|Glencore|
ArcelorMittal|Tata|Infosys|Wipro|Stellantis|Ferrari|Volvo|Polestar|Rivian|Lucid|BYD|Geely|NIO|Porsche|Audi|
Mercedes-Benz|Jaguar Land Rover|Rolls-Royce|Lockheed Martin|Raytheon|Northrop Grumman|BAE Systems|Dassault|Embraer|
Bombardier|Ryanair|easyJet|Lufthansa|Air France-KLM|Emirates|Qatar Airways|United Airlines|American Airlines|Southwest|
FedEx|UPS|DHL|Maersk|Deliveroo|Just Eat|Uber Eats|Grubhub|Instacart|Peloton|GameStop|AMC|Warner Bros|Paramount|Comcast|
Verizon|AT&T|T-Mobile|Vodafone|BT|Deutsche Telekom|Telefonica|Nokia|Ericsson|Dell|HP|Lenovo|Panasonic|Hitachi|Toshiba|
Fujitsu|Nintendo|Activision Blizzard|Electronic Arts|Ubisoft|Epic Games|Valve|Anthropic|DeepMind|xAI|SpaceX|Blue Origin|
Palantir|Snowflake|Shopify|Etsy|eBay|Expedia|Booking Holdings|Marriott|Hilton|Carnival|Royal Caribbean|Walgreens|CVS|
Costco|Home Depot|Kroger|Aldi|Lidl|Carrefour|IKEA|Ikea|Zalando|ASOS|Boohoo|Burberry|Mulberry|Moncler|Richemont|
Swatch|L'Oreal|Estee Lauder|Nestle|Kellogg|General Electric|GE|Honeywell|3M|Caterpillar|Deere|Siemens Energy|Vestas|Orsted|
Iberdrola|EDF|Engie|RWE|Uniper|National Grid|Credit Agricole|Allianz|AXA|Prudential|Aviva|Zurich Insurance|Swiss Re|Munich Re|
Evergrande|Country Garden|Huarong|Sberbank|VTB|Lukoil|Novatek|Rusal|Norilsk Nickel|Aeroflot|Yandex|Kaspersky|Naftogaz|
Fox News|ITV|Channel 4|Netflix|HBO|Hulu|Disney+|Twitch|Discord|Telegram|Parler|Gab|Truth Social|X Corp|
Thales|Zoom|Slack|Oracle|Arm|Sea|Square|Vale|Reliance|Delta|Orange|Total|Canon|Fox|Sky|Signal|Snap|Grab|Target|
Admiral Group|Anglo American|Antofagasta|Ashtead|Associated British Foods|Auto Trader|BAE|Barratt Developments|Berkeley Group|
British American Tobacco|British Land|BT Group|Bunzl|Centrica|Coca-Cola HBC|Compass Group|CRH|Croda|Entain|Evraz|Experian|
Flutter Entertainment|Fresnillo|Hargreaves Lansdown|Hikma|Imperial Brands|Informa|InterContinental Hotels Group|IHG|
International Airlines Group|Intertek|JD Sports|Johnson Matthey|Kingfisher|Land Securities|Legal & General|Lloyds Banking Group|
London Stock Exchange Group|London Stock Exchange|Melrose|Mondi|NatWest Group|Persimmon|Phoenix Group|Reckitt Benckiser|Reckitt|
RELX|Rentokil|Royal Dutch Shell|RSA Insurance|Sage Group|Schroders|Segro|Severn Trent|Smith & Nephew|Smiths Group|Smurfit Kappa|
Spirax-Sarco|SSE|Standard Chartered|Standard Life Aberdeen|Taylor Wimpey|United Utilities|Whitbread|WPP|Marks & Spencer|
Marks and Spencer|Royal Mail|Ladbrokes|Betfair|Paddy Power|IHS Markit|Refinitiv|Thomson Reuters|
Moody's|Fitch Ratings|Standard & Poor's|S&P Global|Morningstar|Kantar|Ipsos|YouGov|Deloitte|PwC|PricewaterhouseCoopers|KPMG|
Ernst & Young|Accenture|McKinsey|Boston Consulting Group|Capital Economics|Oxford Economics|Pantheon Macroeconomics|Jefferies|
Macquarie|Daiwa|RBC Capital Markets|TD Securities|Scotiabank|CIBC|Westpac|Commonwealth Bank|National Australia Bank|DBS|OCBC|
ICBC|China Construction Bank|Bank of China|Agricultural Bank of China|Ping An|Mitsubishi UFJ|MUFG|SMBC|Sumitomo Mitsui|Natixis|
Intesa Sanpaolo|UniCredit|Mediobanca|BBVA|CaixaBank|Sabadell|ABN Amro|KBC|Nordea|Danske Bank|Swedbank|Handelsbanken|Julius Baer|
TD Ameritrade|E*Trade|State Street|BNY Mellon|Northern Trust|Invesco|
Franklin Templeton|PIMCO|Amundi|Blackstone|KKR|Carlyle|Apollo Global|TPG|Bain Capital|Warburg Pincus|CVC Capital|Permira|
Advent International|EQT|Brookfield|Elliott Management|Pershing Square|Citadel|Bridgewater|Renaissance Technologies|Two Sigma|
Point72|JPMorgan Chase|UnitedHealth|Walgreens Boots Alliance|Exxon Mobil|Adobe|Intuit|ServiceNow|Workday|Twilio|Dropbox|
TripAdvisor|MGM Resorts|Caesars Entertainment|Wynn Resorts|Las Vegas Sands|Chipotle|Domino's|Yum Brands|General Mills|
Campbell Soup|Tyson Foods|Hormel|Smithfield Foods|JBS|Archer-Daniels-Midland|
Conagra|CVS Health|Rite Aid|Cigna|Humana|Aetna|Centene|HCA Healthcare|
Abbott Laboratories|Bristol-Myers Squibb|Medtronic|Stryker|Boston Scientific|Thermo Fisher|Danaher|Illumina|Biogen|
Vertex Pharmaceuticals|Inovio|CureVac|Vaxart|Emergent BioSolutions|Catalent|Lonza|Takeda|Daiichi Sankyo|Astellas|Eisai|
Chugai|Teva|Mylan|Viatris|Dr. Reddy's|Cipla|Serum Institute of India|Bharat Biotech|Albertsons|Dollar General|
Dollar Tree|Best Buy|Macy's|Nordstrom|Kohl's|J.C. Penney|JCPenney|L Brands|Victoria's Secret|Bed Bath & Beyond|Kmart|
Neiman Marcus|J.Crew|Tapestry|Under Armour|Lululemon|Skechers|Foot Locker|Debenhams|Arcadia Group|
Topshop|Selfridges|Harrods|Sports Direct|Superdrug|Currys|Dixons Carphone|Argos|Halfords|WH Smith|Greggs|
Pret A Manger|Costa Coffee|Wetherspoon|Premier Inn|Cineworld|Odeon|AMC Entertainment|Dow Jones|News Corp|ViacomCBS|
NBCUniversal|Universal Music|Universal Music Group|Sony Music|Warner Music|Live Nation|iHeartMedia|Sirius XM|Vivendi|
Bertelsmann|Penguin Random House|HarperCollins|Simon & Schuster|Axel Springer|Mediaset|ProSiebenSat.1|Canal+|Gannett|McClatchy|
CBS News|NBC News|ABC News|CNBC|Bloomberg News|Nikkei|Asahi|Yomiuri|South China Morning Post|Straits Times|Times of India|
Hindustan Times|Al Arabiya|Global Times|People's Daily|CCTV|CGTN|Deutsche Welle|France 24|Euronews|ZDF|ARD|Le Figaro|Les Echos|
Handelsblatt|Frankfurter Allgemeine|Corriere della Sera|La Repubblica|El Pais|Haaretz|Times of Israel|Jerusalem Post|Breitbart|
HuffPost|Huffington Post|BuzzFeed|Business Insider|TechCrunch|The Verge|Ars Technica|Engadget|CNET|Daily Mail|
Daily Telegraph|The Telegraph|Evening Standard|USA Today|Los Angeles Times|Chicago Tribune|Boston Globe|Miami Herald|
Sunday Times|The Sunday Times|Wall Street Journal|Washington Post|New Yorker|Newsweek|Forbes|Anadolu|Interfax-Ukraine|
Samsung Electronics|SK Hynix|LG Electronics|LG Chem|Hyundai Motor|Kia|POSCO|Tata Motors|Tata Steel|Tata Consultancy Services|
Maruti Suzuki|Infosys|HCL Technologies|Bharti Airtel|Jio|Adani Group|Petrobras|Pemex|Ecopetrol|PDVSA|
Sonatrach|ADNOC|Kuwait Petroleum|QatarEnergy|Qatar Petroleum|Sinopec|PetroChina|CNOOC|Inpex|Petronas|
Galp|OMV|Neste|Wintershall|Uniper|Cheniere|Kinder Morgan|Enbridge|TC Energy|Suncor|Canadian Natural Resources|Chesapeake Energy|
Pioneer Natural Resources|Devon Energy|Marathon Petroleum|Phillips 66|Baker Hughes|Transocean|Anglo American Platinum|
Sibanye-Stillwater|Impala Platinum|Gold Fields|AngloGold Ashanti|Newmont|Barrick Gold|Freeport-McMoRan|
Alcoa|Nucor|U.S. Steel|ThyssenKrupp|Salzgitter|Tata|Airbus|Embraer|Rheinmetall|General Dynamics|
Huntington Ingalls|L3Harris|Spirit AeroSystems|Pratt & Whitney|Raytheon Technologies|Volkswagen Group|Skoda|SEAT|
ZF|Schaeffler|Valeo|Faurecia|Michelin|Bridgestone|Goodyear|Pirelli|Denso|Aisin|
Mitsubishi Motors|Great Wall Motor|SAIC|Xpeng|Li Auto|Lordstown|Workhorse|QuantumScape|ChargePoint|
Uber Technologies|Grab Holdings|Zomato|Swiggy|Flipkart|Paytm|Byju's|Ant Financial|Alipay|Tencent Music|
NetEase|Kuaishou|Bilibili|iQiyi|Weibo|Sohu|Lenovo Group|ZTE|SMIC|Hikvision|DJI|Midea|CATL|
Kweichow Moutai|Wuliangye|China Evergrande|Sunac|Vanke|Dalian Wanda|HNA Group|Fosun|Anbang|China Mobile|China Telecom|
China Unicom|NTT|KDDI|NTT Docomo|Telstra|Optus|Singtel|Swisscom|Telia|Telenor|KPN|Proximus|Iliad|Altice|Liberty Global|
Charter Communications|Dish Network|ViaSat|OneWeb|Inmarsat|Eutelsat|SES|Intelsat|Rocket Lab|Virgin Galactic|Virgin Atlantic|
Virgin Media|Virgin Group|British Airways|Iberia|Aer Lingus|Wizz Air|Norwegian Air|SAS|Finnair|KLM|Air France|Alitalia|ITA Airways|
Turkish Airlines|Etihad|flydubai|Singapore Airlines|Cathay Pacific|Qantas|Air New Zealand|Air India|IndiGo|Japan Airlines|
All Nippon Airways|ANA|Korean Air|Asiana|China Eastern|China Southern|Air China|LATAM|Avianca|Air Canada|WestJet|JetBlue|
Spirit Airlines|Alaska Airlines|Hawaiian Airlines|Frontier Airlines|Allegiant|Boeing Co|Lockheed|Northrop|
Eurostar|Deutsche Bahn|SNCF|Amtrak|Network Rail|Transport for London|Thames Water|Anglian Water|Scottish Power|EDF Energy|
E.ON|Octopus Energy|Ovo Energy|Duke Energy|Dominion Energy|NextEra Energy|Exelon|Southern Company|PG&E|
Consolidated Edison|Enel|Endesa|Naturgy|EDP|Fortum|Vattenfall|Statkraft|Tennet|Terna|Enagas|Fluxys|Gasunie|
Air Liquide|BASF|Dow Chemical|DuPont|LyondellBasell|Covestro|Evonik|Lanxess|Arkema|Akzo Nobel|AkzoNobel|
Sherwin-Williams|PPG|Syngenta|Corteva|Nutrien|K+S|Bayer AG|Merck KGaA|Fresenius|Siemens Healthineers|
GE Healthcare|Roche Holding|Novo Nordisk|Genmab|Coloplast|Heineken NV|Anheuser-Busch InBev|
Anheuser-Busch|Molson Coors|Constellation Brands|Pernod Ricard|Remy Cointreau|Brown-Forman|Asahi Group|
Japan Tobacco|Altria|Imperial Tobacco|Juul|Reynolds American|Swedish Match|Beiersdorf|
Kimberly-Clark|Colgate-Palmolive|Clorox|Church & Dwight|Estee Lauder Companies|Shiseido|Unicharm|Essity|
Kering SA|Hermes International|
Salvatore Ferragamo|Tod's|Brunello Cucinelli|
Abercrombie & Fitch|American Eagle|Urban Outfitters|Fast Retailing|Shein|
Temu|Farfetch|Mytheresa|Yoox Net-a-Porter|MatchesFashion|Net-a-Porter|Just Eat Takeaway|
Delivery Hero|HelloFresh|Rocket Internet|Zalando SE|Wayfair|Chewy|Carvana|Vroom|Opendoor|Zillow|Redfin|
WeWork|Regus|IWG|Airbnb Inc|Vrbo|Trivago|Booking.com|Skyscanner|Priceline|Travelport|
TUI|Thomas Cook|Jet2|On the Beach|Carnival Corp|Norwegian Cruise Line|MSC|Hapag-Lloyd|CMA CGM|Cosco|
Mitsui|Mitsubishi Corp|Itochu|Marubeni|Sumitomo|Hitachi Ltd|Softbank Corp|Kyocera|TDK|Tokyo Electron|
Keyence|Fanuc|Yaskawa|Daikin|Nidec|Ricoh|Yamaha|Bandai Namco|Square Enix|
Capcom|Konami|Tencent Holdings|Take-Two|Zynga|Roblox|Niantic|Riot Games|Mojang|Bungie|CD Projekt|Embracer|
Paradox Interactive|Rovio|Supercell|Twitter Inc|Facebook Inc|Alphabet Inc|Apple Inc|Amazon.com|Microsoft Corp|
Intel Corp|Nvidia Corp|Advanced Micro Devices|Texas Instruments|Applied Materials|Lam Research|KLA|Analog Devices|
Marvell|NXP|Infineon|STMicroelectronics|Renesas|GlobalFoundries|Western Digital|Seagate|Kioxia|Xilinx|Arm Holdings|
Imagination Technologies|Dialog Semiconductor|Palo Alto Networks|CrowdStrike|Fortinet|Check Point|SolarWinds|FireEye|
Mandiant|Okta|Cloudflare|Akamai|Fastly|Datadog|MongoDB|Splunk|VMware|Red Hat|Citrix|NortonLifeLock|McAfee|Symantec|
Atlassian|Canva|Afterpay|Xero|Wix|Fiverr|Upwork|Shopify Inc|Squarespace|GoDaddy|Automattic|Mozilla|Wikimedia|Yahoo|AOL|
Verizon Media|Bing|Samsung Group|Hanwha|Lotte|CJ Group|Naver|Kakao|Coupang|Celltrion|Samsung Biologics|SK Group|GS Group|
Doosan|Hanjin|Daewoo|Ssangyong`);

/**
 * Organisations whose name is also a surname, a place or a common word
 * ("Williams", "Target", "Liberty"): gazetteer features only, never the
 * hard "known organisation" override that refine.ts applies to COMPANIES.
 */
export const NAME_LIKE_ORGS =
  split(`Ralph Lauren|Tommy Hilfiger|Calvin Klein|Michael Kors|Kate Spade|Levi Strauss|Louis Vuitton|Christian Dior|Hugo Boss|
Charles Schwab|Philip Morris|William Hill|Louis Dreyfus|T. Rowe Price|Li Ning|Tiffany|Valentino|Versace|Dior|Cartier|
Leonardo|Nikola|Yara|Amadeus|King|Kao|Suzuki|Fisker|Bosch|Henkel|Linde|Solvay|Lundbeck|Murata|Kubota|Valero|Fortescue|
Mahindra|Bajaj|Hertz|Gallup|Olympus|Continental|Compass|Wish|Coach|Sharp|Unity|Wired|Mosaic|Evergreen|Sabre|Bulb|Anthem|
Vedanta|Oyo|Ola|Heathrow|Gatwick|Woodside|Carlsberg|Komatsu|Moutai|Hershey|Hyatt|Philips|Kayak|Vox|Sonder|Canada Goose|
Cargill|Sun Pharma|Casio|Seiko|Nikon|Bunge|Safran|Textron|Avis Budget|Kirin|Suntory|Coty|Campari|Sega|Isuzu|
Subaru|Mazda|Anta|Sina|Haier|Gree|Fendi|Bulgari|Uniqlo|

Williams|Mercedes|Haas|McLaren|Red Bull|Alpine|Aston Martin|Alfa Romeo|Racing Point|AlphaTauri|
Toro Rosso|Sauber|Next|Gap|Boots|Abbott|Liberty|Universal|Time|Fortune|Vice|
Mirror|Independent|Sun|Guardian|Times|Telegraph|Express|Observer|Economist|Atlantic|Politico|Hill|Apple|Amazon|Shell|Ford|
Chrysler|Dodge|Jeep|Cadillac|Chevrolet|Lincoln|Tesla|Morgan|Lloyd's|Barclay|Glaxo|Johnson|Merrill Lynch|Lehman Brothers|
Goldman|Wells|Schwab|Travelers|Allstate|Progressive|Liberty Mutual|Nationwide|Legal|
Patriots|Packers|Chiefs|Steelers|Cowboys|Giants|Jets|Eagles|Bears|Lions|Vikings|Saints|Falcons|Panthers|Buccaneers|
Rams|Seahawks|49ers|Cardinals|Broncos|Raiders|Chargers|Ravens|Browns|Bengals|Bills|Dolphins|Colts|Texans|Titans|Jaguars|
Redskins|Commanders|Lakers|Celtics|Warriors|Knicks|Nets|Bulls|Heat|Spurs|Rockets|Mavericks|Clippers|Suns|Nuggets|
Bucks|Raptors|76ers|Sixers|Yankees|Red Sox|Dodgers|Cubs|Mets|Astros|Braves|Blue Jays|Maple Leafs|Canadiens|Bruins|
Arsenal|Chelsea|Liverpool|Everton|Tottenham|Tottenham Hotspur|Manchester City|Leicester City|Aston Villa|West Ham|
Newcastle United|Leeds United|Wolves|Southampton|Celtic|Rangers|Paris St Germain|Paris Saint-Germain|PSG|Borussia Dortmund|
Inter Milan|Inter|Napoli|Lazio|Roma|Atletico Madrid|Sevilla|Valencia|Porto|Benfica|Sporting|Galatasaray|Fenerbahce|
Olympiakos|Panathinaikos|Anderlecht|PSV|Feyenoord|Zenit|Spartak|CSKA|Dynamo Kiev|Shakhtar|Bayer Leverkusen|Schalke|
RB Leipzig|Monaco|Lyon|Marseille|Lille|Boca Juniors|River Plate|Flamengo|Santos|Palmeiras|Corinthians`);

/** International bodies and agencies (often with their acronyms). */
export const BODIES = split(`World Health Organization|WHO|Centers for Disease Control and Prevention|CDC|Food and Drug Administration|FDA|
European Medicines Agency|EMA|Medicines and Healthcare products Regulatory Agency|MHRA|National Institutes of Health|NIH|
Securities and Exchange Commission|SEC|Federal Trade Commission|FTC|Federal Communications Commission|FCC|Department of Justice|
Department of Homeland Security|Department of Health and Human Services|Supreme Court|European Parliament|European Council|
Council of the European Union|Eurogroup|Eurostat|OECD|Organisation for Economic Co-operation and Development|UNICEF|UNHCR|UNESCO|
World Food Programme|WFP|International Energy Agency|IEA|International Atomic Energy Agency|IAEA|International Criminal Court|ICC|
International Court of Justice|ICJ|Bank for International Settlements|BIS|Financial Conduct Authority|FCA|Competition and Markets Authority|
CMA|Office for National Statistics|ONS|Bundesbank|People's Bank of China|PBOC|Reserve Bank of India|RBI|Swiss National Bank|
Bank of Canada|Reserve Bank of Australia|Federal Open Market Committee|FOMC|Congressional Budget Office|CBO|Gavi|COVAX|
Proud Boys|Black Lives Matter|Extinction Rebellion|Houthis|Houthi|Islamic Revolutionary Guard Corps|IRGC|Tatmadaw|Quad|AUKUS|
Shanghai Cooperation Organisation|BRICS|Mercosur|ECOWAS|Commonwealth|Downing Street|Elysee|Chancellery|Oval Office|Capitol|NHS|
Department of Defense|Department of State|Department of Commerce|Department of Labor|Department of Education|Department of Energy|
Department of Agriculture|Department of Transportation|Department of Veterans Affairs|Department of the Treasury|
Environmental Protection Agency|EPA|Federal Aviation Administration|FAA|National Transportation Safety Board|NTSB|
Federal Emergency Management Agency|FEMA|Internal Revenue Service|IRS|Immigration and Customs Enforcement|ICE|
Customs and Border Protection|CBP|Drug Enforcement Administration|DEA|Bureau of Labor Statistics|Commerce Department|
Labor Department|Energy Department|Agriculture Department|Transportation Department|Education Department|Homeland Security|
National Security Council|Office of Management and Budget|Government Accountability Office|GAO|
Federal Deposit Insurance Corporation|FDIC|Commodity Futures Trading Commission|CFTC|Consumer Financial Protection Bureau|
Federal Election Commission|Census Bureau|National Guard|U.S. Army|Marine Corps|Coast Guard|Space Force|House of Representatives|
House of Commons|House of Lords|Home Office|Foreign Office|Foreign, Commonwealth and Development Office|Ministry of Defence|
Ministry of Defense|Department of Health|Department for Education|Cabinet Office|Metropolitan Police|Scotland Yard|
Public Health England|Office for Budget Responsibility|OBR|Ofcom|Ofgem|Ofwat|Ofsted|Serious Fraud Office|National Crime Agency|
MI5|MI6|GCHQ|European Court of Justice|European Court of Human Rights|European Investment Bank|European Banking Authority|
ESMA|Frontex|Bundesrat|Bundeswehr|National Assembly|Federation Council|FSB|KGB|GRU|Rosatom|Roscosmos|Verkhovna Rada|Shin Bet|
Mossad|IDF|Israel Defense Forces|Palestinian Authority|PLO|Islamic Jihad|Muslim Brotherhood|Boko Haram|al Shabaab|al-Shabaab|
PKK|YPG|Syrian Democratic Forces|SDF|Free Syrian Army|Revolutionary Guards|Foreign Ministry|Defence Ministry|Defense Ministry|
Finance Ministry|Health Ministry|Interior Ministry|Justice Ministry|Economy Ministry|Trade Ministry|National People's Congress|
Politburo|Chinese Communist Party|People's Liberation Army|PLA|State Council|China Securities Regulatory Commission|CSRC|
National Health Commission|Lok Sabha|Rajya Sabha|BJP|Constitutional Court|High Court|Court of Appeal|General Assembly|
UN General Assembly|UN Security Council|Human Rights Council|UNDP|UNEP|UNFCCC|IPCC|World Meteorological Organization|WMO|FAO|
Food and Agriculture Organization|International Labour Organization|ILO|UNRWA|OCHA|Asian Development Bank|ADB|
African Development Bank|Inter-American Development Bank|European Bank for Reconstruction and Development|EBRD|
Asian Infrastructure Investment Bank|AIIB|OSCE|Council of Europe|Gulf Cooperation Council|GCC|Organization of American States|
OAS|APEC|Paris Club|Medecins Sans Frontieres|Doctors Without Borders|MSF|Oxfam|Save the Children|Red Crescent|
International Committee of the Red Cross|ICRC|Bill & Melinda Gates Foundation|Gates Foundation|Wellcome Trust|CEPI|
Johns Hopkins University|Harvard University|Oxford University|University of Oxford|Cambridge University|University of Cambridge|
Imperial College London|Imperial College|MIT|Stanford University|Yale University|Princeton University|Columbia University|
London School of Economics|King's College London|University College London|Brookings Institution|Council on Foreign Relations|
Chatham House|Institute for Fiscal Studies|Resolution Foundation|Kaiser Family Foundation|Pew Research Center|
Heritage Foundation|Cato Institute|American Enterprise Institute|RAND Corporation|Peterson Institute|IISS|SIPRI|
World Athletics|IAAF|World Rugby|BCCI|NFL|NBA|MLB|NHL|MLS|NCAA|PGA Tour|European Tour|LPGA|ATP|WTA|Premier League|La Liga|
Serie A|Bundesliga|Ligue 1|FIA|World Anti-Doping Agency|WADA|Court of Arbitration for Sport|USADA|RUSADA|
Robert Koch Institute|Institut Pasteur|Gamaleya Institute|Public Health Agency of Canada|
Health Canada|Therapeutic Goods Administration|
Joint Committee on Vaccination and Immunisation|JCVI|Scientific Advisory Group for Emergencies|Federal Reserve Bank of New York|
New York Fed|Federal Reserve Board|Bank of Korea|Bank of Thailand|Bank Indonesia|Bank Negara Malaysia|Reserve Bank of New Zealand|
Central Bank of Russia|Bank of Russia|Turkish central bank|Banxico|Banco Central do Brasil|South African Reserve Bank|
Norges Bank|Riksbank|Danmarks Nationalbank|Hong Kong Monetary Authority|Monetary Authority of Singapore|
National Bureau of Statistics|Ministry of Commerce|Ministry of Finance|Ministry of Health|
Ministry of Foreign Affairs|Ministry of Economy|Ministry of Trade|Ministry of Industry|Ministry of Interior`);
