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
