// Source typing, canonical names and coreference. A subject noun phrase found by attribute.ts
// becomes a typed source here; pronouns, short names ("Waltz", "Mr. Waltz") and role nouns
// ("the president") resolve to the fullest name the article uses.
import type { ExtractedSource, SourceType, TextSpan } from './types';
import type { Tok } from './tokens';
import {
  AMBIGUOUS_MEDIA,
  LY_NOUNS,
  ARTICLES,
  DOCUMENT_AUTHOR_PREPS,
  INDEFINITE_OR_POSSESSIVE,
  NP_CONTINUERS,
  REFERRING_DETERMINERS_DEFINITE,
  BLOCKERS,
  FEMALE_MARKS,
  INSTITUTION_NAME_WORDS,
  INSTITUTIONAL_MEDIA_WORDS,
  MALE_MARKS,
  MEDIA_DESCRIPTORS,
  NOT_NAME,
  NOT_PEOPLE,
  PARTY_PLURALS,
  PERSON_NOUN_ENDING,
  PLURAL_DEMONYM,
  PLURAL_PEOPLE_ENDING,
  POSTMOD,
  PREPS,
  QUANT_HEADS,
  ANON_MARKERS,
  ANON_NOUNS,
  AUX_ADVERBS,
  CONNECTORS,
  COUNTRIES,
  COUNTRY_PHRASES,
  DETERMINERS,
  FEMALE_NAMES,
  MALE_NAMES,
  DOC_NOUNS,
  HONORIFICS,
  MEDIA_PHRASES,
  MEDIA_WORDS,
  ORG_WORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from './lexicon';

export interface ResolvedSource {
  name: string;
  type: SourceType;
  /** Absolute span of the words naming the source. */
  mentionStart: number;
  mentionEnd: number;
  /** How the name was resolved, in words, for explanations only: rules test `basis`. */
  how: string;
  basis: SourceBasis;
  /** Head noun of an unnamed source ("official" in "a senior official"), for "the official" later. */
  head?: string;
}

/** How a noun phrase became a source; the rules decide on this, never on the `how` text. */
export type SourceBasis =
  | 'anonymity-marker'
  | 'pronoun'
  | 'named-person'
  | 'name-resolved'
  | 'role-reference'
  | 'role-holder'
  | 'news-outlet'
  | 'unnamed-group'
  | 'unnamed-person'
  | 'nationality-group'
  | 'document'
  | 'document-reference'
  | 'institution'
  | 'country'
  | 'capitalised-name'
  | 'carried-reference';

/** Full person names found anywhere in the article, by surname and by role. */
export interface NameIndex {
  bySurname: Map<string, string>;
  roles: Array<{ role: string; name: string; pos: number }>;
  proper: Set<string>;
  /** Gender evidence by canonical full name: honorifics and first names. */
  gender: Map<string, 'm' | 'f'>;
}

export type Gender = 'm' | 'f';


/** Gender of a person's canonical name, when the article or the name lists say. */
export function genderOf(name: string, names: NameIndex): Gender | null {
  const g = names.gender.get(name);
  if (g) return g;
  const first = name.split(' ')[0].toLowerCase();
  if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) return 'm';
  return null;
}


function isTitle(t: Tok): boolean {
  return TITLE_WORDS.has(t.text) || TITLE_WORDS.has(t.text.replace(/\.$/, '')) || HONORIFICS.test(t.text);
}

function isNameWord(t: Tok): boolean {
  if (!t.word || !t.cap || t.quoted) return false;
  if (isTitle(t)) return false;
  if (ANON_NOUNS.has(t.lower) || DOC_NOUNS.has(t.lower)) return false;
  if (ORG_WORDS.has(t.lower) || MEDIA_WORDS.has(t.lower) || COUNTRIES.has(t.lower)) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text)) return false; // acronyms are organisations
  return true;
}

