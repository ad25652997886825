/** Danish presentation helpers for the command line: dates, outcomes, highlighted snippets. */
import type { DecisionOutcome } from '../model/index.js';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "2021-10-05" → "5. oktober 2021". */
export function danishDate(iso: string | null | undefined): string {
  if (!iso) return 'ukendt dato';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export const OUTCOME_DA: Record<DecisionOutcome, string> = {
  approved: 'godkendt', recommended: 'anbefalet', discussed: 'drøftet', noted: 'taget til efterretning', rejected: 'forkastet',
  postponed: 'udsat', approved_with_changes: 'godkendt med ændringer', other: 'andet',
};

export const CHOICE_DA: Record<string, string> = { for: 'stemte for', against: 'stemte imod', abstain: 'undlod at stemme', reservation: 'tog forbehold' };

export const REASON_DA: Record<string, string> = {
  'did-not-participate': 'deltog ikke', 'conflict-of-interest': 'var inhabil', absent: 'fraværende',
};

/** Danish number formatting: 1234567 → "1.234.567", 2.5 → "2,5". */
export function danishNumber(n: number, decimals = 0): string {
  return n.toLocaleString('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}

/** A snippet's HTML for a terminal: marks in bold (on a TTY) or in »…«, entities decoded. */
export function terminalText(html: string, color: boolean): string {
  const open = color ? '\u001b[1m' : '»';
  const close = color ? '\u001b[22m' : '«';
  return unescapeHtml(html.replace(/<mark>/g, open).replace(/<\/mark>/g, close).replace(/<[^>]+>/g, ''));
}
