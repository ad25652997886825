/**
 * Search over agenda items: Danish full text (query.ts, analyze.ts), filters, facet counts,
 * relevance ranking with recency as the tie-breaker, and highlighted, HTML-escaped snippets.
 * The same code runs on SQLite and PostgreSQL; only the full-text match is the dialect's
 * (store/dialect.ts). Closed items can be found by their title only and never show content.
 */
import type { SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { DecisionOutcome, Section } from '../model/index.js';
import { caseKey, committeeKey, municipalityKey, partyKey } from '../store/keys.js';
import { findPersons } from '../store/queries.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { itemTexts } from './item-text.js';
import { highlighter, parseQuery, type ParsedQuery } from './query.js';
import { highlightText, makeSnippet } from './snippet.js';

export interface SearchFilters {
  municipality?: string | null;
  committee?: string | null;
  /** From this date (inclusive): "2021", "2021-03", "2021-03-23", "23-03-2021". */
  from?: string | null;
  /** To this date (inclusive), same forms. */
  to?: string | null;
  /** A decision outcome: approved … or the Danish word (godkendt, anbefalet, drøftet, …). */
  outcome?: string | null;
  caseNumber?: string | null;
  /** A person's name (spelling variants and parts of the name work). */
  person?: string | null;
  /** A party letter or name ("Ø", "Løsgænger"). */
  party?: string | null;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Compute facet counts (default true). */
  facets?: boolean;
}

export interface SearchHit {
  itemId: number;
  meetingId: number;
  municipality: string;
  committee: string;
  term: string;
  date: string;
  startTime: string | null;
  number: string;
  title: string;
  /** The title as HTML with matches in <mark>. */
  titleHtml: string;
  /** About 220 characters around the best matches, HTML with <mark>; null for closed items. */
  snippetHtml: string | null;
  closed: boolean;
  caseNumber: string | null;
  outcome: DecisionOutcome | null;
  /** Relevance (higher is better; 0 without a text query). Scales differ between engines. */
  score: number;
}

export interface FacetValue {
  /** The value to filter by. */
  value: string;
  /** For display (Danish). */
  label: string;
  count: number;
  /** For committees: the municipality, to filter by both. */
  municipality?: string;
}

export interface Facets {
  municipality: FacetValue[];
  committee: FacetValue[];
  year: FacetValue[];
  outcome: FacetValue[];
  party: FacetValue[];
  person: FacetValue[];
  case: FacetValue[];
}

export interface SearchResult {
  /** The query as understood. */
  query: string;
  total: number;
  hits: SearchHit[];
  facets: Facets | null;
  /** Messages for the user (an unknown municipality, a person not found …), in Danish. */
  notices: string[];
}

export class SearchError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchError';
    this.code = code;
  }
}

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  approved: 'godkendt', recommended: 'anbefalet', discussed: 'drøftet', noted: 'taget til efterretning', rejected: 'forkastet',
  postponed: 'udsat', approved_with_changes: 'godkendt med ændringer', other: 'andet',
};

const OUTCOME_WORDS: Record<string, DecisionOutcome> = {
  godkendt: 'approved', godkendte: 'approved', godkend: 'approved', anbefalet: 'recommended', anbefaler: 'recommended', anbefalede: 'recommended',
  drøftet: 'discussed', drøftede: 'discussed', drøftelse: 'discussed', efterretning: 'noted', 'taget til efterretning': 'noted', orientering: 'noted',
  forkastet: 'rejected', afvist: 'rejected', afslået: 'rejected', udsat: 'postponed', 'godkendt med ændringer': 'approved_with_changes',
  'godkendt med ændring': 'approved_with_changes', ændret: 'approved_with_changes', andet: 'other',
};

export function parseOutcome(value: string): DecisionOutcome | null {
  const v = value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const asEnum = v.replace(/ /g, '_');
  if (asEnum in OUTCOME_LABELS) return asEnum as DecisionOutcome;
  return OUTCOME_WORDS[v] ?? null;
}

/** "2021" → 2021-01-01 (or -12-31 as an end), "2021-03", "2021-03-23", "23-03-2021", "23.03.2021". */
export function parseDateBound(value: string, end: boolean): string | null {
  const v = value.trim();
  let m = /^(\d{4})$/.exec(v);
  if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  m = /^(\d{4})-(\d{1,2})$/.exec(v);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    return `${m[1]}-${String(month).padStart(2, '0')}-${end ? String(last).padStart(2, '0') : '01'}`;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v) ?? null;
  let y: string, mo: string, d: string;
  if (m) [y, mo, d] = [m[1]!, m[2]!, m[3]!];
  else {
    const n = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(v);
    if (!n) return null;
    [d, mo, y] = [n[1]!, n[2]!, n[3]!];
  }
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

