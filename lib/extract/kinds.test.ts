// Invented sentences for each error kind of issue 16, at least three per kind. They are the
// extractor's own development set: rules are checked here, on text no gold article contains.
import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from './index';

function claimsOf(x: Extraction) {
  return x.claims.map((c) => ({
    text: c.text,
    vague: c.vagueAttribution,
    sources: c.attributions.map((a) => ({
      name: x.sources[a.source].name,
      type: x.sources[a.source].type,
      mention: a.mention?.text ?? null,
      cue: a.cue,
      via: a.via?.name ?? null,
    })),
  }));
}

const sourcesOf = (text: string) => claimsOf(extract(text)).map((c) => c.sources);
const first = (text: string) => sourcesOf(text)[0];

describe('kind 1: unnamed people by role or group are anonymous', () => {
  it.each([
    ['Economists warned that the levy would push up rents in the capital.', 'Economists', 'warned'],
    ['Defense lawyers argued the search of the warehouse was unlawful.', 'Defense lawyers', 'argued'],
    ['Budget hawks in the assembly say the plan costs far too much.', 'Budget hawks in the assembly', 'say'],
    ['Federal prosecutors said the two men fled in a stolen van.', 'Federal prosecutors', 'said'],
    ['Investors across the region cheered the decision to cut the tariff.', 'Investors across the region', 'cheered'],
    ['Kenyan farmers said the rains came three weeks late this year.', 'Kenyan farmers', 'said'],
  ])('a plural group with a speech or stance verb: %s', (text, mention, cue) => {
    expect(first(text)).toEqual([expect.objectContaining({ type: 'anonymous', mention, cue })]);
  });

  it.each([
    ['A spokeswoman for Harlow Mining said the shaft would reopen in March.', 'A spokeswoman for Harlow Mining'],
    ['His lawyer said the charges would be contested in court.', 'His lawyer'],
    ['A spokesman for the Tidewater Port Authority confirmed that two cranes had failed.', 'A spokesman for the Tidewater Port Authority'],
    ['The company’s lawyer told the court that the contract had lapsed.', 'The company’s lawyer'],
  ])('one unnamed person by role: %s', (text, mention) => {
    expect(first(text)).toEqual([expect.objectContaining({ type: 'anonymous', mention })]);
  });

  it.each([
    ['The mayor’s critics have long argued that the dam is unsafe.', 'The mayor’s critics'],
    ['Mr Odell’s opponents claimed the vote had been rigged.', 'Mr Odell’s opponents'],
    ['The union’s members said they had not been consulted about the rota.', 'The union’s members'],
  ])('a group named in a possessive: %s', (text, mention) => {
    expect(first(text)).toEqual([expect.objectContaining({ type: 'anonymous', mention })]);
  });
});

describe('kind 2: sources named after the claim or after the verb', () => {
  it.each([
    ['The tunnel will open two years late, say engineers.', 'engineers', 'anonymous'],
    ['The merger, say analysts, will cut 900 jobs.', 'analysts', 'anonymous'],
    ['The talks collapsed after midnight, a third person familiar with the talks said.', 'a third person familiar with the talks', 'anonymous'],
    ['Rents rose 9 percent last year, says the Housing Board.', 'the Housing Board', 'organization'],
  ])('%s', (text, mention, type) => {
    expect(first(text)).toEqual([expect.objectContaining({ mention, type })]);
  });

  it('a source after the claim never reaches back to the sentence before', () => {
    const x = claimsOf(extract('The bridge was shut on Monday. Repairs will take a month, engineers said.'));
    expect(x[0].sources).toEqual([]);
    expect(x[1].sources[0]).toMatchObject({ mention: 'engineers' });
  });
});

