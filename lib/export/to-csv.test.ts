import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from './to-csv';

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
  });

  it('ends every row with CRLF and parses back to the same cells', () => {
    const rows = [
      ['1', 'He said, "no"', ''],
      ['2', 'line one\r\nline two', 'x'],
    ];
    const text = toCsv(['id', 'text', 'more'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('id,text,more');
    expect(parseCsv(text)).toEqual([['id', 'text', 'more'], ...rows]);
  });
});
