/**
 * Votes written as prose: "Udvalgsmedlemmerne A (C), B (V) og C (A) stemmer for model 2.",
 * "Udvalgsmedlem D (Ø) stemte imod.", "E undlod at stemme.", "F kunne ikke tiltræde indstillingen.",
 * "G tog forbehold.", "For stemte: A, V og C", "Imod stemte: Ø".
 */
import type { PersonRef, VoteOption } from '../model/index.js';
import { isParty, parsePersonList, partyLetter, splitList } from './danish/people.js';
import { splitSentences } from './danish/sentences.js';

type Choice = 'for' | 'against' | 'abstain' | 'reservation';

interface Cast {
  subject: string;
  choice: Choice;
  option: string | null;
}

const VERB_FORMS: [RegExp, Choice][] = [
  [/^(.{1,600}?)\s+(?:stemmer|stemte|stemmede|har stemt|vil stemme)\s+(?:også\s+)?imod\b\s*(.{0,200})$/i, 'against'],
  [/^(.{1,600}?)\s+(?:stemmer|stemte|stemmede|har stemt|vil stemme)\s+(?:også\s+)?for\b\s*(.{0,200})$/i, 'for'],
  [/^(.{1,600}?)\s+(?:undlod|undlader|undlod sig)\s+(?:at stemme|fra at stemme)\b\s*(.{0,200})$/i, 'abstain'],
  [/^(.{1,600}?)\s+(?:kunne|kan)\s+ikke\s+(?:tiltræde|godkende|anbefale|støtte)\s+(.{0,200})$/i, 'against'],
  [/^(.{1,600}?)\s+(?:kunne|kan)\s+(?:tiltræde|godkende|anbefale|støtte)\s+(.{0,200})$/i, 'for'],
  [/^(.{1,600}?)\s+(?:tog|tager)\s+forbehold\b\s*(.{0,200})$/i, 'reservation'],
];

/** A word every verb form holds: most sentences of a decision leave before the forms are tried. */
const VERB_WORD = /stem|undl|tiltræde|godkende|anbefale|støtte|forbehold/i;

/** "For stemte: …", "For stemte 2 medlemmer: Ø og F", "Imod (3): …". */
const COUNT = String.raw`(?:\s*\(?\d{1,3}\)?(?:\s+(?:medlemmer|medlem|stemmer|stemme))?)?`;
const LABEL_FORMS: [RegExp, Choice][] = [
  [new RegExp(`^(?:for\\s+stemte|for\\s+stemmer|for)${COUNT}\\s*:\\s*(.{1,600})$`, 'i'), 'for'],
  [new RegExp(`^(?:imod\\s+stemte|imod\\s+stemmer|imod)${COUNT}\\s*:\\s*(.{1,600})$`, 'i'), 'against'],
  [new RegExp(`^(?:undlod\\s+at\\s+stemme|undlod|hverken for eller imod|blank)${COUNT}\\s*:\\s*(.{1,600})$`, 'i'), 'abstain'],
];

/**
 * Counted votes: "… med 15 stemmer for (A, B, C, F, V) og 4 stemmer imod (Ø, O)", "15 stemmer for
 * (A, V) mod 6 stemmer (F, Ø)", "2 undlod at stemme (O)", "2 imod (Kim Ryd (Ø) og Bo Lund (O))".
 * The list is parties or members (one level of parentheses inside it).
 */
const COUNTED =
  /\b(?:\d{1,3}\s+(?:stemmer?\s+|medlemmer\s+)?(for|imod|hverken for eller imod|blanke?|undlod(?:\s+at\s+stemme)?)(?:\s+stemmer?)?|(i?mod)\s+\d{1,3}(?:\s+stemmer?)?)\s*\(((?:[^()]|\([^()]{0,20}\)){1,300})\)/gi;
/** A vote label inside a line ("… (6) Imod stemte: O og Ø"): each starts a group of its own. */
const LABEL_INSIDE = /\s+(?=(?:For stemte|Imod stemte|Undlod at stemme|Hverken for eller imod)\b[^:\n]{0,30}:)/g;

/** Words that name the recommendation itself rather than an alternative option. */
const GENERIC_OPTION = /^(indstillingen|forslaget|sagen|dette|det|denne|beslutningen|forvaltningens indstilling|administrationens indstilling)\b/i;

function option(rest: string, choice: Choice): string | null {
  const t = rest.replace(/[.;,]+$/, '').replace(/^[,;:]\s*/, '').replace(/^(at\s+)/i, '').trim();
  // "… stemte imod og ønskede …", "… tog forbehold for …": the rest is not an option.
  if (!t || choice === 'reservation' || /^(og|men|idet|da|fordi|med)\b/i.test(t) || GENERIC_OPTION.test(t) || t.length > 120) return null;
  return t;
}

function castsIn(sentence: string): Cast[] {
  // Every label form has a colon, every verb form a VERB_WORD: most sentences leave here.
  const labelled = sentence.includes(':');
  if (!labelled && !VERB_WORD.test(sentence)) return [];
  const s = sentence.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (labelled) for (const [re, choice] of LABEL_FORMS) {
    const m = re.exec(s);
    if (m) return [{ subject: m[1]!, choice, option: null }];
  }
  if (!VERB_WORD.test(s)) return [];
  for (const [re, choice] of VERB_FORMS) {
    const m = re.exec(s);
    if (m) return [{ subject: m[1]!, choice, option: option(m[2] ?? '', choice) }];
  }
  return [];
}