describe('kind 3: the relaying outlet is the via, never a second source', () => {
  it('told OUTLET, with an outlet name the lexicon does not know', () => {
    expect(first('A senior aide told the Ashgrove Clarion that the minister would resign.')).toEqual([
      expect.objectContaining({ mention: 'A senior aide', type: 'anonymous', via: 'Ashgrove Clarion' }),
    ]);
    // A person or an institution told something is an audience.
    expect(sourcesOf('Maria Lopez met the board. A senior aide told Maria Lopez that the minister would resign.')[1][0].via).toBeNull();
    expect(first('A senior aide told the Harbor Council that the minister would resign.')[0].via).toBeNull();
  });

  it('told us: the publishing outlet, named from the article when it names itself', () => {
    const x = claimsOf(extract('By Lea Hart, The Dunmore Courier\n\nThe rail line will close for a week, a council spokesman told us.\n\n© 2026 The Dunmore Courier'));
    expect(x[0].sources).toEqual([expect.objectContaining({ mention: 'a council spokesman', type: 'anonymous', via: 'The Dunmore Courier' })]);
  });

  it('"<outlet> reported" at the end of a sentence whose speaker is named earlier', () => {
    expect(first('Director Hana Ruiz said in an internal memo that 40 staff would go, the Valley Record reported.')).toEqual([
      expect.objectContaining({ name: 'Hana Ruiz', type: 'person', via: 'Valley Record' }),
    ]);
  });

  it('"<speaker> said, according to <outlet>": the outlet relays', () => {
    expect(first('The river had crested overnight, the flood agency said, according to the Lakeside Gazette.')).toEqual([
      expect.objectContaining({ mention: 'the flood agency', type: 'organization', via: 'Lakeside Gazette' }),
    ]);
  });

  it('"per <name>" works as "according to"; "per cent" does not', () => {
    expect(first('Per the Lakeside Gazette, the river crested at 9 metres.')[0]).toMatchObject({ cue: 'Per', type: 'media' });
    expect(first('“Stay calm,” one resident said, per the Lakeside Gazette.')[0]).toMatchObject({ mention: 'one resident', via: 'Lakeside Gazette' });
    expect(first('Prices rose 4 per cent in May.')).toEqual([]);
  });

  it.each([
    ['A memo seen by the Harbour Times shows that the pier was sold in 2021.', 'Harbour Times'],
    ['Emails obtained by the Westfield Post show the deal was signed in May.', 'Westfield Post'],
    ['The board cut 12 jobs, said chairman Omar Diallo in an email reviewed by the Daily Ledger.', 'Daily Ledger'],
    ['“We are cooperating,” said a Brightway spokesperson when contacted by the Evening Star.', 'Evening Star'],
  ])('seen / obtained / reviewed / contacted by OUTLET: %s', (text, via) => {
    const s = first(text);
    expect(s).toHaveLength(1);
    expect(s[0].via).toContain(via);
  });

  it('an outlet named earlier in the same quotation stays the via of its later sentences', () => {
    const x = claimsOf(extract('“We will not sign,” Mayor Ivo Lind told the Coast Herald. “The deal is dead. Nobody wants it.”'));
    expect(x).toHaveLength(3);
    for (const c of x) expect(c.sources[0]).toMatchObject({ name: 'Ivo Lind', via: 'Coast Herald' });
  });

  it('an audience that relays nothing is not a via, nor is a dateline', () => {
    expect(first('The minister told lawmakers that the budget was balanced.')[0].via).toBeNull();
    expect(first('LISBON (Reuters) - The central bank said inflation fell to 2 percent.')[0]).toMatchObject({ via: null, type: 'organization' });
  });
});

describe('kind 4: carry-over to the source introduced earlier', () => {
  it('"the source" in a later sentence is the anonymous source named before', () => {
    const x = extract('A source close to the club said the coach had resigned. The source added that a successor would be named on Friday.');
    expect(x.claims[1].attributions[0].source).toBe(x.claims[0].attributions[0].source);
    expect(x.sources[x.claims[0].attributions[0].source].type).toBe('anonymous');
  });

  it('"the official" resolves to the official of the paragraph before', () => {
    const x = extract('A senior treasury official said the fund was empty.\n\nThe official said payments would resume in May.');
    expect(x.claims[1].attributions[0].source).toBe(x.claims[0].attributions[0].source);
  });

  it('"he" after an unnamed speaker, with nobody named in between, is that speaker', () => {
    const x = extract('A police officer who asked not to be named said two vans were stopped. He said the drivers were released.');
    const s = x.sources[x.claims[1].attributions[0].source];
    expect(s.type).toBe('anonymous');
    expect(x.claims[1].attributions[0].source).toBe(x.claims[0].attributions[0].source);
  });

  it('never backwards: the sentence before the one naming the source stays unattributed', () => {
    const x = claimsOf(extract('The depot will close. A union official said 80 drivers would be moved. The official said talks would go on.'));
    expect(x[0].sources).toEqual([]);
    expect(x[2].sources[0]).toMatchObject({ type: 'anonymous' });
  });
});

