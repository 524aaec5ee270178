// Check-worthiness 0..1 from surface features, in the spirit of ClaimBuster's three classes:
// checkable facts (numbers, dates, past events, decisions, who-said-what) score high; opinion,
// prediction, speculation, vows and characterisation score low. 0.5 is the threshold. The word
// lists are in lexicon.ts; the weights are hand-set, not fitted to any annotated data. Each class the
// GUIDE names as not check-worthy costs 0.25; README.md lists every feature with an example.
import { CHARACTERISATION, DECISION_CUES, EVALUATIVE, FEELING, FORECAST_CUE, FINITE_VERB, FIRST_PERSON, HEDGE, HEDGED_FUTURE, MODAL, MONTHS, NORMATIVE, NUMBER, OPINION, ORDINAL, PAST_EVENT, REFUSAL, RELATIVE_DATE, RELATIVE_OPENER, SCHEDULED_ACT, SPECULATIVE, STANCE_CUE, TIME_ANCHOR, VOW, WEEKDAYS } from './lexicon';

const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/;
const CAP_WORD = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}]+/gu;

// Built once from the lexicon's month and weekday lists.
// Case-sensitive: months and weekdays are capitalised, and "may" is usually the modal.
const DATE_WORD = new RegExp(`\\b(?:${[...MONTHS, ...WEEKDAYS].map((w) => w.charAt(0).toUpperCase() + w.slice(1).replace('.', '\\.')).join('|')})(?![a-z])`);

const MODAL_ALL = new RegExp(MODAL.source, 'g');
const CLAUSE_BREAK = /[,;:—–()]/;

/**
 * True when some modal sits in the sentence's own assertion, not only inside a relative or time
 * clause opened after the last comma and at most four words before the modal ("tested everyone who
 * might have been exposed"); further on, the relative clause has usually ended ("engineers who
 * inspected the bridge say it could fail").
 */
function modalInMainClause(text: string): boolean {
  for (const m of text.matchAll(MODAL_ALL)) {
    const before = text.slice(0, m.index);
    let opener = -1;
    for (const r of before.matchAll(RELATIVE_OPENER)) opener = r.index;
    const clause = before.slice(opener);
    // A clause that opens the sentence ("What the court decides could ...") is its subject.
    if (opener <= 0 || CLAUSE_BREAK.test(clause) || clause.trim().split(/\s+/).length > 5) return true;
  }
  return false;
}

function hasDate(s: string): boolean {
  return DATE_WORD.test(s) || YEAR.test(s) || RELATIVE_DATE.test(s);
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
  // A decision reported with its obligation ("the court ruled that firms must ...") is a fact about
  // the decision, not a forecast.
  const decision = cues.some((c) => DECISION_CUES.has(c.toLowerCase()));
  // A refusal's modal ("would not say") forecasts nothing; blank it before looking for one.
  const unrefused = text.replace(REFUSAL, (m) => ' '.repeat(m.length));
  const forecast = MODAL.test(unrefused) && !decision && modalInMainClause(unrefused);
  // In a speculation the figures and dates are part of the guess, so they earn nothing.
  const forecastCue = cues.some((c) => FORECAST_CUE.test(c));
  const speculation = (forecast && SPECULATIVE.test(text)) || forecastCue;
  const number = !speculation && (NUMBER.test(text) || ORDINAL.test(text));
  const date = !speculation && hasDate(text);
  const past = PAST_EVENT.test(text);
  const caps = text.match(CAP_WORD)?.length ?? 0;
  if (number) bump(0.15, 'number');
  if (date) bump(0.1, 'date');
  if (past) bump(0.08, 'past event');
  if (caps >= 2) bump(0.05, 'named entities');
  if (forecast) {
    bump(-0.25, speculation ? 'speculation (could, may, likely)' : 'modal or prediction');
    // A planned act with a concrete time ("will address the assembly on Sunday") is an event on a
    // date, which the GUIDE counts as checkable; hedged ("could", "likely") it stays speculation.
    if (SCHEDULED_ACT.test(text) && TIME_ANCHOR.test(text) && !HEDGED_FUTURE.test(text)) bump(0.2, 'scheduled event with a date');
  }
  if (HEDGE.test(text)) bump(-0.25, 'uncertainty about the fact');
  if (NORMATIVE.test(text)) bump(-0.25, 'what is needed (normative)');
  if (CHARACTERISATION.test(text)) bump(-0.25, 'characterisation (called it, described as)');
  if (attributed && FEELING.test(text)) bump(-0.25, "speaker's own feelings");
  if (FIRST_PERSON.test(text)) bump(-0.2, 'first person');
  if (OPINION.test(text)) bump(-0.2, 'opinion or stance wording');
  else if (EVALUATIVE.test(text)) bump(-0.15, 'evaluative wording');
  if (VOW.test(text)) bump(-0.2, 'vow or pledge');
  if (/\?["”’]?\s*$/.test(text)) bump(-0.3, 'question');
  if (quoted) bump(-0.1, 'direct quotation');
  if (attributed) bump(0.03, 'who said what');
  const words = text.split(/\s+/).length;
  if (cues.some((c) => STANCE_CUE.test(c)) || forecastCue) bump(-0.15, 'stance or forecast cue');
  // Fragments (list items, "After that, nothing") state no checkable fact; a full sentence with
  // its final stop is assumed to have a verb even when it is not one the list knows.
  const unterminated = !/[.!?…]["”’')\]]*\s*$/.test(text);
  if ((unterminated || words <= 6) && !FINITE_VERB.test(text)) bump(-0.15, 'fragment without a verb');
  else if (unterminated && /^\W*[A-Z][a-z]+ing\b/.test(text)) bump(-0.1, 'gerund fragment');
  if (words < 5) bump(-0.15, 'very short');
  score = Math.max(0, Math.min(1, score));
  return { score: Math.round(score * 100) / 100, why };
}
