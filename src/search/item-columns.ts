/**
 * The few columns of every agenda item that filters, facet counts and ordering need, held in
 * memory as arrays indexed by item id: municipality, committee, date, outcome, case, meeting and
 * position, the persons and parties involved. Loaded from the database once per data generation
 * (store_meta `data_generation`, changed by every import commit, read before each search), so a
 * search filters and counts the items the full-text engine matched in one pass over plain arrays
 * instead of joining the items once per facet. Same code and same answers for both dialects.
 *
 * Memory: about 40 bytes per item and 4 per item–person link (100 000 items: ~7 MB).
 */
import { sql } from 'kysely';
import { isPresentMember } from '../store/attendance.js';
import { parseIdList } from '../store/dialect.js';
import { dataGeneration } from '../store/generation.js';
import type { Store } from '../store/store.js';

export interface CommitteeInfo {
  name: string;
  key: string;
  municipalityId: number;
}

export class ItemColumns {
  /** Highest item id + 1: the length of the per-item arrays. */
  readonly size: number;
  readonly exists: Uint8Array;
  readonly municipality: Int32Array;
  readonly committee: Int32Array;
  /** 0 = no case. */
  readonly caseId: Int32Array;
  readonly meeting: Int32Array;
  readonly seq: Int32Array;
  /** ISO dates, compared as strings (as the database does). */
  readonly date: string[];
  /** Index into `years` (the first four characters of the date). */
  readonly year: Uint16Array;
  readonly years: string[] = [];
  /** Index into `outcomes`; 0 = no outcome. */
  readonly outcome: Uint8Array;
  readonly outcomes: (string | null)[] = [null];
  /** The persons of item i are persons[personStart[i] … personStart[i+1]). */
  readonly personStart: Int32Array;
  readonly persons: Int32Array;
  readonly partyStart: Int32Array;
  /** Index into `parties`. */
  readonly partyOf: Uint16Array;
  readonly parties: string[] = [];
  /** Highest committee, person and case id (for arrays of counts). */
  readonly maxCommittee: number;
  readonly maxPerson: number;
  readonly maxCase: number;
  /** Every item id, newest meeting first (date desc, meeting desc, seq asc): the order without a text query. */
  readonly newestFirst: Int32Array;
  readonly committees = new Map<number, CommitteeInfo>();
  readonly municipalities = new Map<number, string>();
  /** Memoised results for this generation (facets of everything, …). */
  readonly memo = new Map<string, unknown>();

  private constructor(readonly generation: string, data: Loaded) {
    const { numbers, dates, outcomes, persons, parties, presentPersons, presentParties } = data;
    let max = 0;
    for (let k = 0; k < numbers.length; k += STRIDE) if (numbers[k]! > max) max = numbers[k]!;
    const size = (this.size = max + 1);
    this.exists = new Uint8Array(size);
    this.municipality = new Int32Array(size);
    this.committee = new Int32Array(size);
    this.caseId = new Int32Array(size);
    this.meeting = new Int32Array(size);
    this.seq = new Int32Array(size);
    const closed = new Uint8Array(size);
    for (let k = 0; k < numbers.length; k += STRIDE) {
      const i = numbers[k]!;
      this.exists[i] = 1;
      this.municipality[i] = numbers[k + 1]!;
      this.committee[i] = numbers[k + 2]!;
      this.caseId[i] = numbers[k + 3]!;
      this.meeting[i] = numbers[k + 4]!;
      this.seq[i] = numbers[k + 5]!;
      closed[i] = numbers[k + 6]!;
    }
    this.maxCommittee = largest(this.committee);
    this.maxCase = largest(this.caseId);

    // Dates in order (compared as strings, like the database): a rank per item, and the year.
    this.date = new Array<string>(size).fill('');
    this.year = new Uint16Array(size);
    const rank = new Int32Array(size);
    dates.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    dates.forEach((d, r) => {
      const y = d.value.slice(0, 4);
      if (this.years[this.years.length - 1] !== y) this.years.push(y);
      for (const i of d.items) {
        this.date[i] = d.value;
        this.year[i] = this.years.length - 1;
        rank[i] = r;
      }
    });
    this.outcome = new Uint8Array(size);
    for (const o of outcomes) {
      const code = this.outcomes.length;
      this.outcomes.push(o.value);
      for (const i of o.items) this.outcome[i] = code;
    }

    // An open item involves its meeting's members present and the persons and parties it adds.
    const involved = (own: Links, ofMeetings: Links): [Int32Array, Int32Array] =>
      union(adjacency(size, own), adjacency(largest(ofMeetings.items) + 1, ofMeetings), this.meeting, closed);
    [this.personStart, this.persons] = involved(persons, presentPersons);
    this.maxPerson = largest(this.persons);
    const partyCode = new Map<string, number>();
    const partyLinks = (groups: Group[]): Links => {
      const total = groups.reduce((n, p) => n + p.items.length, 0);
      const links: Links = { items: new Int32Array(total), values: new Int32Array(total) };
      let k = 0;
      for (const { value, items } of groups) {
        let code = partyCode.get(value);
        if (code === undefined) {
          partyCode.set(value, (code = this.parties.length));
          this.parties.push(value);
        }
        links.items.set(items, k);
        links.values.fill(code, k, k + items.length);
        k += items.length;
      }
      return links;
    };
    const [partyStart, partyList] = involved(partyLinks(parties), partyLinks(presentParties));
    this.partyStart = partyStart;
    this.partyOf = Uint16Array.from(partyList);

    const { meeting, seq } = this;
    const order = new Int32Array(numbers.length / STRIDE);
    for (let j = 0; j < order.length; j++) order[j] = numbers[j * STRIDE]!;
    order.sort((a, b) => rank[b]! - rank[a]! || meeting[b]! - meeting[a]! || seq[a]! - seq[b]!);
    this.newestFirst = order;
  }