describe('kind 5: cue coverage', () => {
  it.each([
    ['The Arbor League condemned the raid as an attack on free speech.', 'condemned'],
    ['The Tevan government has ruled out new taxes before the election.', 'ruled out'],
    ['Veteran teachers bemoaned the loss of the music classes.', 'bemoaned'],
    ['The Ministry of Health reiterated that the vaccine was safe.', 'reiterated'],
    ['The Supreme Court ruled that the levy was lawful.', 'ruled'],
    ['The Ostrava Bank assured customers that their savings were safe.', 'assured'],
  ])('reaction and stance verbs: %s', (text, cue) => {
    expect(first(text)[0]).toMatchObject({ cue });
  });

  it.each([
    ['Mr Barros described the plan as a betrayal of the town.', 'described'],
    ['Regional courts, however, have declared the fines unlawful.', 'declared'],
  ])('a cue after a parenthetical or with an "as" complement: %s', (text, cue) => {
    expect(first(text)[0]).toMatchObject({ cue });
  });

  it.each([
    ['Minister Ada Holm: “We will not raise the pension age.”', 'Ada Holm'],
    ['The Clearwater Trust in a statement: “The reserve is closed until June.”', 'Clearwater Trust'],
    ['Nurse Pia Sand: “We had no gloves for three days.”', 'Pia Sand'],
  ])('a colon after a speaker: %s', (text, name) => {
    expect(first(text)[0].name).toContain(name);
  });

  it('acts that assert nothing are not cues', () => {
    expect(first('The firm distanced itself from the report.')).toEqual([]);
    expect(first('The council placed fire engines at the gate.')).toEqual([]);
  });
});

describe('kind 6: false sources', () => {
  it('an ordinary noun phrase is not an anonymous source', () => {
    expect(first('A rally organised by students said nothing new about the fees.')).toEqual([]);
    expect(first('A storm warned of the coming winter, the old song goes.').filter((s) => s.mention === 'A storm')).toEqual([]);
  });

  it.each([
    ['Democrats argued the bill was rushed through committee.', 'Democrats'],
    ['Republicans said the vote would be held on Tuesday.', 'Republicans'],
    ['Conservatives warned that the deficit would triple.', 'Conservatives'],
  ])('a named party speaking as one is an organisation: %s', (text, mention) => {
    expect(first(text)).toEqual([expect.objectContaining({ mention, type: 'organization' })]);
  });

  it('a refusal asserts nothing', () => {
    expect(first('The ministry declined to comment on the report.')).toEqual([]);
    expect(first('Lanford Energy did not respond to a request for comment.')).toEqual([]);
  });
});

