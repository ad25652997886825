/**
 * Search over agenda items: Danish full text (query.ts, analyze.ts), filters, facet counts,
 * relevance ranking with recency as the tie-breaker, and highlighted, HTML-escaped snippets.
 * The same code runs on SQLite and PostgreSQL; only the full-text match is the dialect's
 * (store/dialect.ts). Closed items can be found by their title only and never show content.
 */
import type { DecisionOutcome, Section } from '../model/index.js';
import type { RankedMatches } from '../store/dialect.js';
import { caseKey, committeeKey, municipalityKey, partyKey } from '../store/keys.js';
import { findPersons, itemsWithCaseJoined, type ItemSummary, type MeetingRef } from '../store/queries.js';
import type { Store } from '../store/store.js';
import { ItemColumns } from './item-columns.js';
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

/** An item with its meeting, as the store reads them, and what the search adds. */
export interface SearchHit extends MeetingRef, ItemSummary {
  /** The title as HTML with matches in <mark>. */
  titleHtml: string;
  /** About 220 characters around the best matches, HTML with <mark>; null for closed items. */
  snippetHtml: string | null;
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

/**
 * A search in three steps: the full-text engine names the matching items (one query; none without
 * text), the filters and facet counts run over the in-memory item columns (item-columns.ts), and
 * only the page of hits is ranked by the engine and loaded.
 */
async function run(store: Store, parsed: ParsedQuery, f: ResolvedFilters, limit: number, offset: number, withFacets: boolean, notices: string[]): Promise<SearchResult> {
  const cols = await ItemColumns.of(store);
  const entry = parsed.empty ? null : await matchesOf(store, cols, parsed);
  const excluded = parsed.empty && parsed.not.length ? await store.ops.excludedIds(store.db, parsed) : null;
  const selected = select(cols, entry?.ids ?? null, excluded, f);
  const facets = withFacets ? await facetsOf(store, cols, selected, entry === null && excluded === null && isUnfiltered(f)) : null;
  const k = offset + limit;
  let page: { id: number; score: number }[];
  if (entry) {
    page = (await ranked(store, cols, parsed, entry, selected, k)).slice(offset);
  } else {
    page = [];
    const mark = selected.mark;
    for (let i = 0; i < cols.newestFirst.length && page.length < k; i++) {
      const id = cols.newestFirst[i]!;
      if (mark[id]) page.push({ id, score: 0 });
    }
    page = page.slice(offset);
  }
  const hits = await loadHits(store, page, parsed);
  return { query: parsed.normalized, total: selected.ids.length, hits, facets, notices };
}

function isUnfiltered(f: ResolvedFilters): boolean {
  return !f.municipalityIds && !f.committeeIds && !f.from && !f.to && !f.outcome && !f.caseIds && !f.personIds && !f.party;
}

// --- the matches of a text query -----------------------------------------------------------------

/** A text query's matching items, and as many of them in relevance order as were needed so far. */
interface MatchEntry {
  ids: Int32Array;
  ranked: RankedMatches | null;
  /** `ranked` holds every match. */
  complete: boolean;
}

/**
 * Matches are kept for the data generation when there are many (the engine's work grows with
 * them; a few thousand are found again faster than they are looked up), up to this many ids in all.
 */
const KEEP_MATCHES_FROM = 2000;
/** Matches ranked in the first pass (the ids of all matches come with them when there are fewer). */
const FIRST_RANKED = 1000;
const KEPT_IDS = 2_000_000;

async function matchesOf(store: Store, cols: ItemColumns, parsed: ParsedQuery): Promise<MatchEntry> {
  const key = 'match ' + parsed.normalized;
  const kept = cols.memo.get(key) as MatchEntry | undefined;
  if (kept) {
    cols.memo.delete(key);
    cols.memo.set(key, kept);
    return kept;
  }
  // One pass when there are few matches: the best FIRST_RANKED are all of them. Otherwise the
  // ranked ones serve the first page, and the ids of all matches come from a second, cheaper pass.
  const first = await store.ops.ranked(store.db, parsed, FIRST_RANKED);
  const ids = first.ids.length < FIRST_RANKED ? first.ids : ((await store.ops.matchIds(store.db, parsed)) ?? first.ids);
  const entry: MatchEntry = { ids, ranked: first, complete: first.ids.length >= ids.length };
  if (ids.length >= KEEP_MATCHES_FROM) {
    let total = ids.length;
    for (const [k, v] of cols.memo) if (k.startsWith('match ')) total += (v as MatchEntry).ids.length;
    for (const [k, v] of cols.memo) {
      if (total <= KEPT_IDS) break;
      if (!k.startsWith('match ')) continue;
      total -= (v as MatchEntry).ids.length;
      cols.memo.delete(k);
    }
    cols.memo.set(key, entry);
  }
  return entry;
}

/** Forgets the kept matches (the benchmark times searches with and without them). */
export async function forgetMatches(store: Store): Promise<void> {
  const cols = await ItemColumns.of(store);
  for (const k of [...cols.memo.keys()]) if (k.startsWith('match ')) cols.memo.delete(k);
}

/**
 * The best `k` selected matches: relevance, then the newer meeting date, then the higher id. The
 * engine ranks only as many matches as needed to hold `k` selected ones (more when the filters
 * keep few of them), and every match tied with the k-th, so ties are broken here by date exactly.
 */
async function ranked(store: Store, cols: ItemColumns, parsed: ParsedQuery, entry: MatchEntry, selected: Selection, k: number): Promise<{ id: number; score: number }[]> {
  const chosen = selected.ids.length;
  const all = entry.ids.length;
  if (!chosen || !k) return [];
  let want = chosen >= all ? k + 16 : Math.ceil(((k + 16) * all) / chosen) * 2;
  for (;;) {
    want = Math.min(want, all);
    if (!entry.ranked || (entry.ranked.ids.length < want && !entry.complete)) {
      const r = await store.ops.ranked(store.db, parsed, want);
      const complete = r.ids.length < want || want >= all;
      // Kept matches are shared by concurrent searches: keep the longest ranking.
      if (!entry.ranked || r.ids.length > entry.ranked.ids.length || (complete && !entry.complete)) {
        entry.ranked = r;
        entry.complete = complete;
      }
    }
    const r = entry.ranked;
    const picked: number[] = [];
    let kth = Number.NaN;
    for (let i = 0; i < r.ids.length; i++) {
      if (!selected.mark[r.ids[i]!]) continue;
      picked.push(i);
      if (picked.length === k) kth = r.scores[i]!;
    }
    const last = r.scores[r.ids.length - 1];
    if (entry.complete || (picked.length >= k && last !== undefined && last < kth)) {
      const out = picked
        .filter((i) => !(r.scores[i]! < kth))
        .map((i) => ({ id: r.ids[i]!, score: r.scores[i]! }));
      const date = cols.date;
      out.sort((a, b) => b.score - a.score || (date[a.id]! < date[b.id]! ? 1 : date[a.id]! > date[b.id]! ? -1 : b.id - a.id));
      return out.slice(0, k);
    }
    want = Math.max(want * 4, r.ids.length * 4);
  }
}

// --- filters -------------------------------------------------------------------------------------

interface Selection {
  /** The selected item ids, ascending. */
  ids: Int32Array;
  /** mark[id] = 1 when selected. */
  mark: Uint8Array;
}

/** The items among `candidates` (null: all) that pass the filters and are not excluded. */
function select(cols: ItemColumns, candidates: Int32Array | null, excluded: Int32Array | null, f: ResolvedFilters): Selection {
  const size = cols.size;
  const mark = new Uint8Array(size);
  if (candidates) {
    for (let i = 0; i < candidates.length; i++) {
      const id = candidates[i]!;
      if (id < size && cols.exists[id]) mark[id] = 1;
    }
  } else {
    mark.set(cols.exists);
  }
  if (excluded) for (let i = 0; i < excluded.length; i++) if (excluded[i]! < size) mark[excluded[i]!] = 0;
  const inSet = (list: number[] | null): Set<number> | null => (list ? new Set(list) : null);
  const municipalities = inSet(f.municipalityIds);
  const committees = inSet(f.committeeIds);
  const cases = inSet(f.caseIds);
  const persons = inSet(f.personIds);
  const outcome = f.outcome ? cols.outcomes.indexOf(f.outcome) : -1;
  const party = f.party ? cols.parties.indexOf(f.party) : -1;
  const { municipality, committee, date, caseId, personStart, persons: personList, partyStart, partyOf } = cols;
  let n = 0;
  for (let id = 0; id < size; id++) {
    if (!mark[id]) continue;
    let ok =
      (!municipalities || municipalities.has(municipality[id]!)) &&
      (!committees || committees.has(committee[id]!)) &&
      (!f.from || date[id]! >= f.from) &&
      (!f.to || date[id]! <= f.to) &&
      (!f.outcome || cols.outcome[id] === outcome) &&
      (!cases || cases.has(caseId[id]!));
    if (ok && persons) {
      ok = false;
      for (let j = personStart[id]!; j < personStart[id + 1]! && !ok; j++) ok = persons.has(personList[j]!);
    }
    if (ok && f.party) {
      ok = false;
      for (let j = partyStart[id]!; j < partyStart[id + 1]! && !ok; j++) ok = partyOf[j] === party;
    }
    if (ok) n++;
    else mark[id] = 0;
  }
  const ids = new Int32Array(n);
  for (let id = 0, j = 0; id < size; id++) if (mark[id]) ids[j++] = id;
  return { ids, mark };
}

// --- facets --------------------------------------------------------------------------------------

function emptyFacets(): Facets {
  return { municipality: [], committee: [], year: [], outcome: [], party: [], person: [], case: [] };
}

const byCount = (a: FacetValue, b: FacetValue): number => b.count - a.count || a.label.localeCompare(b.label, 'da');

/** The `n` largest non-zero counts (ties: the lower id first), as [id, count]. */
function topCounts(counts: Int32Array, n: number): [number, number][] {
  const top: [number, number][] = [];
  for (let id = 0; id < counts.length; id++) {
    const c = counts[id]!;
    if (!c || (top.length === n && c <= top[n - 1]![1])) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < c) at--;
    top.splice(at, 0, [id, c]);
    if (top.length > n) top.pop();
  }
  return top;
}

