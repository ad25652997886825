/**
 * Persons resolved across the documents of one municipality. Documents spell names differently
 * (seed 002: "Tommy Hummelose" and "Tommy Hummelrose"; with and without a middle name), so a name
 * is matched in this order:
 *
 * 1. the same key (lower case, accents folded, no dots or hyphens) as a known spelling;
 * 2. the same first and last name where one name has extra middle names ("Leif Christensen" and
 *    "Leif Gjørtz Christensen");
 * 3. the same number of names, all equal but one that differs by one edit (insert, delete,
 *    substitute or swap one letter) in a name of at least 7 letters ("hummelose"/"hummelrose";
 *    "Jensen"/"Jessen" are too short to be merged).
 *
 * Rules 2 and 3 only apply when exactly one person qualifies, and not when both have a known party
 * and the parties differ. Every spelling is kept as an alias; the party is the latest seen.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { partyKey, personKey } from './keys.js';

interface Known {
  id: number;
  name: string;
  party: string | null;
  partyDate: string | null;
  keys: Set<string>;
}

/** Damerau-Levenshtein distance ≤ 1 (optimal string alignment), without building a matrix. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether two different keys name the same person by rules 2 and 3. */
export function similarNames(a: string, b: string): boolean {
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length < 2 || tb.length < 2) return false;
  if (ta.length !== tb.length) {
    const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
    if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
    // The shorter name's middle names must appear in order in the longer one.
    let j = 1;
    for (let i = 1; i < short.length - 1; i++) {
      while (j < long.length - 1 && long[j] !== short[i]) j++;
      if (j >= long.length - 1) return false;
      j++;
    }
    return true;
  }
  let diff = 0;
  for (let i = 0; i < ta.length; i++) {
    if (ta[i] === tb[i]) continue;
    diff++;
    const x = ta[i]!;
    const y = tb[i]!;
    if (diff > 1 || Math.min(x.length, y.length) < 7 || !withinOneEdit(x, y)) return false;
  }
  return diff === 1;
}

export interface Resolved {
  id: number;
  created: boolean;
}

/** The persons of one municipality, loaded once per import run and kept in step with the database. */
export class PersonIndex {
  private readonly byId = new Map<number, Known>();
  private readonly byKey = new Map<string, number>();

  private constructor(readonly municipalityId: number) {}

  static async load(db: Kysely<Database>, municipalityId: number): Promise<PersonIndex> {
    const index = new PersonIndex(municipalityId);
    const persons = await db.selectFrom('person').select(['id', 'name', 'key', 'party', 'party_date']).where('municipality_id', '=', municipalityId).execute();
    for (const p of persons) {
      index.byId.set(p.id, { id: p.id, name: p.name, party: p.party, partyDate: p.party_date, keys: new Set([p.key]) });
      index.byKey.set(p.key, p.id);
    }
    const aliases = await db
      .selectFrom('person_alias')
      .innerJoin('person', 'person.id', 'person_alias.person_id')
      .select(['person_alias.person_id', 'person_alias.key'])
      .where('person.municipality_id', '=', municipalityId)
      .execute();
    for (const a of aliases) {
      index.byId.get(a.person_id)?.keys.add(a.key);
      if (!index.byKey.has(a.key)) index.byKey.set(a.key, a.person_id);
    }
    return index;
  }

  /** The candidate for a key without touching the database (null when it would be a new person). */
  find(key: string, party: string | null): number | null {
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    let found: number | null = null;
    for (const p of this.byId.values()) {
      if (party && p.party && party !== p.party) continue;
      let similar = false;
      for (const k of p.keys) {
        if (similarNames(key, k)) {
          similar = true;
          break;
        }
      }
      if (!similar) continue;
      if (found !== null && found !== p.id) return null; // ambiguous: make a new person
      found = p.id;
    }
    return found;
  }

  /** Finds or creates the person; records a new spelling and a newer party. */
  async resolve(db: Kysely<Database>, name: string, rawParty: string | null, date: string | null): Promise<Resolved> {
    const key = personKey(name);
    const party = partyKey(rawParty);
    const id = this.find(key, party);
    if (id === null) {
      const row = await db
        .insertInto('person')
        .values({ municipality_id: this.municipalityId, name, key, party, party_date: party ? date : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('person_alias').values({ person_id: row.id, name, key }).execute();
      this.byId.set(row.id, { id: row.id, name, party, partyDate: party ? date : null, keys: new Set([key]) });
      this.byKey.set(key, row.id);
      return { id: row.id, created: true };
    }
    const p = this.byId.get(id)!;
    if (!p.keys.has(key)) {
      await db.insertInto('person_alias').values({ person_id: id, name, key }).execute();
      p.keys.add(key);
      this.byKey.set(key, id);
    }
    if (party && party !== p.party && (!p.partyDate || !date || date >= p.partyDate)) {
      await db.updateTable('person').set({ party, party_date: date }).where('id', '=', id).execute();
      p.party = party;
      p.partyDate = date;
    }
    return { id, created: false };
  }
}