describe('kind 8: one entity per source; balanced quote marks', () => {
  it('a document named with its author resolves to the author’s document', () => {
    const x = extract('A report by the National Grain Board published last month found that yields fell by a fifth.');
    const a = x.claims[0].attributions[0];
    expect(x.sources[a.source]).toMatchObject({ type: 'document', name: 'National Grain Board report' });
    expect(a.mention?.text).toBe('A report by the National Grain Board published last month');
  });

  it('a descriptor and a leading "the" are not part of an organisation’s name', () => {
    const x = extract('The opposition Green Party said the tax was unfair. Later the Green Party said it would vote against it. The Office for Rail Statistics said 12 lines had closed.');
    const names = x.claims.map((c) => x.sources[c.attributions[0].source].name);
    expect(names).toEqual(['Green Party', 'Green Party', 'Office for Rail Statistics']);
    expect(x.claims[0].attributions[0].mention?.text).toBe('The opposition Green Party');
  });

  it('a claim cut from a quotation has balanced quote marks at its edges', () => {
    const x = extract('“The dam held. The town is safe,” the engineer Ola Berg said.');
    for (const c of x.claims) {
      const opens = (c.text.match(/[“"]/g) ?? []).length;
      const closes = (c.text.match(/[”]/g) ?? []).length;
      if (c.text.includes('“')) expect(opens).toBe(closes);
      expect(/^[“"]/.test(c.text) && !/[”"]/.test(c.text.slice(1))).toBe(false);
    }
  });
});

describe('kind 6 (more): clauses and modifiers that are not attributions', () => {
  it('an -ing form after a noun modifies it; after "be" it is a cue', () => {
    expect(first('The council ignored rulings declaring the fence illegal.')).toEqual([]);
    expect(first('A weather reporting station recorded no rain in May.')).toEqual([]);
    expect(first('Parents are demanding answers from the school board.')[0]).toMatchObject({ mention: 'Parents', cue: 'demanding' });
  });

  it('a possessive noun is no cue, and "adding to" is no speech', () => {
    expect(first('The state’s premier opened the bridge on Monday.')).toEqual([]);
    expect(first('The strike closed three ports, adding to the pressure on the government.')).toEqual([]);
  });

  it('"what X said" names a statement without attributing the sentence', () => {
    const x = sourcesOf('Rhea Lund spoke first. The total is lower than what Lund said, but it is still large.');
    expect(x[1]).toEqual([]);
  });
});

describe('splitting at a second source', () => {
  it('two named institutions joined by "and" are two sources; one name with "of ... and" is one', () => {
    expect(first('Chile and Peru condemned the test as reckless.').map((s) => s.name)).toEqual(['Chile', 'Peru']);
    expect(first('The Department of Parks and Recreation said the pool would reopen.').map((s) => s.name)).toEqual(['Department of Parks and Recreation']);
  });

  it('an author’s clause joined to a sourced clause is two claims, the first unsourced', () => {
    const x = claimsOf(extract('Two cases of measles were confirmed in the county on Friday, but health officials say the risk to the public is low.'));
    expect(x.map((c) => c.sources.length)).toEqual([0, 1]);
    expect(x[1].sources[0]).toMatchObject({ mention: 'health officials', type: 'anonymous' });
  });

  it('a relative clause inside the object is not a second clause', () => {
    const x = claimsOf(extract('The outage angered farmers and shop owners who accused the utility of neglect.'));
    expect(x).toHaveLength(1);
  });
});

describe('kind 3 (more): a relay named before the speaker', () => {
  it('"According to <outlet or reporter>, <speaker> wrote that C": the speaker is the source, the first name relays', () => {
    expect(first('According to the Valley Record, Mayor Ines Lopp wrote in a memo that the pool would close.')).toEqual([
      expect.objectContaining({ name: 'Ines Lopp', type: 'person', via: 'Valley Record' }),
    ]);
    // Without a speaker of its own the prefix is the source.
    expect(first('According to the Valley Record, the pool will close in June.')[0]).toMatchObject({ name: 'Valley Record' });
  });
});

describe('kind 2 (more): a long speaker after an inverted cue', () => {
  it('"..., said <org>’s newly appointed chair <Name> in a memo" names the person', () => {
    expect(first('Bus fares will rise next month, said The Transit Group’s newly appointed chair Ana Ruiz in a memo to staff.')).toEqual([
      expect.objectContaining({ name: 'Ana Ruiz', type: 'person', cue: 'said' }),
    ]);
  });
});

describe('a named speaker with an appositive in a second clause', () => {
  it('"A did X, and General B, <role>, told OUTLET that C": B speaks, A’s clause is the author’s', () => {
    const x = claimsOf(extract('President Ola Berg has been keen to cut troop numbers, and General Ana Ruiz, head of the joint staff, told the Coast Herald this month that troops would stay.'));
    expect(x.map((c) => c.sources.map((s) => s.name))).toEqual([[], ['Ana Ruiz']]);
    expect(x[1].sources[0].via).toBe('Coast Herald');
    const y = claimsOf(extract('Mayor Ola Berg met the chairman of the port board. Berg wants the port sold, but Ivo Lind, chairman of the port board, told the Coast Herald that it would stay public.'));
    expect(y[2].sources.map((s) => s.name)).toEqual(['Ivo Lind']);
  });
});

describe('kind 7: check-worthiness from documented features', () => {
  const cw = (text: string) => extract(text).claims[0].checkworthiness;
  it('a decision with its obligation is checkable; a forecast is not', () => {
    expect(cw('The Supreme Court ruled that landlords must return deposits within 30 days.')).toBeGreaterThanOrEqual(0.5);
    expect(cw('Landlords will probably raise rents next year.')).toBeLessThan(0.5);
  });
  it('a reaction framed by its cue is stance, not fact', () => {
    expect(cw('Parents condemned the decision as careless.')).toBeLessThan(0.5);
    expect(cw('The council closed 14 libraries in March 2024.')).toBeGreaterThanOrEqual(0.5);
  });
  it('a refusal to comment is a checkable fact in the author’s voice', () => {
    expect(cw('The ministry declined to comment on the report.')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('kind 5: nominal cues after a possessor ("X\'s announcement that C")', () => {
  it.each([
    ["The ministry's announcement that 14 schools would close surprised parents.", 'The ministry', 'organization', 'announcement'],
    ["Mayor Ines Holt's insistence that the budget was balanced drew jeers from the council.", 'Ines Holt', 'person', 'insistence'],
    ["A spokeswoman's statement that the mine was safe drew criticism.", 'A spokeswoman', 'anonymous', 'statement'],
    ["The Port Authority's announcement on Friday that the terminal would reopen in May came as a surprise.", 'Port Authority', 'organization', 'announcement'],
    ["Dr Ivo Lind's testimony that the pumps had failed twice was read into the record.", 'Ivo Lind', 'person', 'testimony'],
  ])('%s', (text, name, type, cue) => {
    expect(first(text)).toEqual([expect.objectContaining({ name, type, cue })]);
  });
  it.each([
    "The senator's report on the flood was published on Monday.",
    "The company's claims department opened a new office.",
    "The minister's statement was short.",
    "Despite the minister's insistence that the budget was balanced, the deficit grew.",
    "Auditors rejected the agency's claim that the wells were clean.",
  ])('no that-clause, or not the subject: no source from the nominal: %s', (text) => {
    expect(first(text)).toEqual([]);
  });
  it.each([
    ['The announcement by the Port Authority that the terminal would reopen in May surprised traders.', 'Port Authority', 'organization', 'announcement'],
    ['Claims by two former prison officers that inmates were beaten have been denied.', 'two former prison officers', 'anonymous', 'Claims'],
    ['An admission by Mayor Ines Holt that the budget was short came late.', 'Ines Holt', 'person', 'admission'],
  ])('a nominal cue with its agent after "by": %s', (text, name, type, cue) => {
    expect(first(text)).toEqual([expect.objectContaining({ name, type, cue })]);
  });
  it.each([
    'The report by the agency was published in May.',
    'Claims by the company were rejected.',
    'The warning by police came too late.',
  ])('no that-clause after the agent, no source: %s', (text) => {
    expect(first(text)).toEqual([]);
  });
  it('a speaker named by a verb cue keeps it; the nominal is only the channel', () => {
    expect(first('In his testimony, Dr Ivo Lind said the pumps had failed twice.')).toEqual([expect.objectContaining({ name: 'Ivo Lind', cue: 'said' })]);
  });
});

describe('kind 7: check-worthiness features from the GUIDE definition (invented sentences)', () => {
  const cw = (text: string) => extract(text).claims[0].checkworthiness;
  const worthy = (text: string) => cw(text) >= 0.5;
  it.each([
    'It is unclear whether the ferry service was ever profitable.',
    'The identity of the buyer could not be independently verified.',
    'Whether the dam was inspected in 2019 remains to be seen.',
  ])('uncertainty about the fact itself is not checkable: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'The town needs a second bridge over the river.',
    'Stronger rules for landlords are urgently needed, the tenants union said.',
    'The hospital needs more nurses on its night shifts.',
  ])('a statement of what is needed is normative: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'The opposition leader called it a betrayal of the farmers.',
    'Residents described the new parking scheme as a cash grab.',
    'The union branded the offer an insult.',
  ])('characterisation is not a checkable fact: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'The coach said he was delighted with the team.',
    'Mayor Ines Holt said she was deeply saddened by the news.',
    'Coach Ana Berg told reporters she was thrilled and grateful.',
  ])("a speaker's own feelings are not checkable: %s", (text) => expect(worthy(text)).toBe(false));
  it.each([
    'The prime minister will visit the flooded towns on Tuesday.',
    'The results of the inquiry will be published on March 14.',
    'The council is due to vote on the budget later this week.',
  ])('a scheduled act with a concrete time is an event on a date: %s', (text) => expect(worthy(text)).toBe(true));
  it.each([
    'Prices will rise sharply next year.',
    'The minister could visit the flooded towns on Tuesday.',
    'The council will probably vote against the budget.',
  ])('a forecast, or a hedged plan, stays a prediction: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'The agency said it had tested everyone who might have been exposed.',
    'Crews stayed at the site until the wreck could be lifted in June.',
    'The ferry, which could carry 300 people, sank in 2019.',
  ])('a modal inside a relative or time clause does not make the sentence a forecast: %s', (text) => expect(worthy(text)).toBe(true));
  it.each([
    'Officials said the storm could cause floods.',
    'The plant, which opened in the spring, might close.',
    'Engineers who inspected the bridge say it could fail.',
  ])('a modal in the main clause still marks a forecast: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'Prices could rise by 5 percent in 2025.',
    'Unemployment may reach 12 percent in March.',
    'The bridge, which opened in 1990, could close next year.',
  ])('figures and dates inside a speculation earn nothing: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'Officials expect the bridge to open in 2027.',
    'Economists predict 4 percent growth in 2026.',
    'The agency forecast a deficit of 2 billion dollars next year.',
  ])('a forecast framed by its cue is a guess, figures and all: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'The ruling is important for tenants across the country.',
    'It was a remarkable turnaround for the club.',
    'The delay is regrettable, the union said.',
    'The new timetable is a fiasco, commuters said.',
    'The verdict is a travesty.',
    'Campaigners say the law corrects a historic injustice.',
  ])('a judgement of importance or merit is evaluative: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'Officials would not say whether the plant will reopen.',
    "The ministry won't comment on the leak.",
    'The company did not say how many jobs would go.',
  ])('a refusal, or a modal inside an unanswered question, is no forecast: %s', (text) => expect(worthy(text)).toBe(true));
  it.each([
    'Nobody knows whether prices will fall.',
    'What the court decides could change the law.',
    'Time and again, the board could not agree on who should lead.',
  ])('…but the sentence’s own uncertainty or modal still counts: %s', (text) => expect(worthy(text)).toBe(false));
  it.each([
    'It is the third such attack this year.',
    'The mill closed last month.',
    'The team lost its fifth match in a row.',
  ])('ordinals and relative dates count as figures and dates: %s', (text) => expect(cw(text)).toBeGreaterThanOrEqual(0.7));
  it.each([
    'The coach said the team had won nine of its last ten games.',
    'The ferry service carried 1.2 million passengers in 2023.',
    'Mayor Ines Holt described the route of the new tram line at a meeting on Monday.',
    'The board was unhappy with the audit and fired the auditor in May.',
    'The agency estimated that 3,000 homes were damaged in May.',
    'The museum holds an important collection of 300 maps.',
    'The inquiry into the 2019 fiasco published its findings in May.',
  ])('checkable statements stay check-worthy: %s', (text) => expect(worthy(text)).toBe(true));
});

describe('kind 3 (more): outlets named with a lower-case outlet word', () => {
  it.each([
    ['General Ana Ruiz told US media this month that troops would stay.', 'US media'],
    ['A senior aide told state television that the minister had resigned.', 'state television'],
  ])('%s', (text, via) => {
    expect(first(text)[0].via).toBe(via);
  });
});
