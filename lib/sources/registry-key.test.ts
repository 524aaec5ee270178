import { describe, expect, it } from 'vitest';
import { registryKey } from './registry-key';

describe('registryKey', () => {
  it('treats spelling variants of one name as one key', () => {
    expect(registryKey('Mr. Obama', 'person', 1)).toBe('obama');
    expect(registryKey('obama', 'person', 2)).toBe('obama');
    expect(registryKey('The Washington Post', 'media', 1)).toBe(registryKey('Washington Post', 'media', 9));
    expect(registryKey('Dr José Ramírez-Ortiz', 'person', 1)).toBe('jose ramirez ortiz');
    expect(registryKey('Reuters’', 'media', 1)).toBe('reuters');
  });

  it('keeps a name that is only an honorific or "the"', () => {
    expect(registryKey('The', 'organization', 1)).toBe('the');
  });

  it('scopes anonymous sources to their article', () => {
    expect(registryKey('Officials', 'anonymous', 3)).toBe('officials #3');
    expect(registryKey('officials', 'anonymous', 4)).not.toBe(registryKey('officials', 'anonymous', 3));
  });
});

describe('registryKey with a description before the name', () => {
  it('drops a lower-case description and a leading "the", so one party is one entry', () => {
    const key = registryKey('Green Party', 'organization', 1);
    expect(registryKey('the opposition Green Party', 'organization', 2)).toBe(key);
    expect(registryKey('The Green Party', 'organization', 3)).toBe(key);
    expect(registryKey('the ruling Green Party', 'organization', 4)).toBe(key);
    expect(registryKey('former mayor Jane Roe', 'person', 1)).toBe(registryKey('Jane Roe', 'person', 2));
  });

  it('keeps particles of a name and lead-ins that relate the name to something else', () => {
    expect(registryKey('van Gogh', 'person', 1)).toBe('van gogh');
    expect(registryKey('von der Leyen', 'person', 1)).toBe('von der leyen');
    expect(registryKey('officials at the Ministry of Health', 'organization', 1)).toBe('officials at the ministry of health');
    expect(registryKey('a spokesman for Acme', 'person', 1)).toBe('a spokesman for acme');
  });

  it('leaves names without capitals and anonymous sources as they are', () => {
    expect(registryKey('green party', 'organization', 1)).toBe('green party');
    expect(registryKey('senior officials at City Hall', 'anonymous', 5)).toBe('senior officials at city hall #5');
    expect(registryKey('two senior Officials', 'anonymous', 5)).toBe('two senior officials #5');
  });
});
