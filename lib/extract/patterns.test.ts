// One test per attribution pattern, on short invented sentences: each asserts the concrete
// claim spans, source names, types, cues and vias, so a regression in any rule fails here.
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from './index';

function claimsOf(x: Extraction) {
  return x.claims.map((c) => ({
    text: c.text,
    sources: c.attributions.map((a) => ({
      name: x.sources[a.source].name,
      type: x.sources[a.source].type,
      mention: a.mention?.text ?? null,
      cue: a.cue,
      via: a.via?.name ?? null,
    })),
  }));
}

function only(text: string) {
  const c = claimsOf(extract(text));
  expect(c).toHaveLength(1);
  return c[0];
}

describe('attribution patterns', () => {
  it('X said (that) C', () => {
    const c = only('Mayor Lena Ortiz said that the bridge will reopen in May.');
    expect(c.sources).toEqual([{ name: 'Lena Ortiz', type: 'person', mention: 'Mayor Lena Ortiz', cue: 'said', via: null }]);
  });

  it('C, X said', () => {
    const c = only('Three ferries were cancelled on Monday, port officials said.');
    expect(c.sources).toEqual([{ name: 'port officials', type: 'anonymous', mention: 'port officials', cue: 'said', via: null }]);
  });

  it('"C," said X with an appositive', () => {
    const c = only('"The water is safe to drink," said Omar Haddad, the utility\'s director.');
    expect(c.sources[0]).toMatchObject({ name: 'Omar Haddad', type: 'person', mention: 'Omar Haddad', cue: 'said' });
  });

  it('"C," X said with curly quotes', () => {
    const c = only('“We counted every ballot twice,” Ines Varga said.');
    expect(c.sources[0]).toMatchObject({ name: 'Ines Varga', type: 'person', cue: 'said' });
  });

  it('According to X, C and C, according to X', () => {
    const x = claimsOf(extract('According to the Fisheries Ministry, the catch fell by a third. Prices doubled, according to a survey of traders.'));
    expect(x[0].sources[0]).toMatchObject({ name: 'Fisheries Ministry', type: 'organization', cue: 'According to' });
    expect(x[1].sources[0]).toMatchObject({ name: 'a survey of traders', type: 'document', cue: 'according to' });
  });

  it('X told OUTLET: the outlet is via, not a source', () => {
    const c = only('A senior diplomat told The Morning Herald that talks had stalled.');
    expect(c.sources).toEqual([{ name: 'A senior diplomat', type: 'anonymous', mention: 'A senior diplomat', cue: 'told', via: 'The Morning Herald' }]);
  });

  it('documents seen by OUTLET', () => {
    const c = only('Emails seen by the Valley Times show that the contract was signed in 2019.');
    expect(c.sources[0]).toMatchObject({ type: 'document', cue: 'show', via: 'Valley Times' });
  });

  it('in an interview with OUTLET', () => {
    const c = only('In an interview with Radio Meridian, Governor Paul Emeka said the budget was balanced.');
    expect(c.sources[0]).toMatchObject({ name: 'Paul Emeka', type: 'person', cue: 'said', via: 'Radio Meridian' });
  });

  it('X said in a statement', () => {
    const c = only('The Coastal Rail Company said in a statement that 40 trains had been withdrawn.');
    expect(c.sources[0]).toMatchObject({ name: 'Coastal Rail Company', type: 'organization', cue: 'said' });
  });

  it('X, who ..., said', () => {
    const x = claimsOf(extract('Ana Ruiz is a nurse. Ruiz, who has worked at the clinic since 2010, said staff had not been paid.'));
    expect(x[1].sources[0]).toMatchObject({ name: 'Ana Ruiz', type: 'person', mention: 'Ruiz', cue: 'said' });
  });

  it('participial cue after the main clause', () => {
    const c = only('The Transport Ministry rejected the report, claiming that the figures were outdated.');
    expect(c.sources[0]).toMatchObject({ name: 'Transport Ministry', type: 'organization', cue: 'claiming' });
  });

  it('X reported, citing Y: Y is the source, X the via', () => {
    const c = only('Reuters reported, citing three officials, that the plant would close.');
    expect(c.sources).toEqual([{ name: 'three officials', type: 'anonymous', mention: 'three officials', cue: 'citing', via: 'Reuters' }]);
  });

  it('X was quoted by OUTLET as saying C', () => {
    const c = only('Banker Leo Grant was quoted by Reuters as saying the merger had failed.');
    expect(c.sources[0]).toMatchObject({ name: 'Leo Grant', type: 'person', via: 'Reuters' });
  });

  it('two coordinated speakers are two sources', () => {
    const x = extract('Tom Hale and Rosa Kim run the lab. Hale and Kim said the samples were lost in March.');
    expect(x.claims[1].attributions.map((a) => x.sources[a.source].name)).toEqual(['Tom Hale', 'Rosa Kim']);
  });

  it('a suffix source does not split the sentence it covers', () => {
    const x = claimsOf(extract('The bank expects inflation to fall to 3 percent next year, the governor said.'));
    expect(x).toHaveLength(1);
  });

  it('a colon lead-in attributes the list items after it', () => {
    const x = claimsOf(extract('Minister Tomas Berg said:\n\nThe army will leave the valley by June\n\nAll prisoners will be released this year\n'));
    expect(x.map((c) => c.text)).toEqual(['The army will leave the valley by June', 'All prisoners will be released this year']);
    for (const c of x) expect(c.sources[0]).toMatchObject({ name: 'Tomas Berg', cue: 'said' });
  });

  it('bulleted items with full stops after a lead-in are attributed, without the bullet', () => {
    const x = claimsOf(extract('The report by the Audit Office found:\n- Three ministries overspent by 12 percent.\n- Two contracts were never tendered.\n'));
    expect(x.map((c) => c.text)).toEqual(['Three ministries overspent by 12 percent.', 'Two contracts were never tendered.']);
    for (const c of x) expect(c.sources[0]).toMatchObject({ type: 'document', cue: 'found' });
  });

  it('a quoted phrase used as a name is not a floating quote', () => {
    const x = claimsOf(extract('"We will win," said coach Ana Bell. "Total football" is the club\'s old slogan.'));
    expect(x[1].sources).toEqual([]);
  });

  it('colon speech inside a sentence', () => {
    const c = only('As the audit states: "The fund lost track of 300 loans."');
    expect(c.sources[0]).toMatchObject({ type: 'document', cue: 'states', mention: 'the audit' });
  });
});

