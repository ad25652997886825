/** Danish presentation helpers for the command line: dates, outcomes, highlighted snippets. */
import type { DecisionOutcome } from '../model/index.js';
import { danishDate as portalDate } from '../web/format.js';

/** "2021-10-05" → "5. oktober 2021" (the portal's wording), "ukendt dato" when there is none. */
export function danishDate(iso: string | null | undefined): string {
  return iso ? portalDate(iso) : 'ukendt dato';
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
