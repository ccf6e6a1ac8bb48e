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
Procter & Gamble|Coca-Cola|PepsiCo|McDonald's|Starbucks|Heineken|AB InBev|Diageo|Danone|Kraft Heinz|Mondelez|Zoom|Slack|
Salesforce|Oracle|SAP|Cisco|Qualcomm|Broadcom|AMD|Micron|TSMC|Foxconn|ASML|Arm|SoftBank|Xiaomi|Oppo|ByteDance|TikTok|
WeChat|Baidu|JD.com|Pinduoduo|Meituan|Ant Group|Didi|DiDi|Grab|Gojek|Sea|Shopee|Rakuten|Spotify|Snap|Snapchat|Pinterest|
Reddit|LinkedIn|YouTube|Instagram|WhatsApp|Airbnb|DoorDash|Lyft|Robinhood|Coinbase|PayPal|Visa|Mastercard|American Express|
Square|Stripe|Klarna|Revolut|Wirecard|Bank of America|Wells Fargo|Citi|BlackRock|Vanguard|Fidelity|Berkshire Hathaway|
Lloyds|NatWest|Santander|BNP Paribas|Societe Generale|Commerzbank|ING|Rabobank|Nomura|Mizuho|SoftBank Group|Aramco|
Saudi Aramco|TotalEnergies|Total|Eni|Equinor|Repsol|ConocoPhillips|Occidental|Schlumberger|Halliburton|Rio Tinto|BHP|Glencore|
Vale|ArcelorMittal|Tata|Reliance|Infosys|Wipro|Stellantis|Ferrari|Volvo|Polestar|Rivian|Lucid|BYD|Geely|NIO|Porsche|Audi|
Mercedes-Benz|Jaguar Land Rover|Rolls-Royce|Lockheed Martin|Raytheon|Northrop Grumman|BAE Systems|Thales|Dassault|Embraer|
Bombardier|Ryanair|easyJet|Lufthansa|Air France-KLM|Emirates|Qatar Airways|Delta|United Airlines|American Airlines|Southwest|
FedEx|UPS|DHL|Maersk|Deliveroo|Just Eat|Uber Eats|Grubhub|Instacart|Peloton|GameStop|AMC|Warner Bros|Paramount|Comcast|
Verizon|AT&T|T-Mobile|Vodafone|BT|Orange|Deutsche Telekom|Telefonica|Nokia|Ericsson|Dell|HP|Lenovo|Panasonic|Hitachi|Toshiba|
Fujitsu|Canon|Nintendo|Activision Blizzard|Electronic Arts|Ubisoft|Epic Games|Valve|Anthropic|DeepMind|xAI|SpaceX|Blue Origin|
Palantir|Snowflake|Shopify|Etsy|eBay|Expedia|Booking Holdings|Marriott|Hilton|Carnival|Royal Caribbean|Walgreens|CVS|
Target|Costco|Home Depot|Kroger|Aldi|Lidl|Carrefour|IKEA|Ikea|Zalando|ASOS|Boohoo|Burberry|Mulberry|Moncler|Richemont|
Swatch|L'Oreal|Estee Lauder|Nestle|Kellogg|General Electric|GE|Honeywell|3M|Caterpillar|Deere|Siemens Energy|Vestas|Orsted|
Iberdrola|EDF|Engie|RWE|Uniper|National Grid|Credit Agricole|Allianz|AXA|Prudential|Aviva|Zurich Insurance|Swiss Re|Munich Re|
Evergrande|Country Garden|Huarong|Sberbank|VTB|Lukoil|Novatek|Rusal|Norilsk Nickel|Aeroflot|Yandex|Kaspersky|Naftogaz|
Fox|Fox News|Sky|ITV|Channel 4|Netflix|HBO|Hulu|Disney+|Twitch|Discord|Telegram|Signal|Parler|Gab|Truth Social|X Corp`);

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
Shanghai Cooperation Organisation|BRICS|Mercosur|ECOWAS|Commonwealth|Downing Street|Elysee|Chancellery|Oval Office|Capitol|NHS`);
