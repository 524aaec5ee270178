import { describe, expect, it } from 'vitest';
import { countRules } from './rules-report';

describe('per-rule report', () => {
  it('counts each link under the rule that made it, by source type and via', () => {
    const { rules, claims, unattributed } = countRules([
      'Mayor Lena Ortiz said the bridge will reopen in May. Three ferries were cancelled, port officials told the Coast Courier. The tide was high.',
    ]);
    expect(claims).toBe(3);
    expect(unattributed).toBe(1);
    expect(rules.get('source-cue-content')).toMatchObject({ links: 1, via: 0, byType: { person: 1 } });
    expect(rules.get('content-then-source-cue')).toMatchObject({ links: 1, via: 1, byType: { anonymous: 1 } });
    expect(rules.get('floating-quote')!.links).toBe(0);
  });
});