describe('multi-sentence quotations', () => {
  it('cue at the end: every sentence of the quote carries it', () => {
    const x = claimsOf(extract('"The river rose overnight. Nobody expected it. We lost everything," farmer Jonas Pike said.'));
    expect(x).toHaveLength(3);
    for (const c of x) expect(c.sources[0]).toMatchObject({ name: 'Jonas Pike', type: 'person' });
  });

  it('cue after the first sentence: the following quoted sentence is a floating quote', () => {
    const x = claimsOf(extract('"We will appeal," said lawyer Mina Cole. "The judge ignored the evidence."'));
    expect(x).toHaveLength(2);
    expect(x[1].sources[0]).toMatchObject({ name: 'Mina Cole', type: 'person', cue: null });
  });

  it('colon before the quote: later sentences inherit', () => {
    const x = claimsOf(extract('Coach Dara Singh said: “We trained hard. The result is fair.”'));
    expect(x).toHaveLength(2);
    expect(x[1].sources[0]).toMatchObject({ name: 'Dara Singh', cue: 'said' });
  });

  it('a quoted paragraph with no cue continues the speaker of the paragraph before', () => {
    const x = claimsOf(extract('Senator Hugo Brandt said the vote was close.\n\n"We need two more votes. We will find them."'));
    expect(x).toHaveLength(3);
    expect(x[1].sources[0]).toMatchObject({ name: 'Hugo Brandt', cue: null });
    expect(x[2].sources[0]).toMatchObject({ name: 'Hugo Brandt' });
  });

  it('a short quotation before the cue, with a pronoun after a present-tense intro', () => {
    const x = claimsOf(extract('Jo Kane chairs the panel.\n\n“We’re done,” she said. “It’s over.” Then she left the room.'));
    expect(x[1].sources[0]).toMatchObject({ name: 'Jo Kane', mention: 'she', cue: 'said' });
    expect(x[2].sources[0]).toMatchObject({ name: 'Jo Kane', cue: null });
    expect(x[3].sources).toEqual([]);
  });

  it('narration after a quote is not carried over', () => {
    const x = claimsOf(extract('"Prices are falling," said economist Rita Moss. The central bank meets on Tuesday.'));
    expect(x[1].sources).toEqual([]);
  });
});

