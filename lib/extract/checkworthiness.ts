// Check-worthiness 0..1 from surface features, in the spirit of ClaimBuster's three classes:
// checkable facts (numbers, dates, past events, decisions, who-said-what) score high; opinion,
// prediction, speculation, vows and characterisation score low. 0.5 is the threshold.
import { MONTHS, WEEKDAYS } from './lexicon';

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?|half|percent|zero)\b/i;
// Case-sensitive on purpose: "May" is usually the month.
const MODAL = /\b(?:will|would|could|may|might|should|must|can|shall|won['’]t|going to|likely|unlikely|expected to|set to|plans? to|planned to|aims? to|intends? to|looming)\b|^(?:Will|Would|Could|Should|Must|Can)\b/;
const FIRST_PERSON = /\b(?:I|we|my|our|us|me|I['’]m|we['’]re|I['’]ve|we['’]ve)\b/;
const OPINION = /\b(?:believe[sd]?|think|thinks|feel|feels|hope[sd]?|fear[sd]?|worr(?:y|ies|ied)|seem(?:s|ed)?|appear(?:s|ed)?|perhaps|probably|possibly|arguably|apparently|speculation|highlights|particularly|merely|simply|clearly|obviously|deserve[sd]?|ought|need(?:s|ed)? to|confident|frustrat\w*|distressing|alien|careless|best|worst|greatest|ideal|fan of|less about|more about|accuse[sd]?|saw|see[sn]?|view(?:s|ed)?|await\w*|oppose[sd]?|push(?:es)? for|resist|rift|interpret\w*)\b/i;
// Evaluative adjectives: a judgement, not a checkable fact.
const EVALUATIVE = /\b(?:optimistic|pessimistic|unfair|unjust|wrong|dangerous|reckless|irresponsible|unacceptable|ridiculous|absurd|outrageous|shameful|disgraceful|disappointing|encouraging|worrying|troubling|alarming|historic|tremendous|terrible|horrible|wonderful|excellent|brilliant|disastrous|catastrophic|dirtiest|misguided|naive|cynical|hypocritical|dishonest|sensible|wise|foolish|crucial|vital|legitimate|illegitimate|dovish|hawkish)\b/i;
const VOW = /\b(?:vow(?:s|ed)?|promise[sd]?|pledge[sd]?|swore|vowing)\b/i;
// Past events, not counting the reporting verb itself ("said" makes nothing checkable).
const PAST_EVENT = /\b(?:(?!(?:said|told|added|noted|argued|claimed|stated|reported|declared|insisted|warned|suggested|asked|wrote)\b)\w{3,}ed|was|were|had|has been|have been|did|won|lost|fled|killed|died|met|began|left|took|made|held|led|struck|stormed|seized|fought|hit|ran|sent|fell|rose|grew|spent|paid|sold|bought)\b/i;
// Cues that frame the content as stance or forecast rather than fact.
const STANCE_CUE = /^(?:argue[sd]?|arguing|accuse[sd]?|believe[sd]?|think|thinks|thought|hope[sd]?|fear[sd]?|worr(?:y|ies|ied)|warn(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?|vow(?:s|ed)?|promise[sd]?|insist(?:s|ed)?|saw|see|sees|view(?:s|ed)?|call(?:s|ed)? .*question)$/i;
const FINITE_VERB = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|\w{3,}ed|says|said|told|got|gets|made|makes|took|takes|went|goes|came|comes|gave|gives|saw|sees|needs|wants|meets|runs|wins|loses|leads|holds|keeps|shows|seems|[a-z]{3,}s\s+(?:that|to|the|a|an)|isn|wasn|aren|weren|hasn|haven|didn|doesn|won)\b/i;
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/;
const CAP_WORD = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}]+/gu;

// Built once from the lexicon's month and weekday lists.
// Case-sensitive: months and weekdays are capitalised, and "may" is usually the modal.
const DATE_WORD = new RegExp(`\\b(?:${[...MONTHS, ...WEEKDAYS].map((w) => w.charAt(0).toUpperCase() + w.slice(1).replace('.', '\\.')).join('|')})(?![a-z])`);

function hasDate(s: string): boolean {
  return DATE_WORD.test(s) || YEAR.test(s);
}

export interface CheckworthinessInput {
  text: string;
  attributed: boolean;
  /** Cue words of the claim's attributions ("said", "argue"). */
  cues?: readonly string[];
  /** The whole claim sits inside a direct quotation. */
  quoted: boolean;
}

export function checkworthiness({ text, attributed, quoted, cues = [] }: CheckworthinessInput): { score: number; why: string[] } {
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
  else if (EVALUATIVE.test(text)) bump(-0.15, 'evaluative wording');
  if (VOW.test(text)) bump(-0.2, 'vow or pledge');
  if (/\?["”’]?\s*$/.test(text)) bump(-0.3, 'question');
  if (quoted) bump(-0.1, 'direct quotation');
  if (attributed) bump(0.03, 'who said what');
  const words = text.split(/\s+/).length;
  if (cues.some((c) => STANCE_CUE.test(c))) bump(-0.15, 'stance or forecast cue');
  // Fragments (list items, "After that, nothing") state no checkable fact; a full sentence with
  // its final stop is assumed to have a verb even when it is not one the list knows.
  const unterminated = !/[.!?…]["”’')\]]*\s*$/.test(text);
  if ((unterminated || words <= 6) && !FINITE_VERB.test(text)) bump(-0.15, 'fragment without a verb');
  else if (unterminated && /^\W*[A-Z][a-z]+ing\b/.test(text)) bump(-0.1, 'gerund fragment');
  if (words < 5) bump(-0.15, 'very short');
  score = Math.max(0, Math.min(1, score));
  return { score: Math.round(score * 100) / 100, why };
}