/** [code, count] of the non-zero counts. */
const counted = (counts: Int32Array): [number, number][] => [...counts.entries()].filter(([, n]) => n > 0);

async function facetsOf(store: Store, cols: ItemColumns, selected: Selection, everything: boolean): Promise<Facets> {
  if (everything) {
    const kept = cols.memo.get('facets of everything') as Facets | undefined;
    if (kept) return structuredClone(kept);
  }
  const ids = selected.ids;
  const byCommittee = new Int32Array(cols.maxCommittee + 1);
  const byOutcome = new Int32Array(cols.outcomes.length);
  const byYear = new Int32Array(cols.years.length);
  const byParty = new Int32Array(cols.parties.length);
  const byPerson = new Int32Array(cols.maxPerson + 1);
  const byCase = new Int32Array(cols.maxCase + 1);
  const { committee, outcome, year, caseId, personStart, persons, partyStart, partyOf } = cols;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    byCommittee[committee[id]!]!++;
    byOutcome[outcome[id]!]!++;
    byYear[year[id]!]!++;
    for (let j = partyStart[id]!, end = partyStart[id + 1]!; j < end; j++) byParty[partyOf[j]!]!++;
    for (let j = personStart[id]!, end = personStart[id + 1]!; j < end; j++) byPerson[persons[j]!]!++;
    byCase[caseId[id]!]!++;
  }
  byCase[0] = 0;

  const mun = new Map<number, number>();
  const com = new Map<string, FacetValue>();
  for (let committeeId = 0; committeeId < byCommittee.length; committeeId++) {
    const n = byCommittee[committeeId]!;
    if (!n) continue;
    const c = cols.committees.get(committeeId);
    const mid = c?.municipalityId ?? -1;
    mun.set(mid, (mun.get(mid) ?? 0) + n);
    if (!c) continue;
    const munName = cols.municipalities.get(mid) ?? '';
    const k = `${mid}|${c.key}`;
    const prev = com.get(k);
    if (prev) prev.count += n;
    else com.set(k, { value: c.name, label: munName ? `${c.name}, ${munName}` : c.name, count: n, municipality: munName });
  }
  const persons15 = topCounts(byPerson, 15);
  const cases10 = topCounts(byCase, 10);
  const personNames = persons15.length
    ? new Map((await store.db.selectFrom('person').select(['id', 'name', 'party']).where('id', 'in', persons15.map((p) => p[0])).execute()).map((p) => [p.id, p]))
    : new Map<number, { id: number; name: string; party: string | null }>();
  const caseNumbers = cases10.length
    ? new Map((await store.db.selectFrom('case_file').select(['id', 'number', 'title']).where('id', 'in', cases10.map((c) => c[0])).execute()).map((c) => [c.id, c]))
    : new Map<number, { id: number; number: string; title: string | null }>();
  const municipalities = cols.municipalities;

  const facets: Facets = {
    municipality: [...mun].map(([id, count]) => ({ value: municipalities.get(id) ?? '', label: municipalities.get(id) || 'ukendt kommune', count })).sort(byCount),
    committee: [...com.values()].sort(byCount),
    year: counted(byYear).map(([code, count]) => ({ value: cols.years[code]!, label: cols.years[code]!, count })).sort((a, b) => (a.value < b.value ? 1 : -1)),
    outcome: counted(byOutcome)
      .map(([code, count]) => {
        const o = cols.outcomes[code] ?? '';
        return { value: o || 'none', label: o ? (OUTCOME_LABELS[o as DecisionOutcome] ?? o) : 'ingen beslutning', count };
      })
      .sort(byCount),
    party: counted(byParty).map(([code, count]) => ({ value: cols.parties[code]!, label: cols.parties[code]!, count })).sort(byCount),
    person: persons15.map(([id, count]) => {
      const x = personNames.get(id);
      return { value: x?.name ?? String(id), label: x ? `${x.name}${x.party ? ` (${x.party})` : ''}` : String(id), count };
    }),
    case: cases10.map(([id, count]) => {
      const x = caseNumbers.get(id);
      return { value: x?.number ?? '', label: x ? `${x.number}${x.title ? ` ${x.title}` : ''}` : '', count };
    }),
  };
  if (everything) cols.memo.set('facets of everything', structuredClone(facets));
  return facets;
}

async function loadHits(store: Store, rows: { id: number; score?: number }[], parsed: ParsedQuery): Promise<SearchHit[]> {
  if (!rows.length) return [];
  const details = await itemsWithCaseJoined(store)
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
