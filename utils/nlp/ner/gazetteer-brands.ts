/**
 * Brands, written for this project from general knowledge (not copied from
 * any dataset or audited page): products, software, games, services and
 * recurring events, which have no type we paint (CoNLL's MISC); and
 * well-known companies, retailers, carmakers, media and agencies beyond
 * gazetteer.ts and gazetteer-today.ts. Post-model rules use them
 * (products.ts, companies.ts); they are no model features.
 */

const split = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** Product, software, game, service and event names that are seldom anything else. */
export const PRODUCTS = split(`iPhone|iPhones|iPad|iPads|iPod|iMac|MacBook|MacBooks|MacBook Air|MacBook Pro|MacBook Pros|Mac Pro|
Mac mini|Apple Watch|AirPods|AirPods Pro|AirPods Max|AirTag|AirDrop|Apple TV|HomePod|Vision Pro|Apple Vision Pro|Siri|Safari|iOS|
iPadOS|macOS|watchOS|visionOS|iCloud|iTunes|iMessage|FaceTime|HomeKit|CarPlay|Touch Bar|Touch ID|Face ID|Apple Pay|Apple Music|
Apple Arcade|App Store|Final Cut Pro|Xcode|Android|Chromebook|Chromecast|Chromecast Ultra|Gmail|Google Maps|Google Assistant|
Google Home|Google Play|Google Photos|Google Docs|Google Drive|Google Stadia|Stadia|YouTube Gaming|YouTube Music|Wear OS|
Windows Phone|Microsoft Office|Microsoft Teams|PowerPoint|Excel|Outlook|Xbox|Xbox One|Xbox One X|Xbox One S|Xbox Series X|
Xbox Series S|Xbox Live|Xbox Game Pass|Game Pass|Kinect|HoloLens|Cortana|Skype|Bing|Azure|Internet Explorer|Minecraft|Halo|
Alexa|Kindle|Fire TV|Prime Video|Amazon Prime|Echo Dot|PlayStation|PlayStation 4|PlayStation 5|PlayStation VR|PS4|PS5|PS Vita|
PSP|Walkman|Nintendo Switch|Wii|Wii U|Game Boy|GameCube|Nintendo DS|Nintendo 3DS|Super Mario|Super Mario Run|Mario Kart|Zelda|
Pokemon|Pokémon|Pokemon Go|Pokémon Go|Tetris|Fortnite|Roblox|World of Warcraft|Warcraft|Call of Duty|Grand Theft Auto|
Red Dead Redemption|Assassin's Creed|Overwatch|League of Legends|Dota|Counter-Strike|Animal Crossing|Candy Crush|Angry Birds|
Temple Run|The Sims|SimCity|Half-Life|Portal|Doom|Battlefield|Madden|Street Fighter|Mortal Kombat|Final Fantasy|Metroid|
Oculus|Oculus Rift|Oculus Quest|Meta Quest|HTC Vive|Galaxy Note|Galaxy Fold|Galaxy Buds|ChatGPT|GPT-4|Copilot|Photoshop|
Lightroom|Illustrator|Acrobat|InDesign|Linux|Ubuntu|Debian|Unix|JavaScript|TypeScript|Firefox|Thunderbird|Chrome OS|ChromeOS|
WordPress|Bitcoin|Ethereum|Dogecoin|Cybertruck|Autopilot|Prius|Corolla|Camry|Mustang|Dreamliner|Concorde|Roomba|Segway|
PowerShell|WhatsApp Business|Instagram Stories|Reels|Dreamforce|CES|WWDC|E3|Comic-Con|Gamescom|Web Summit|Mobile World Congress|
Coachella|Glastonbury|Burning Man|Super Bowl|World Series|Stanley Cup|Eurovision|Oscars|Grammys|Emmys|Golden Globes|BAFTAs|
Black Friday|Cyber Monday|Prime Day|Brexit`);

