// Attribution patterns for one sentence. Works on tokens outside quotations (a cue inside a
// quote is the speaker's words, not the article's attribution) and returns every source the
// sentence names, with the rule that found it.
import type { RuleId, SourceType } from './types';
import type { Tok } from './tokens';
import { isAdverb, resolveNP, type Context, type ResolvedSource } from './sources';
import {
  ANON_NOUNS,
  ADD_VERBS,
  BE_FORMS,
  NAME_JOINERS,
  OPEN_QUOTES,
  ARTICLES,
  SCENE_PREPOSITIONS,
  COUNTRIES,
  MEDIA_DESCRIPTORS,
  PUBLISHER_FALLBACK,
  RELAY_CUES,
  SELF_REFERENCE_DETERMINERS,
  SUBORDINATORS,
  DEMONYM_ADJECTIVE_ENDING,
  NOT_PEOPLE,
  PLURAL_PEOPLE_ENDING,
  AS_COMPLEMENT_CUES,
  CLAUSE_ONLY_CUES,
  CUE_PARTICLES,
  CALL_VERBS,
  CLAUSE_SPLITTERS,
  CLOSE_QUOTES,
  COMMON_VERBS,
  COORDINATING_OPENERS,
  COORDINATORS,
  FINDING_CUES,
  FINDINGS_NOUNS,
  INTRO_WORDS,
  INVERTIBLE_CUES,
  MODIFIER_OPENERS,
  NOUN_DETERMINERS,
  NOUN_LIKE_CUES,
  NOMINAL_CUES,
  ADVERBIAL_PREPOSITIONS,
  NP_CONTINUERS,
  PASSIVE_AUX,
  POSTMOD_NEXT,
  PREPOSITIONS,
  QUOTED_AS_VERBS,
  REFERRING_DETERMINERS,
  RELATIVE_OPENERS,
  RELATIVE_PRONOUNS,
  RELAY_PARTICIPLES,
  TELL_VERBS,
  DOC_NOUNS,
  MEDIA_WORDS,
  ORG_WORDS,
  ROLE_NOUNS,
  AUX_ADVERBS,
  CONNECTORS,
  DETERMINERS,
  PARTICIPIAL_CUES,
  PERSON_ONLY_CUES,
  SPEECH_CUES,
  STANCE_CUES,
  VAGUE_PATTERNS,
} from './lexicon';

export interface FoundAttribution {
  src: ResolvedSource;
  cue: string | null;
  via: { name: string; type: SourceType } | null;
  rule: RuleId;
  /** What the rule saw, in words ("\"Ana Ruiz\" + cue \"said\""); see explainAttribution. */
  what: string;
  /** Token index where the source's clause starts; used to split "A said X and B said Y". */
  clauseStartTok: number;
  cueTok: number;
}

export interface SentenceAnalysis {
  attributions: FoundAttribution[];
  vague: string | null;
  /** "X said:" with nothing after the colon: introduces the list or quote that follows. */
  leadIn: boolean;
  /** The sentence's grammatical subject when it names a person (feeds pronoun resolution). */
  subject: ResolvedSource | null;
  /** A reporting verb occurs outside quotations, even if no source could be resolved for it. */
  hasCue: boolean;
}

