import { describe, expect, it } from 'vitest';
import { anchorContext } from './anchors';
import { reanchorClaims, type AnchoredClaim, type Span } from './reanchor';

/** The claim as the old import stored it: span, words and context. */
function claimIn(body: string, text: string, occurrence = 0): AnchoredClaim {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = body.indexOf(text, start + 1);
  if (start === -1) throw new Error(`"${text}" not in body`);
  return { start, end: start + text.length, text, ...anchorContext(body, start, start + text.length) };
}

/** Spans of the given sentences in the text, as a new extraction would give them. */
function spansOf(body: string, ...texts: string[]): Span[] {
  return texts.map((t) => {
    const start = body.indexOf(t);
    if (start === -1) throw new Error(`"${t}" not in body`);
    return { start, end: start + t.length };
  });
}

const OLD = [
  'Harbour Plan Approved',
  '',
  'The council approved the harbour plan on Tuesday by seven votes to two.',
  '',
  '"It will cost 40 million pounds," said mayor Ana Silva.',
  '',
  'Critics said the environmental review was rushed.',
  '',
  'The first berth opens in 2027.',
].join('\n');

describe('reanchorClaims', () => {
  const vote = claimIn(OLD, 'The council approved the harbour plan on Tuesday by seven votes to two.');
  const cost = claimIn(OLD, '"It will cost 40 million pounds," said mayor Ana Silva.');
  const critics = claimIn(OLD, 'Critics said the environmental review was rushed.');
  const berth = claimIn(OLD, 'The first berth opens in 2027.');

  it('finds unchanged claims exactly where they now are, and the new claim covering them', () => {
    const NEW = `Updated 14:00\n\n${OLD}`;
    const newClaims = spansOf(NEW, vote.text, cost.text, critics.text, berth.text);
    const result = reanchorClaims([vote, critics], OLD.length, NEW, newClaims);
    expect(result).toEqual([
      { match: 'exact', start: vote.start + 15, end: vote.end + 15, claim: 0, similarity: 1 },
      { match: 'exact', start: critics.start + 15, end: critics.end + 15, claim: 2, similarity: 1 },
    ]);
  });

  it('follows a claim whose paragraph moved to another place', () => {
    const NEW = [
      'Harbour Plan Approved',
      '',
      'Critics said the environmental review was rushed.',
      '',
      'The council approved the harbour plan on Tuesday by seven votes to two.',
      '',
      '"It will cost 40 million pounds," said mayor Ana Silva.',
    ].join('\n');
    const [found] = reanchorClaims([critics], OLD.length, NEW, []);
    expect(found).toMatchObject({ match: 'exact', claim: null });
    expect(NEW.slice(found!.start, found!.end)).toBe(critics.text);
  });

  it('tells repeated wordings apart by their context', () => {
    const body = 'Ferry fares rose in May.\n\nThe union agreed.\n\nBus fares rose in May.\n\nThe union agreed.\n\nTrain fares fell.';
    const second = claimIn(body, 'The union agreed.', 1);
    // The new text adds a paragraph at the top: the second "The union agreed." must stay the one after "Bus fares".
    const NEW = `Correction appended.\n\n${body}`;
    const [found] = reanchorClaims([second], body.length, NEW, []);
    expect(found?.start).toBe(NEW.indexOf('The union agreed.', NEW.indexOf('Bus fares')));
  });

  it('gives two claims with the same words two different places', () => {
    const body = 'The union agreed.\n\nThen the board met.\n\nThe union agreed.';
    const claims = [claimIn(body, 'The union agreed.', 0), claimIn(body, 'The union agreed.', 1)];
    const [a, b] = reanchorClaims(claims, body.length, body, []);
    expect([a?.start, b?.start]).toEqual([0, body.lastIndexOf('The union agreed.')]);
  });

  it('finds an edited sentence by its words, and its new extracted claim', () => {
    const NEW = OLD.replace('by seven votes to two', 'by eight votes to one').replace('Critics said the environmental review was rushed.', 'Critics said the review of the environment was rushed.');
    const editedVote = 'The council approved the harbour plan on Tuesday by eight votes to one.';
    const newClaims = spansOf(NEW, editedVote, cost.text);
    const [v, c] = reanchorClaims([vote, critics], OLD.length, NEW, newClaims);
    expect(v).toMatchObject({ match: 'fuzzy', claim: 0 });
    expect(NEW.slice(v!.start, v!.end)).toBe(editedVote);
    expect(v!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(v!.similarity).toBeLessThan(1);
    // Not extracted any more, but still in the text: found by sentence, with no new claim.
    expect(c).toMatchObject({ match: 'fuzzy', claim: null });
    expect(NEW.slice(c!.start, c!.end)).toBe('Critics said the review of the environment was rushed.');
  });

  it('leaves a deleted claim, or one rewritten beyond recognition, without a place', () => {
    const NEW = OLD.replace('Critics said the environmental review was rushed.\n\n', '').replace(
      'The first berth opens in 2027.',
      'Construction of berths is scheduled to start once funding arrives.',
    );
    expect(reanchorClaims([critics, berth, cost], OLD.length, NEW, spansOf(NEW, cost.text))).toEqual([
      null,
      null,
      expect.objectContaining({ match: 'exact', claim: 0 }),
    ]);
  });

  it('continues a claim as the new claim that covers most of it when the extractor cuts differently', () => {
    const body = 'Mayor Ana Silva said the plan was approved and the port authority said it would pay half.';
    const old = claimIn(body, body);
    const newClaims = [
      { start: 0, end: body.indexOf(' and the port') },
      { start: body.indexOf('the port'), end: body.length },
    ];
    const [found] = reanchorClaims([old], body.length, body, newClaims);
    expect(found).toMatchObject({ match: 'exact', claim: 0, start: 0, end: newClaims[0].end });
  });
});