  /** The columns for the store's current data, loaded when the data changed since the last call. */
  static async of(store: Store): Promise<ItemColumns> {
    const generation = await dataGeneration(store.db);
    const cached = loaded.get(store);
    if (cached && (await cached).generation === generation) return cached;
    const loading = ItemColumns.load(store, generation);
    loaded.set(store, loading);
    loading.catch(() => loaded.delete(store));
    return loading;
  }

  private static async load(store: Store, generation: string): Promise<ItemColumns> {
    const db = store.db;
    // Aggregated into strings: a few rows instead of one object per item or link.
    const grouped = (column: 'date' | 'outcome') =>
      sql<{ value: string; items: string }>`SELECT ${sql.ref(column)} AS value, string_agg(CAST(id AS TEXT), ',') AS items FROM agenda_item WHERE ${sql.ref(column)} IS NOT NULL GROUP BY ${sql.ref(column)}`
        .execute(db)
        .then((r) => r.rows.map((g) => ({ value: g.value, items: parseIdList(g.items) })));
    // The members present at a meeting (store/attendance.ts), as meeting:person pairs and parties.
    const present = db.selectFrom('meeting_attendance').where(isPresentMember);
    const [numbers, dates, outcomes, persons, parties, presentPersons, presentParties, committees, municipalities] = await Promise.all([
      sql<{ numbers: string | null }>`SELECT string_agg(CAST(id AS TEXT) || ',' || CAST(municipality_id AS TEXT) || ',' || CAST(committee_id AS TEXT) || ',' || CAST(coalesce(case_id, 0) AS TEXT) || ',' || CAST(meeting_id AS TEXT) || ',' || CAST(seq AS TEXT) || ',' || CAST(closed AS TEXT), ',') AS numbers FROM agenda_item`.execute(db),
      grouped('date'),
      grouped('outcome'),
      sql<{ links: string | null }>`SELECT string_agg(CAST(item_id AS TEXT) || ':' || CAST(person_id AS TEXT), ',') AS links FROM item_person`.execute(db),
      sql<{ value: string; items: string }>`SELECT party AS value, string_agg(CAST(item_id AS TEXT), ',') AS items FROM item_party GROUP BY party`.execute(db),
      present.select(sql<string | null>`string_agg(CAST(meeting_id AS TEXT) || ':' || CAST(person_id AS TEXT), ',')`.as('links')).executeTakeFirst(),
      present
        .select(['party as value', sql<string>`string_agg(CAST(meeting_id AS TEXT), ',')`.as('items')])
        .where('party', 'is not', null)
        .groupBy('party')
        .execute(),
      db.selectFrom('committee').select(['id', 'name', 'key', 'municipality_id']).execute(),
      db.selectFrom('municipality').select(['id', 'name']).execute(),
    ]);
    const cols = new ItemColumns(generation, {
      numbers: parseIdList(numbers.rows[0]?.numbers),
      dates,
      outcomes,
      persons: pairs(persons.rows[0]?.links ?? null),
      parties: parties.rows.map((p) => ({ value: p.value, items: parseIdList(p.items) })),
      presentPersons: pairs(presentPersons?.links ?? null),
      presentParties: presentParties.map((p) => ({ value: p.value!, items: parseIdList(p.items) })),
    });
    for (const c of committees) cols.committees.set(c.id, { name: c.name, key: c.key, municipalityId: c.municipality_id });
    for (const m of municipalities) cols.municipalities.set(m.id, m.name);
    return cols;
  }
}