interface ResolvedFilters {
  municipalityIds: number[] | null;
  committeeIds: number[] | null;
  from: string | null;
  to: string | null;
  outcome: DecisionOutcome | null;
  caseIds: number[] | null;
  personIds: number[] | null;
  party: string | null;
  /** A filter matched nothing: the result is empty. */
  impossible: boolean;
}

async function resolveFilters(store: Store, f: SearchFilters, notices: string[]): Promise<ResolvedFilters> {
  const r: ResolvedFilters = {
    municipalityIds: null, committeeIds: null, from: null, to: null, outcome: null, caseIds: null, personIds: null, party: null, impossible: false,
  };
  if (f.from) {
    r.from = parseDateBound(f.from, false);
    if (!r.from) throw new SearchError('E_BAD_FILTER', `ugyldig fra-dato "${f.from}" (brug fx 2021, 2021-03 eller 2021-03-23)`);
  }
  if (f.to) {
    r.to = parseDateBound(f.to, true);
    if (!r.to) throw new SearchError('E_BAD_FILTER', `ugyldig til-dato "${f.to}" (brug fx 2021, 2021-03 eller 2021-03-23)`);
  }
  if (f.outcome) {
    r.outcome = parseOutcome(f.outcome);
    if (!r.outcome) {
      throw new SearchError('E_BAD_FILTER', `ukendt beslutning "${f.outcome}" (brug ${Object.values(OUTCOME_LABELS).map((l) => `"${l}"`).join(', ')})`);
    }
  }
  if (f.municipality) {
    const key = municipalityKey(f.municipality);
    const all = await store.db.selectFrom('municipality').select(['id', 'key']).execute();
    let ids = all.filter((m) => m.key === key).map((m) => m.id);
    if (!ids.length) ids = all.filter((m) => key && m.key.includes(key)).map((m) => m.id);
    if (!ids.length) {
      notices.push(`Ingen kommune hedder "${f.municipality}".`);
      r.impossible = true;
    }
    r.municipalityIds = ids;
  }
  if (f.committee) {
    const key = committeeKey(f.committee);
    let q = store.db.selectFrom('committee').select(['id', 'key', 'municipality_id']);
    if (r.municipalityIds) q = q.where('municipality_id', 'in', r.municipalityIds.length ? r.municipalityIds : [-1]);
    const all = await q.execute();
    let ids = all.filter((c) => c.key === key).map((c) => c.id);
    if (!ids.length) ids = all.filter((c) => key && c.key.includes(key)).map((c) => c.id);
    if (!ids.length) {
      notices.push(`Intet udvalg hedder "${f.committee}".`);
      r.impossible = true;
    }
    r.committeeIds = ids;
  }
  if (f.caseNumber) {
    const rows = await store.db.selectFrom('case_file').select('id').where('key', '=', caseKey(f.caseNumber)).execute();
    r.caseIds = rows.map((c) => c.id);
    if (!rows.length) {
      notices.push(`Ingen sag har nummeret "${f.caseNumber}".`);
      r.impossible = true;
    }
  }
  if (f.person) {
    const persons = await findPersons(store, f.person, { municipality: f.municipality ?? null });
    r.personIds = persons.map((p) => p.id);
    if (!persons.length) {
      notices.push(`Ingen person hedder "${f.person}".`);
      r.impossible = true;
    }
  }
  if (f.party) r.party = partyKey(f.party);
  return r;
}

type ItemDb = Database & { a: Database['agenda_item']; m: { id: number; score: number } };
type ItemQuery = SelectQueryBuilder<ItemDb, 'a' | 'm', object>;

/** The items matching query and filters, as a query on `agenda_item as a` (joined to `m` when there is text). */
function matching(store: Store, parsed: ParsedQuery, f: ResolvedFilters, scored: boolean): ItemQuery {
  const match = store.ops.matchTable(parsed, scored);
  let q = (match ? store.db.selectFrom('agenda_item as a').innerJoin(match, 'm.id', 'a.id') : store.db.selectFrom('agenda_item as a')) as unknown as ItemQuery;
  if (parsed.empty) {
    const excluded = store.ops.excludedTable(parsed);
    if (excluded) q = q.where('a.id', 'not in', store.db.selectFrom(excluded).select('x.id'));
  }
  if (f.municipalityIds) q = q.where('a.municipality_id', 'in', f.municipalityIds.length ? f.municipalityIds : [-1]);
  if (f.committeeIds) q = q.where('a.committee_id', 'in', f.committeeIds.length ? f.committeeIds : [-1]);
  if (f.from) q = q.where('a.date', '>=', f.from);
  if (f.to) q = q.where('a.date', '<=', f.to);
  if (f.outcome) q = q.where('a.outcome', '=', f.outcome);
  if (f.caseIds) q = q.where('a.case_id', 'in', f.caseIds.length ? f.caseIds : [-1]);
  if (f.personIds) {
    q = q.where('a.id', 'in', store.db.selectFrom('item_person').select('item_id').where('person_id', 'in', f.personIds.length ? f.personIds : [-1]));
  }
  if (f.party) q = q.where('a.id', 'in', store.db.selectFrom('item_party').select('item_id').where('party', '=', f.party));
  return q;
}

