import type { SelectHTMLAttributes } from 'react';
import { SOURCE_TYPE_LABELS, STATUS_LABELS } from '@/lib/claims/labels';
import { CLAIM_STATUSES, SOURCE_TYPES } from '@/lib/vocabulary';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  /** Adds a first, empty option with this label ("Any status"): for filters. */
  anyLabel?: string;
};

/** A `<select>` of claim statuses, by their labels. Server and client components both use it. */
export function StatusSelect({ anyLabel, ...select }: SelectProps) {
  return (
    <select {...select}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {CLAIM_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s].label}
        </option>
      ))}
    </select>
  );
}

/** A `<select>` of source types, by their labels; `unattributed` adds "No source" (claims without one). */
export function SourceTypeSelect({ anyLabel, unattributed = false, ...select }: SelectProps & { unattributed?: boolean }) {
  return (
    <select {...select}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {[...SOURCE_TYPES, ...(unattributed ? (['unattributed'] as const) : [])].map((t) => (
        <option key={t} value={t}>
          {SOURCE_TYPE_LABELS[t]}
        </option>
      ))}
    </select>
  );
}
