/** Article texts of our own for the page-key tests: one story, a variant of it, and another story. */

export const STORY = [
  'The harbour board voted on Tuesday to close the old ferry pier for two years while engineers rebuild its timber frame.',
  'Commuters who cross the estuary each morning will be sent to a temporary landing stage further up the river, the board said.',
  'Marta Okafor, who chairs the board, told reporters that the pier had been patched so often that no one could say how much of it was original.',
  'Repairs are expected to cost about twelve million pounds, most of it from a regional fund set up after the floods of last winter.',
  'Shop owners near the pier said they feared losing the foot traffic that keeps their cafes and kiosks open through the quiet months.',
].join('\n\n');

/** The same story as an AMP or mobile page shows it: no photo caption, a shorter last line, an extra prompt. */
export const STORY_VARIANT = [
  'The harbour board voted on Tuesday to close the old ferry pier for two years while engineers rebuild its timber frame.',
  'Commuters who cross the estuary each morning will be sent to a temporary landing stage further up the river, the board said.',
  'Marta Okafor, who chairs the board, told reporters that the pier had been patched so often that no one could say how much of it was original.',
  'Repairs are expected to cost about twelve million pounds, most of it from a regional fund set up after the floods of last winter.',
  'Shop owners near the pier said they feared losing foot traffic.',
  'Read more local news.',
].join('\n\n');

export const OTHER_STORY = [
  'A small bakery on the high street has won a national prize for its rye loaf, beating more than four hundred entries.',
  'The owners, a brother and sister who took over from their grandfather, said they still use his sourdough starter every day.',
  'Judges praised the crust and the open crumb, and said the loaf tasted of the grain rather than of the oven.',
  'The prize comes with a trip to a baking fair abroad and a year of flour from a mill in the north.',
].join('\n\n');