const isBoundaryTok = (t: Tok): boolean => !t.word && t.text !== '(' && t.text !== ')';
function isVerbLike(t: Tok): boolean {
  if (!t.word || t.cap) return false;
  const w = t.lower;
  if (COMMON_VERBS.has(w) || SPEECH_CUES.has(w) || STANCE_CUES.has(w) || PERSON_ONLY_CUES.has(w) || CLAUSE_ONLY_CUES.has(w) || AS_COMPLEMENT_CUES.has(w)) return true;
  if (/n[’']t$/.test(w)) return true;
  return w.length > 4 && /ed$/.test(w);
}

/** A lower-case word after a capitalised one that is still the noun phrase: "Kenyan farmers", "Regional courts". */
function continuesNounPhrase(prev: Tok, t: Tok): boolean {
  const w = t.lower;
  if (NP_CONTINUERS.has(w) || ANON_NOUNS.has(w) || DOC_NOUNS.has(w) || ORG_WORDS.has(w) || ROLE_NOUNS.has(w) || MEDIA_WORDS.has(w)) return true;
  if (w.endsWith('s') && ORG_WORDS.has(w.slice(0, -1))) return true;
  // A plural people noun after an adjective of nationality or place; after a surname the same
  // ending is more often a verb ("Kane orders").
  return PLURAL_PEOPLE_ENDING.test(w) && !NOT_PEOPLE.has(w) && DEMONYM_ADJECTIVE_ENDING.test(prev.lower);
}

/** The sentence's main subject: skip connectors and an introductory phrase, stop at the first verb. */
export function mainSubjectToks(toks: readonly Tok[], from = 0): Tok[] {
  let i = from;
  while (i < toks.length && toks[i].word && CONNECTORS.has(toks[i].lower)) i++;
  if (i < toks.length && toks[i].word && INTRO_WORDS.has(toks[i].lower)) {
    let k = i;
    while (k < toks.length && k - i < 16 && toks[k].text !== ',') k++;
    if (k < toks.length && toks[k].text === ',') i = k + 1;
  }
  while (i < toks.length && toks[i].word && CONNECTORS.has(toks[i].lower)) i++;
  const out: Tok[] = [];
  for (let k = i; k < toks.length && out.length < 20; k++) {
    const t = toks[k];
    if (t.quoted || t.text === '“' || t.text === '"') break;
    if (isVerbLike(t)) break;
    // After a capitalised name, an unknown lower-case word is most likely the verb
    // ("Jo Kane chairs the panel"), unless it continues the noun phrase.
    const prev = out.length ? out[out.length - 1] : null;
    if (prev && prev.cap && !prev.possessive && !DETERMINERS.has(prev.lower) && !CONNECTORS.has(prev.lower) && !INTRO_WORDS.has(prev.lower) && t.word && !t.cap && !continuesNounPhrase(prev, t)) break;
    out.push(t);
  }
  while (out.length && !out[out.length - 1].word) out.pop();
  // Trailing adverbs ("Trump also") are not part of the subject.
  while (out.length && isAdverb(out[out.length - 1])) out.pop();
  return out;
}

/** Resolves the words before a cue, trying the whole segment, then a narrower tail. */
function resolveSegment(seg: Tok[], text: string, ctx: Context): { r: ResolvedSource; toks: Tok[] } | null {
  const r = resolveNP(seg, text, ctx);
  if (r) return { r, toks: seg };
  if (seg.length === 0) return null;
  // "... the only finding that suggests": the antecedent before a relative pronoun.
  let end = seg.length;
  while (end > 0 && AUX_ADVERBS.has(seg[end - 1].lower)) end--;
  if (end > 0 && RELATIVE_PRONOUNS.has(seg[end - 1].lower) && seg[end - 1].lower !== 'whom' && seg[end - 1].lower !== 'whose') {
    let k = end - 1;
    while (k > 0 && seg[k - 1].word && !isVerbLike(seg[k - 1]) && !CLAUSE_SPLITTERS.has(seg[k - 1].lower) && end - 1 - k < 8) k--;
    const np = seg.slice(k, end - 1);
    const r2 = resolveNP(np, text, ctx);
    if (r2) return { r: r2, toks: np };
  }
  // "Several people who attended the meeting said": the noun phrase before the relative clause.
  const rel = seg.findIndex((x, k) => k > 0 && x.word && RELATIVE_PRONOUNS.has(x.lower));
  if (rel > 0 && rel < end - 1) {
    const np = seg.slice(0, rel);
    const r4 = resolveNP(np, text, ctx);
    if (r4) return { r: r4, toks: np };
  }
  // "X said A and the military said B" / "what many Tunisians saw as": the words after the last conjunction.
  for (let k = end - 1; k > 0; k--) {
    if (seg[k].word && CLAUSE_SPLITTERS.has(seg[k].lower) && !seg[k].cap) {
      const tail = seg.slice(k + 1);
      if (tail.length === 0) return null;
      const r3 = resolveNP(tail, text, ctx);
      // "Chile and Peru": both sides named - the whole coordination is the subject (split later).
      if (r3 && seg[k].lower === 'and' && /\p{Lu}/u.test(r3.name) && (r3.type === 'organization' || r3.type === 'person')) {
        const head = resolveNP(seg.slice(0, k), text, ctx);
        if (head && head.type === r3.type && /\p{Lu}/u.test(head.name)) return { r: r3, toks: seg };
      }
      return r3 ? { r: r3, toks: tail } : null;
    }
  }
  return null;
}

/** Counts words in [from, to), stopping at `cap` so long sentences stay linear. */
function wordCount(toks: readonly Tok[], from: number, to: number, cap = 3): number {
  let n = 0;
  for (let k = Math.max(0, from); k < Math.min(to, toks.length) && n < cap; k++) if (toks[k].word) n++;
  return n;
}

/**
 * "told the Ashgrove Clarion": a name of several capitalised words that is no person and no
 * institution the lexicon knows is an outlet; "told us" / "told this newspaper" is the publisher.
 * "told lawmakers", "told the Senate", "told Smith" are audiences, not relays.
 */
function toldOutlet(toks: readonly Tok[], k: number, text: string, ctx: Context): Via {
  const t = toks[k];
  if (!t || t.quoted || !t.word) return null;
  const publisher = { name: ctx.publisher ?? PUBLISHER_FALLBACK, type: 'media' as const };
  if (t.text === 'us') return publisher;
  if (SELF_REFERENCE_DETERMINERS.has(t.lower) && toks[k + 1] && MEDIA_DESCRIPTORS.has(toks[k + 1].lower)) return publisher;
  const np: Tok[] = [];
  for (let j = k; j < toks.length && toks[j].word && !toks[j].quoted && np.length < 6; j++) {
    if (np.length > 0 && !toks[j].cap && !NP_CONTINUERS.has(toks[j].lower)) break;
    if (np.length === 0 && !toks[j].cap && toks[j].lower !== 'the') break;
    np.push(toks[j]);
  }
  while (np.length && !np[np.length - 1].cap) np.pop();
  if (np.filter((x) => x.cap).length < 2) return null;
  const r = resolveNP(np, text, ctx);
  return r && mayBeOutlet(r, text) ? { name: r.name, type: 'media' } : null;
}

/**
 * An outlet, or a name that may be one: a capitalised name with no institution word in it
 * ("the Valley Record", "the Ashgrove Clarion"); "the Senate", "Harbor Council" are institutions.
 */
function mayBeOutlet(r: ResolvedSource, text: string): boolean {
  if (r.type === 'media') return true;
  if (r.type !== 'organization' || (r.basis !== 'capitalised-name' && r.basis !== 'institution')) return false;
  const words = r.name.toLowerCase().split(/\s+/);
  // A single capitalised word is an outlet only with an article: "the Intelligencer", not "Google".
  const single = words.length === 1 && ARTICLES.has(text.slice(r.mentionStart, r.mentionEnd).split(/\s+/)[0].toLowerCase());
  return (words.length >= 2 || single) && !words.some((w) => ORG_WORDS.has(w) || COUNTRIES.has(w) || ORG_WORDS.has(w.replace(/s$/, '')));
}

/** Outlet that relayed the content: "told The Washington Post", "seen by Reuters", "in an interview with the BBC". */
type Via = { name: string; type: SourceType } | null;
/** A found via and where its phrase starts; `wide` when it comes from the sentence, not the cue. */
type ViaHit = { via: Via; at: number; wide: boolean };

function findVia(toks: readonly Tok[], text: string, ctx: Context, cueTok: number, cache: { v?: ViaHit }): ViaHit {
  const tryNP = (k: number): { name: string; type: SourceType } | null => {
    const np: Tok[] = [];
    while (k < toks.length && toks[k].word && !toks[k].quoted && np.length < 8) {
      // "US media", "state television": a lower-case outlet word ends the name.
      if (np.length > 0 && !toks[k].cap && !DETERMINERS.has(toks[k].lower) && toks[k].lower !== 'of' && toks[k].lower !== 'and' && !MEDIA_WORDS.has(toks[k].lower)) break;
      np.push(toks[k]);
      if (toks[k].possessive || (!toks[k].cap && MEDIA_WORDS.has(toks[k].lower))) break;
      k++;
    }
    while (np.length && !np[np.length - 1].cap && !MEDIA_WORDS.has(np[np.length - 1].lower)) np.pop();
    if (!np.length) return null;
    const r = resolveNP(np, text, ctx);
    return r && mayBeOutlet(r, text) ? { name: r.name.replace(/\s+/g, ' '), type: 'media' } : null;
  };
  if (cueTok >= 0 && TELL_VERBS.has(toks[cueTok].lower)) {
    const v = tryNP(cueTok + 1) ?? toldOutlet(toks, cueTok + 1, text, ctx);
    if (v) return { via: v, at: toks[cueTok].start, wide: false };
  }
  // The sentence-wide cues are the same for every attribution in the sentence: look once.
  if (cache.v) return cache.v;
  cache.v = { via: null, at: -1, wide: true };
  for (let k = 0; k < toks.length - 2; k++) {
    const t = toks[k];
    if (t.quoted || !t.word) continue;
    if (RELAY_PARTICIPLES.has(t.lower) && toks[k + 1].lower === 'by') {
      const v = tryNP(k + 2);
      if (v) return (cache.v = { via: v, at: t.start, wide: true });
    }
    if (t.lower === 'interview' && (toks[k + 1].lower === 'with' || toks[k + 1].lower === 'on')) {
      const v = tryNP(k + 2);
      if (v) return (cache.v = { via: v, at: t.start, wide: true });
    }
    if ((t.lower === 'speaking' || t.lower === 'spoke') && toks[k + 1].lower === 'to') {
      const v = tryNP(k + 2);
      if (v) return (cache.v = { via: v, at: t.start, wide: true });
    }
  }
  return cache.v;
}

// A subject is a few words; looking further back than this only finds clauses (and would make
// long unpunctuated input quadratic).
const MAX_SEGMENT = 30;

function segmentBefore(toks: readonly Tok[], i: number): { seg: Tok[]; boundary: number } {
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_SEGMENT && !isBoundaryTok(toks[k]) && !toks[k].quoted) k--;
  return { seg: toks.slice(k + 1, i), boundary: k };
}

function stripConnectors(seg: Tok[]): Tok[] {
  let a = 0;
  while (a < seg.length && seg[a].word && CONNECTORS.has(seg[a].lower)) a++;
  return seg.slice(a);
}

/** A cue word outside quotations and the words before it, as every cue rule sees it. */
interface CueSite {
  /** Token index of the cue. */
  i: number;
  tok: Tok;
  /** The cue as it appears in the output ("said", "calls ... into question"). */
  cueText: string;
  kind: CueKind;
  /** Words between the previous boundary (comma, quote, dash) and the cue. */
  rawSeg: Tok[];
  /** `rawSeg` without clause connectors ("But", "However"). */
  seg: Tok[];
  boundary: number;
  boundaryTok: Tok | null;
}

/** The sentence being analysed, shared by every rule. */
interface SentenceState {
  toks: readonly Tok[];
  text: string;
  ctx: Context;
  subject: ResolvedSource | null;
  found: FoundAttribution[];
  leadIn: boolean;
  viaCache: { v?: ViaHit };
  /** Where a sentence-wide via ("minutes seen by X") was found, per attribution that took it. */
  wideVia: Map<FoundAttribution, number>;
}

/**
 * A rule that reads one cue. It returns true when it has settled the cue (linked a source, or
 * ruled the cue out), so later rules do not look at it; false passes the cue to the next rule.
 */
interface CueRule {
  id: RuleId;
  apply: (s: SentenceState, c: CueSite) => boolean;
}

function add(s: SentenceState, src: ResolvedSource, cue: string | null, cueTok: number, clauseStartTok: number, rule: RuleId, what: string, via?: Via): void {
  let hit: ViaHit = { via: via ?? null, at: -1, wide: false };
  if (via === undefined) hit = findVia(s.toks, s.text, s.ctx, cueTok, s.viaCache);
  if (hit.via && hit.via.name === src.name) return;
  const f: FoundAttribution = { src, cue, via: hit.via, rule, cueTok, clauseStartTok, what };
  if (hit.via && hit.wide) s.wideVia.set(f, hit.at);
  s.found.push(f);
}

/** Reported content follows token k: a that-clause, a colon, or at least two words. */
function hasContentAfter(s: SentenceState, k: number): boolean {
  const { toks } = s;
  let j = k + 1;
  if (j < toks.length && toks[j].lower === 'that') j++;
  if (j < toks.length && toks[j].text === ':') {
    // "X said:" with nothing after the colon introduces the list or quote that follows.
    if (wordCount(toks, j + 1, toks.length) === 0) s.leadIn = true;
    return true;
  }
  return wordCount(toks, j, toks.length) >= 2;
}

/** "X was quoted (by OUTLET) as saying C": the sentence subject speaks. */
function quotedAsSaying(s: SentenceState, c: CueSite): boolean {
  const { toks, text, ctx } = s;
  const { i, tok } = c;
  if (!(c.kind.isParticipial && toks[i - 1]?.lower === 'as' && i >= 2)) return false;
  const quotedAt = toks.slice(Math.max(0, i - 7), i).findIndex((x) => QUOTED_AS_VERBS.has(x.lower));
  const st = mainSubjectToks(toks, 0);
  const r = st.length ? resolveNP(st, text, ctx) : null;
  if (!(r && quotedAt >= 0 && hasContentAfter(s, i))) return false;
  const from = toks[Math.max(0, i - 7) + quotedAt];
  add(s, r, text.slice(from.start, tok.end), i, 0, 'quoted-as-saying', `"${joinToks(st, text)} ... ${text.slice(from.start, tok.end)}"`);
  return true;
}

/** Right after a comma with no words of its own: "..., citing officials" or "..., claiming that C". */
const afterMainClause = (c: CueSite): boolean => c.seg.length === 0 && c.rawSeg.length === 0 && c.boundaryTok?.text === ',' && c.kind.isParticipial;

/** "Reuters reported, citing three officials, that C": the officials speak, the outlet relays. */
function citing(s: SentenceState, c: CueSite): boolean {
  if (!afterMainClause(c) || c.kind.w !== 'citing') return false;
  const { toks, text, ctx, subject } = s;
  const np: Tok[] = [];
  let k = c.i + 1;
  while (k < toks.length && !isBoundaryTok(toks[k]) && !toks[k].quoted && np.length < MAX_SEGMENT) np.push(toks[k++]);
  const r = resolveNP(np, text, ctx);
  if (r && subject && subject.type === 'media') {
    add(s, r, 'citing', c.i, 0, 'citing', `"${subject.name} ... citing" names ${r.name} as the source`, { name: subject.name, type: subject.type });
  }
  return true;
}

/** "The ministry rejected the report, claiming that C": the main clause's subject speaks. */
function participialCue(s: SentenceState, c: CueSite): boolean {
  if (!afterMainClause(c)) return false;
  if (s.subject && hasContentAfter(s, c.i)) {
    add(s, s.subject, c.cueText, c.i, 0, 'participial-cue', `participle "${c.cueText}" after the main clause makes its subject the source`);
  }
  return true;
}

/** "A senior official, speaking on condition of anonymity, said C": the subject and its modifiers fill the sentence up to the comma. */
function subjectWithModifiers(s: SentenceState, c: CueSite): boolean {
  // Only auxiliaries between the comma and the cue: "Regional courts, however, have declared".
  const onlyAux = c.seg.every((x) => AUX_ADVERBS.has(x.lower)) && !(c.seg.length && PASSIVE_AUX.has(c.seg[c.seg.length - 1].lower) && s.toks[c.i + 1]?.lower === 'by');
  if (!(onlyAux && c.rawSeg.every((x) => x.word) && c.boundaryTok?.text === ',')) return false;
  const { toks, text, ctx } = s;
  const st = mainSubjectToks(toks, 0);
  if (!(st.length && st[st.length - 1].idx >= c.boundary - 1)) return false;
  const r = resolveNP(st, text, ctx);
  if (!(r && hasContentAfter(s, c.i) && cueFits(c.kind, r))) return false;
  add(s, r, c.cueText, c.i, 0, 'source-cue-content', `"${joinToks(st, text)}" + cue "${c.cueText}"`);
  return true;
}

/** '"C," said X' and 'C, said X, a ...': the speaker right after an inverted cue. */
function quoteThenSaidSpeaker(s: SentenceState, c: CueSite): boolean {
  const { toks, text, ctx } = s;
  const b = c.boundaryTok;
  if (!(c.seg.length === 0 && c.rawSeg.length === 0 && b && (b.text === ',' || CLOSE_QUOTES.has(b.text)) && INVERTIBLE_CUES.has(c.kind.w))) return false;
  const np: Tok[] = [];
  let k = c.i + 1;
  // The speaker ends at a relative clause: "said a nurse who asked not to be named".
  while (k < toks.length && !isBoundaryTok(toks[k]) && !toks[k].quoted && np.length < 10 && !RELATIVE_PRONOUNS.has(toks[k].lower) && !SUBORDINATORS.has(toks[k].lower)) np.push(toks[k++]);
  // The speaker is a bare noun phrase: "said the timeline was" is a clause, not a speaker. One
  // that ends in a name may carry participles and adverbs: "said the recently named chair Ana Ruiz".
  const beforePrep = np.findIndex((x, k) => k > 0 && SCENE_PREPOSITIONS.has(x.lower));
  const core = beforePrep > 0 ? np.slice(0, beforePrep) : np;
  const endsWithName = core.length > 1 && core[core.length - 1].cap;
  const clean = np.length > 0 && !PREPOSITIONS.has(np[0].lower) &&
    (endsWithName ? !core.some((x) => !x.cap && (COMMON_VERBS.has(x.lower) || SPEECH_CUES.has(x.lower))) : !np.some((x) => isVerbLike(x) || (AUX_ADVERBS.has(x.lower) && !x.cap)));
  const r = clean ? resolveNP(endsWithName ? core : np, text, ctx) : null;
  if (!(r && wordCount(toks, 0, c.boundary) >= 2)) return false;
  add(s, r, c.cueText, c.i, 0, 'quote-then-said-speaker', `inverted "${c.cueText} ${r.name}" after the quoted content`);
  return true;
}

/**
 * Passive speech verb: "Smith was told by officials that C" - the agent after "by" is the source,
 * the subject only heard it; without an agent ("it was reported") nobody is named.
 */
function passiveByAgent(s: SentenceState, c: CueSite): boolean {
  const beforeCue = c.rawSeg.length ? c.rawSeg[c.rawSeg.length - 1].lower : '';
  // "are demanding" is progressive, not passive.
  if (!(c.kind.isSpeech && !c.kind.isStance && PASSIVE_AUX.has(beforeCue) && !c.kind.w.endsWith('ing'))) return false;
  const { toks, text, ctx } = s;
  if (toks[c.i + 1]?.lower === 'by') {
    const np: Tok[] = [];
    let k = c.i + 2;
    while (k < toks.length && toks[k].word && !toks[k].quoted && toks[k].lower !== 'that' && np.length < 12) np.push(toks[k++]);
    const r = resolveNP(np, text, ctx);
    if (r && hasContentAfter(s, k - 1)) add(s, r, text.slice(c.tok.start, toks[c.i + 1].end), c.i, 0, 'passive-by-agent', `passive "${c.tok.text} by" names ${r.name}`);
  }
  return true;
}

/** The subject before the cue: "X said (that) C" (source-cue-content) or "C, X said" (content-then-source-cue). */
function subjectBeforeCue(s: SentenceState, c: CueSite): boolean {
  const { toks, text, ctx } = s;
  const { i, seg, rawSeg, boundary, boundaryTok, cueText } = c;
  const w = c.kind.w;
  let resolved: { r: ResolvedSource; toks: Tok[] } | null = null;
  const conjoined = seg.length === 0 || COORDINATORS.has(rawSeg[rawSeg.length - 1]?.lower ?? '') ||
    (seg.length > 0 && COORDINATORS.has(seg.filter((x) => !AUX_ADVERBS.has(x.lower)).slice(-1)[0]?.lower ?? ''));
  if (conjoined) {
    // "..., and General Ana Ruiz, chief of staff, told C": a named person and an appositive just
    // before the cue are its subject, not the subject of the sentence's first clause.
    if (seg.length === 0 && boundaryTok?.text === ',') {
      const s1 = segmentBefore(toks, boundary);
      const s2 = s1.seg.length && s1.boundary >= 0 && toks[s1.boundary].text === ',' ? segmentBefore(toks, s1.boundary) : null;
      const r2 = s2 ? resolveSegment(stripConnectors(s2.seg), text, ctx) : null;
      const r1 = s1.seg.length ? resolveNP(s1.seg, text, ctx) : null;
      if (r2 && r2.r.type === 'person' && /\p{Lu}/u.test(r2.r.name) && r2.toks.length && r2.toks[0].idx > 0 && !(r1 && (r1.basis === 'named-person' || r1.basis === 'name-resolved'))) resolved = r2;
    }
    // "X condemned the attack and said ...": the subject of the first verb.
    const clauseStart = boundary >= 0 && seg.length > 0 ? boundary + 1 : 0;
    const st = resolved ? [] : mainSubjectToks(toks, clauseStart);
    const r = st.length ? resolveNP(st, text, ctx) : null;
    if (r) resolved = { r, toks: st };
  } else {
    resolved = resolveSegment(seg, text, ctx);
    // Appositive or modifier between commas: "Ajmi Lourimi, a member of ..., said",
    // "A senior official, speaking on condition of anonymity, said", "X, who ..., said".
    const modifier = seg.length > 0 && (MODIFIER_OPENERS.has(seg[0].lower) || (!seg[0].cap && /(?:ing|ed)$/.test(seg[0].lower)));
    if (boundaryTok && boundaryTok.text === ',' && (modifier || !resolved || resolved.r.type !== 'person' || !/\p{Lu}/u.test(resolved.r.name))) {
      const { seg: seg0 } = segmentBefore(toks, boundary);
      const wider = stripConnectors([...seg0, boundaryTok, ...seg]);
      const r0 = seg0.length ? resolveNP(wider, text, ctx) : null;
      if (r0 && (modifier || (r0.type === 'person' && /\p{Lu}/u.test(r0.name)))) resolved = { r: r0, toks: wider };
    }
  }
  if (!resolved) return false;
  const { r } = resolved;
  // "smaller than what McKinley said, but ...": "what X said" names a statement; it attributes nothing.
  const opener = resolved.toks.length ? toks[resolved.toks[0].idx - 1] : undefined;
  if (opener?.lower === 'what' && (!toks[i + 1] || !toks[i + 1].word)) return false;
  if (!cueFits(c.kind, r)) return false;
  // "Intelligence reports seen by ...": a noun, not the verb "reports".
  if (NOUN_LIKE_CUES.has(w) && (POSTMOD_NEXT.has(toks[i + 1]?.lower ?? '') || (toks[i + 1] && isVerbLike(toks[i + 1])))) return false;

  const clauseStartTok = resolved.toks.length ? resolved.toks[0].idx : 0;
  // A quotation before the speaker is content even when short ("“We’re done,” she said").
  const quotedBefore = clauseStartTok > 0 && toks.slice(0, Math.min(clauseStartTok, 4)).some((x) => x.quoted);
  const contentBefore = wordCount(toks, 0, clauseStartTok) >= (quotedBefore ? 1 : 3);
  const contentAfter = hasContentAfter(s, i);
  if (!contentBefore && !contentAfter) return false;
  // Content before and only a few adverbial words after ("..., the office said on Thursday."):
  // the suffix pattern. Otherwise the cue introduces the content after it.
  const afterWords = wordCount(toks, i + 1, toks.length, 5);
  const rule: RuleId = contentBefore && afterWords <= 4 && toks[i + 1]?.lower !== 'that' && toks[i + 1]?.text !== ':' ? 'content-then-source-cue' : 'source-cue-content';
  // Coordinated speakers: "Smith and Adler said" names two sources.
  const andAt = resolved.toks.findIndex((x) => x.lower === 'and' && x.word);
  // "Egypt and Jordan criticised": two named institutions; "Department of Health and Human
  // Services" is one (an "of"/"for" just before the "and" joins parts of a name).
  const nameJoin = resolved.toks.slice(0, andAt).some((x) => NAME_JOINERS.has(x.lower));
  const named = (x: ResolvedSource | null): x is ResolvedSource => !!x && (x.type === 'person' || (x.type === 'organization' && x.basis !== 'pronoun')) && /\p{Lu}/u.test(x.name);
  if (andAt > 0 && (r.type === 'person' || r.type === 'organization') && !nameJoin) {
    const left = resolveNP(resolved.toks.slice(0, andAt), text, ctx);
    const right = resolveNP(resolved.toks.slice(andAt + 1), text, ctx);
    if (named(left) && named(right) && left.name !== right.name && (r.type === 'organization' || (left.type === 'person' && right.type === 'person'))) {
      add(s, left, cueText, i, clauseStartTok, rule, `"${joinToks(resolved.toks, text)}" (first of two speakers) + cue "${cueText}"`);
      add(s, right, cueText, i, clauseStartTok, rule, `"${joinToks(resolved.toks, text)}" (second of two speakers) + cue "${cueText}"`);
      return true;
    }
  }
  add(s, r, cueText, i, clauseStartTok, rule, `"${joinToks(resolved.toks, text)}" + cue "${cueText}"`);
  return true;
}

/**
 * The cue rules, tried in this order on every cue word; the first that settles the cue wins.
 * `subjectBeforeCue` makes both `source-cue-content` and `content-then-source-cue` links.
 */
export const CUE_RULES: readonly CueRule[] = [
  { id: 'quoted-as-saying', apply: quotedAsSaying },
  { id: 'citing', apply: citing },
  { id: 'participial-cue', apply: participialCue },
  { id: 'source-cue-content', apply: subjectWithModifiers },
  { id: 'quote-then-said-speaker', apply: quoteThenSaidSpeaker },
  { id: 'passive-by-agent', apply: passiveByAgent },
  { id: 'source-cue-content', apply: subjectBeforeCue },
];

/** "According to X, C" / "C, according to X" / "per X"; `width` is the cue's length in tokens. Returns the index of the last token it read. */
function accordingTo(s: SentenceState, i: number, width: number): number {
  const { toks, text, ctx } = s;
  const np: Tok[] = [];
  let k = i + width;
  while (k < toks.length && !isBoundaryTok(toks[k]) && !toks[k].quoted && np.length < MAX_SEGMENT) np.push(toks[k++]);
  // "according to reports from U.S. media, including The Washington Post," keeps the inclusion.
  const r = resolveNP(np, text, ctx);
  if (r) {
    const atStart = wordCount(toks, 0, i) <= 2;
    add(s, r, text.slice(toks[i].start, toks[i + width - 1].end), i, atStart ? 0 : i, atStart ? 'according-to-prefix' : 'according-to-suffix', `"according to" names ${r.name}`);
  }
  return k - 1;
}

/** "Among its key findings: C" - a document's findings introduced by a colon. */
function findingsColon(s: SentenceState): void {
  const { toks, text, ctx } = s;
  for (let i = 0; i + 2 < toks.length && i < 6; i++) {
    const f = toks.slice(i + 2, i + 5).findIndex((x) => FINDINGS_NOUNS.has(x.lower));
    if (toks[i].lower !== 'among' || f < 0) continue;
    const d = ctx.lastDoc;
    const fTok = toks[i + 2 + f];
    if (d && REFERRING_DETERMINERS.has(toks[i + 1].lower)) {
      const src: ResolvedSource = { ...d, mentionStart: toks[i + 1].start, mentionEnd: toks[i + 1].end, how: `"${toks[i + 1].text}" refers back to ${d.name}`, basis: 'pronoun' };
      add(s, src, text.slice(toks[i + 1].end, fTok.end).trim(), i + 2, 0, 'findings-colon', `"Among ${toks[i + 1].text} findings:" introduces content from ${d.name}`, null);
    }
    return;
  }
}

/** "Minister Ada Holm: “We will not ...”": a speaker, a colon, and the quotation. */
function speakerColon(s: SentenceState): void {
  const { toks, text, ctx } = s;
  const colon = toks.findIndex((x) => x.text === ':' && !x.quoted);
  if (colon < 1 || colon > 12) return;
  const after = toks[colon + 1];
  if (!after || !(OPEN_QUOTES.has(after.text) || after.quoted)) return;
  let np = toks.slice(0, colon);
  if (np.some((x) => x.quoted || !x.word)) return;
  // "The Trust in a statement:" - the channel is not part of the speaker.
  const scene = np.findIndex((x, k) => k > 0 && SCENE_PREPOSITIONS.has(x.lower));
  if (scene > 0) np = np.slice(0, scene);
  if (np.some((x) => isVerbLike(x))) return;
  const r = resolveNP(np, text, ctx);
  if (r && r.type !== 'document') add(s, r, ':', colon, 0, 'speaker-colon', `"${joinToks(np, text)}" followed by a colon and a quotation`);
}

/** Longest possessor read before a nominal cue ("the Port Authority of Ashford's"). */
const MAX_POSSESSOR = 6;

/**
 * "The ministry's announcement (on Friday) that C ...": a possessor opening the sentence, a nominal
 * cue and a that-clause within a few words. The possessor is the source and the noun is the cue.
 */
function possessiveNominalCue(s: SentenceState): void {
  const { toks, text, ctx } = s;
  for (let i = 1; i + 2 < toks.length && i <= MAX_POSSESSOR; i++) {
    const noun = toks[i];
    const owner = toks[i - 1];
    if (!NOMINAL_CUES.has(noun.lower) || noun.quoted || !owner.possessive || owner.quoted) continue;
    let that = i + 1;
    while (that < toks.length && that <= i + 5 && toks[that].lower !== 'that' && toks[that].word && !toks[that].quoted) that++;
    if (toks[that]?.lower !== 'that' || wordCount(toks, that + 1, toks.length) < 2) continue;
    let from = i - 1;
    while (from > 0 && i - from < MAX_POSSESSOR) {
      const t = toks[from - 1];
      if (!t.word || t.quoted || t.possessive || PREPOSITIONS.has(t.lower) || ADVERBIAL_PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || COORDINATORS.has(t.lower) || t.lower === 'that' || isVerbLike(t)) break;
      from--;
    }
    // The possessive ending is not part of the name: "A spokeswoman's" names "A spokeswoman".
    const bare = owner.text.replace(/['’]s?$/, '');
    const np = [...toks.slice(from, i - 1), { ...owner, text: bare, end: owner.start + bare.length, possessive: false }];
    // Only as the sentence's subject ("The ministry's announcement that C surprised parents"); in
    // an adverbial ("Despite the ministry's insistence that C, the deficit grew") or an object ("He
    // rejected the agency's claim that C") the sentence asserts something else, in another voice.
    if (wordCount(toks, 0, from) > 0) return;
    const r = resolveNP(np, text, ctx);
    if (!r) continue;
    add(s, r, noun.text, i, 0, 'possessive-nominal-cue', `"${joinToks(toks.slice(from, i + 1), text)} that" names ${r.name}`);
    return;
  }
}

/**
 * "The announcement by the Port Authority that C ...", "Claims by two former guards that C ...": a
 * nominal cue opening the sentence, "by" and its agent, then a that-clause. The agent is the source.
 */
function nominalByAgentCue(s: SentenceState): void {
  const { toks, text, ctx } = s;
  const i = ARTICLES.has(toks[0]?.lower ?? '') ? 1 : 0;
  const noun = toks[i];
  if (!noun || !NOMINAL_CUES.has(noun.lower) || noun.quoted || toks[i + 1]?.lower !== 'by') return;
  let that = i + 2;
  while (that < toks.length && that - i <= MAX_POSSESSOR + 2 && toks[that].lower !== 'that' && toks[that].word && !toks[that].quoted && !isVerbLike(toks[that])) that++;
  if (toks[that]?.lower !== 'that' || that === i + 2 || wordCount(toks, that + 1, toks.length) < 2) return;
  const r = resolveNP(toks.slice(i + 2, that), text, ctx);
  if (r) add(s, r, noun.text, i, 0, 'nominal-by-agent-cue', `"${joinToks(toks.slice(i, that + 1), text)}" names ${r.name}`);
}

/** Rules over the whole sentence, tried in order while no rule has linked a source. */
export const SENTENCE_RULES: ReadonlyArray<{ id: RuleId; apply: (s: SentenceState) => void }> = [
  { id: 'speaker-colon', apply: speakerColon },
  { id: 'findings-colon', apply: findingsColon },
  { id: 'possessive-nominal-cue', apply: possessiveNominalCue },
  { id: 'nominal-by-agent-cue', apply: nominalByAgentCue },
];

/** Reads the cue a token may be, or null when it is none. */
function cueAt(toks: readonly Tok[], text: string, i: number): { cueText: string; kind: CueKind } | null {
  const t = toks[i];
  const w = t.lower;
  let cueText = t.text;
  let isSpeech = SPEECH_CUES.has(w);
  // "ruled that C", "ruled out C", "pointed out that C": clause-only cues need the clause or particle.
  if (CLAUSE_ONLY_CUES.has(w)) {
    const next = toks[i + 1];
    if (next && CUE_PARTICLES.get(w) === next.lower) {
      isSpeech = true;
      cueText = text.slice(t.start, next.end);
    } else if (next && (next.lower === 'that' || next.text === ':')) isSpeech = true;
  }
  // "described the plan as a betrayal": a characterisation needs its "as".
  if (AS_COMPLEMENT_CUES.has(w)) isSpeech = toks[i + 1]?.lower === 'that' || toks.slice(i + 1, i + 10).some((x) => x.lower === 'as' && !x.quoted);
  const isStance = STANCE_CUES.has(w);
  const isPersonOnly = PERSON_ONLY_CUES.has(w);
  // "calls that into question": an idiom a document can be the subject of. "X called the
  // campaign 'the dirtiest'" and "X called for Y" report speech too.
  if (CALL_VERBS.has(w)) {
    if (toks[i + 1]?.lower === 'for' || toks.slice(i + 1, i + 6).some((x) => x.text === '“' || x.text === '"')) isSpeech = true;
    for (let k = i + 1; k < Math.min(toks.length - 1, i + 5); k++) {
      if (toks[k].lower === 'into' && toks[k + 1].lower === 'question') {
        isSpeech = true;
        cueText = text.slice(t.start, toks[k + 1].end);
        break;
      }
    }
  }
  const isParticipial = PARTICIPIAL_CUES.has(w);
  if (!isSpeech && !isStance && !isPersonOnly && !isParticipial) return null;
  return { cueText, kind: { isSpeech, isStance, isPersonOnly, isParticipial, w, thatNext: toks[i + 1]?.lower === 'that' } };
}

export function analyzeSentence(toks: readonly Tok[], text: string, start: number, end: number, ctx: Context): SentenceAnalysis {
  const subjToks = mainSubjectToks(toks);
  const subject = subjToks.length ? resolveNP(subjToks, text, ctx) : null;
  const s: SentenceState = { toks, text, ctx, subject, found: [], leadIn: false, viaCache: {}, wideVia: new Map() };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || t.quoted) continue;
    // "According to" may be capitalised at the start of a sentence.
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      i = accordingTo(s, i, 2);
      continue;
    }
    // "per the WHO", "said, per Feng": "per" before a name works as "according to"; "per cent",
    // "per day" do not name anyone.
    if (t.lower === 'per' && (toks[i + 1]?.cap || (toks[i + 1]?.lower === 'the' && toks[i + 2]?.cap))) {
      i = accordingTo(s, i, 1);
      continue;
    }
    if (t.cap || t.possessive) continue; // "the state's premier": a possessive noun is no verb
    const cue = cueAt(toks, text, i);
    if (!cue) continue;
    // "resolutions declaring X illegal", "a reporting station": an -ing form right after a noun
    // modifies it. As a cue it needs a comma before it (the participial rules) or a form of
    // "be" ("advocates are urging").
    const before = i > 0 ? toks[i - 1] : null;
    if (t.lower.endsWith('ing') && before && before.word && !BE_FORMS.has(before.lower) && !AUX_ADVERBS.has(before.lower) && before.lower !== 'as') continue;
    // "adding to the pressure", "added to the list": not speech.
    if (ADD_VERBS.has(t.lower) && toks[i + 1]?.lower === 'to') continue;
    // A determiner before the word makes it a noun ("the report", "his claims").
    const prev = i > 0 ? toks[i - 1] : null;
    if (prev && prev.word && (NOUN_DETERMINERS.has(prev.lower) || prev.possessive)) continue;
    if (prev && prev.lower === 'to') continue; // "declined to say", "is expected to report"
    const { seg: rawSeg, boundary } = segmentBefore(toks, i);
    // A cue inside a relative clause ("Brewer, who testified at trial, said") is not the main
    // cue; a participle right after a comma is read by the participial rules first.
    if (rawSeg.length > 0 && RELATIVE_OPENERS.has(rawSeg[0].lower)) continue;
    const site: CueSite = { i, tok: t, cueText: cue.cueText, kind: cue.kind, rawSeg, seg: stripConnectors(rawSeg), boundary, boundaryTok: boundary >= 0 ? toks[boundary] : null };
    for (const rule of CUE_RULES) if (rule.apply(s, site)) break;
  }

  for (const rule of SENTENCE_RULES) if (s.found.length === 0) rule.apply(s);

  // One attribution per source: "said ... but insisted" is one speaker. An outlet that only
  // relays ("Reuters reported, citing officials") is the via, not a second source.
  const found = s.found;
  const unique: FoundAttribution[] = [];
  const first = found[0];
  const relays = new Set(found.filter((f) => f.rule === 'citing' && f.via).map((f) => f.via!.name));
  for (const f of found) {
    if (f.rule !== 'citing' && f.src.type === 'media' && relays.has(f.src.name)) continue;
    // "Media reported that the governor called ...": a speaker inside the content of the first
    // attribution is part of what is reported, not a second source of the claim.
    // After "According to X," a speaker with a cue of its own is the source and X relays it (below).
    if (f !== first && first && first.rule !== 'according-to-prefix' && f.clauseStartTok > first.cueTok && f.rule === 'source-cue-content' && coordinationStart(toks, f.clauseStartTok) === f.clauseStartTok) continue;
    if (unique.some((u) => u.src.name === f.src.name && u.src.type === f.src.type)) continue;
    unique.push(f);
  }

  // "X said C, the Valley Record reported" / "X said C, according to Reuters": an outlet or party
  // named after a speaker's cue relays that speaker; a document there ("according to a
  // statement") is the speaker's channel. Neither is a second source.
  // "According to NPR's Feng, Li Jifeng wrote that C": the speaker after the prefix is the source.
  const prefix = unique[0];
  if (prefix && prefix.rule === 'according-to-prefix' && prefix.src.type !== 'document' && (prefix.src.type === 'person' || mayBeOutlet(prefix.src, text))) {
    const speaker = unique.find((g) => g.cueTok > prefix.cueTok && g.rule === 'source-cue-content' && g.src.type !== 'document');
    if (speaker) {
      speaker.via ??= { name: prefix.src.name, type: prefix.src.type === 'person' ? 'person' : 'media' };
      unique.shift();
    }
  }
  for (let k = unique.length - 1; k > 0; k--) {
    const f = unique[k];
    const relayCue = f.rule === 'according-to-suffix' || (f.rule === 'content-then-source-cue' && RELAY_CUES.has(toks[f.cueTok]?.lower ?? ''));
    const speaker = unique.find((g) => g !== f && g.cueTok < f.cueTok && g.rule !== 'according-to-suffix' && g.src.type !== 'document');
    if (!relayCue || !speaker) continue;
    if (f.src.type !== 'document') {
      if (f.src.type !== 'person' && !mayBeOutlet(f.src, text)) continue;
      speaker.via ??= { name: f.src.name, type: f.src.type === 'person' ? 'person' : 'media' };
    } else if (f.via) speaker.via ??= f.via; // "according to minutes seen by the Courier"
    unique.splice(k, 1);
  }

  // With several sources, a sentence-wide relay ("minutes seen by X") belongs to the source
  // whose words contain it, not to every source of the sentence.
  if (unique.length > 1) {
    for (const f of unique) {
      const at = s.wideVia.get(f);
      if (at !== undefined && !(at >= f.src.mentionStart && at <= f.src.mentionEnd + 2)) f.via = null;
    }
  }

  let vague: string | null = null;
  const sentenceText = text.slice(start, end);
  const masked = toks.some((x) => x.quoted) ? maskQuoted(toks, sentenceText, start) : sentenceText;
  for (const re of VAGUE_PATTERNS) {
    const m = re.exec(masked);
    if (m) {
      vague = m[0];
      break;
    }
  }
  const hasCue = toks.some((x) => x.word && !x.quoted && !x.cap && SPEECH_CUES.has(x.lower) && !NOUN_LIKE_CUES.has(x.lower));
  return { attributions: unique, vague, leadIn: s.leadIn, subject, hasCue };
}

