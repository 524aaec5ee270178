// The pipeline: blocks → sentences → attributions (with carry-over for quotations, floating
// quotes and list lead-ins) → claims split where two sources share a sentence → sources,
// check-worthiness and duplicates. Pure and deterministic: no I/O, no globals mutated.
import type { Attribution, Block, ExtractedClaim, Extraction, RuleId } from './types';
import { findQuotes, segmentBlocks, splitSentences, type QuoteRegion } from './segment';
import { tokenize, type Tok } from './tokens';
import { buildNameIndex, SourceStore, type Context, type ResolvedSource } from './sources';
import { analyzeSentence, coordinationStart, explainAttribution, type FoundAttribution, type SentenceAnalysis } from './attribute';
import { checkworthiness } from './checkworthiness';
import { findDuplicates } from './duplicates';
import { COORDINATING_OPENERS, RELATIVE_PRONOUNS, RELAY_CUES } from './lexicon';
import { MEDIA_WORDS, PUBLISHER_PATTERNS } from './lexicon';

interface Carried {
  src: ResolvedSource;
  cue: string | null;
  via: FoundAttribution['via'];
  rule: RuleId;
  explanation: string;
}

/** What a claim's explanation is built from, kept so a later carry-over can rebuild it. */
interface ClaimNotes {
  why: string;
  checkworthinessWhy: string;
}

interface SentenceWork {
  start: number;
  end: number;
  toks: Tok[];
  analysis: SentenceAnalysis;
  attrs: Carried[];
  /** Opens with a quotation mark. */
  opensQuote: boolean;
  /** Index of the quote region that covers the sentence start, if any. */
  quoteAtStart: number;
  quoteRegions: number[];
  explanation: string;
}