const num = (v: unknown): number => Number(v ?? 0);

export async function search(store: Store, input: string, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseQuery(input);
  const notices: string[] = [];
  const limit = Math.max(1, Math.min(options.limit ?? 20, 200));
  const offset = Math.max(0, Math.min(options.offset ?? 0, 100_000));
  const f = await resolveFilters(store, filters, notices);
  const empty: SearchResult = { query: parsed.normalized, total: 0, hits: [], facets: options.facets === false ? null : emptyFacets(), notices };
  if (f.impossible) return empty;
  if (parsed.empty && !parsed.not.length && input.trim() && !Object.values(filters).some(Boolean)) {
    notices.push('Søgningen indeholder ingen ord at søge efter.');
    return empty;
  }
  try {
    return await run(store, parsed, f, limit, offset, options.facets !== false, notices);
  } catch (e) {
    if (e instanceof SearchError) throw e;
    // Never show the database's own message (it could quote query syntax).
    throw new SearchError('E_SEARCH', 'søgningen kunne ikke udføres', { cause: e });
  }
}

async function run(store: Store, parsed: ParsedQuery, f: ResolvedFilters, limit: number, offset: number, withFacets: boolean, notices: string[]): Promise<SearchResult> {
  const hasText = !parsed.empty;
  let page = matching(store, parsed, f, true).select(['a.id', 'a.date']);
  if (hasText) page = page.select('m.score').orderBy('m.score', 'desc').orderBy('a.date', 'desc').orderBy('a.id', 'desc');
  else page = page.orderBy('a.date', 'desc').orderBy('a.meeting_id', 'desc').orderBy('a.seq', 'asc');
  const rows = (await page.limit(limit).offset(offset).execute()) as { id: number; date: string; score?: number }[];

  let total: number;
  let facets: Facets | null = null;
  if (withFacets) {
    const r = await computeFacets(store, parsed, f);
    total = r.total;
    facets = r.facets;
  } else {
    const c = await matching(store, parsed, f, false)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    total = num((c as { n?: unknown } | undefined)?.n);
  }
  const hits = await loadHits(store, rows, parsed);
  return { query: parsed.normalized, total, hits, facets, notices };
}

function emptyFacets(): Facets {
  return { municipality: [], committee: [], year: [], outcome: [], party: [], person: [], case: [] };
}

const byCount = (a: FacetValue, b: FacetValue): number => b.count - a.count || a.label.localeCompare(b.label, 'da');

