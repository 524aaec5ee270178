import { SOURCE_TYPE_LABELS, STATUS_LABELS } from './labels';
import type { FieldChange } from './history-fields';

/** Names the words of a change refer to by id: people, claims (by their number) and sources. */
export interface ChangeNames {
  user(id: number): string | undefined;
  claimPosition(id: number): number | undefined;
  source(id: number): string | undefined;
}

const quote = (text: string, max = 80) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
const claimRef = (names: ChangeNames, id: number) => {
  const position = names.claimPosition(id);
  return position === undefined ? 'a claim no longer in the article' : `claim ${position}`;
};

/** One recorded change in words, as the workspace's history shows it: "status Unreviewed → True". */
export function describeChange(change: FieldChange, names: ChangeNames): string {
  switch (change.field) {
    case 'status':
      return `status ${STATUS_LABELS[change.before].label} → ${STATUS_LABELS[change.after].label}`;
    case 'note':
      if (!change.after) return `note cleared (was ${quote(change.before)})`;
      return change.before ? `note ${quote(change.before, 40)} → ${quote(change.after)}` : `note ${quote(change.after)}`;
    case 'assignee': {
      const who = (id: number | null) => (id === null ? 'unassigned' : (names.user(id) ?? 'a former user'));
      return `assignee ${who(change.before)} → ${who(change.after)}`;
    }
    case 'dismissed':
      return change.after ? 'dismissed the claim' : 'restored the claim';
    case 'created':
      return change.after.splitFrom === undefined ? 'added the claim by hand' : `made this claim from the second half of ${claimRef(names, change.after.splitFrom)}`;
    case 'span':
      if ('revision' in change.after) return `found the claim in revision ${change.after.revision} of the text, characters ${change.after.start}–${change.after.end}`;
      return `claim text moved to characters ${change.after.start}–${change.after.end} (was ${change.before.start}–${change.before.end})`;
    case 'split':
      return `split the claim; the second half is ${claimRef(names, change.after.newClaimId)}`;
    case 'merge':
      return `merged ${claimRef(names, change.after.mergedClaimId)} into this claim`;
    case 'merged_into':
      return change.after !== null ? `merged into ${claimRef(names, change.after)}` : `taken back out of ${claimRef(names, change.before ?? 0)}`;
    case 'evidence':
      return change.after
        ? `added evidence ${quote(change.after.title)} (${change.after.stance})`
        : change.before
          ? `removed evidence ${quote(change.before.title)}`
          : 'evidence unchanged';
    case 'source':
      return change.after
        ? `linked source ${change.after.name} (${SOURCE_TYPE_LABELS[change.after.type].toLowerCase()})`
        : change.before
          ? `unlinked source ${change.before.name} (${SOURCE_TYPE_LABELS[change.before.type].toLowerCase()})`
          : 'sources unchanged';
    case 'source_name':
      return `renamed source ${quote(change.before.value)} → ${quote(change.after.value)}`;
    case 'source_type':
      return `type of source ${names.source(change.after.sourceId) ?? ''} ${SOURCE_TYPE_LABELS[change.before.value]} → ${SOURCE_TYPE_LABELS[change.after.value]}`.replace('source  ', 'source ');
    case 'source_merge':
      return `source ${change.before.name} merged into ${change.after.name}`;
    case 'orphaned':
      return change.after ? 'not found in the new version of the text (orphaned)' : 'found again in the new version of the text';
    case 'text':
      return `words changed by the new version: ${quote(change.after)}`;
    case 'undo':
      return `undid the change of version ${change.after.version}`;
    default: {
      const unhandled: never = change;
      return String(unhandled);
    }
  }
}