/** The explanation shown to fact-checkers: what the rule saw, how the name resolved, the relay. */
export function explainAttribution(f: FoundAttribution): string {
  return `${f.what}; ${f.src.how}${f.via ? `; relayed by ${f.via.name}` : ''}.`;
}

interface CueKind {
  isSpeech: boolean;
  isStance: boolean;
  isPersonOnly: boolean;
  isParticipial: boolean;
  w: string;
  thatNext: boolean;
}

function cueFits(k: CueKind, r: ResolvedSource): boolean {
  // Stance verbs carry content for anyone when a "that"-clause follows ("Smith believes that
  // ..."); without it only for groups ("Officials are worried about ...").
  const group = r.type === 'anonymous' || (r.type === 'organization' && r.basis !== 'capitalised-name');
  if (k.isStance && !k.isSpeech && !group && !k.thatNext) return false;
  if (k.isPersonOnly && r.type !== 'person') return false;
  if (FINDING_CUES.has(k.w) && r.type !== 'document' && !k.thatNext) return false;
  if (k.isParticipial && !k.isSpeech && !k.isStance) return false;
  return true;
}

/**
 * Where a coordinated clause starting at `k` begins, including its "and"/"but"/"while" and the
 * comma or semicolon before it; returns `k` itself when nothing coordinates it.
 */
export function coordinationStart(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j > 0 && toks[j - 1].word && COORDINATING_OPENERS.has(toks[j - 1].lower)) j--;
  while (j > 0 && (toks[j - 1].text === ',' || toks[j - 1].text === ';')) j--;
  return j;
}

function joinToks(toks: readonly Tok[], text: string): string {
  return toks.length ? text.slice(toks[0].start, toks[toks.length - 1].end) : '';
}

function maskQuoted(toks: readonly Tok[], s: string, start: number): string {
  const chars = s.split('');
  for (const t of toks) if (t.quoted) for (let k = t.start; k < t.end; k++) chars[k - start] = ' ';
  return chars.join('');
}
