// Attribution patterns for one sentence. Works on tokens outside quotations (a cue inside a
// quote is the speaker's words, not the article's attribution) and returns every source the
// sentence names, with the rule that found it.
import type { SourceType } from './types';
import type { Tok } from './tokens';
import { resolveNP, type Context, type ResolvedSource } from './sources';
import {
  ANON_NOUNS,
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
  rule: string;
  explanation: string;
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
const CLOSE_QUOTE = new Set(['”', '"', '»']);
const INVERTIBLE = new Set('said says added adds wrote writes asked asks explained explains noted notes continued recalled recalls argued argues insisted insists declared declares warned warns told tells'.split(' '));
const RELATIVE = new Set(['that', 'which', 'who']);
const CLAUSE_SPLITTERS = new Set('and but while whereas what that as because although though when if since so whom which who where'.split(' '));
const INTRO = new Set(
  'in on at after before during with without since despite although though while when as speaking asked talking following amid under for from by because if once until unlike like given last this earlier later hours days weeks months years in'.split(
    ' ',
  ),
);
const NP_CONTINUERS = new Set('of and for at in on from with to the de del da van von bin al el la le der du des y e'.split(' '));
const COMMON_VERBS = new Set(
  'made took went gave met won lost left held began came got put set ran led fled hit cut sent spent built brought bought fought kept struck stood drew knew grew threw became remained makes takes goes gives meets wins loses leaves holds begins comes gets puts sets runs leads hits cuts sends spends builds brings buys fights keeps strikes stands draws knows grows throws becomes remains is are was were has have had will would could can may might should must does did do'.split(
    ' ',
  ),
);
// Cues that only attribute when the subject is a document or a "that"-clause follows ("Police found a body" is an event).
// Words that make the next word a noun ("the report", "his claims"); "that" is left out because
// "the finding that suggests" is a relative clause.
const NOUN_DETERMINERS = new Set('the a an his her their its our my your this these those new latest recent'.split(' '));
// Cue words that are also plural nouns ("reports", "claims"); a following participle or verb
// shows the noun reading.
const NOUN_LIKE_CUES = new Set('reports claims estimates states findings notes comments charges shows warnings promises posts tweets concerns fears hopes views doubts calls'.split(' '));
const POSTMOD_NEXT = /^(?:seen|obtained|reviewed|published|released|issued|from|of|by)$/;
const PREPOSITIONS = new Set('in on at to for from with by of about after before during over under into'.split(' '));
const FINDING_CUES = new Set('find finds found show shows showed shown'.split(' '));

function isVerbLike(t: Tok): boolean {
  if (!t.word || t.cap) return false;
  const w = t.lower;
  if (COMMON_VERBS.has(w) || SPEECH_CUES.has(w) || STANCE_CUES.has(w) || PERSON_ONLY_CUES.has(w)) return true;
  if (/n[’']t$/.test(w)) return true;
  return w.length > 4 && /ed$/.test(w);
}

/** The sentence's main subject: skip connectors and an introductory phrase, stop at the first verb. */
export function mainSubjectToks(toks: readonly Tok[], from = 0): Tok[] {
  let i = from;
  while (i < toks.length && toks[i].word && CONNECTORS.has(toks[i].lower)) i++;
  if (i < toks.length && toks[i].word && INTRO.has(toks[i].lower)) {
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
    if (prev && prev.cap && !prev.possessive && !DETERMINERS.has(prev.lower) && !CONNECTORS.has(prev.lower) && !INTRO.has(prev.lower) && t.word && !t.cap && !NP_CONTINUERS.has(t.lower) && !ANON_NOUNS.has(t.lower) && !DOC_NOUNS.has(t.lower) && !ORG_WORDS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !MEDIA_WORDS.has(t.lower)) break;
    out.push(t);
  }
  while (out.length && !out[out.length - 1].word) out.pop();
  // Trailing adverbs ("Trump also") are not part of the subject.
  while (out.length && AUX_ADVERBS.has(out[out.length - 1].lower)) out.pop();
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
  if (end > 0 && RELATIVE.has(seg[end - 1].lower)) {
    let k = end - 1;
    while (k > 0 && seg[k - 1].word && !isVerbLike(seg[k - 1]) && !CLAUSE_SPLITTERS.has(seg[k - 1].lower) && end - 1 - k < 8) k--;
    const np = seg.slice(k, end - 1);
    const r2 = resolveNP(np, text, ctx);
    if (r2) return { r: r2, toks: np };
  }
  // "Several people who attended the meeting said": the noun phrase before the relative clause.
  const rel = seg.findIndex((x, k) => k > 0 && x.word && /^(?:who|that|which)$/.test(x.lower));
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

/** Outlet that relayed the content: "told The Washington Post", "seen by Reuters", "in an interview with the BBC". */
type Via = { name: string; type: SourceType } | null;
/** A found via and where its phrase starts; `wide` when it comes from the sentence, not the cue. */
type ViaHit = { via: Via; at: number; wide: boolean };

function findVia(toks: readonly Tok[], text: string, ctx: Context, cueTok: number, cache: { v?: ViaHit }): ViaHit {
  const tryNP = (k: number): { name: string; type: SourceType } | null => {
    const np: Tok[] = [];
    while (k < toks.length && toks[k].word && !toks[k].quoted && np.length < 8) {
      if (np.length > 0 && !toks[k].cap && !DETERMINERS.has(toks[k].lower) && !/^(?:of|and)$/.test(toks[k].lower)) break;
      np.push(toks[k]);
      if (toks[k].possessive) break;
      k++;
    }
    while (np.length && !np[np.length - 1].cap) np.pop();
    if (!np.length) return null;
    const r = resolveNP(np, text, ctx);
    return r && r.type === 'media' ? { name: r.name.replace(/\s+/g, ' '), type: 'media' } : null;
  };
  if (cueTok >= 0 && /^(?:told|tells|tell|telling)$/.test(toks[cueTok].lower)) {
    const v = tryNP(cueTok + 1);
    if (v) return { via: v, at: toks[cueTok].start, wide: false };
  }
  // The sentence-wide cues are the same for every attribution in the sentence: look once.
  if (cache.v) return cache.v;
  cache.v = { via: null, at: -1, wide: true };
  for (let k = 0; k < toks.length - 2; k++) {
    const t = toks[k];
    if (t.quoted || !t.word) continue;
    if (/^(?:seen|obtained|reviewed|viewed|quoted|cited|polled|surveyed|interviewed|contacted)$/.test(t.lower) && toks[k + 1].lower === 'by') {
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

export function analyzeSentence(toks: readonly Tok[], text: string, start: number, end: number, ctx: Context): SentenceAnalysis {
  const found: FoundAttribution[] = [];
  const viaCache: { v?: ViaHit } = {};
  const wideVia = new Map<FoundAttribution, number>();
  let leadIn = false;
  const sentenceText = text.slice(start, end);

  const subjToks = mainSubjectToks(toks);
  const subject = subjToks.length ? resolveNP(subjToks, text, ctx) : null;

  const add = (
    src: ResolvedSource,
    cue: string | null,
    cueTok: number,
    clauseStartTok: number,
    rule: string,
    what: string,
  ) => {
    const hit = findVia(toks, text, ctx, cueTok, viaCache);
    const via = hit.via;
    if (via && via.name === src.name) return;
    const f: FoundAttribution = {
      src,
      cue,
      via,
      rule,
      cueTok,
      clauseStartTok,
      explanation: `${what}; ${src.how}${via ? `; relayed by ${via.name}` : ''}.`,
    };
    if (via && hit.wide) wideVia.set(f, hit.at);
    found.push(f);
  };

  const hasContentAfter = (k: number): boolean => {
    let j = k + 1;
    if (j < toks.length && toks[j].lower === 'that') j++;
    if (j < toks.length && toks[j].text === ':') {
      if (wordCount(toks, j + 1, toks.length) === 0) {
        leadIn = true;
        return true;
      }
      return true;
    }
    return wordCount(toks, j, toks.length) >= 2;
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || t.quoted || t.cap) {
      // "According to" may be capitalised at the start of a sentence.
      if (!(t.word && !t.quoted && t.lower === 'according')) continue;
    }
    const w = t.lower;

    if (w === 'according' && toks[i + 1]?.lower === 'to') {
      const np: Tok[] = [];
      let k = i + 2;
      while (k < toks.length && !isBoundaryTok(toks[k]) && !toks[k].quoted && np.length < MAX_SEGMENT) np.push(toks[k++]);
      // "according to reports from U.S. media, including The Washington Post," keeps the inclusion.
      const r = resolveNP(np, text, ctx);
      if (r) {
        const atStart = wordCount(toks, 0, i) <= 2;
        add(r, text.slice(t.start, toks[i + 1].end), i, atStart ? 0 : i, atStart ? 'according-to-prefix' : 'according-to-suffix', `"according to" names ${r.name}`);
      }
      i = k - 1;
      continue;
    }

    let cueText = t.text;
    let isSpeech = SPEECH_CUES.has(w);
    const isStance = STANCE_CUES.has(w);
    const isPersonOnly = PERSON_ONLY_CUES.has(w);
    // "calls that into question": an idiom a document can be the subject of. "X called the
    // campaign 'the dirtiest'" and "X called for Y" report speech too.
    if (/^call(?:s|ed)?$/.test(w)) {
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
    if (!isSpeech && !isStance && !isPersonOnly && !isParticipial) continue;
    const kind: CueKind = { isSpeech, isStance, isPersonOnly, isParticipial, w, thatNext: toks[i + 1]?.lower === 'that' };
    const cueAllowed = (r: ResolvedSource): boolean => cueFits(kind, r);
    // A determiner before the word makes it a noun ("the report", "his claims").
    const prev = i > 0 ? toks[i - 1] : null;
    if (prev && prev.word && (NOUN_DETERMINERS.has(prev.lower) || prev.possessive)) continue;
    if (prev && prev.lower === 'to') continue; // "declined to say", "is expected to report"

    // "X was quoted (by OUTLET) as saying C": the sentence subject speaks.
    if (isParticipial && prev?.lower === 'as' && i >= 2) {
      const quotedAt = toks.slice(Math.max(0, i - 7), i).findIndex((x) => /^(?:quoted|cited|heard|described)$/.test(x.lower));
      const st = mainSubjectToks(toks, 0);
      const r = st.length ? resolveNP(st, text, ctx) : null;
      if (r && quotedAt >= 0 && hasContentAfter(i)) {
        const from = toks[Math.max(0, i - 7) + quotedAt];
        add(r, text.slice(from.start, t.end), i, 0, 'quoted-as-saying', `"${joinToks(st, text)} ... ${text.slice(from.start, t.end)}"`);
        continue;
      }
    }

    const { seg: rawSeg, boundary } = segmentBefore(toks, i);
    const seg = stripConnectors(rawSeg);
    const boundaryTok = boundary >= 0 ? toks[boundary] : null;

    // "..., claiming that C" / "..., saying C": the main clause's subject speaks.
    if (seg.length === 0 && boundaryTok && boundaryTok.text === ',' && isParticipial && rawSeg.length === 0) {
      if (w === 'citing') {
        const np: Tok[] = [];
        let k = i + 1;
        while (k < toks.length && !isBoundaryTok(toks[k]) && !toks[k].quoted && np.length < MAX_SEGMENT) np.push(toks[k++]);
        const r = resolveNP(np, text, ctx);
        if (r && subject && subject.type === 'media') {
          const via = { name: subject.name, type: subject.type };
          found.push({ src: r, cue: 'citing', via, rule: 'citing', cueTok: i, clauseStartTok: 0, explanation: `"${subject.name} ... citing" names ${r.name} as the source; ${r.how}; relayed by ${subject.name}.` });
        }
        continue;
      }
      if (subject && hasContentAfter(i)) {
        add(subject, cueText, i, 0, 'participial-cue', `participle "${cueText}" after the main clause makes its subject the source`);
      }
      continue;
    }

    // A cue inside a relative clause ("Brewer, who testified at trial, said") is not the main cue.
    if (rawSeg.length > 0 && /^(?:who|whom|whose|which)$/.test(rawSeg[0].lower)) continue;

    // "X, speaking on condition of anonymity, said C": the subject and its modifiers fill the
    // sentence up to the comma before the cue.
    if (seg.length === 0 && rawSeg.length === 0 && boundaryTok && boundaryTok.text === ',') {
      const st = mainSubjectToks(toks, 0);
      if (st.length && st[st.length - 1].idx >= boundary - 1) {
        const r = resolveNP(st, text, ctx);
        if (r && hasContentAfter(i) && cueAllowed(r)) {
          add(r, cueText, i, 0, 'source-cue-content', `"${joinToks(st, text)}" + cue "${cueText}"`);
          continue;
        }
      }
    }

    // '"C," said X' / '"C," X said' with the speaker after the cue.
    if (seg.length === 0 && (rawSeg.length === 0) && boundaryTok && (boundaryTok.text === ',' || CLOSE_QUOTE.has(boundaryTok.text)) && INVERTIBLE.has(w)) {
      const np: Tok[] = [];
      let k = i + 1;
      // The speaker ends at a relative clause: "said a nurse who asked not to be named".
      while (k < toks.length && !isBoundaryTok(toks[k]) && !toks[k].quoted && np.length < 10 && !/^(?:who|whom|whose|which|that)$/.test(toks[k].lower)) np.push(toks[k++]);
      // The speaker is a bare noun phrase: "said the timeline was" is a clause, not a speaker.
      const clean = np.length > 0 && !PREPOSITIONS.has(np[0].lower) && !np.some((x) => isVerbLike(x) || AUX_ADVERBS.has(x.lower) && !x.cap);
      const r = clean ? resolveNP(np, text, ctx) : null;
      if (r && wordCount(toks, 0, boundary) >= 2) {
        add(r, cueText, i, 0, 'quote-then-said-speaker', `inverted "${cueText} ${r.name}" after the quoted content`);
        continue;
      }
    }

    // Passive speech verb: "Smith was told by officials that C" - the agent after "by" is the
    // source, the subject only heard it; without an agent ("it was reported") nobody is named.
    const beforeCue = rawSeg.length ? rawSeg[rawSeg.length - 1].lower : '';
    if (isSpeech && !isStance && /^(?:was|were|been|being|is|are)$/.test(beforeCue)) {
      if (toks[i + 1]?.lower === 'by') {
        const np: Tok[] = [];
        let k = i + 2;
        while (k < toks.length && toks[k].word && !toks[k].quoted && toks[k].lower !== 'that' && np.length < 12) np.push(toks[k++]);
        const r = resolveNP(np, text, ctx);
        if (r && hasContentAfter(k - 1)) add(r, text.slice(t.start, toks[i + 1].end), i, 0, 'passive-by-agent', `passive "${t.text} by" names ${r.name}`);
      }
      continue;
    }

    let resolved: { r: ResolvedSource; toks: Tok[] } | null = null;
    const conjoined = seg.length === 0 || /^(?:and|but|or)$/.test(rawSeg[rawSeg.length - 1]?.lower ?? '') ||
      (seg.length > 0 && /^(?:and|but|or)$/.test(seg.filter((x) => !AUX_ADVERBS.has(x.lower)).slice(-1)[0]?.lower ?? ''));
    if (conjoined) {
      // "X condemned the attack and said ...": the subject of the first verb.
      const clauseStart = boundary >= 0 && seg.length > 0 ? boundary + 1 : 0;
      const st = mainSubjectToks(toks, clauseStart);
      const r = st.length ? resolveNP(st, text, ctx) : null;
      if (r) resolved = { r, toks: st };
    } else {
      resolved = resolveSegment(seg, text, ctx);
      // Appositive or modifier between commas: "Ajmi Lourimi, a member of ..., said",
      // "A senior official, speaking on condition of anonymity, said", "X, who ..., said".
      const modifier = seg.length > 0 && (/^(?:who|which|whose|a|an)$/.test(seg[0].lower) || (!seg[0].cap && /(?:ing|ed)$/.test(seg[0].lower)));
      if (boundaryTok && boundaryTok.text === ',' && (modifier || !resolved || resolved.r.type !== 'person' || !/\p{Lu}/u.test(resolved.r.name))) {
        const { seg: seg0 } = segmentBefore(toks, boundary);
        const wider = stripConnectors([...seg0, boundaryTok, ...seg]);
        const r0 = seg0.length ? resolveNP(wider, text, ctx) : null;
        if (r0 && (modifier || (r0.type === 'person' && /\p{Lu}/u.test(r0.name)))) resolved = { r: r0, toks: wider };
      }
    }
    if (!resolved) continue;
    const { r } = resolved;
    if (!cueAllowed(r)) continue;
    // "Intelligence reports seen by ...": a noun, not the verb "reports".
    if (NOUN_LIKE_CUES.has(w) && (POSTMOD_NEXT.test(toks[i + 1]?.lower ?? '') || (toks[i + 1] && isVerbLike(toks[i + 1])))) continue;

    const clauseStartTok = resolved.toks.length ? resolved.toks[0].idx : 0;
    // A quotation before the speaker is content even when short ("“We’re done,” she said").
    const quotedBefore = clauseStartTok > 0 && toks.slice(0, Math.min(clauseStartTok, 4)).some((x) => x.quoted);
    const contentBefore = wordCount(toks, 0, clauseStartTok) >= (quotedBefore ? 1 : 3);
    const contentAfter = hasContentAfter(i);
    if (!contentBefore && !contentAfter) continue;
    // Content before and only a few adverbial words after ("..., the office said on Thursday."):
    // the suffix pattern. Otherwise the cue introduces the content after it.
    const afterWords = wordCount(toks, i + 1, toks.length, 5);
    const rule = contentBefore && afterWords <= 4 && toks[i + 1]?.lower !== 'that' && toks[i + 1]?.text !== ':' ? 'content-then-source-cue' : 'source-cue-content';
    // Coordinated speakers: "Smith and Adler said" names two sources.
    const andAt = resolved.toks.findIndex((x) => x.lower === 'and' && x.word);
    if (andAt > 0 && r.type === 'person') {
      const left = resolveNP(resolved.toks.slice(0, andAt), text, ctx);
      const right = resolveNP(resolved.toks.slice(andAt + 1), text, ctx);
      if (left && right && left.type === 'person' && right.type === 'person' && left.name !== right.name) {
        add(left, cueText, i, clauseStartTok, rule, `"${joinToks(resolved.toks, text)}" (first of two speakers) + cue "${cueText}"`);
        add(right, cueText, i, clauseStartTok, rule, `"${joinToks(resolved.toks, text)}" (second of two speakers) + cue "${cueText}"`);
        continue;
      }
    }
    add(r, cueText, i, clauseStartTok, rule, `"${joinToks(resolved.toks, text)}" + cue "${cueText}"`);
  }

  // "Among its key findings: C" - a document's findings introduced by a colon.
  if (found.length === 0) {
    for (let i = 0; i + 2 < toks.length && i < 6; i++) {
      const f = toks.slice(i + 2, i + 5).findIndex((x) => /^(?:findings|conclusions|recommendations)$/.test(x.lower));
      if (toks[i].lower === 'among' && f >= 0) {
        const d = ctx.lastDoc;
        const fTok = toks[i + 2 + f];
        if (d && /^(?:its|their|the)$/.test(toks[i + 1].lower)) {
          found.push({
            src: { ...d, mentionStart: toks[i + 1].start, mentionEnd: toks[i + 1].end, how: `"${toks[i + 1].text}" refers back to ${d.name}` },
            cue: text.slice(toks[i + 1].end, fTok.end).trim(),
            via: null,
            rule: 'findings-colon',
            cueTok: i + 2,
            clauseStartTok: 0,
            explanation: `"Among ${toks[i + 1].text} findings:" introduces content from ${d.name}.`,
          });
        }
        break;
      }
    }
  }

  // One attribution per source: "said ... but insisted" is one speaker. An outlet that only
  // relays ("Reuters reported, citing officials") is the via, not a second source.
  const unique: FoundAttribution[] = [];
  const first = found[0];
  const relays = new Set(found.filter((f) => f.rule === 'citing' && f.via).map((f) => f.via!.name));
  for (const f of found) {
    if (f.rule !== 'citing' && f.src.type === 'media' && relays.has(f.src.name)) continue;
    // "Media reported that the governor called ...": a speaker inside the content of the first
    // attribution is part of what is reported, not a second source of the claim.
    if (f !== first && first && f.clauseStartTok > first.cueTok && f.rule === 'source-cue-content' && coordinationStart(toks, f.clauseStartTok) === f.clauseStartTok) continue;
    if (unique.some((u) => u.src.name === f.src.name && u.src.type === f.src.type)) continue;
    unique.push(f);
  }

  // With several sources, a sentence-wide relay ("minutes seen by X") belongs to the source
  // whose words contain it, not to every source of the sentence.
  if (unique.length > 1) {
    for (const f of unique) {
      const at = wideVia.get(f);
      if (at !== undefined && !(at >= f.src.mentionStart && at <= f.src.mentionEnd + 2)) {
        f.via = null;
        f.explanation = f.explanation.replace(/; relayed by [^;]*\.$/, '.');
      }
    }
  }

  let vague: string | null = null;
  const masked = toks.some((x) => x.quoted) ? maskQuoted(toks, sentenceText, start) : sentenceText;
  for (const re of VAGUE_PATTERNS) {
    const m = re.exec(masked);
    if (m) {
      vague = m[0];
      break;
    }
  }
  const hasCue = toks.some((x) => x.word && !x.quoted && !x.cap && (SPEECH_CUES.has(x.lower) && !NOUN_LIKE_CUES.has(x.lower)));
  return { attributions: unique, vague, leadIn, subject, hasCue };
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
  const group = r.type === 'anonymous' || (r.type === 'organization' && !/capitalised name/.test(r.how));
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
  while (j > 0 && toks[j - 1].word && /^(?:and|but|while|whereas)$/.test(toks[j - 1].lower)) j--;
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