/**
 * What the columns are made of: item numbers (seven per item), item ids grouped by value, the
 * persons and parties items add to their meetings' members present, and those members (by meeting).
 */
interface Loaded {
  numbers: Int32Array;
  dates: Group[];
  outcomes: Group[];
  persons: Links;
  parties: Group[];
  presentPersons: Links;
  /** Meeting ids by party. */
  presentParties: Group[];
}

interface Group {
  value: string;
  items: Int32Array;
}

/** Numbers per item: id, municipality, committee, case, meeting, position, closed. */
const STRIDE = 7;

const loaded = new WeakMap<Store, Promise<ItemColumns>>();

const largest = (values: Int32Array): number => values.reduce((m, v) => (v > m ? v : m), 0);

/** "3:17,3:20,4:17" → items [3, 3, 4], values [17, 20, 17], without a string per number. */
function pairs(text: string | null): Links {
  let n = 0;
  if (text) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 58) n++;
  const items = new Int32Array(n);
  const values = new Int32Array(n);
  if (!text) return { items, values };
  let k = 0;
  let v = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 44;
    if (c === 58) {
      items[k] = v;
      v = 0;
    } else if (c === 44) {
      values[k++] = v;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  return { items, values };
}

interface Links {
  items: Int32Array;
  values: Int32Array;
}

/** Compressed rows: the values of item i are values[start[i] … start[i+1]). */
function adjacency(size: number, links: Links): [Int32Array, Int32Array] {
  const start = new Int32Array(size + 1);
  const { items } = links;
  for (let k = 0; k < items.length; k++) if (items[k]! < size) start[items[k]! + 1]!++;
  for (let i = 0; i < size; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, size);
  const values = new Int32Array(start[size]!);
  for (let k = 0; k < items.length; k++) if (items[k]! < size) values[fill[items[k]!]!++] = links.values[k]!;
  return [start, values];
}

/**
 * Each open item's values: its own and its meeting's, once each, in that order (compressed rows
 * as adjacency makes them). Closed items have none.
 */
function union(own: [Int32Array, Int32Array], ofMeeting: [Int32Array, Int32Array], meeting: Int32Array, closed: Uint8Array): [Int32Array, Int32Array] {
  const [ownStart, ownValues] = own;
  const [meetingStart, meetingValues] = ofMeeting;
  const size = meeting.length;
  const meetings = meetingStart.length - 1;
  let largestValue = 0;
  for (const v of ownValues) if (v > largestValue) largestValue = v;
  for (const v of meetingValues) if (v > largestValue) largestValue = v;
  // seen[v] = item + 1 while item's values are gathered.
  const seen = new Int32Array(largestValue + 1);
  const start = new Int32Array(size + 1);
  const gather = (item: number, write: Int32Array | null): number => {
    let n = start[item]!;
    const add = (v: number): void => {
      if (seen[v] === item + 1) return;
      seen[v] = item + 1;
      if (write) write[n] = v;
      n++;
    };
    for (let j = ownStart[item]!; j < ownStart[item + 1]!; j++) add(ownValues[j]!);
    const m = meeting[item]!;
    if (m < meetings) for (let j = meetingStart[m]!; j < meetingStart[m + 1]!; j++) add(meetingValues[j]!);
    return n - start[item]!;
  };
  for (let i = 0; i < size; i++) start[i + 1] = start[i]! + (closed[i] ? 0 : gather(i, null));
  const values = new Int32Array(start[size]!);
  seen.fill(0);
  for (let i = 0; i < size; i++) if (!closed[i]) gather(i, values);
  return [start, values];
}