async function computeFacets(store: Store, parsed: ParsedQuery, f: ResolvedFilters): Promise<{ total: number; facets: Facets }> {
  const year = sql<string>`substr(a.date, 1, 4)`;
  const joint = (await matching(store, parsed, f, false)
    .select(['a.committee_id', 'a.outcome', year.as('year')])
    .select((eb) => eb.fn.countAll().as('n'))
    .groupBy(['a.committee_id', 'a.outcome', year])
    .execute()) as { committee_id: number; outcome: string | null; year: string; n: unknown }[];
  const parties = (await matching(store, parsed, f, false)
    .innerJoin('item_party as ip', 'ip.item_id', 'a.id')
    .select('ip.party')
    .select((eb) => eb.fn.countAll().as('n'))
    .groupBy('ip.party')
    .execute()) as { party: string; n: unknown }[];
  const persons = (await matching(store, parsed, f, false)
    .innerJoin('item_person as ipe', 'ipe.item_id', 'a.id')
    .select('ipe.person_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .groupBy('ipe.person_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('ipe.person_id')
    .limit(15)
    .execute()) as { person_id: number; n: unknown }[];
  const cases = (await matching(store, parsed, f, false)
    .where('a.case_id', 'is not', null)
    .select('a.case_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .groupBy('a.case_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('a.case_id')
    .limit(10)
    .execute()) as { case_id: number; n: unknown }[];

  const committees = new Map((await store.db.selectFrom('committee').select(['id', 'name', 'key', 'municipality_id']).execute()).map((c) => [c.id, c]));
  const municipalities = new Map((await store.db.selectFrom('municipality').select(['id', 'name']).execute()).map((m) => [m.id, m.name]));

  let total = 0;
  const mun = new Map<number, number>();
  const com = new Map<string, FacetValue>();
  const out = new Map<string, number>();
  const yr = new Map<string, number>();
  for (const g of joint) {
    const n = num(g.n);
    total += n;
    const c = committees.get(g.committee_id);
    const mid = c?.municipality_id ?? -1;
    mun.set(mid, (mun.get(mid) ?? 0) + n);
    if (c) {
      const munName = municipalities.get(mid) ?? '';
      const k = `${mid}|${c.key}`;
      const prev = com.get(k);
      if (prev) prev.count += n;
      else com.set(k, { value: c.name, label: munName ? `${c.name}, ${munName}` : c.name, count: n, municipality: munName });
    }
    const o = g.outcome ?? '';
    out.set(o, (out.get(o) ?? 0) + n);
    yr.set(g.year, (yr.get(g.year) ?? 0) + n);
  }
  const personNames = persons.length
    ? new Map((await store.db.selectFrom('person').select(['id', 'name', 'party']).where('id', 'in', persons.map((p) => p.person_id)).execute()).map((p) => [p.id, p]))
    : new Map<number, { id: number; name: string; party: string | null }>();
  const caseNumbers = cases.length
    ? new Map((await store.db.selectFrom('case_file').select(['id', 'number', 'title']).where('id', 'in', cases.map((c) => c.case_id)).execute()).map((c) => [c.id, c]))
    : new Map<number, { id: number; number: string; title: string | null }>();

  return {
    total,
    facets: {
      municipality: [...mun].map(([id, count]) => ({ value: municipalities.get(id) ?? '', label: municipalities.get(id) || 'ukendt kommune', count })).sort(byCount),
      committee: [...com.values()].sort(byCount),
      year: [...yr].map(([y, count]) => ({ value: y, label: y, count })).sort((a, b) => (a.value < b.value ? 1 : -1)),
      outcome: [...out]
        .map(([o, count]) => ({ value: o || 'none', label: o ? (OUTCOME_LABELS[o as DecisionOutcome] ?? o) : 'ingen beslutning', count }))
        .sort(byCount),
      party: parties.map((p) => ({ value: p.party, label: p.party, count: num(p.n) })).sort(byCount),
      person: persons.map((p) => {
        const x = personNames.get(p.person_id);
        return { value: x?.name ?? String(p.person_id), label: x ? `${x.name}${x.party ? ` (${x.party})` : ''}` : String(p.person_id), count: num(p.n) };
      }),
      case: cases.map((c) => {
        const x = caseNumbers.get(c.case_id);
        return { value: x?.number ?? '', label: x ? `${x.number}${x.title ? ` ${x.title}` : ''}` : '', count: num(c.n) };
      }),
    },
  };
}

async function loadHits(store: Store, rows: { id: number; score?: number }[], parsed: ParsedQuery): Promise<SearchHit[]> {
  if (!rows.length) return [];
  const details = await store.db
    .selectFrom('agenda_item as a')
    .innerJoin('meeting as mt', 'mt.id', 'a.meeting_id')
    .innerJoin('municipality as mu', 'mu.id', 'mt.municipality_id')
    .innerJoin('committee as co', 'co.id', 'mt.committee_id')
    .leftJoin('case_file as c', 'c.id', 'a.case_id')
    .select([
      'a.id', 'a.meeting_id', 'a.number', 'a.title', 'a.closed', 'a.outcome', 'a.decision_text', 'a.recommendation_text', 'a.sections_json', 'a.date',
      'mt.start_time', 'mu.name as municipality', 'co.name as committee', 'co.term', 'c.number as case_number',
    ])
    .where('a.id', 'in', rows.map((r) => r.id))
    .execute();
  const byId = new Map(details.map((d) => [d.id, d]));
  const match = highlighter(parsed);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const d = byId.get(r.id);
    if (!d) continue;
    const closed = d.closed === 1;
    hits.push({
      itemId: d.id, meetingId: d.meeting_id, municipality: d.municipality, committee: d.committee, term: d.term, date: d.date, startTime: d.start_time,
      number: d.number, title: d.title, titleHtml: highlightText(d.title, match), closed,
      snippetHtml: closed
        ? null
        : makeSnippet(
            itemTexts({
              title: d.title, caseNumber: d.case_number, closed, sections: JSON.parse(d.sections_json) as Section[], decisionText: d.decision_text,
              recommendationText: d.recommendation_text,
            }),
            match,
          ),
      caseNumber: closed ? null : d.case_number,
      outcome: closed ? null : (d.outcome as DecisionOutcome | null),
      score: Number(r.score ?? 0),
    });
  }
  return hits;
}

/** The engine's raw ranked full-text query alone, for the benchmark's floor. */
export async function rawFullText(store: Store, input: string, limit = 20): Promise<number[]> {
  return store.ops.rawSearch(store.db, parseQuery(input), limit);
}
