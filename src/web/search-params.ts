/**
 * The search parameters shared by the search page (/sog), the JSON endpoint (/api/v1/search) and the
 * search feed (/feeds/sog.atom): read leniently from a query string, validated strictly. Danish names
 * in page links; the JSON endpoint also accepts the English ones.
 */
import { parseDateBound, parseOutcome, type SearchFilters } from '../search/search.js';
import { HttpError } from './errors.js';

export interface SearchParams {
  q: string;
  kommune: string;
  udvalg: string;
  fra: string;
  til: string;
  udfald: string;
  sag: string;
  person: string;
  parti: string;
  side: number;
}

export const FILTER_KEYS = ['kommune', 'udvalg', 'fra', 'til', 'udfald', 'sag', 'person', 'parti'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const ENGLISH: Record<string, keyof SearchParams> = {
  query: 'q',
  municipality: 'kommune',
  committee: 'udvalg',
  from: 'fra',
  to: 'til',
  outcome: 'udfald',
  case: 'sag',
  caseNumber: 'sag',
  party: 'parti',
  page: 'side',
};

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
const MAX_QUERY = 500;
const MAX_FILTER = 200;

/** The first value of a query-string parameter as a clean string ('' when absent). */
export function firstValue(v: unknown): string {
  const x = Array.isArray(v) ? v[0] : v;
  if (typeof x !== 'string') return '';
  return x.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
}

export function parseSearchParams(query: unknown, options: { english?: boolean } = {}): SearchParams {
  const raw = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const get = (key: keyof SearchParams): string => {
    let v = firstValue(raw[key]);
    if (!v && options.english) {
      for (const [en, da] of Object.entries(ENGLISH)) if (da === key && !v) v = firstValue(raw[en]);
    }
    return v;
  };
  const p: SearchParams = { q: get('q'), kommune: '', udvalg: '', fra: '', til: '', udfald: '', sag: '', person: '', parti: '', side: 1 };
  if (p.q.length > MAX_QUERY) throw new HttpError(400, 'Søgningen er for lang', `Skriv højst ${MAX_QUERY} tegn i søgefeltet.`);
  for (const k of FILTER_KEYS) {
    const v = get(k);
    if (v.length > MAX_FILTER) throw new HttpError(400, 'Ugyldigt filter', `Filteret "${k}" er for langt.`);
    p[k] = v;
  }
  const side = get('side');
  if (side) {
    if (!/^\d{1,4}$/.test(side) || Number(side) < 1) throw new HttpError(400, 'Ugyldigt sidenummer', 'Sidenummeret skal være et helt tal fra 1.');
    if (Number(side) > MAX_PAGE) throw new HttpError(400, 'Ugyldigt sidenummer', `Der vises højst ${MAX_PAGE} sider; gør søgningen mere præcis.`);
    p.side = Number(side);
  }
  if (p.fra && !parseDateBound(p.fra, false)) throw new HttpError(400, 'Ugyldig dato', 'Fra-datoen skal skrives som fx 2021, 2021-03 eller 2021-03-23.');
  if (p.til && !parseDateBound(p.til, true)) throw new HttpError(400, 'Ugyldig dato', 'Til-datoen skal skrives som fx 2021, 2021-03 eller 2021-03-23.');
  if (p.udfald && !parseOutcome(p.udfald)) throw new HttpError(400, 'Ukendt beslutning', 'Filteret for beslutning kender ikke den værdi.');
  return p;
}

export function toFilters(p: SearchParams): SearchFilters {
  return {
    municipality: p.kommune || null,
    committee: p.udvalg || null,
    from: p.fra || null,
    to: p.til || null,
    outcome: p.udfald || null,
    caseNumber: p.sag || null,
    person: p.person || null,
    party: p.parti || null,
  };
}

/** The parameters as an ordered record for links (stable order, empty values left out by queryString). */
export function linkParams(p: SearchParams, change: Partial<SearchParams> = {}): Record<string, string> {
  const x = { ...p, ...change };
  return {
    q: x.q,
    kommune: x.kommune,
    udvalg: x.udvalg,
    fra: x.fra,
    til: x.til,
    udfald: x.udfald,
    sag: x.sag,
    person: x.person,
    parti: x.parti,
    side: x.side > 1 ? String(x.side) : '',
  };
}

export function hasFilters(p: SearchParams): boolean {
  return FILTER_KEYS.some((k) => p[k] !== '');
}
