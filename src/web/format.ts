/** Danish wording for the portal: dates, outcomes, roles, vote choices, slugs. */
import { boundedMemo } from '../memo.js';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** A valid ISO calendar date 'YYYY-MM-DD' (checks the day exists). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCDate() === d && dt.getUTCMonth() === m - 1;
}

/** Pages print the same few dates many times. */
const dateOf = boundedMemo((iso: string): string => {
  if (!isIsoDate(iso.slice(0, 10))) return iso;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}, 20_000);

/** "5. oktober 2021". */
export function danishDate(iso: string | null | undefined): string {
  return iso ? dateOf(iso) : '';
}

/** "tirsdag 5. oktober 2021". */
export function danishDateLong(iso: string | null | undefined): string {
  if (!iso || !isIsoDate(iso.slice(0, 10))) return iso ?? '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[wd]} ${d}. ${MONTHS[m - 1]} ${y}`;
}

/** "23. november 2026 kl. 18.54" from an ISO timestamp (shown in UTC+1/+2 would need tz data: we show UTC date). */
export function danishTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = danishDate(iso.slice(0, 10));
  const time = /T(\d\d):(\d\d)/.exec(iso);
  return time ? `${date} kl. ${time[1]}.${time[2]} UTC` : date;
}

/** "08:30" → "kl. 8.30" */
export function danishTime(t: string | null | undefined): string {
  if (!t) return '';
  const m = /^(\d\d?):(\d\d)/.exec(t);
  return m ? `kl. ${Number(m[1])}.${m[2]}` : t;
}

/** A committee's name, or what the portal calls one whose name no document gave. */
export function committeeLabel(name: string | null | undefined): string {
  return name || 'Ukendt udvalg';
}

export const OUTCOME_LABELS: Record<string, string> = {
  approved: 'Godkendt',
  recommended: 'Anbefalet',
  discussed: 'Drøftet',
  noted: 'Taget til efterretning',
  rejected: 'Forkastet',
  postponed: 'Udsat',
  approved_with_changes: 'Godkendt med ændringer',
  other: 'Anden beslutning',
};

export const OUTCOMES = Object.keys(OUTCOME_LABELS);

export function outcomeLabel(outcome: string | null | undefined): string {
  return outcome ? (OUTCOME_LABELS[outcome] ?? outcome) : '';
}

export const ROLE_LABELS: Record<string, string> = {
  borgmester: 'Borgmester',
  formand: 'Formand',
  næstformand: 'Næstformand',
  rådmand: 'Rådmand',
  udvalgsmedlem: 'Udvalgsmedlem',
  stedfortræder: 'Stedfortræder',
  suppleant: 'Suppleant',
  sekretær: 'Sekretær',
  embedsmand: 'Embedsperson',
  gæst: 'Gæst',
  other: 'Andet',
};

export function roleLabel(role: string | null | undefined): string {
  return role ? (ROLE_LABELS[role] ?? role) : '';
}

export const CHOICE_LABELS: Record<string, string> = {
  for: 'For',
  against: 'Imod',
  abstain: 'Undlod at stemme',
  reservation: 'Med forbehold',
};

export const ABSENCE_REASONS: Record<string, string> = {
  'did-not-participate': 'Deltog ikke',
  'conflict-of-interest': 'Inhabil',
  absent: 'Fraværende',
};

export const KIND_LABELS: Record<string, string> = { agenda: 'Dagsorden', minutes: 'Referat' };

export const ITEM_KIND_LABELS: Record<string, string> = {
  beslutning: 'Beslutningssag',
  drøftelse: 'Drøftelsessag',
  orientering: 'Orienteringssag',
  initiativret: 'Initiativret',
  tema: 'Tema',
  fællesmøde: 'Fællesmøde',
};

export const VERSION_REASONS: Record<string, string> = {
  first: 'Første udgave',
  correction: 'Rettelse',
  'better-source': 'Bedre kilde',
  minutes: 'Referat erstatter dagsorden',
};

const SLUG_FOLD: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'u', ß: 'ss' };

/** "Beskæftigelses- og Socialudvalget" → "beskaeftigelses-og-socialudvalget". */
export function slugify(s: string): string {
  const out = s
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (c) => SLUG_FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, 80).replace(/-+$/, '') || 'x';
}

/** Number with Danish thousands separator: 12345 → "12.345". */
export function danishInt(n: number): string {
  return n.toLocaleString('da-DK');
}

/** "1 møde" / "3 møder". */
export function plural(n: number, one: string, many: string): string {
  return `${danishInt(n)} ${n === 1 ? one : many}`;
}
