// Splits raw text into blocks (one per non-empty line) and body blocks into sentences, keeping
// exact offsets into the input: nothing here normalises the text, so CRLF and emoji stay intact.
import type { Block, BlockKind } from './types';
import {
  COLON_FURNITURE,
  STARTERS,
  TITLE_ABBREVIATIONS,
  ABBREVIATIONS,
  BOILERPLATE_PATTERNS,
  BYLINE_PATTERNS,
  CAPTION_PATTERNS,
} from './lexicon';

export interface SegBlock extends Block {
  /** For a list item introduced by a lead-in line ending in ":", the lead-in block's index. */
  listLeadIn: number | null;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  block: number;
  /** Position among its block's sentences. */
  indexInBlock: number;
}

/** Quotation region in absolute offsets; `close` is the offset of the closing mark (or block end). */
export interface QuoteRegion {
  open: number;
  close: number;
}

const TERMINAL = /[.!?…]["”’'»)\]]*$/;
const LIST_MARKER = /^(?:[-•*▪–—]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)/;

/** Whitespace-separated chunks containing a letter or digit; a cheap word count. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** Share of capitalised words among words longer than three letters: title case vs a sentence. */
function titleCaseRatio(s: string): number {
  let long = 0;
  let caps = 0;
  for (const m of s.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    if (m[0].length <= 3) continue;
    long++;
    if (/^\p{Lu}/u.test(m[0])) caps++;
  }
  return long === 0 ? 0 : caps / long;
}


function classify(line: string): { kind: BlockKind; reason: string } | null {
  if (COLON_FURNITURE.test(line)) return { kind: 'boilerplate', reason: 'label with colon (link or widget)' };
  const short = countWords(line) <= 25;
  if (short) {
    for (const re of BOILERPLATE_PATTERNS) if (re.test(line)) return { kind: 'boilerplate', reason: `boilerplate pattern ${re.source.slice(0, 40)}` };
    for (const re of CAPTION_PATTERNS) if (re.test(line)) return { kind: 'caption', reason: 'photo caption or credit' };
    if (!TERMINAL.test(line)) {
      for (const re of BYLINE_PATTERNS) if (re.test(line)) return { kind: 'byline', reason: 'byline or author label' };
    }
  }
  return null;
}

/**
 * Non-empty lines, with hard-wrapped lines joined: a line without a final stop, colon or list
 * marker continues on the next line when that line starts in lower case, or when it is long
 * prose (not title case) and the next line follows without a blank line.
 */
function physicalParagraphs(text: string): Array<[number, number]> {
  const lines: Array<{ s: number; e: number; blankBefore: boolean }> = [];
  const lineRe = /[^\r\n]+/g;
  let lastEnd = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s >= e) continue;
    const gap = text.slice(lastEnd, m.index);
    lines.push({ s, e, blankBefore: lines.length === 0 || (gap.match(/\n/g)?.length ?? 0) >= 2 });
    lastEnd = m.index + m[0].length;
  }
  // Hard-wrapped text has a fixed maximum width (<= 100 characters) that many lines reach without
  // ending a sentence. Only then may a line continue into one starting with a capital; otherwise
  // one-line paragraphs, headings and list items stay separate.
  let maxLen = 0;
  for (const l of lines) maxLen = Math.max(maxLen, l.e - l.s);
  let fullWidth = 0;
  for (const l of lines) if (l.e - l.s >= 0.75 * maxLen && !/[.!?…:;]["”’'»)\]]*$/.test(text.slice(l.e - 3, l.e))) fullWidth++;
  const wrapMode = lines.length >= 3 && maxLen <= 100 && fullWidth >= 0.3 * lines.length;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    let { s, e } = lines[i];
    while (i + 1 < lines.length && !lines[i + 1].blankBefore) {
      const cur = text.slice(s, e);
      const next = text.slice(lines[i + 1].s, lines[i + 1].e);
      // A line ending in "U.S." or "Mr." has not ended its sentence.
      const abbrevEnd = /(?:(?:^|\s)(?:\p{L}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Inc|Corp|Co|Ltd|Jr|No|vs|etc)\.|(?:^|\s)\p{Lu}\.)$/u.test(cur);
      if ((/[.!?…:;]["”’'»)\]]*$/.test(cur) && !abbrevEnd) || LIST_MARKER.test(next)) break;
      const lastLine = text.slice(lines[i].s, lines[i].e);
      // Wrapped when the next line goes on in lower case or with punctuation ("-- social ..."), or
      // when this line is long prose, or long and ends in a lower-case word (headings end in a
      // capitalised one), or ends mid-sentence after an abbreviation.
      const wrapped =
        /^[\p{Ll}]/u.test(next) ||
        (/^(?:--|—|–|,|;)/.test(next) && lastLine.length >= 40) ||
        (wrapMode &&
          (abbrevEnd ||
            (lastLine.length >= 50 && titleCaseRatio(lastLine) < 0.6 && /[\p{L}\p{N},]$/u.test(lastLine)) ||
            (lastLine.length >= 40 && /\s\p{Ll}+,?$/u.test(lastLine))));
      if (!wrapped) break;
      i++;
      e = lines[i].e;
    }
    out.push([s, e]);
  }
  return out;
}

/** Splits the input into paragraph blocks and classifies each. */
export function segmentBlocks(text: string): SegBlock[] {
  const blocks: SegBlock[] = [];
  // A list run: lines without a final stop right after a lead-in ending with ":".
  let leadIn: number | null = null;
  let leadInIsBody = false;
  for (const [s, e] of physicalParagraphs(text)) {
    const line = text.slice(s, e);
    const index = blocks.length;
    const push = (kind: BlockKind, reason: string, listLeadIn: number | null = null) =>
      blocks.push({ start: s, end: e, text: line, kind, reason, listLeadIn });

    const fixed = classify(line);
    const terminal = TERMINAL.test(line);
    if (leadIn !== null && !fixed && (!terminal || LIST_MARKER.test(line))) {
      // Items of a list after "X said:" are claims when they read as clauses; short items
      // ("1. Finland") and items after furniture ("Read more:") are not.
      const body = line.replace(LIST_MARKER, '');
      if (leadInIsBody && countWords(body) >= 4) {
        // The claim starts after the bullet or number.
        blocks.push({ start: e - body.length, end: e, text: body, kind: 'body', reason: 'list item after a lead-in ending with a colon', listLeadIn: leadIn });
      }
      else push('boilerplate', leadInIsBody ? 'short list item' : 'item of a boilerplate list');
      continue;
    }
    leadIn = null;
    if (fixed) {
      push(fixed.kind, fixed.reason);
      if (line.endsWith(':')) {
        leadIn = index;
        leadInIsBody = false;
      }
      continue;
    }
    if (line.endsWith(':')) {
      push('body', 'lead-in ending with a colon');
      leadIn = index;
      leadInIsBody = true;
      continue;
    }
    if (!terminal && countWords(line) >= 20 && titleCaseRatio(line) < 0.5) {
      // Headlines are short: a long prose line that lost its final stop is still a paragraph.
      push('body', 'long prose line without final stop');
      continue;
    }
    if (!terminal) {
      push('heading', titleCaseRatio(line) > 0.6 ? 'title-case line without final stop' : 'short line without final stop');
      continue;
    }
    if (/[?!]["”’']?$/.test(line) && countWords(line) <= 10 && titleCaseRatio(line) > 0.6) {
      push('heading', 'title-case question line');
      continue;
    }
    push('body', 'paragraph');
  }
  return blocks;
}


/** Finds sentence ends in `text` between start and end; returns [start, end) spans. */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let sStart = start;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < end && /["”’'»)\]]/.test(text[j])) j++;
      if (j >= end) break;
      if (!/\s/.test(text[j])) {
        i = j;
        continue;
      }
      let k = j;
      while (k < end && /\s/.test(text[k])) k++;
      if (k >= end) break;
      const next = text[k];
      if (/[\p{Lu}\p{N}"“‘'(\[¿¡]/u.test(next) && !isAbbreviation(text, i, sStart, k, end)) {
        out.push([sStart, j]);
        sStart = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (sStart < end) out.push([sStart, end]);
  return out;
}


function nextWord(text: string, from: number, end: number): string {
  let e = from;
  while (e < end && /[\p{L}]/u.test(text[e])) e++;
  return text.slice(from, e);
}

function isAbbreviation(text: string, dot: number, sStart: number, nextStart: number, end: number): boolean {
  if (text[dot] !== '.') return false;
  let b = dot;
  while (b > sStart && /[\p{L}.]/u.test(text[b - 1])) b--;
  const word = text.slice(b, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  // Titles never end a sentence; other abbreviations ("Inc.", "Jan.", "etc.") do when a
  // typical sentence opener follows.
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (ABBREVIATIONS.has(lower)) return !STARTERS.has(nextWord(text, nextStart, end));
  // A single capital is an initial ("Robert M. Danin").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms (U.S., U.N., a.m.) end a sentence only when a sentence starter follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !STARTERS.has(nextWord(text, nextStart, end));
  return false;
}

/** Quotation regions of one block: curly pairs, and straight quotes paired by position. */
export function findQuotes(text: string, start: number, end: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let curly = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '“' || c === '«') {
      if (open < 0) {
        open = i;
        curly = true;
      }
    } else if (c === '”' || c === '»') {
      if (open >= 0 && curly) {
        out.push({ open, close: i });
        open = -1;
      }
    } else if (c === '"') {
      const prev = i > start ? text[i - 1] : ' ';
      if (open < 0) {
        if (/[\s(\[:—–-]/.test(prev) || i === start) {
          open = i;
          curly = false;
        }
      } else if (!curly) {
        out.push({ open, close: i });
        open = -1;
      }
    }
  }
  // A quotation left open runs to the end of its paragraph (news style for multi-paragraph quotes).
  if (open >= 0) out.push({ open, close: end });
  return out;
}