/** One pass over the tokens of the body: "Barack Obama", "Robert M. Danin", roles before names. */
export function isSentenceInitial(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /[\s"“‘'(\[]/.test(text[k]) && text[k] !== '\n') k--;
  return k < 0 || text[k] === '\n' || /[.!?:]/.test(text[k]);
}

export function buildNameIndex(toks: readonly Tok[], text: string): NameIndex {
  const bySurname = new Map<string, string>();
  const gender = new Map<string, Gender>();
  // Words seen capitalised inside a sentence: evidence that a word is a proper noun.
  const proper = new Set<string>();
  for (const t of toks) if (t.word && t.cap && !isSentenceInitial(text, t.start)) proper.add(t.lower);
  const roles: NameIndex['roles'] = [];
  let i = 0;
  while (i < toks.length) {
    // An article before a capitalised run marks an institution or an outlet ("the Ashgrove Clarion").
    if (!isNameWord(toks[i]) || NOT_NAME.has(toks[i].text) || (i > 0 && ARTICLES.has(toks[i - 1].lower) && toks[i].start - toks[i - 1].end <= 1)) {
      i++;
      continue;
    }
    let j = i;
    const parts: string[] = [];
    while (j < toks.length && (isNameWord(toks[j]) || /^\p{Lu}$/u.test(toks[j].text)) && (j === i || toks[j].start - toks[j - 1].end <= 2)) {
      const t = toks[j];
      parts.push(/^\p{Lu}$/u.test(t.text) ? `${t.text}.` : t.possessive ? t.text.replace(/['’]s?$/, '') : t.text);
      j++;
      if (t.possessive) break;
    }
    // A sentence-initial word never seen capitalised elsewhere is a common noun ("Coach Dara Singh").
    if (parts.length >= 3 && !/^\p{Lu}\.$/u.test(parts[1]) && isSentenceInitial(text, toks[i].start) && !proper.has(toks[i].lower)) parts.shift();
    if (parts.length >= 2 && parts.length <= 4 && !/^\p{Lu}\.$/u.test(parts[parts.length - 1])) {
      const full = parts.join(' ');
      const surname = parts[parts.length - 1].toLowerCase();
      const prev = bySurname.get(surname);
      if (!prev || prev.split(' ').length < parts.length) bySurname.set(surname, full);
      // Honorifics before a name are gender evidence ("Ms. Clara Voss").
      const mark = i > 0 ? toks[i - 1].lower.replace(/\.$/, '') : '';
      if (FEMALE_MARKS.has(mark)) gender.set(surname, 'f');
      else if (MALE_MARKS.has(mark)) gender.set(surname, 'm');
      // Role words right before the name: "President Barack Obama", "press secretary Josh Earnest".
      let k = i - 1;
      while (k >= 0 && toks[k].word && (isTitle(toks[k]) || ROLE_NOUNS.has(toks[k].lower))) {
        const role = toks[k].lower.replace(/\.$/, '');
        if (ROLE_NOUNS.has(role)) roles.push({ role, name: full, pos: toks[i].start });
        k--;
      }
    }
    i = Math.max(j, i + 1);
  }
  // Honorific + surname alone ("Mr. Petrov") marks a person and tells the gender.
  for (let k = 0; k + 1 < toks.length; k++) {
    const mark = toks[k].lower.replace(/\.$/, '');
    if (!toks[k + 1].cap || !toks[k + 1].word) continue;
    if (HONORIFICS.test(toks[k].text) && !bySurname.has(toks[k + 1].lower) && isNameWord(toks[k + 1])) bySurname.set(toks[k + 1].lower, stripPossessive(toks[k + 1].text));
    if (FEMALE_MARKS.has(mark) && !gender.has(toks[k + 1].lower)) gender.set(toks[k + 1].lower, 'f');
    else if (MALE_MARKS.has(mark) && !gender.has(toks[k + 1].lower)) gender.set(toks[k + 1].lower, 'm');
  }
  const byName = new Map<string, Gender>();
  for (const [surname, g] of gender) byName.set(bySurname.get(surname) ?? surname, g);
  return { bySurname, roles, proper, gender: byName };
}

/** What earlier sentences make available to pronouns and generic nouns. */
export interface Context {
  names: NameIndex;
  lastPerson: ResolvedSource | null;
  /** Recently named people, most recent last, for gender-aware pronouns. */
  recentPersons: ResolvedSource[];
  lastGroup: ResolvedSource | null;
  lastDoc: ResolvedSource | null;
  lastOrg: ResolvedSource | null;
  /** The latest organisation or document, for "it". */
  lastThing: ResolvedSource | null;
  /** The outlet that publishes the article, when a byline or copyright line names it. */
  publisher: string | null;
  /** Ordinal of the body paragraph being read. */
  paragraph: number;
  /** Recent single unnamed sources ("a senior official"), most recent last, with their paragraph. */
  recentAnon: Array<{ src: ResolvedSource; paragraph: number }>;
}

/** Carry-over reaches the paragraph of the mention and the one before, never further. */
const CARRY_PARAGRAPHS = 1;

/** The latest single unnamed source within reach, optionally with this head noun. */
function recentAnonymous(ctx: Context, head: string | null): ResolvedSource | null {
  for (let k = ctx.recentAnon.length - 1; k >= 0; k--) {
    const a = ctx.recentAnon[k];
    if (ctx.paragraph - a.paragraph > CARRY_PARAGRAPHS) break;
    if (head === null || a.src.head === head || head === 'source') return a.src;
  }
  return null;
}


function joinText(toks: readonly Tok[], text: string): string {
  return toks.length ? text.slice(toks[0].start, toks[toks.length - 1].end) : '';
}

function stripPossessive(s: string): string {
  return s.replace(/['’]s$/, '').replace(/s['’]$/, 's');
}

/**
 * Types a subject noun phrase and resolves it to a name. Returns null when the words are not a
 * plausible source ("the episode", "no group", a clause).
 */
export function resolveNP(raw: readonly Tok[], text: string, ctx: Context): ResolvedSource | null {
  let toks = raw.filter((t) => t.text !== '(' && t.text !== ')');
  // Clause-initial connectors and trailing auxiliaries belong to the clause, not the subject.
  let a = 0;
  while (a < toks.length && toks[a].word && CONNECTORS.has(toks[a].lower) && toks.length - a > 1) a++;
  let b = toks.length;
  while (b > a && toks[b - 1].word && isAdverb(toks[b - 1])) b--;
  toks = toks.slice(a, b);
  if (toks.length === 0 || toks.some((t) => t.quoted || t.text === '“' || t.text === '”' || t.text === '"')) return null;

  // Appositives: "Ajmi Lourimi, a member of ...," / "The leader of Ennahda, Rachid Ghannouchi,".
  if (toks.some((t) => t.text === ',' || t.text === '—' || t.text === '–')) {
    const parts: Tok[][] = [[]];
    for (const t of toks) {
      if (t.text === ',' || t.text === '—' || t.text === '–') parts.push([]);
      else parts[parts.length - 1].push(t);
    }
    const usable = parts.filter((p) => p.length > 0 && !(p[0].lower === 'who' || p[0].lower === 'which'));
    if (usable.length === 0 || parts.length > 4) return null;
    const resolved = usable.map((p) => resolveNP(p, text, ctx));
    // A proper name beats a role description: "Orchard's chief executive, Lionel Baptiste".
    const person =
      resolved.find((r) => r && r.type === 'person' && (r.basis === 'named-person' || r.basis === 'name-resolved')) ??
      resolved.find((r) => r && r.type === 'person' && /\p{Lu}/u.test(r.name));
    if (person) return person;
    return resolved[0] ?? null;
  }
  if (toks.length > 14) return null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.word) {
      if (t.text === '--' || t.text === ':' || t.text === ';') return null;
      continue;
    }
    // A lone "it" is a pronoun subject, resolved below; inside a longer phrase it marks a clause.
    // An acronym is a name even when it spells a blocker ("the WHO").
    if (BLOCKERS.has(t.lower) && !(t.lower === 'it' && toks.length === 1) && !/^\p{Lu}{2,}$/u.test(t.text)) return null;
    // A verb inside means this is a clause - unless the participle follows the head noun
    // ("reports seen by"), or a determiner makes an -ing word a noun ("the meeting").
    const prev = k > 0 ? toks[k - 1] : null;
    // "the newly appointed chair": a participle after an -ly adverb modifies the noun too.
    const nounAfterDet = prev !== null && (DETERMINERS.has(prev.lower) || prev.possessive || (!prev.cap && prev.lower.endsWith('ly') && prev.lower.length > 4));
    if (!t.cap && /(?:ed|ing)$/.test(t.lower) && t.lower.length > 4 && !POSTMOD.has(t.lower) && !ANON_NOUNS.has(t.lower) && !DOC_NOUNS.has(t.lower) && !nounAfterDet) {
      return null;
    }
  }
  if (toks[0].lower === 'no') return null;

  const span = { mentionStart: toks[0].start, mentionEnd: toks[toks.length - 1].end };
  const np = joinText(toks, text);
  const words = toks.filter((t) => t.word);
  if (words.length === 0) return null;

  // Pronouns.
  if (words.length === 1) {
    const w = words[0].lower;
    if (w === 'he' || w === 'she') {
      // The nearest person whose known gender fits; people of unknown gender also fit.
      const want: Gender = w === 'he' ? 'm' : 'f';
      let p: ResolvedSource | null = null;
      for (let k = ctx.recentPersons.length - 1; k >= 0 && !p; k--) {
        const g = genderOf(ctx.recentPersons[k].name, ctx.names);
        if (g === want || g === null) p = ctx.recentPersons[k];
      }
      p ??= ctx.lastPerson;
      // An unnamed speaker introduced after the last named person ("a police officer said ... He
      // added") is who the pronoun continues.
      const anon = recentAnonymous(ctx, null);
      if (anon && (!p || p.mentionStart < anon.mentionStart) && anon.head && !(want === 'm' ? FEMALE_MARKS : MALE_MARKS).has(anon.head)) {
        return { name: anon.name, type: 'anonymous', ...span, how: `pronoun "${words[0].text}" resolved to the unnamed source before it, ${anon.name}`, basis: 'carried-reference', head: anon.head };
      }
      return { name: p ? p.name : words[0].text, type: 'person', ...span, how: p ? `pronoun "${words[0].text}" resolved to the last person named, ${p.name}` : 'unresolved pronoun', basis: 'pronoun' };
    }
    if (w === 'they') {
      const g = ctx.lastGroup;
      if (!g) return null;
      return { name: g.name, type: g.type, ...span, how: `pronoun "they" resolved to ${g.name}`, basis: 'pronoun' };
    }
    if (w === 'it' || w === 'its') {
      // "its findings" look for a document first; "it said" for the latest institution or document.
      const d = w === 'its' ? ctx.lastDoc ?? ctx.lastThing : ctx.lastThing ?? ctx.lastDoc;
      if (!d) return null;
      return { name: d.name, type: d.type, ...span, how: `pronoun "${w}" resolved to ${d.name}`, basis: 'pronoun' };
    }
    if (w === 'i' || w === 'we' || w === 'you') return null;
  }

  // The head: last word before a post-modifier ("reports [from U.S. media]", "people [familiar ...]").
  let headIdx = words.length - 1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if ((PREPS.has(w.lower) && !w.cap) || POSTMOD.has(w.lower)) {
      headIdx = k - 1;
      break;
    }
  }
  const head = words[headIdx];
  const lowerNp = np.toLowerCase();

  if (ANON_MARKERS.slice(0, 6).some((re) => re.test(np))) return { name: np, type: 'anonymous', ...span, how: 'anonymity marker in the subject', basis: 'anonymity-marker', head: head.lower };

  // "the source", "the official": the single unnamed source of this or the previous paragraph.
  if (!head.cap && ANON_NOUNS.has(head.lower) && words.length <= 3 && REFERRING_DETERMINERS_DEFINITE.has(words[0].lower) && !head.lower.endsWith('s')) {
    const earlier = recentAnonymous(ctx, head.lower);
    if (earlier) return { name: earlier.name, type: 'anonymous', ...span, how: `"${np}" refers back to ${earlier.name}`, basis: 'carried-reference', head: earlier.head };
  }
  // One unnamed person by role: "a spokeswoman for Harlow Mining", "his lawyer", "the company's lawyer".
  const ownerOrIndefinite = words.slice(0, headIdx).some((w) => w.possessive || INDEFINITE_OR_POSSESSIVE.has(w.lower));
  if (!head.cap && (ANON_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower)) && ownerOrIndefinite && headIdx <= 4) {
    return { name: np, type: 'anonymous', ...span, how: `an unnamed ${head.lower}`, basis: 'unnamed-person', head: head.lower };
  }

  // Person: a trailing run of name words after a title, role or first name - in the core
  // ("Grace Mwangi [of the Red Cross]") or after titles only ("Secretary of State Marco Rubio").
  const core = words.slice(0, headIdx + 1);
  const person = personFromRun(core, text, ctx) ?? (words.length > core.length ? personFromRun(words, text, ctx, true) : null);
  if (person) return { ...person, ...span };

  if (MEDIA_PHRASES.some((re) => re.test(np))) return { name: np, type: 'media', ...span, how: 'news outlet phrase', basis: 'news-outlet' };
  const capWords = words.filter((w) => w.cap);
  // Only the core decides: "documents seen by The Daily Ledger" are documents, not the outlet.
  // Ambiguous outlet words ("Press", "Mail") count as the capitalised head of a name ("The
  // Associated Press"); "agency"/"network" only next to another outlet word ("News Agency").
  const capHeadMedia = head.cap && MEDIA_WORDS.has(head.lower) && !INSTITUTIONAL_MEDIA_WORDS.has(head.lower) && words.length > 1;
  if ((MEDIA_WORDS.has(head.lower) && !AMBIGUOUS_MEDIA.has(head.lower)) || capHeadMedia || core.some((w) => w.cap && MEDIA_WORDS.has(w.lower) && !AMBIGUOUS_MEDIA.has(w.lower))) {
    return { name: stripPossessive(np.replace(/^the\s+/i, (m) => (capWords.length && words[0].cap ? m : ''))), type: 'media', ...span, how: 'outlet name', basis: 'news-outlet' };
  }

  // Unnamed people and groups.
  if (ANON_NOUNS.has(head.lower)) return { name: np, type: 'anonymous', ...span, how: `unnamed ${head.lower}`, basis: 'unnamed-group', head: head.lower };
  // A bare "many"/"some" ("many say") is vague attribution, not a source.
  if (QUANT_HEADS.has(head.lower) && words.length === 1) return null;
  if (QUANT_HEADS.has(head.lower)) return { name: np, type: 'anonymous', ...span, how: 'unnamed group', basis: 'unnamed-group' };
  // "Democrats argued": a party's members speak as the party.
  if (head.cap && PARTY_PLURALS.has(head.lower)) return { name: np.replace(/^the\s+/i, ''), type: 'organization', ...span, how: 'members of a party speaking as the party', basis: 'institution' };
  if (head.cap && PLURAL_DEMONYM.test(head.lower) && words.slice(0, headIdx).every((w) => DETERMINERS.has(w.lower) || w.cap) && !COUNTRIES.has(head.lower) && !ctx.names.bySurname.has(head.lower)) {
    return { name: np, type: 'anonymous', ...span, how: 'group of people named by nationality or affiliation', basis: 'nationality-group' };
  }

  // "broadcaster NTV", "the newspaper Le Monde": a media descriptor before a name.
  if (head.cap && words.some((w) => !w.cap && MEDIA_DESCRIPTORS.has(w.lower))) {
    return { name: np.replace(/^the\s+/i, ''), type: 'media', ...span, how: 'outlet named with a media descriptor', basis: 'news-outlet' };
  }
  // A document noun inside a proper name ("the U.S. Geological Survey") names an institution.
  if (DOC_NOUNS.has(head.lower) && !(head.cap && words.length > 1 && !isSentenceInitial(text, head.start))) {
    const generic = words.length <= 3 && words.every((w) => !w.cap || w === words[0]);
    // "the report" refers back to the last report; "the finding(s)"/"the data" to the last document.
    const sameKind = ctx.lastDoc && (ctx.lastDoc.name.toLowerCase().includes(head.lower.replace(/s$/, '')) || /^(?:findings?|results?)$/.test(head.lower));
    if (generic && ctx.lastDoc && sameKind && /^(?:the|this|that|its|their)$/i.test(words[0].text)) {
      return { name: ctx.lastDoc.name, type: 'document', ...span, how: `"${np}" refers back to ${ctx.lastDoc.name}`, basis: 'document-reference' };
    }
    // "a report by the National Water Agency published last month" is the agency's report.
    const author = documentAuthor(words, headIdx, text, ctx);
    if (author) return { name: `${author.name} ${head.lower}`, type: 'document', ...span, how: `${head.lower} by ${author.name}`, basis: 'document' };
    // "Intelligence reports seen by X": the relay is reported as via, not part of the name.
    const name = np.replace(/\s+(?:seen|obtained|reviewed|viewed) by\b.*$/i, '');
    return { name, type: 'document', ...span, how: 'document as source', basis: 'document' };
  }
  const singular = head.lower.endsWith('ies') ? `${head.lower.slice(0, -3)}y` : head.lower.replace(/s$/, '');
  // "a group representing rural counties", "a company in Ohio": an institution nobody names.
  if (!head.cap && ORG_WORDS.has(head.lower) && INDEFINITE_OR_POSSESSIVE.has(words[0].lower) && words.slice(0, headIdx + 1).every((w) => !w.cap)) {
    return { name: np, type: 'anonymous', ...span, how: `an unnamed ${head.lower}`, basis: 'unnamed-group', head: head.lower };
  }
  if (ORG_WORDS.has(head.lower) || ORG_WORDS.has(singular) || capWords.some((w) => ORG_WORDS.has(w.lower)) || /^\p{Lu}{2,}$/u.test(head.text) || (head.cap && DOC_NOUNS.has(head.lower))) {
    return { name: institutionName(words, np), type: 'organization', ...span, how: 'institution', basis: 'institution' };
  }
  const countryKey = words.filter((w) => !DETERMINERS.has(w.lower)).map((w) => w.lower).join('_');
  if (COUNTRIES.has(countryKey) || COUNTRY_PHRASES.has(countryKey) || COUNTRY_PHRASES.has(lowerNp.replace(/\s+/g, '_'))) {
    return { name: np.replace(/^the\s+/i, ''), type: 'organization', ...span, how: 'country or capital speaking as its government', basis: 'country' };
  }
  // "a nurse", "an engineer": one unnamed person (documents, outlets and institutions were typed above).
  if (!head.cap && INDEFINITE_OR_POSSESSIVE.has(words[0].lower) && words.length <= 5 && words.slice(headIdx + 1).every((w) => !w.cap) && PERSON_NOUN_ENDING.test(head.lower)) {
    return { name: np, type: 'anonymous', ...span, how: `an unnamed ${head.lower}`, basis: 'unnamed-person', head: head.lower };
  }
  // Unlisted plural people nouns by their ending ("engineers", "physicians", "participants").
  if (!head.cap && PLURAL_PEOPLE_ENDING.test(head.lower) && !NOT_PEOPLE.has(head.lower)) {
    return { name: np, type: 'anonymous', ...span, how: `unnamed ${head.lower}`, basis: 'unnamed-group', head: head.lower };
  }
  if (ROLE_NOUNS.has(head.lower) && !head.cap) {
    const role = ctx.names.roles.filter((x) => x.role === head.lower && x.pos < span.mentionStart).pop() ?? ctx.names.roles.find((x) => x.role === head.lower);
    if (role) return { name: role.name, type: 'person', ...span, how: `"${np}" refers to ${role.name}`, basis: 'role-reference' };
    if (/^(?:a|an)$/i.test(words[0].text)) return { name: np, type: 'anonymous', ...span, how: 'unnamed role holder', basis: 'unnamed-person' };
    return { name: np, type: 'person', ...span, how: 'role holder', basis: 'role-holder' };
  }
  if (capWords.length === words.length && !(words.length > 1 && words[0].lower === 'the' && !words[1].cap) || (words[0].lower === 'the' && words.slice(1).every((w) => w.cap) && words.length > 1)) {
    // An unknown capitalised phrase: a single word is most often a surname, longer ones an institution.
    if (words.length === 1) {
      // Capitalisation at the start of a sentence is weak evidence of a name; a single name never
      // introduced with a first name is more often an institution ("Hamas", "Google") than a person.
      if (isSentenceInitial(text, words[0].start) && !ctx.names.proper.has(words[0].lower) && !/^\p{Lu}{2,}$/u.test(words[0].text)) {
        return { name: stripPossessive(words[0].text), type: 'organization', ...span, how: 'capitalised name at sentence start (weak)', basis: 'capitalised-name' };
      }
      return { name: stripPossessive(words[0].text), type: 'organization', ...span, how: 'single capitalised name, not introduced as a person', basis: 'capitalised-name' };
    }
    return { name: institutionName(words, np), type: 'organization', ...span, how: 'capitalised name of an institution', basis: 'capitalised-name' };
  }
  return null;
}

