/**
 * Lower-case particles that stand inside a person's name ("Ursula von der
 * Leyen", "Osama bin Laden", "Bashar al-Assad"). Shared by the entity
 * recogniser (a name extends over them) and the claims' source finder (a
 * phrase holding them is still a name).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'ben',
  'ter',
  'zu',
]);

/** "bin", "von", or a hyphenated particle ("al-Assad"). */
export function isNameParticle(w: string): boolean {
  return NAME_PARTICLES.has(w) || NAME_PARTICLES.has(w.split('-')[0]);
}
