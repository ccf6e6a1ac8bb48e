/**
 * Grammatical gender hints for pronoun sources: common English first names
 * by usual gender, so "she said" does not resolve to the last man named.
 * Unknown names fit either pronoun.
 */

const FEMALE = new Set(
  (
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty ' +
    'sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca ' +
    'laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine ' +
    'emma ruth christine catherine debra rachel carolyn janet virginia maria heather diane julie joyce ' +
    'victoria kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ' +
    'ann jean alice kathryn gloria teresa doris sara janice julia marie madison grace judy theresa beverly ' +
    'denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis lori kayla jane ' +
    'hillary chelsea nancy elaine kamala ivanka melania michelle condoleezza nikki sarah kellyanne hope ' +
    'elizabeth dianne loretta susana jill huma donna debbie kirsten tammy claire marsha ileana theresa ' +
    'angela ursula christine jacinda liz sonia sheikh golda indira benazir aung'
  ).split(' '),
);

const MALE = new Set(
  (
    'james robert john michael david william richard joseph thomas charles christopher daniel matthew ' +
    'anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason ' +
    'jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel ' +
    'gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas ' +
    'zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean ' +
    'austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan ' +
    'juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bernie ' +
    'mike ted marco jeb chris rand ben bill newt mitch reince rudy vladimir xi kim emmanuel boris ' +
    'justin narendra recep benjamin bashar hassan tim rex jim jared eric steve paul lindsey'
  ).split(' '),
);

/** 'f', 'm' or null (unknown) for a person's name, by its first word. */
export function nameGender(name: string): 'f' | 'm' | null {
  const parts = name
    .toLowerCase()
    .replace(/^(mr|mrs|ms|sen|rep|gov|dr|president|senator)\.?\s+/, '')
    .split(/\s+/);
  if (/^(mrs|ms|miss)\b/.test(name.toLowerCase())) return 'f';
  if (/^mr\b/.test(name.toLowerCase())) return 'm';
  const first = parts[0] ?? '';
  if (FEMALE.has(first) && !MALE.has(first)) return 'f';
  if (MALE.has(first) && !FEMALE.has(first)) return 'm';
  return null;
}

/** The gender a pronoun asks for: 'f' for she/her, 'm' for he/him, else null. */
export function pronounGender(p: string): 'f' | 'm' | null {
  const w = p.toLowerCase();
  if (w === 'she' || w === 'her') return 'f';
  if (w === 'he' || w === 'him') return 'm';
  return null;
}
