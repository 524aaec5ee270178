// The extractor's output: what the CLI prints, the import stores and the tests check.
// Offsets are JavaScript string indices (UTF-16 code units) into the exact input text.

export const SOURCE_TYPES = ['person', 'organization', 'media', 'anonymous', 'document'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface TextSpan {
  start: number;
  end: number;
  /** Always `input.slice(start, end)`. */
  text: string;
}

export type BlockKind = 'body' | 'heading' | 'boilerplate' | 'caption' | 'byline';

/** A paragraph-level block of the input; only `body` blocks yield claims. */
export interface Block extends TextSpan {
  kind: BlockKind;
  /** Why the block was classified as it was, e.g. "title-case line without final stop". */
  reason: string;
}

/** One real-world source in the article; several mentions ("Mike Waltz", "Waltz", "he") share it. */
export interface ExtractedSource {
  /** Index into `Extraction.sources`. */
  index: number;
  /** Canonical name: the fullest form the article uses. */
  name: string;
  type: SourceType;
  /** Every mention that was resolved to this source, in text order. */
  mentions: TextSpan[];
}

/**
 * Every rule that can link a claim to a source, in the order they are tried. The README lists
 * them with an example each; `npm run --silent extract:rules -- FILE...` counts their links.
 */
export const RULE_IDS = [
  // Cue phrases and verbs inside the sentence (attribute.ts).
  'according-to-prefix',
  'according-to-suffix',
  'quoted-as-saying',
  'citing',
  'participial-cue',
  'quote-then-said-speaker',
  'passive-by-agent',
  'source-cue-content',
  'content-then-source-cue',
  // Whole-sentence patterns (attribute.ts).
  'speaker-colon',
  'findings-colon',
  'possessive-nominal-cue',
  'nominal-by-agent-cue',
  // Carried over from another sentence (extract.ts).
  'multi-sentence-quote',
  'floating-quote',
  'colon-list-item',
  'multi-paragraph-quote',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Attribution {
  /** Index into `Extraction.sources`. */
  source: number;
  /** The words naming the source at this claim ("one source", "He"); null when carried over. */
  mention: TextSpan | null;
  /** The cue word or phrase ("said", "according to"); null when none. */
  cue: string | null;
  /** The outlet or party that relayed it ("told The Washington Post"). */
  via: { name: string; type: SourceType } | null;
  /** The rule that made the link; see RULE_IDS. */
  rule: RuleId;
  /** One human sentence that explains the attribution, shown to fact-checkers. */
  explanation: string;
}

export interface ExtractedClaim extends TextSpan {
  /** 0..1; >= 0.5 means check-worthy. */
  checkworthiness: number;
  /** Index into `Extraction.blocks` of the paragraph holding the claim. */
  block: number;
  attributions: Attribution[];
  /** Vague attribution phrase that names no one ("reportedly", "seen as"), or null. */
  vagueAttribution: string | null;
  /** Index (into `Extraction.claims`) of an earlier claim this one repeats, or null. */
  duplicateOf: number | null;
  /** Why this span is a claim and how it was cut (sentence, split at "and", quotation sentence ...). */
  explanation: string;
}

export interface Extraction {
  blocks: Block[];
  claims: ExtractedClaim[];
  sources: ExtractedSource[];
}