/** Well-known companies, brands as makers, media, research firms and agencies. */
export const BRAND_COMPANIES = split(`Whole Foods|Whole Foods Market|Yahoo|Yahoo!|AOL|Lowe's|Kmart|Sears|Macy's|Nordstrom|Best Buy|
Dollar General|Dollar Tree|Safeway|Trader Joe's|Sam's Club|Albertsons|Publix|Wegmans|Rite Aid|Kohl's|Bloomingdale's|Saks|
Neiman Marcus|Uniqlo|Levi's|Louis Vuitton|Dior|Versace|Armani|Ralph Lauren|Tommy Hilfiger|Calvin Klein|Under Armour|New Balance|
Reebok|Lululemon|Cartier|Rolex|Dunkin'|Burger King|KFC|Wendy's|Taco Bell|Domino's|Pizza Hut|Chipotle|Chick-fil-A|Nestlé|Kraft|
Hershey|Pepsi|Red Bull|Anheuser-Busch|Budweiser|Carlsberg|Philip Morris|Juul|Altria|Colgate|Kimberly-Clark|Lexus|Acura|Infiniti|
Chevrolet|Cadillac|Buick|Chrysler|Dodge|Jeep|Subaru|Mazda|Mitsubishi|Suzuki|Kia|Lamborghini|Maserati|Bentley|Aston Martin|
McLaren|Bugatti|Alfa Romeo|Citroen|Citroën|Skoda|Opel|Vauxhall|Land Rover|Tata Motors|Mahindra|Asus|Acer|Razer|Logitech|Garmin|
Fitbit|GoPro|Roku|Sonos|Bose|Dyson|Philips|LG|Motorola|OnePlus|ZTE|HTC|BlackBerry|Atari|Sega|Capcom|Konami|Square Enix|
Bandai Namco|Take-Two|Rockstar Games|Bungie|Blizzard|Riot Games|Bethesda|Mojang|Niantic|Zynga|Rovio|Supercell|Mozilla|Adobe|
Autodesk|Intuit|Workday|ServiceNow|VMware|Dropbox|Atlassian|Zendesk|HubSpot|Twilio|Cloudflare|Akamai|Red Hat|GitHub|GitLab|Yelp|
Tripadvisor|Zillow|Wayfair|Groupon|Craigslist|Quora|Tumblr|Flickr|Myspace|Wikimedia|Tinder|Bumble|Grindr|Duolingo|Coursera|
Udemy|WeWork|Theranos|FTX|Binance|Waymo|Boston Dynamics|iRobot|Xfinity|Dish Network|DirecTV|Sirius XM|iHeartMedia|SoundCloud|
Deezer|Audible|Goodreads|Penguin Random House|HarperCollins|Simon & Schuster|Scholastic|Marvel|DC Comics|Pixar|DreamWorks|
Lionsgate|MGM|Miramax|NBCUniversal|ViacomCBS|Viacom|Showtime|Vice Media|BuzzFeed|HuffPost|Vox Media|Gizmodo|TechCrunch|Engadget|
Mashable|CNET|ZDNet|Eurogamer|IGN|Kotaku|Business Insider|Forbes|CNBC|Fox Business|Rolling Stone|Vanity Fair|Newsweek|USA Today|
Los Angeles Times|Chicago Tribune|Boston Globe|San Francisco Chronicle|Houston Chronicle|Daily Mail|Le Figaro|El País|
Al Arabiya|Statista|Pew Research Center|Gallup|YouGov|Ipsos|Nielsen|Moody's|Standard & Poor's|Morningstar|Gartner|Deloitte|PwC|
KPMG|Ernst & Young|Accenture|McKinsey|Boston Consulting Group|General Dynamics|Virgin Galactic|Virgin Atlantic|British Airways|
Air Canada|Qantas|Singapore Airlines|Cathay Pacific|Air India|Turkish Airlines|JetBlue|Alaska Airlines|Amtrak|Hertz|Avis|Waze|
Booking.com|Priceline|Orbital ATK|Roscosmos|JAXA|ISRO|Arianespace|Rocket Lab|United Launch Alliance|Con Edison|PG&E|Duke Energy|
Exelon|Dominion Energy|Enron|Petrobras|Pemex|Sinopec|PetroChina|CNOOC|Trafigura|Vitol|Cargill|Tyson Foods|Monsanto|DuPont|BASF|
Syngenta|JPMorgan Chase|Citibank|Capital One|Charles Schwab|Fannie Mae|Freddie Mac|Lehman Brothers|Bear Stearns|AIG|MetLife|
Allstate|Geico|State Farm|Standard Chartered|Ocado|Asos|Zoom Video|Snap Inc.|Alphabet Inc.|Meta Platforms|Mercedes|Volkswagen Group`);