function emptyOption(optionName: string | null): VoteOption {
  return { option: optionName, for: [], against: [], abstain: [], reservation: [] };
}

const PARTIES_KEY = { for: 'partiesFor', against: 'partiesAgainst', abstain: 'partiesAbstain' } as const;

/** Votes found in a decision text, grouped by option in the order they appear. */
export function parseVotes(text: string): VoteOption[] {
  const groups: VoteOption[] = [];
  const group = (name: string | null): VoteOption => {
    let g = groups.find((x) => (x.option ?? '').toLowerCase() === (name ?? '').toLowerCase());
    if (!g) {
      g = emptyOption(name);
      groups.push(g);
    }
    return g;
  };
  const addParties = (g: VoteOption, choice: 'for' | 'against' | 'abstain', parties: string[]): void => {
    if (!parties.length) return;
    const key = PARTIES_KEY[choice];
    g[key] = [...(g[key] ?? []), ...parties];
  };
  for (const sentence of splitSentences(text.includes(':') ? text.replace(LABEL_INSIDE, '\n') : text)) {
    if (sentence.length > 800) continue;
    // Counted votes say "stemme(r)".
    const counted = /stemme|imod|undlod/i.test(sentence) ? [...sentence.matchAll(COUNTED)] : [];
    if (counted.length) {
      for (const m of counted) {
        const word = m[1] ?? m[2]!;
        const choice = /^for/i.test(word) ? 'for' : /^i?mod/i.test(word) ? 'against' : 'abstain';
        const list = m[3]!;
        const people = /\p{Ll}/u.test(list) ? parsePersonList(list) : [];
        if (people.length) group(null)[choice].push(...people.map(({ name, party, role }) => ({ name, party, role })));
        else addParties(group(null), choice, splitList(list).map((p) => partyLetter(p) ?? p).filter((p) => isParty(p)));
      }
      continue;
    }
    for (const cast of castsIn(sentence)) {
      const named = splitList(cast.subject).map((p) => partyLetter(p.replace(/\s*\([^)]*\)\s*$/, '')));
      if (cast.choice !== 'reservation' && named.length && named.every(Boolean)) {
        // "Socialdemokratiet, Venstre og Det Konservative Folkeparti stemte for."
        addParties(group(cast.option), cast.choice, named as string[]);
        continue;
      }
      const people: PersonRef[] = parsePersonList(cast.subject).map(({ name, party, role }) => ({ name, party, role }));
      if (people.length) {
        group(cast.option)[cast.choice].push(...people);
        continue;
      }
      if (cast.choice === 'reservation') continue;
      const parties = splitList(cast.subject.replace(/\([^)]*\)/g, (m) => ` ${m.slice(1, -1)} `))
        .flatMap((p) => p.split(/\s+/))
        .filter((p) => isParty(p) && p.length <= 2);
      if (parties.length) addParties(group(cast.option), cast.choice, parties);
    }
  }
  return groups.filter((g) => g.for.length + g.against.length + g.abstain.length + g.reservation.length > 0 || g.partiesFor || g.partiesAgainst || g.partiesAbstain);
}

/** Column headers of a vote table. */
const VOTE_COLUMN: [RegExp, 'for' | 'against' | 'abstain'][] = [
  [/^(?:for|stemte for|ja)$/i, 'for'],
  [/^(?:imod|stemte imod|nej)$/i, 'against'],
  [/^(?:undlod|undlod at stemme|hverken for eller imod|blank|blanke|hverken\/eller)$/i, 'abstain'],
];
/** A cell that marks the choice: "X", "✓", "Ja", or a positive count. */
const MARK = /^(?:x|✓|✔|ja|\d{1,3})$/i;

/**
 * Votes printed as a table (portals that lay the vote out: "Parti | For | Imod | Undlod" with an X
 * or a count in one column per row). Rows name a party ("A", "Socialdemokratiet") or a member.
 */
export function parseVoteTables(tables: readonly string[][][]): VoteOption[] {
  const groups: VoteOption[] = [];
  for (const rows of tables) {
    const head = rows[0]?.map((c) => c.trim()) ?? [];
    const columns = head.map((h) => VOTE_COLUMN.find(([re]) => re.test(h))?.[1] ?? null);
    if (!columns.includes('for') || !columns.includes('against')) continue;
    const g = emptyOption(null);
    for (const row of rows.slice(1)) {
      const who = (row[0] ?? '').trim();
      const marked = columns.flatMap((c, i) => (c && MARK.test((row[i] ?? '').trim()) && (row[i] ?? '').trim() !== '0' ? [c] : []));
      if (!who || marked.length !== 1) continue;
      const choice = marked[0]!;
      // "A", "Socialdemokratiet", "Venstre (V)" are parties; "Anne Berg (A)" is a member.
      const bare = who.replace(/\s*\([A-ZÆØÅ]{1,2}\)\s*$/, '');
      const party = partyLetter(bare) ?? (bare === who && who.length <= 2 && isParty(who) ? who : null);
      const person = party ? null : parsePersonList(who)[0];
      if (person) g[choice].push({ name: person.name, party: person.party, role: person.role });
      else if (party) {
        const key = PARTIES_KEY[choice];
        g[key] = [...(g[key] ?? []), party];
      }
    }
    if (g.for.length + g.against.length + g.abstain.length || g.partiesFor || g.partiesAgainst || g.partiesAbstain) groups.push(g);
  }
  return groups;
}
