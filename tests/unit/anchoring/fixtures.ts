/**
 * Article texts written for the anchoring tests and the robustness suite.
 * Blocks are joined by a blank line, as the article extractor joins them.
 * They repeat phrases on purpose: the same short words in many places, and
 * near-duplicate sentences, so that a matcher that trusts the quote alone
 * lands on the wrong passage.
 */

export const COUNCIL_ARTICLE = [
  'Harbour plan approved after a long night at the town hall',
  'The council said on Tuesday that the harbour plan would be reviewed again in the spring, after residents filled the town hall for a meeting that ran past midnight.',
  'Mayor Ellen Okafor told the meeting that the plan had changed a great deal since the first draft. "We listened, and we changed the plan," she said. "The harbour belongs to everyone who lives here."',
  'The plan would rebuild the old fish market, widen the sea wall and add a footpath from the station to the lighthouse. It would cost 14.2 million pounds over six years, of which the national government would pay about half.',
  'Opponents said the plan would bring more traffic to streets that were never built for it. The council said on Thursday that the traffic study would be published before the vote, and that no work would start before 2027.',
  'Sam Reyes, who runs a boat repair yard on the east quay, said he had not been asked about the plan at all. "They say they listened, but nobody listened to us," he said. "The harbour belongs to the people who work on it."',
  'Advertisement',
  'The meeting ended shortly after one in the morning with a vote of nine to four in favour. Two councillors abstained, saying that the cost figures had arrived too late for them to read.',
  'The council said on Tuesday that the harbour plan would be reviewed by an independent panel as well. The panel will report in March, and the council will publish its report in full.',
  'A second meeting is planned for the spring. Residents who want to speak at it can register on the council website or at the library on Church Street.',
].join('\n\n');

export const SCIENCE_ARTICLE = [
  'Glaciers in the Alps lost a tenth of their ice in two years, survey finds',
  'Swiss glaciers lost about ten per cent of their remaining volume in 2022 and 2023, according to a survey published on Monday by the national glacier monitoring network.',
  'The losses were the largest since records began in the early twentieth century. Scientists said that a dry winter followed by two very hot summers had left the ice exposed for months, and that dust from the Sahara had darkened its surface so that it absorbed more of the sun.',
  '"We are seeing glaciers that were still healthy ten years ago break apart," said Dr Lena Brunner, who led the survey. "Some of the smaller ones will be gone within a decade, whatever happens to emissions."',
  'The network measures about twenty glaciers in detail each year, drilling stakes into the ice and reading them at the end of summer. It then estimates the volume of the other fourteen hundred glaciers in the country from aerial photographs and radar.',
  'In 2022 the network recorded a loss of about six per cent, and in 2023 a further four per cent. Before that, a loss of two per cent in one year had been considered extreme.',
  'The survey found that glaciers below three thousand metres were losing ice fastest. Several small glaciers in the east of the country had split into pieces, and the survey no longer measures two of them because they have stopped moving.',
  'Dr Brunner said that the survey would continue, and that the network would add new glaciers to replace those it had lost. "We measure what is left," she said. "That is the job now."',
  'The findings match those of a European study published last year, which found that glaciers across the Alps had lost about half their volume since 1931.',
].join('\n\n');

export const FIXTURE_TEXTS: { name: string; text: string }[] = [
  { name: 'fixture-council', text: COUNCIL_ARTICLE },
  { name: 'fixture-science', text: SCIENCE_ARTICLE },
];
