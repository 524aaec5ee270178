import type { ClaimStatus, SourceType } from '@/lib/vocabulary';

/** Each status has a word and a symbol, so that colour is never the only signal. */
export const STATUS_LABELS: Record<ClaimStatus, { label: string; symbol: string }> = {
  unreviewed: { label: 'Unreviewed', symbol: '○' },
  in_progress: { label: 'In progress', symbol: '◔' },
  true: { label: 'True', symbol: '✔' },
  mostly_true: { label: 'Mostly true', symbol: '✓' },
  misleading: { label: 'Misleading', symbol: '◐' },
  unsupported: { label: 'Unsupported', symbol: '?' },
  false: { label: 'False', symbol: '✘' },
  opinion: { label: 'Opinion', symbol: '❝' },
};

export const SOURCE_TYPE_LABELS: Record<SourceType | 'unattributed', string> = {
  person: 'Named person',
  organization: 'Organization',
  media: 'News outlet',
  anonymous: 'Anonymous',
  document: 'Document',
  unattributed: 'No source',
};

/** "anonymous source, via The Washington Post" */
export function describeSource(source: { name: string; type: SourceType; via: { name: string } | null }): string {
  const kind = source.type === 'anonymous' ? 'anonymous source' : SOURCE_TYPE_LABELS[source.type].toLowerCase();
  return `${source.name} (${kind}${source.via ? `, via ${source.via.name}` : ''})`;
}

/**
 * What a reader is told about a claim that names no source: the author's own voice, unless the
 * article hides its source behind a vague attribution ("reportedly", "it is believed").
 */
export function describeMissingSource(vagueAttribution: string | null): string {
  return vagueAttribution
    ? `None named: the article attributes it only vaguely (“${vagueAttribution}”)`
    : 'None named: the claim is in the author’s own voice';
}