/** Adverbs that may sit between a subject and its verb: listed ones and -ly words ("ultimately"). */
export function isAdverb(t: Tok): boolean {
  if (AUX_ADVERBS.has(t.lower)) return true;
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

/** The author after "by"/"from" in a document's noun phrase: "a report by the Grain Board published ...". */
function documentAuthor(words: readonly Tok[], headIdx: number, text: string, ctx: Context): ResolvedSource | null {
  const by = words.findIndex((w, k) => k > headIdx && DOCUMENT_AUTHOR_PREPS.has(w.lower));
  if (by < 0 || by !== headIdx + 1) return null;
  const np: Tok[] = [];
  for (let k = by + 1; k < words.length && !POSTMOD.has(words[k].lower) && !(PREPS.has(words[k].lower) && np.length && !NP_CONTINUERS.has(words[k].lower)); k++) np.push(words[k]);
  if (!np.some((w) => w.cap)) return null;
  const r = resolveNP(np, text, ctx);
  return r && (r.type === 'organization' || r.type === 'person' || r.type === 'media') ? r : null;
}

/**
 * An institution's name without a leading "the" or a descriptor before the proper name ("The
 * opposition Green Party" → "Green Party"); lower-case names ("the navy") stay as written.
 */
function institutionName(words: readonly Tok[], np: string): string {
  let a = 0;
  while (a < words.length - 1 && DETERMINERS.has(words[a].lower) && !words[a + 0].possessive) a++;
  if (a === 0 || !words.slice(a).some((w) => w.cap)) return stripPossessive(np);
  // A lower-case descriptor, then a capitalised name that runs to the end.
  let b = a;
  while (b < words.length && !words[b].cap) b++;
  const tailIsName = b < words.length && words.slice(b).every((w) => w.cap || NP_CONTINUERS.has(w.lower));
  const from = tailIsName && b > a && words.length - b >= 2 ? b : a;
  if (!words[from].cap) return stripPossessive(np);
  return stripPossessive(np.slice(words[from].start - words[0].start));
}

function personFromRun(words: readonly Tok[], text: string, ctx: Context, titlesOnlyBefore = false): { name: string; type: 'person'; how: string; basis: SourceBasis } | null {
  let r = words.length;
  while (r > 0 && (isNameWord(words[r - 1]) || /^\p{Lu}$/u.test(words[r - 1].text)) && !(r < words.length && words[r - 1].possessive)) r--;
  let run = words.slice(r);
  if (run.length >= 3 && !/^\p{Lu}$/u.test(run[1].text) && isSentenceInitial(text, run[0].start) && !ctx.names.proper.has(run[0].lower)) run = run.slice(1);
  if (run.length === 0) return null;
  const last = run[run.length - 1];
  const surname = stripPossessive(last.text).toLowerCase();
  const known = ctx.names.bySurname.get(surname);
  if (PLURAL_DEMONYM.test(last.lower) && !known) return null;
  if (titlesOnlyBefore && !words.slice(0, r).every((w) => isTitle(w) || ROLE_NOUNS.has(w.lower) || PREPS.has(w.lower) || DETERMINERS.has(w.lower) || w.text === 'State')) return null;
  const before = r > 0 ? words[r - 1] : null;
  const titled = before !== null && (isTitle(before) || ROLE_NOUNS.has(before.lower));
  // "the United Nations", "the Red Fork Nation": a bare article before a name marks an institution.
  if (before && /^(?:the|a|an)$/.test(before.lower) && !known) return null;
  if (run.some((w) => INSTITUTION_NAME_WORDS.has(w.text))) return null;
  if (!(run.length >= 2 || titled || known)) return null;
  if (ORG_WORDS.has(last.lower) || COUNTRY_PHRASES.has(run.map((t) => t.lower).join('_'))) return null;
  const name = known && known.split(' ').length >= run.length ? known : run.map((t) => stripPossessive(t.text)).join(' ');
  return { name, type: 'person', how: known ? `name resolved to ${known}` : 'named person', basis: known ? 'name-resolved' : 'named-person' };
}


/** Keeps one entity per real-world source and the canonical (fullest) name. */
export class SourceStore {
  readonly sources: ExtractedSource[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly seen: Array<Set<number>> = [];

  private key(r: ResolvedSource): string {
    const n = r.name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ');
    return `${r.type}:${n}`;
  }

  add(resolved: ResolvedSource, mention: TextSpan | null): number {
    // Names are shown to people: collapse the line breaks of hard-wrapped text.
    const r = { ...resolved, name: resolved.name.replace(/\s+/g, ' ') };
    const k = this.key(r);
    let idx = this.byKey.get(k);
    if (idx === undefined) {
      idx = this.sources.length;
      this.sources.push({ index: idx, name: r.name, type: r.type, mentions: [] });
      this.byKey.set(k, idx);
      this.seen.push(new Set());
    }
    const s = this.sources[idx];
    if (r.name.length > s.name.length) s.name = r.name;
    if (mention && !this.seen[idx].has(mention.start)) {
      this.seen[idx].add(mention.start);
      s.mentions.push(mention);
    }
    return idx;
  }

  /** Sources with mentions in text order (sorted once, not on every add). */
  finish(): ExtractedSource[] {
    for (const s of this.sources) s.mentions.sort((x, y) => x.start - y.start);
    return this.sources;
  }
}
