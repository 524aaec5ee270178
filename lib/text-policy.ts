// The one text policy for everything people and programs send us: form fields, uploads, API bodies,
// re-imports and URL imports all pass their text through here (the zod schemas at the boundaries
// build on `policyText`), so the same text gives the same stored characters and the same offsets
// whichever way it came in.
//
// - Line endings become "\n": browsers send a textarea's lines as "\r\n", files may use "\r".
// - Invalid UTF-8 and lone UTF-16 surrogates are refused, never silently turned into U+FFFD.
// - Control characters are refused (NUL, ESC and the rest of C0, DEL); text fields may hold tabs
//   and line breaks, one-line fields (titles, names) neither.
import { z } from 'zod';
import { AppError } from '@/lib/errors';

/** "\r\n" and lone "\r" become "\n". */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

// After line endings are normalised no "\r" is left, so it needs no exception.
const MULTILINE_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

const describeChar = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `text` breaks the policy, in words for a person, or null when it is fine. `text` must already
 * have its line endings normalised.
 */
export function textPolicyProblem(text: string, { multiline }: { multiline: boolean }): string | null {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return `contains an invalid character (a lone UTF-16 surrogate ${describeChar(lone[0])}, at character ${lone.index + 1})`;
  const control = (multiline ? MULTILINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).exec(text);
  if (!control) return null;
  const what = control[0] === '\n' ? 'a line break' : control[0] === '\t' ? 'a tab' : `a control character (${describeChar(control[0])})`;
  return `contains ${what} at character ${control.index + 1}${multiline ? '' : '; it must be one line of text'}`;
}

/**
 * A string schema that applies the policy: line endings normalised, then lone surrogates and
 * control characters refused with a message naming `label` (the issue's path names the field too).
 * Chain `.trim()`, `.min()`, `.max()` onto it as onto `z.string()`.
 */
export function policyText(label: string, { multiline = false }: { multiline?: boolean } = {}) {
  const normalised = z.string().overwrite(normaliseLineEndings);
  // One-line fields are trimmed first: a line break pasted at either end is whitespace, not an error.
  return (multiline ? normalised : normalised.trim()).check((ctx) => {
    const problem = textPolicyProblem(ctx.value, { multiline });
    if (problem) ctx.issues.push({ code: 'custom', message: `${label} ${problem}`, input: ctx.value });
  });
}

/** Decodes bytes as UTF-8, refusing invalid sequences (422) instead of replacing them with U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid', `${what} is not valid UTF-8 text`);
  }
}