// "CAIRO —", "WASHINGTON (Reuters) -": a dateline is not part of the claim.
const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+|\p{Lu}[\p{L}\s.,'’-]{1,40}\((?:CNN|AP|AFP|Reuters|Bloomberg|UPI|dpa|Xinhua)[^)]{0,20}\)\s*(?:—|–|--|-)?\s*)/u;

export function extract(text: string): Extraction {
  const segBlocks = segmentBlocks(text);
  const blocks: Block[] = segBlocks.map(({ start, end, text: t, kind, reason }) => ({ start, end, text: t, kind, reason }));

  // Tokenise each block once; the name index reads all of them, sentences take slices.
  const allToks: Tok[] = [];
  const blockQuotes: QuoteRegion[][] = [];
  const blockToks: Tok[][] = [];
  for (let bi = 0; bi < segBlocks.length; bi++) {
    const b = segBlocks[bi];
    if (b.kind !== 'body' && b.kind !== 'heading') continue;
    blockQuotes[bi] = b.kind === 'body' ? findQuotes(text, b.start, b.end) : [];
    blockToks[bi] = tokenize(text, b.start, b.end, blockQuotes[bi]);
    // A loop, not push(...spread): a huge block would overflow the argument limit.
    for (const t of blockToks[bi]) allToks.push(t);
  }
  const ctx: Context = { names: buildNameIndex(allToks, text), lastPerson: null, recentPersons: [], lastGroup: null, lastDoc: null, lastOrg: null, lastThing: null, publisher: findPublisher(blocks), paragraph: 0, recentAnon: [] };
  const store = new SourceStore();
  const claims: ExtractedClaim[] = [];
  const notes: ClaimNotes[] = [];
  const leadIns = new Map<number, Carried[]>();
  let prevBody: { block: number; last: Carried[] } | null = null;
  let pendingOpen: number[] = [];

  for (let bi = 0; bi < segBlocks.length; bi++) {
    const b = segBlocks[bi];
    if (b.kind !== 'body') continue;
    ctx.paragraph++;
    const quotes = blockQuotes[bi];
    const bToks = blockToks[bi];
    const spans = splitSentences(text, b.start, b.end);
    const work: SentenceWork[] = [];
    let qPtr = 0;
    let tPtr = 0;
    for (let si = 0; si < spans.length; si++) {
      let [s, e] = spans[si];
      if (si === 0) {
        const m = DATELINE.exec(text.slice(s, Math.min(e, s + 80)));
        if (m && e - s > m[0].length + 10) s += m[0].length;
      }
      // Sentences are in order: take this one's tokens from the block's and renumber them.
      while (tPtr < bToks.length && bToks[tPtr].start < s) tPtr++;
      const toks: Tok[] = [];
      while (tPtr < bToks.length && bToks[tPtr].end <= e) {
        const t = bToks[tPtr++];
        t.idx = toks.length;
        toks.push(t);
      }
      const analysis = analyzeSentence(toks, text, s, e, ctx);
      const attrs: Carried[] = analysis.attributions.map((f) => ({ src: f.src, cue: f.cue, via: f.via, rule: f.rule, explanation: explainAttribution(f) }));
      updateContext(ctx, analysis);
      // Quote regions are sorted and disjoint: advance one pointer instead of scanning all.
      while (qPtr < quotes.length && quotes[qPtr].close < s) qPtr++;
      const qAt = qPtr < quotes.length && quotes[qPtr].open <= s ? qPtr : -1;
      const regions: number[] = [];
      for (let qi = qPtr; qi < quotes.length && quotes[qi].open < e; qi++) regions.push(qi);
      const firstTok = toks[0];
      work.push({
        start: s,
        end: e,
        toks,
        analysis,
        attrs,
        opensQuote: !!firstTok && (firstTok.text === '“' || firstTok.text === '"' || firstTok.text === '«'),
        quoteAtStart: qAt,
        quoteRegions: regions,
        explanation: b.listLeadIn !== null ? 'list item after an attributed lead-in' : 'sentence of a body paragraph',
      });
    }

    carryQuotations(work);

    // Floating quotation: a quoted sentence with no cue continues the speaker just before it.
    for (let si = 0; si < work.length; si++) {
      const w = work[si];
      // A sentence with a reporting verb of its own ("…,” said a nurse who …") is not floating.
      if (w.attrs.length || !w.opensQuote || w.analysis.hasCue) continue;
      // Only a quotation that is the sentence ("“We will win.”", "“A,” he said") is speech; a
      // quoted phrase used as a name ("“Jobs machine” is a slogan") is not.
      const q = w.quoteAtStart >= 0 ? quotes[w.quoteAtStart] : null;
      if (!q || !(q.close >= w.end - 2 || /[,.!?…]/.test(text[q.close - 1] ?? ''))) continue;
      const prevAttrs = si > 0 ? work[si - 1].attrs : prevBody && prevBody.block === previousBodyIndex(segBlocks, bi) ? prevBody.last : [];
      const speaker = prevAttrs.find((a) => a.src.type !== 'document' && a.src.type !== 'media') ?? null;
      if (speaker) {
        w.attrs = [{ ...speaker, cue: null, rule: 'floating-quote', explanation: `Quotation without a cue of its own, right after one attributed to ${speaker.src.name}: the same speaker continues.` }];
        w.explanation = 'quoted sentence (floating quote)';
      }
    }

    // Again: a floating quote's speaker now reaches the rest of its quotation.
    carryQuotations(work);

    if (b.listLeadIn !== null) {
      const carried = leadIns.get(b.listLeadIn);
      if (carried) for (const w of work) if (!w.attrs.length) w.attrs = carried.map((a) => ({ ...a, rule: 'colon-list-item', explanation: `List item introduced by "${shorten(text.slice(segBlocks[b.listLeadIn!].start, segBlocks[b.listLeadIn!].end))}": ${a.src.name} is the source.` }));
    }

    // The block's last quotation, if it is still open at the paragraph end.
    const lastQ = quotes.length ? quotes[quotes.length - 1] : null;
    const openAtEnd = lastQ && lastQ.close === b.end && !/[”"»]$/.test(b.text) ? lastQ : null;
    const openQuoteClaims: number[] = [];
    for (let si = 0; si < work.length; si++) {
      const w = work[si];
      const isLast = si === work.length - 1;
      if (isLast && w.analysis.leadIn) {
        leadIns.set(bi, w.attrs);
        continue;
      }
      if (/:\s*$/.test(text.slice(w.start, w.end)) && isLast) {
        // A lead-in without a cue ("The rankings were as follows:") asserts nothing itself.
        leadIns.set(bi, w.attrs);
        continue;
      }
      const before = claims.length;
      emitClaims(w, bi, text, store, claims, notes);
      if (w.attrs.length === 0 && w.quoteRegions.length > 0 && quotes[w.quoteRegions[w.quoteRegions.length - 1]] === openAtEnd) {
        for (let k = before; k < claims.length; k++) openQuoteClaims.push(k);
      }
    }

    // A quotation running over paragraphs (news style: no closing mark until the last one) gets
    // its speaker from the paragraph that closes it.
    if (pendingOpen.length && work.length && work[0].opensQuote && work[0].attrs.length) {
      const a = work[0].attrs;
      for (const k of pendingOpen) {
        const c = claims[k];
        c.attributions = a.map((x) => toAttribution({ ...x, rule: 'multi-paragraph-quote', explanation: `Earlier paragraph of a quotation attributed to ${x.src.name} in the paragraph that continues it.` }, text, store));
        // The speaker is named now: a vague phrase in the paragraph no longer decides anything.
        c.vagueAttribution = null;
        notes[k].why = `part of a multi-paragraph quotation attributed to ${a[0].src.name}`;
        c.explanation = claimExplanation(notes[k], c);
      }
    }
    pendingOpen = openQuoteClaims;
    const lastWithAttr = [...work].reverse().find((w) => w.attrs.length);
    prevBody = { block: bi, last: lastWithAttr?.attrs ?? [] };
  }

  const dups = findDuplicates(claims.map((c) => c.text));
  dups.forEach((d, i) => {
    if (d !== null) claims[i].duplicateOf = d;
  });
  return { blocks, claims, sources: store.finish() };
}

/** The outlet that publishes the article, from its byline or copyright line; null when none names it. */
function findPublisher(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.kind === 'body' || b.kind === 'heading') continue;
    for (const re of PUBLISHER_PATTERNS) {
      const m = re.exec(b.text.trim());
      // A byline's second part may be a role ("By Lea Hart, Staff Writer"): only a name with an
      // outlet word or a leading "The" counts.
      if (m && (re !== PUBLISHER_PATTERNS[1] || /^The\s/.test(m[1]) || m[1].split(/\s+/).some((w) => MEDIA_WORDS.has(w.toLowerCase())))) return m[1].trim();
    }
  }
  return null;
}