describe('coreference', () => {
  it('pronouns and short names resolve to the full name introduced earlier', () => {
    const x = extract('Robert M. Danin heads the panel. Danin said the panel met twice. He added that a third meeting was planned. Mr. Danin declined to say more.');
    const c = claimsOf(x);
    expect(c[1].sources[0]).toMatchObject({ name: 'Robert M. Danin', mention: 'Danin' });
    expect(c[2].sources[0]).toMatchObject({ name: 'Robert M. Danin', mention: 'He' });
    expect(x.sources.filter((s) => s.name === 'Robert M. Danin')).toHaveLength(1);
  });

  it('"she" skips a man named more recently', () => {
    const x = claimsOf(extract('Ms. Clara Voss runs the fund. Mr. Ivan Petrov said the deal was closed. She said the numbers were final.'));
    expect(x[1].sources[0]).toMatchObject({ name: 'Ivan Petrov' });
    expect(x[2].sources[0]).toMatchObject({ name: 'Clara Voss', mention: 'She' });
  });

  it('a quotation over several paragraphs takes the speaker from the closing paragraph', () => {
    const x = claimsOf(extract('The mayor spoke at length.\n\n"We rebuilt the bridge. It took four years.\n\n"Now we rebuild the school," Mayor Ida Lunn said.'));
    expect(x.map((c) => c.sources[0]?.name ?? null)).toEqual([null, 'Ida Lunn', 'Ida Lunn', 'Ida Lunn']);
  });

  it('"the president" refers back to the titled person', () => {
    const x = claimsOf(extract('President Alma Reyes visited the port. The president said new cranes would arrive in June.'));
    expect(x[1].sources[0]).toMatchObject({ name: 'Alma Reyes', type: 'person', mention: 'The president' });
  });

  it('"it" refers to the latest institution', () => {
    const x = claimsOf(extract('The Harbor Company cut 200 jobs on Monday. It said demand had collapsed.'));
    expect(x[1].sources[0]).toMatchObject({ name: 'Harbor Company', type: 'organization', mention: 'It' });
  });

  it('"the report" refers back to the report introduced earlier', () => {
    const x = extract('A report by the Harbor Institute found that wages fell. The report concluded that rents rose 8 percent.');
    expect(x.claims[1].attributions[0].source).toBe(x.claims[0].attributions[0].source);
    expect(x.sources[x.claims[1].attributions[0].source].type).toBe('document');
  });
});

