// Check-worthiness 0..1 from surface features, in the spirit of ClaimBuster's three classes:
// checkable facts (numbers, dates, past events, decisions, who-said-what) score high; opinion,
// prediction, speculation, vows and characterisation score low. 0.5 is the threshold.
import { MONTHS, WEEKDAYS } from './lexicon';

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?|half|percent|zero)\b/i;
const MODAL = /\b(?:will|would|could|may|might|should|must|can|shall|won['’]t|going to|likely|unlikely|expected to|set to|plans? to|aims? to)\b/i;
const FIRST_PERSON = /\b(?:I|we|my|our|us|me|I['’]m|we['’]re|I['’]ve|we['’]ve)\b/;
const OPINION = /\b(?:believe[sd]?|think|thinks|feel|feels|hope[sd]?|fear[sd]?|worr(?:y|ies|ied)|seem(?:s|ed)?|appear(?:s|ed)?|perhaps|probably|possibly|arguably|apparently|speculation|highlights|particularly|merely|simply|clearly|obviously|deserve[sd]?|ought|need(?:s|ed)? to|confident|frustrat\w*|distressing|alien|careless|best|worst|greatest|ideal|fan of|less about|more about|accuse[sd]?|saw|see[sn]?|view(?:s|ed)?|await\w*|oppose[sd]?|push(?:es)? for|resist|rift|interpret\w*)\b/i;
const VOW = /\b(?:vow(?:s|ed)?|promise[sd]?|pledge[sd]?|swore|vowing|would not|will not|won['’]t|never)\b/i;
const PAST_EVENT = /\b(?:\w{3,}ed|was|were|had|has been|have been|did|won|lost|fled|killed|died|met|said|told|began|left|took|made|held|led|struck|stormed|seized|fought|hit|ran|sent)\b/i;
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/;
const CAP_WORD = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}]+/gu;

function hasDate(s: string): boolean {
  for (const m of s.toLowerCase().matchAll(/[a-z]+\.?/g)) if (MONTHS.has(m[0]) || WEEKDAYS.has(m[0])) return true;
  return YEAR.test(s);
}

export interface CheckworthinessInput {
  text: string;
  attributed: boolean;
  /** The whole claim sits inside a direct quotation. */
  quoted: boolean;
}

export function checkworthiness({ text, attributed, quoted }: CheckworthinessInput): { score: number; why: string[] } {
  let score = 0.55;
  const why: string[] = [];
  const bump = (d: number, reason: string) => {
    score += d;
    why.push(`${d > 0 ? '+' : ''}${d.toFixed(2)} ${reason}`);
  };
  if (NUMBER.test(text)) bump(0.15, 'number');
  if (hasDate(text)) bump(0.1, 'date');
  if (PAST_EVENT.test(text)) bump(0.08, 'past event');
  const caps = text.match(CAP_WORD)?.length ?? 0;
  if (caps >= 2) bump(0.05, 'named entities');
  if (MODAL.test(text)) bump(-0.25, 'modal or prediction');
  if (FIRST_PERSON.test(text)) bump(-0.2, 'first person');
  if (OPINION.test(text)) bump(-0.2, 'opinion or stance wording');
  if (VOW.test(text)) bump(-0.2, 'vow or pledge');
  if (/\?["”’]?\s*$/.test(text)) bump(-0.3, 'question');
  if (quoted) bump(-0.1, 'direct quotation');
  if (attributed) bump(0.03, 'who said what');
  const words = text.split(/\s+/).length;
  if (words < 5) bump(-0.15, 'very short');
  score = Math.max(0, Math.min(1, score));
  return { score: Math.round(score * 100) / 100, why };
}
