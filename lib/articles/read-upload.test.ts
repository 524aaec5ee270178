import { describe, expect, it } from 'vitest';
import { readUploadedText } from './read-upload';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readUploadedText', () => {
  it('decodes UTF-8 .txt and .md files exactly', () => {
    expect(readUploadedText('a.txt', utf8('Zürich said “yes”.\r\n'))).toBe('Zürich said “yes”.\r\n');
    expect(readUploadedText('B.MD', utf8('# Title'))).toBe('# Title');
  });

  it('refuses other extensions, binary, non-UTF-8 and oversized files with a clear message', () => {
    expect(() => readUploadedText('photo.png', utf8('x'))).toThrow(/not a \.txt or \.md file/);
    expect(() => readUploadedText('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toThrow(/binary/);
    expect(() => readUploadedText('a.txt', new Uint8Array([0x66, 0xff, 0xfe]))).toThrow(/not UTF-8/);
    expect(() => readUploadedText('a.txt', new Uint8Array(1_000_001).fill(0x61))).toThrow(/larger than/);
  });
});
