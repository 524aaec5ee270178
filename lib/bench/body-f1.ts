// Body F1 as article-extraction benchmarks score it: the extracted text and the true body are cut
// into overlapping 4-word shingles; precision is the share of extracted shingles that are in the
// body, recall the share of body shingles that were extracted.

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

export function shingles(text: string, size = 4): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  // A text shorter than one shingle still counts as what it is.
  if (words.length > 0 && words.length < size) out.add(words.join(' '));
  return out;
}

export function bodyScore(extracted: string, truth: string): BodyScore {
  const got = shingles(extracted);
  const want = shingles(truth);
  let shared = 0;
  for (const s of got) if (want.has(s)) shared++;
  const precision = got.size ? shared / got.size : 0;
  const recall = want.size ? shared / want.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