describe('splitting and non-attribution', () => {
  it('a sentence joining two sources becomes two claims', () => {
    const x = claimsOf(extract('Chile said the border was calm and the navy said it had sunk no boats.'));
    expect(x.map((c) => c.text)).toEqual(['Chile said the border was calm', 'the navy said it had sunk no boats.']);
    expect(x[0].sources[0]).toMatchObject({ name: 'Chile', type: 'organization' });
    expect(x[1].sources[0]).toMatchObject({ name: 'the navy', type: 'organization' });
  });

  it('a speaker inside the reported content is not a second source and does not split', () => {
    const x = claimsOf(extract('State media reported that the regional governor called the ruling "a setback for farmers."'));
    expect(x).toHaveLength(1);
    expect(x[0].sources).toHaveLength(1);
    expect(x[0].sources[0]).toMatchObject({ name: 'State media', type: 'media' });
  });

  it('one speaker with two verbs is not split', () => {
    const x = claimsOf(extract('Judge Carla Wynn said the law was valid but insisted that parts be rewritten.'));
    expect(x).toHaveLength(1);
    expect(x[0].sources).toHaveLength(1);
  });

  it('actors are not sources', () => {
    expect(only('Some within the party push for an early election.').sources).toEqual([]);
    expect(only('Lawmakers are drafting a bill to ban the practice.').sources).toEqual([]);
  });

  it('describing a document is not attribution; a document concluding is', () => {
    const x = claimsOf(extract('The study assessed 400 schools in 12 districts. The study concluded that class size mattered.'));
    expect(x[0].sources).toEqual([]);
    expect(x[1].sources[0]).toMatchObject({ type: 'document', cue: 'concluded' });
  });

  it('vague attribution is flagged, not a source', () => {
    const x = extract('The mayor reportedly met the developer twice. The plan is widely seen as a gift to builders. It is believed the deal was signed. Many say the tower is too tall.');
    for (const c of x.claims) expect(c.attributions).toEqual([]);
    expect(x.claims.map((c) => c.vagueAttribution)).toEqual(['reportedly', 'is widely seen', 'is believed', 'Many say']);
  });

  it('passive speech: the agent after "by" is the source', () => {
    const c = only('Mayor Tim Lake was told by engineers that the dam would hold.');
    expect(c.sources).toEqual([{ name: 'engineers', type: 'anonymous', mention: 'engineers', cue: 'told by', via: null }]);
    const v = extract('It was reported that the mine had flooded.');
    expect(v.claims[0].attributions).toEqual([]);
    expect(v.claims[0].vagueAttribution).toBe('It was reported');
  });

  it('a relative clause inside the subject', () => {
    const c = only('Several people who attended the meeting said the vote was delayed.');
    expect(c.sources[0]).toMatchObject({ name: 'Several people', type: 'anonymous', cue: 'said' });
  });

  it('anonymous sources of several kinds', () => {
    const x = claimsOf(
      extract(
        'The plan was shelved, people familiar with the matter said. A spokesman said the firm had no comment on rumours. Analysts expect losses, two sources said. Critics argue the fee is unfair.',
      ),
    );
    for (const c of x) expect(c.sources[0]?.type).toBe('anonymous');
  });
});

describe('media and organisations', () => {
  it('recognises outlets by their words', () => {
    const x = claimsOf(extract('The Evening Post reported that the mine had closed. State media said 12 miners were rescued.'));
    expect(x[0].sources[0]).toMatchObject({ type: 'media', name: 'The Evening Post' });
    expect(x[1].sources[0]).toMatchObject({ type: 'media', name: 'State media' });
  });

  it('outlet words: The Associated Press is media, a space agency is not', () => {
    const x = claimsOf(extract('Two officials told The Associated Press that talks failed. The European Space Agency said the launch was delayed.'));
    expect(x[0].sources[0]).toMatchObject({ type: 'anonymous', via: 'The Associated Press' });
    expect(x[1].sources[0]).toMatchObject({ type: 'organization' });
  });

  it('countries and institutions speak as organisations', () => {
    const x = claimsOf(extract('Norway said it would send aid. The Supreme Court ruled that the tax was lawful. The military said two soldiers were hurt.'));
    expect(x[0].sources[0]).toMatchObject({ name: 'Norway', type: 'organization' });
    expect(x[2].sources[0]).toMatchObject({ type: 'organization' });
  });
});

describe('quotations over paragraphs', () => {
  it('the first paragraph of a two-paragraph quotation takes the speaker and drops its vague phrase', () => {
    const x = extract('The pumps were reportedly sold, "and nobody asked the council.\n\n"We found out from the papers," said councillor Aida Brook.');
    const first = x.claims[0];
    expect(first.attributions.map((a) => x.sources[a.source].name)).toEqual(['Aida Brook']);
    expect(first.vagueAttribution).toBeNull();
    expect(first.explanation).not.toMatch(/names no one/);
    expect(first.explanation).toMatch(/multi-paragraph quotation attributed to Aida Brook/);
  });
});
