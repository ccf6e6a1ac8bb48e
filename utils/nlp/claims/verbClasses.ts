/**
 * A hand-written lexicon of attribution words by class, so the cue
 * classifier generalises to cue words it never saw in training ("lambasting"
 * shares the STANCE class of "criticized"). Written from general knowledge of
 * English reporting style, not from any corpus. Verbs are listed by base form
 * and inflected by `verbForms`; irregular forms are listed explicitly.
 */

/** Attribution classes of cue words. */
export type CueClass = 'SAY' | 'THINK' | 'STANCE' | 'ACCUSE' | 'WANT' | 'NOUN';

const SAY =
  'say tell add state declare announce explain note remark comment mention report write tweet post ' +
  'claim argue insist contend maintain assert reply respond answer ask question warn caution promise ' +
  'pledge vow acknowledge admit concede confirm deny reveal disclose testify recount recall describe ' +
  'call label dub brand quip joke boast brag complain lament stress emphasize emphasise underscore ' +
  'point indicate signal hint imply urge demand propose recommend advise counter retort repeat reiterate ' +
  'echo cite quote characterize characterise proclaim estimate conclude speak talk discuss address ' +
  'allege charge email text message tout predict forecast suggest insinuate whisper shout yell scream ' +
  'cry exclaim muse observe opine announce publish broadcast air share express voice relay convey ' +
  'clarify elaborate detail outline summarize summarise interview brief inform notify alert remind ' +
  'assure reassure concur object protest proclaim affirm reaffirm attest certify swear pronounce ' +
  'declare predict project reckon posit theorize theorise speculate surmise ' +
  'aver avow profess confess recap recapitulate reiterate restate rephrase paraphrase interject interrupt ' +
  'mutter murmur mumble grumble gripe grouse fret sneer jeer taunt heckle tease needle goad ' +
  'rebut refute contradict correct retract rescind recant concede grant decree dictate instruct ' +
  'order command implore beg beseech plead entreat exhort encourage invite request petition ' +
  'foretell foresee prophesy blog retweet livestream podcast narrate recite pontificate ' +
  'lecture preach sermonize editorialize editorialise moralize moralise rant rave gush enthuse marvel ' +
  'scoff snap snarl growl bark quip wisecrack josh';

const THINK =
  'believe think feel know expect hope fear worry doubt suspect assume guess wonder consider regard ' +
  'view see realize realise understand recognize recognise agree disagree figure decide judge imagine ' +
  'trust sense anticipate learn discover find notice perceive presume suppose deem envision envisage ' +
  'remember forget question ponder contemplate weigh ' +
  'gather infer deduce conjecture hypothesize hypothesise intuit ' +
  'grasp appreciate comprehend mistrust misjudge misread overestimate underestimate';

const STANCE =
  'support back endorse favor favour prefer oppose reject approve applaud praise hail laud commend ' +
  'welcome embrace champion defend criticize criticise condemn denounce slam blast lambaste lambast ' +
  'attack assail decry deride mock ridicule dismiss scoff rebuke chide scold fault blame challenge ' +
  'dispute contest resist vote like love hate dislike admire respect distrust thank congratulate ' +
  'apologize apologise bash knock pan trash berate castigate excoriate skewer vilify disparage ' +
  'belittle insult tout celebrate cheer salute honor honour mourn regret ' +
  'rally campaign lobby boycott snub shun spurn rebuff repudiate disavow disown distance ' +
  'veto block oppose sign sponsor cosponsor champion rail fume bristle balk ' +
  'extol eulogize eulogise glorify idolize idolise lionize lionise revere venerate herald trumpet hype ' +
  'demonize demonise scapegoat stigmatize stigmatise malign denigrate badmouth impugn ' +
  'rubbish debunk discredit downplay minimize minimise trivialize trivialise exaggerate overstate understate ' +
  'misrepresent mischaracterize mischaracterise conflate lampoon parody pillory savage lash ' +
  'reprimand admonish censure chastise upbraid harangue hector bemoan deplore abhor loathe detest ' +
  'relish cherish treasure esteem disdain scorn resent begrudge envy pity';

const ACCUSE = 'accuse charge allege blame fault sue indict implicate incriminate impeach smear slander libel defame';

const WANT =
  'want wish plan intend seek aim try vow threaten refuse decline offer push need demand insist ' +
  'strive attempt hope desire prepare pledge promise mean';

const IRREGULAR: Record<string, string> = {
  say: 'said',
  tell: 'told',
  think: 'thought',
  know: 'knew known',
  see: 'saw seen',
  write: 'wrote written',
  speak: 'spoke spoken',
  feel: 'felt',
  find: 'found',
  understand: 'understood',
  mean: 'meant',
  forget: 'forgot forgotten',
  swear: 'swore sworn',
  learn: 'learnt',
  broadcast: 'broadcast',
  hold: 'held',
  cry: 'cried cries',
  deny: 'denied denies',
  reply: 'replied replies',
  imply: 'implied implies',
  testify: 'testified testifies',
  clarify: 'clarified clarifies',
  certify: 'certified certifies',
  try: 'tried tries',
  vilify: 'vilified vilifies',
  decry: 'decried decries',
  ask: 'asked',
};

