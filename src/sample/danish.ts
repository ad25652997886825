/** Danish formatting of dates, numbers and lists, as printed in minutes. */

export const MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
] as const;

/** Index 0 = Sunday, as Date.getUTCDay(). */
export const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'] as const;

/** A calendar day without time zone trouble: all arithmetic in UTC. */
export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function dayToDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export function dateToDay(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = dayToDate(d);
  date.setUTCDate(date.getUTCDate() + n);
  return dateToDay(date);
}

export function weekday(d: Day): number {
  return dayToDate(d).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** 2021-10-05 */
export function isoDate(d: Day): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** 05-10-2021 */
export function dmyDash(d: Day): string {
  return `${pad2(d.day)}-${pad2(d.month)}-${d.year}`;
}

/** 05.10.2021 */
export function dmyDot(d: Day): string {
  return `${pad2(d.day)}.${pad2(d.month)}.${d.year}`;
}

/** 5. oktober 2021 */
export function longDate(d: Day): string {
  return `${d.day}. ${MONTHS[d.month - 1]} ${d.year}`;
}

/** 05. oktober 2021 (Odense's header form) */
export function longDatePadded(d: Day): string {
  return `${pad2(d.day)}. ${MONTHS[d.month - 1]} ${d.year}`;
}

export function weekdayName(d: Day, capital = false): string {
  const w = WEEKDAYS[weekday(d)] as string;
  return capital ? w.charAt(0).toUpperCase() + w.slice(1) : w;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** 195514784 -> "195.514.784"; -5878197 -> "-5.878.197"; 12.2 with 1 decimal -> "12,2". */
export function formatNumber(value: number, decimals = 0): string {
  const negative = value < 0;
  const fixed = decimals === 0 ? String(Math.round(Math.abs(value))) : Math.abs(value).toFixed(decimals);
  const dot = fixed.indexOf('.');
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? '' : fixed.slice(dot + 1);
  let grouped = intPart;
  if (intPart.length > 3) {
    grouped = '';
    let i = intPart.length % 3 || 3;
    grouped = intPart.slice(0, i);
    for (; i < intPart.length; i += 3) grouped += '.' + intPart.slice(i, i + 3);
  }
  return (negative && Number(fixed) !== 0 ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

/** "A, B og C" */
export function joinOg(parts: readonly string[], word = 'og'): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${word} ${parts[parts.length - 1]}`;
}

/** "Beskæftigelses- og Socialudvalget" -> "Beskæftigelses- og Socialudvalgets" (genitive). */
export function genitive(name: string): string {
  return /[sxz]$/.test(name) ? `${name}'` : `${name}s`;
}

/** ASCII slug for file names: "Børn- og Ungeudvalget" -> "boern-og-ungeudvalget". */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
