import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { decodeUtf8, normaliseLineEndings, policyText, textPolicyProblem } from './text-policy';

const errorOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0].message;
};

describe('the text policy', () => {
  it('turns Windows and old Mac line endings into \\n, and leaves \\n alone', () => {
    expect(normaliseLineEndings('a\r\nb\rc\nd\r\n\r\n')).toBe('a\nb\nc\nd\n\n');
    expect(policyText('Text', { multiline: true }).parse('one\r\ntwo\r')).toBe('one\ntwo\n');
  });

  it('keeps tabs and line breaks in text, and refuses NUL, ESC, the other C0 controls and DEL, naming the field', () => {
    const text = policyText('Text', { multiline: true });
    expect(text.parse('a\tb\nc')).toBe('a\tb\nc');
    for (const char of ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f']) {
      expect(errorOf(text, `ok ${char} not ok`), JSON.stringify(char)).toMatch(/^Text contains a control character \(U\+00[0-9A-F]{2}\) at character 4$/);
    }
  });

  it('refuses line breaks and tabs in one-line fields, after trimming the ends', () => {
    const title = policyText('Title');
    expect(title.parse('  Budget cut \r\n')).toBe('Budget cut');
    expect(errorOf(title, 'Budget\ncut')).toMatch(/^Title contains a line break at character 7; it must be one line/);
    expect(errorOf(title, 'Budget\tcut')).toMatch(/^Title contains a tab/);
    expect(errorOf(title, 'Budget\u0000')).toMatch(/^Title contains a control character \(U\+0000\)/);
  });

  it('refuses lone surrogates but keeps characters outside the BMP', () => {
    expect(policyText('Note', { multiline: true }).parse('rose 😀 5%')).toBe('rose 😀 5%');
    expect(errorOf(policyText('Note', { multiline: true }), 'bad \ud800 here')).toMatch(/^Note contains an invalid character \(a lone UTF-16 surrogate U\+D800/);
    expect(textPolicyProblem('\udc00', { multiline: true })).toMatch(/lone UTF-16 surrogate U\+DC00/);
  });

  it('refuses invalid UTF-8 instead of turning it into U+FFFD', () => {
    expect(decodeUtf8(new TextEncoder().encode('Zürich'), 'The body')).toBe('Zürich');
    expect(() => decodeUtf8(new Uint8Array([0x61, 0xc3, 0x28]), 'The body')).toThrow(AppError);
    expect(() => decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]), 'The body')).toThrow('The body is not valid UTF-8 text');
  });
});
