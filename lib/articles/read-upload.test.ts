import { describe, expect, it } from 'vitest';
import { readUploadedText } from './read-upload';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readUploadedText', () => {
  it('decodes UTF-8 .txt and .md files exactly', () => {
    expect(readUploadedText('a.txt', utf8('Zürich said “yes”.\r\n'))).toEqual({ text: 'Zürich said “yes”.\r\n', format: 'text' });
    expect(readUploadedText('B.MD', utf8('# Title'))).toEqual({ text: '# Title', format: 'text' });
  });

  it('marks .html and .htm files as HTML for the caller to reduce', () => {
    expect(readUploadedText('page.HTML', utf8('<p>Hi</p>'))).toEqual({ text: '<p>Hi</p>', format: 'html' });
    expect(readUploadedText('page.htm', utf8('<p>Hi</p>')).format).toBe('html');
  });

  it('refuses other extensions, binary, non-UTF-8 and oversized files with a clear message', () => {
    expect(() => readUploadedText('photo.png', utf8('x'))).toThrow(/not a \.txt, \.md or \.html file/);
    expect(() => readUploadedText('page.html.exe', utf8('x'))).toThrow(/not a \.txt, \.md or \.html file/);
    expect(() => readUploadedText('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toThrow(/binary/);
    expect(() => readUploadedText('a.txt', new Uint8Array([0x66, 0xff, 0xfe]))).toThrow(/not UTF-8/);
    expect(() => readUploadedText('a.txt', new Uint8Array(10_000_001).fill(0x61))).toThrow(/larger than/);
  });

  it('sees through binary files that happen to decode as UTF-8', () => {
    expect(() => readUploadedText('report.html', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>'))).toThrow(/binary file \(a PDF\)/);
    expect(() => readUploadedText('a.txt', utf8('ab\u0001\u0002\u0003\u0004cd'))).toThrow(/binary/);
    expect(() => readUploadedText('a.htm', new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toThrow(/UTF-16/);
  });

  it('refuses an HTML page saved in a legacy encoding, saying what to do', () => {
    // "café" in Windows-1252.
    expect(() => readUploadedText('old.html', new Uint8Array([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]))).toThrow(/save it as UTF-8/);
  });
});