/** Nominal attribution heads ("her statement", "Trump's remarks", "in an interview"). */
const NOUN =
  'statement statements remarks remark comments comment speech interview testimony letter tweet tweets ' +
  'post posts report memo complaint lawsuit claim claims argument assertion allegation allegations ' +
  'accusation accusations criticism warning announcement view views opinion belief position stance ' +
  'proposal call pledge promise vow endorsement support opposition response reply answer message ' +
  'according op-ed editorial column essay rhetoric rant tirade attack attacks praise assessment ' +
  'analysis estimate estimates forecast prediction poll survey consensus verdict conclusion insistence ' +
  'denial admission confession suggestion recommendation plea appeal demand demands question questions ' +
  'concern concerns fear fears hope hopes doubt doubts objection objections charge charges ' +
  'testimony interview transcript briefing thinking mind';

/** Regular inflections of a base verb: -s/-es, -ed/-d, -ing (dropping a final e, y → ies/ied). */
export function verbForms(base: string): string[] {
  const out = [base];
  const vowelY = /[aeiou]y$/.test(base);
  if (/(s|x|z|ch|sh)$/.test(base)) out.push(base + 'es');
  else if (base.endsWith('y') && !vowelY) out.push(base.slice(0, -1) + 'ies');
  else out.push(base + 's');
  if (base.endsWith('e')) out.push(base + 'd', base.slice(0, -1) + 'ing');
  else if (base.endsWith('y') && !vowelY) out.push(base.slice(0, -1) + 'ied', base + 'ing');
  else out.push(base + 'ed', base + 'ing');
  // doubled final consonant after a single short vowel (vet → vetted), one-syllable only
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base)) {
    const c = base[base.length - 1];
    out.push(base + c + 'ed', base + c + 'ing');
  }
  return out;
}

function build(): Map<string, CueClass> {
  const m = new Map<string, CueClass>();
  const addVerbs = (list: string, cls: CueClass) => {
    for (const b of list.split(/\s+/)) {
      if (!b) continue;
      const forms = verbForms(b);
      if (IRREGULAR[b]) forms.push(...IRREGULAR[b].split(' '));
      for (const f of forms) if (!m.has(f)) m.set(f, cls);
    }
  };
  // more specific classes first: a word keeps its first class
  addVerbs(ACCUSE, 'ACCUSE');
  addVerbs(SAY, 'SAY');
  addVerbs(THINK, 'THINK');
  addVerbs(STANCE, 'STANCE');
  addVerbs(WANT, 'WANT');
  for (const n of NOUN.split(/\s+/)) if (n && !m.has(n)) m.set(n, 'NOUN');
  return m;
}

/** Lower-cased word → its attribution class. */
export const CUE_CLASS: ReadonlyMap<string, CueClass> = build();

/** The attribution class of a lower-cased word, or undefined. */
export function cueClass(lower: string): CueClass | undefined {
  return CUE_CLASS.get(lower);
}

/** True for a lower-cased verb of saying or thinking ("said", "believes"): the verbs with a setting after them and a source that may follow them. */
export function isSayingWord(lower: string): boolean {
  const c = CUE_CLASS.get(lower);
  return c === 'SAY' || c === 'THINK';
}

/**
 * Nouns (and a few determiners-as-heads) that name people or bodies that
 * hold views: a verb after one of them has a human subject ("officials said",
 * "voters support", "40 percent oppose").
 */
export const HUMAN_NOUNS: ReadonlySet<string> = new Set(
  (
    'official officials spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors ' +
    'voter voters supporter supporters critic critics expert experts analyst analysts lawmaker lawmakers ' +
    'senator senators candidate candidates president leader leaders democrats republicans conservatives ' +
    'liberals progressives campaign party committee administration government police prosecutors prosecutor ' +
    'source sources people americans residents respondents percent majority minority group groups members ' +
    'member staff staffer staffers chairman chairwoman chair director secretary governor mayor judge lawyer ' +
    'lawyers attorney attorneys reporters reporter journalist journalists author authors writer editor ' +
    'editors poll polls survey study researchers scientists economists strategist strategists operative ' +
    'operatives activists activist organizers organizer donors donor delegates delegate man woman men women ' +
    'friend friends family spokesmen nominee nominees challenger rival rivals opponent opponents manager ' +
    'executive executives ceo founder pundits commentators observers allies ally insiders agency department ' +
    'court board council union unions organization organisation group coalition movement network newspaper ' +
    'paper magazine outlet website report statement ad ads video letter memo'
  ).split(' '),
);
