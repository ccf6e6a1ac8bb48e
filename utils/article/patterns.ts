/**
 * Class/id vocabularies that hint at what an element holds. The idea
 * (weights from class and id words) comes from Readability; the word lists
 * and the two-tier rule are Newsmark's own.
 */

/** Words that mark boilerplate wherever they appear in a class token. */
const STRONG =
  /(?:^|[_-])(?:comments?|commentlist|disqus|related|relacionad\w*|correlat\w*|share|sharing|sharebar|social|newsletters?|outbrain|taboola|recommend\w*|sponsor\w*|advert\w*|advertisement|promo|promos|promotion|subscribe|subscription|cookies?|gdpr|consent|breadcrumbs?|mostpopular|most-popular|most-read|trending|more-stories|morestories|author-?bio|about-?the-?author|byline|bylines|dateline|caption|captions|credits?|tags|taglist|tag-list|keywords|signup|sign-up|rating|pagination|pager|toolbar|popular|next-?article|prev-?article|see-?also|keypoints|key-?points|takeaways|key-?takeaways)(?:$|[_-])/;

/** Words that mark boilerplate unless the element also names itself as content. */
const WEAK =
  /(?:^|[_-])(?:sidebar|side-bar|footer|ad|ads|adv|widget|masthead|menu|modal|popup|banner|nav|navigation|rail|overlay|widgets)(?:$|[_-])/;

/** A class token ending in caption or credit ("inlineimage-imageembedcaption", "photocredit"). */
const CAPTION_TOKEN = /(?:caption|captions|credit|credits)$/;

/** Embedded posts (tweets, Instagram…) quoted by the article: content, even inside "social" boxes. */
const EMBED = /embed|tweet|instagram-media|tiktok-embed/;

/** True when class/id words name an embedded post (tweet, Instagram…). */
export function isEmbedWords(words: string): boolean {
  return EMBED.test(words);
}

/** Words that say a token is the content or a layout wrapper. */
const CONTENT_OR_LAYOUT = /article|body|content|main|story|page|text|post|entry|prose/;

/** Words that mark the article body. */
export const ARTICLE_BODY =
  /(?:article|story|entry|post|news)[-_]?(?:body|content|text|main)|(?:body|main)[-_]?(?:text|content|copy)|articlebody|storybody|entry-content|post-content|rich-?text|prose|content__article|article__content/;

/**
 * True when class/id words (lower-case, space-separated) mark an element as
 * boilerplate. Words of "read more" / "continue reading" expansions are
 * deliberately absent: such boxes often hold the rest of the article.
 */
export function boilerplateWords(words: string): boolean {
  const tokens = words.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  // "…EmbedCaption", "photo-credit": a token that ends in caption or credit names one, whatever comes before.
  if (tokens.some((t) => CAPTION_TOKEN.test(t))) return true;
  if (tokens.some((t) => ARTICLE_BODY.test(t) || EMBED.test(t))) return false;
  if (tokens.some((t) => STRONG.test(t))) return true;
  const weak = tokens.some((t) => WEAK.test(t) && !CONTENT_OR_LAYOUT.test(t));
  return weak && !tokens.some((t) => CONTENT_OR_LAYOUT.test(t));
}

/**
 * Short lines that are furniture, not article text, by widespread news
 * conventions: ad labels, bylines and datelines, "contributed reporting"
 * credits, newsletter and follow prompts, photo credits.
 */