function previousBodyIndex(blocks: readonly Block[], bi: number): number {
  for (let k = bi - 1; k >= 0; k--) if (blocks[k].kind === 'body') return k;
  return -1;
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function updateContext(ctx: Context, a: SentenceAnalysis): void {
  let person: ResolvedSource | null = null;
  for (const f of a.attributions) {
    if (f.src.type === 'person' && /\p{Lu}/u.test(f.src.name)) person = f.src;
    if (f.src.type === 'document') ctx.lastDoc = ctx.lastThing = f.src;
    if (f.src.type === 'organization') ctx.lastOrg = ctx.lastThing = f.src;
    // "they" continues a group or an institution, never one unnamed person.
    if ((f.src.type === 'anonymous' && !(f.src.head && !f.src.head.endsWith('s'))) || f.src.type === 'organization') ctx.lastGroup = f.src;
    // One unnamed person ("a senior official", "the source") whom "the official" or "he" may continue.
    if (f.src.type === 'anonymous' && f.src.head && !f.src.head.endsWith('s')) {
      ctx.recentAnon.push({ src: f.src, paragraph: ctx.paragraph });
      if (ctx.recentAnon.length > 6) ctx.recentAnon.shift();
    }
  }
  if (!person && a.subject && a.subject.type === 'person' && /\p{Lu}/u.test(a.subject.name)) person = a.subject;
  if (person) {
    ctx.lastPerson = person;
    const rp = ctx.recentPersons;
    const at = rp.findIndex((p) => p.name === person.name);
    if (at >= 0) rp.splice(at, 1);
    rp.push(person);
    if (rp.length > 6) rp.shift();
  }
  if (a.subject && a.subject.type === 'document' && !ctx.lastDoc) ctx.lastDoc = a.subject;
  if (a.subject && a.subject.type === 'organization' && a.subject.basis !== 'capitalised-name' && a.subject.basis !== 'pronoun' && a.attributions.length === 0) ctx.lastThing = a.subject;
}

/** Every sentence of a multi-sentence quotation carries the attribution found in any of them. */
function carryQuotations(work: SentenceWork[]): void {
  const byQuote = new Map<number, SentenceWork[]>();
  for (const w of work) for (const qi of w.quoteRegions) byQuote.set(qi, [...(byQuote.get(qi) ?? []), w]);
  for (const [qi, members] of byQuote) {
    if (members.length < 2) continue;
    const donor = [...members].reverse().find((w) => w.attrs.length && w.attrs.some((a) => a.src.type !== 'document')) ?? members.find((w) => w.attrs.length);
    if (!donor) continue;
    for (const w of members) {
      if (w.attrs.length) continue;
      // Only sentences inside the quotation inherit; narration around it does not.
      if (w.quoteAtStart !== qi && !w.opensQuote) continue;
      w.attrs = donor.attrs.map((a) => ({ ...a, rule: 'multi-sentence-quote', explanation: `Sentence of a quotation attributed to ${a.src.name} (${a.cue ?? 'no cue'}) elsewhere in the same quotation.` }));
      w.explanation = 'sentence of a multi-sentence quotation';
    }
  }
}

function toAttribution(a: Carried, text: string, store: SourceStore): Attribution {
  const mention = a.src.mentionEnd > a.src.mentionStart ? { start: a.src.mentionStart, end: a.src.mentionEnd, text: text.slice(a.src.mentionStart, a.src.mentionEnd) } : null;
  const source = store.add(a.src, mention);
  return { source, mention, cue: a.cue, via: a.via, rule: a.rule, explanation: a.explanation };
}

function wordsBefore(toks: readonly Tok[], k: number): number {
  let n = 0;
  for (let j = 0; j < k; j++) if (toks[j].word) n++;
  return n;
}

/** One claim per sentence, or two when the sentence joins claims from different sources. */
function emitClaims(w: SentenceWork, block: number, text: string, store: SourceStore, claims: ExtractedClaim[], notes: ClaimNotes[]): void {
  const found = w.analysis.attributions;
  const parts: Array<{ start: number; end: number; attrs: Carried[]; why: string }> = [];
  let split = -1;
  let second: FoundAttribution | undefined;
  // Split only when the second source introduces its own content ("A said X and B said Y"),
  // not when it is a suffix covering the whole sentence ("A expects X, B said").
  if (found.length >= 2 && w.attrs.length >= 2) {
    second = found.find((f) => f.rule === 'source-cue-content' && f.src.name !== found[0].src.name && f.clauseStartTok > found[0].cueTok);
    // Split before "but/and/while" + the second subject, when that clause starts after the first cue.
    const k = second ? coordinationStart(w.toks, second.clauseStartTok) : -1;
    if (second && k < second.clauseStartTok && k > found[0].cueTok && k > 0 && k < w.toks.length) split = k;
  }
  // "Three cases were confirmed, but officials say the risk is low": the author's clause and a
  // sourced clause joined by a conjunction are two claims, the first with no source.
  let unsourcedFirst = false;
  if (split < 0 && found.length >= 1 && w.attrs.length === found.length && found.every((f) => f.rule === 'source-cue-content' && f.clauseStartTok === found[0].clauseStartTok)) {
    const at = found[0].clauseStartTok;
    const joiner = at > 0 ? w.toks[at - 1] : null;
    const k = coordinationStart(w.toks, at);
    // Not when the "source" is a relative clause's subject ("outraged officials and customers who
    // accused ...") or a relay covers the whole sentence ("..., according to X").
    const relative = w.toks.slice(at, found[0].cueTok).some((x) => RELATIVE_PRONOUNS.has(x.lower));
    if (joiner && (COORDINATING_OPENERS.has(joiner.lower) || joiner.text === ';') && k > 0 && wordsBefore(w.toks, k) >= 4 && !relative && !w.toks.slice(found[0].cueTok + 1).some((x) => !x.quoted && (x.lower === 'according' || x.lower === 'per' || RELAY_CUES.has(x.lower)))) {
      split = k;
      second = found[0];
      unsourcedFirst = true;
    }
  }
  if (split > 0 && second) {
    const firstEnd = w.toks[split - 1].end;
    const secondStart = w.toks[second.clauseStartTok].start;
    const inSecond = new Set(found.filter((f) => f.clauseStartTok >= second!.clauseStartTok).map((f) => f.src));
    const a0 = unsourcedFirst ? [] : w.attrs.filter((a) => !inSecond.has(a.src));
    const a1 = w.attrs.filter((a) => inSecond.has(a.src));
    parts.push({ start: w.start, end: firstEnd, attrs: a0, why: unsourcedFirst ? "first clause, in the author's voice, of a sentence whose second clause is sourced" : 'first clause of a sentence joining claims from different sources' });
    parts.push({ start: secondStart, end: w.end, attrs: a1, why: 'second clause of a sentence joining claims from different sources' });
  } else {
    parts.push({ start: w.start, end: w.end, attrs: w.attrs, why: w.explanation });
  }
  const quotedWhole = w.opensQuote || w.quoteAtStart >= 0;
  for (const p of parts) {
    [p.start, p.end] = balanceQuoteEdges(text, p.start, p.end);
    const attributions = p.attrs.map((a) => toAttribution(a, text, store));
    const claimText = text.slice(p.start, p.end);
    const cw = checkworthiness({ text: claimText, attributed: attributions.length > 0, quoted: quotedWhole, cues: attributions.map((a) => a.cue ?? '') });
    // A vague phrase only matters when nobody is named for the claim.
    const vague = attributions.length === 0 ? w.analysis.vague : null;
    const note: ClaimNotes = { why: p.why, checkworthinessWhy: cw.why.join(', ') || 'no signals' };
    const claim: ExtractedClaim = { start: p.start, end: p.end, text: claimText, checkworthiness: cw.score, block, attributions, vagueAttribution: vague, duplicateOf: null, explanation: '' };
    claim.explanation = claimExplanation(note, claim);
    claims.push(claim);
    notes.push(note);
  }
}

/** Why the span is a claim, what it rests on, and its check-worthiness, from the claim's own fields. */
function claimExplanation(n: ClaimNotes, c: ExtractedClaim): string {
  const sourcing = c.attributions.length
    ? `attributed (${c.attributions.map((a) => a.rule).join(', ')})`
    : c.vagueAttribution
      ? `vague attribution "${c.vagueAttribution}" names no one`
      : "author's voice, no source";
  return `${capitalise(n.why)}; ${sourcing}; check-worthiness ${c.checkworthiness} (${n.checkworthinessWhy}).`;
}

/**
 * A claim cut from a longer quotation keeps only the quote marks it closes or opens: an opening
 * mark at its start with no closing one inside, or a closing mark at its end with no opening one,
 * is trimmed from the span ("“The dam held." → "The dam held.").
 */
export function balanceQuoteEdges(text: string, start: number, end: number): [number, number] {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (ch === '“' || ch === '«') opens++;
    else if (ch === '”' || ch === '»') closes++;
    else if (ch === '"') straight++;
  }
  let s = start;
  let e = end;
  const first = text[s];
  const last = text[e - 1];
  if (((first === '“' || first === '«') && opens > closes) || (first === '"' && straight % 2 === 1)) {
    s++;
    if (first === '"') straight--;
    while (s < e && /\s/.test(text[s])) s++;
  }
  if (((last === '”' || last === '»') && closes > opens) || (last === '"' && straight % 2 === 1)) e--;
  return e > s ? [s, e] : [start, end];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
