/**
 * Hand-written word lists the claim extractor's rules use around a cue found
 * by the trained classifier (models/claims-cues.json): addressee verbs,
 * auxiliaries and adverbs between source and cue, noun-phrase stops, time
 * words, pronouns.
 */

/** Verbs whose object is the addressee: "told reporters (that) …". */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(
  'tell tells told telling warn warns warned assure assured assures remind reminded reminds inform informed informs ask asks asked urge urged urges'.split(
    ' ',
  ),
);

/** Words that may sit between a source and its cue ("has previously said"). */
export const AUX_ADVERBS: ReadonlySet<string> = new Set(
  (
    'has have had is was were are be been would will could may might also ' +
    'previously later then repeatedly often never once again recently ' +
    'reportedly publicly privately frequently earlier first last did does do ' +
    'already still even just further explicitly not has’t didn’t doesn’t ' +
    'has’t hasn’t haven’t won’t wouldn’t can’t couldn’t can should must ' +
    'only quickly flatly bluntly simply clearly openly'
  ).split(' '),
);

/** Words that end a source noun phrase when walking left from a cue. */
export const NP_STOP: ReadonlySet<string> = new Set(
  (
    'that which who whom whose and but or because if when while as since ' +
    'although though where after before than so yet nor for whether ' +
    'said says say told'
  ).split(' '),
);

/** Words after a cue that are time or setting, not content ("said Friday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday ' +
    'tonight earlier later recently previously again also on in at last this ' +
    'week month year morning afternoon evening night'
  ).split(' '),
);

/** Pronouns that can be a source, resolved to an earlier entity. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
/** Plural/collective pronouns, resolved to an earlier organisation or group. */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'we', 'it']);
