// The invented article the publisher-site pages carry, as paragraphs. claimdesk imports the plain
// text (straight quotes); each page writes it its own way (typographic quotes, links, other spacing).
export const PUBLISHER_ARTICLE_TITLE = 'Riverton approves new flood wall after spring floods';

export const PUBLISHER_ARTICLE_PARAGRAPHS = [
  'The Riverton city council voted on Tuesday to build a flood wall along the east bank of the Sable River.',
  'The wall will cost $48 million and take three years to build, according to the council\'s infrastructure report.',
  '"We lost 120 homes to the water in April, and we cannot let that happen again," said Mayor Elena Ruiz.',
  'The spring floods caused $210 million in damage across the county, the state emergency agency said.',
  'Two engineers who worked on the design told the Riverton Herald that the wall was planned for a once-in-a-century flood.',
  'Critics say the money would be better spent moving families away from the river.',
  'Insurance premiums in the riverside districts have doubled since 2021, according to figures from the Sable Valley Insurers Association.',
  '"A wall only moves the water downstream to the next town," said Tomas Berg, a hydrologist at Northfield University.',
  'A council spokesperson said construction would begin in March next year.',
  'The river has flooded the east bank four times in the last ten years.',
];

/** The text claimdesk imports: title, then the paragraphs. */
export function publisherArticleText(): string {
  return [PUBLISHER_ARTICLE_TITLE, '', ...PUBLISHER_ARTICLE_PARAGRAPHS.flatMap((p) => [p, ''])].join('\n').trim();
}