const FURNITURE_LINE = new RegExp(
  [
    '^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklame|sponsored|ad)$',
    '^(?:continue|story continues|article continues|continues) (?:reading )?below',
    '\\bcontributed (?:to )?(?:this )?report',
    '^(?:reporting|writing|editing|additional reporting) by\\b',
    '^(?:sign up|subscribe|get (?:the|our)|follow (?:us|@)|like this story|share (?:this|it))\\b',
    // a newsletter blurb: "Get New York Today in your inbox", "What you need to know to start the day"
    '\\b(?:in|to) your inbox\\b',
    '\\bto start (?:the|your) (?:day|week|morning)\\b',
    // a bare label: "Breaking News", "Live", "Subscribe"
    '^(?:breaking(?: news)?|live(?: updates)?|subscribe(?: now)?|newsletter)[:!]?$',
    '^(?:photo|image|picture|foto|bild)(?: credit)?s?\\s*:',
    '\\((?:image|photo|picture|credit|foto|bild)s?\\s*:[^)]*\\)$',
    '^(?:read|see) (?:more|also)\\b[^.]{0,40}$',
    '^(?:more|related|other) [^.]{0,30}(?:stories|articles|columns|coverage|news)$',
    // an author bio: "Jane Doe is a reporter for …"
    "^\\p{Lu}[\\p{L}.'’ -]{2,40} (?:is|was) (?:a|an|the) [^.]{0,80}\\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|critic)\\b",
    // "Follow our full coverage of the election at …"
    '^(?:follow|read|see|get) (?:\\S+ ){0,3}(?:full|complete|latest|live|more) coverage\\b',
    // a photo credit line: "Jane Doe | Agency | Getty Images", "© Agency", "photos © Studio, 2018"
    '^[^.!?]{0,80}\\|\\s*(?:getty images|reuters|afp|ap|ap photo|epa|bloomberg|shutterstock|alamy|afp via getty images)\\s*$',
    '^©|\\s©\\s*[\\p{L}\\d]',
  ].join('|'),
  'iu',
);
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zé]*\\.?';
/** A month name next to a day number ("Nov. 19", "19 November"). */
const MONTH = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+${MONTH_NAME}`, 'i');
const YEAR_OR_TIME = /\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b/;

const STAMP = /^(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado)\b[^.!?]*$/i;

/** "By" + a capitalised name ("By Jane Doe", "Von Hans Meier"); case matters here. */
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i|[Aa]v)\s+\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}|de |van |von |da )/u;

/**
 * A newsletter or subscription prompt: it asks the reader to sign up or
 * subscribe and names what for. Checked on short blocks only.
 */
const PROMO =
  /\b(?:sign up|subscribe|get it delivered)\b[^]{0,160}\b(?:newsletter|inbox|briefing|daily|weekly|free)\b|\b(?:newsletter|briefing)\b[^]{0,160}\b(?:sign up|subscribe|inbox)\b/i;

/** A caption ending in a parenthesised credit with an agency path: "A map of Titan. (NASA/JPL-Caltech/ASU)". */
const CREDITED_CAPTION = /\((?:[\p{Lu}][\p{L}.&-]*)(?:\s*[/|]\s*[\p{Lu}][\p{L}.&-]*)+\)$/u;

/**
 * A press release's "About the company" boilerplate: "Acme is a leading
 * global provider of …", "Acme is headquartered in …".
 */
const ABOUT_COMPANY =
  /^\p{Lu}[\p{L}\d&.’'-]*(?: [\p{Lu}\d&][\p{L}\d&.’'-]*){0,4},? (?:is|are) (?:(?:a|an|the) (?:[\p{L}-]+ ){0,5}(?:provider|company|manufacturer|developer|maker|supplier|leader|firm|group|pioneer|innovator)\b|headquartered in\b)/u;

/** True for a block of company boilerplate (see ABOUT_COMPANY); such blocks run to a few hundred words. */
export function isAboutCompany(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 1500 && ABOUT_COMPANY.test(t);
}

/** True for a short line of page furniture (see FURNITURE_LINE), a byline, or a bare date/time line. */
export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 300) return false;
  if (PROMO.test(t)) return true;
  if (t.length > 200) return false;
  if (FURNITURE_LINE.test(t) || CREDITED_CAPTION.test(t)) return true;
  if (t.length <= 120 && BYLINE.test(t)) return true;
  // a time stamp: "Updated 10:32", "Published: Nov. 19, 2019"
  if (t.length <= 80 && STAMP.test(t) && /\d/.test(t)) return true;
  // no letters at all: counters ("1 / 5"), rules ("___")
  if (t.length <= 20 && !/\p{L}/u.test(t)) return true;
  // a dateline: a date or time with a few other words
  const words = t.split(/\s+/).length;
  return (
    words <= 12 &&
    YEAR_OR_TIME.test(t) &&
    (MONTH.test(t) || /\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(t)) &&
    !/[.!?]["”’]?$/.test(t.replace(/\b(?:a|p)\.m\.$/i, ''))
  );
}
