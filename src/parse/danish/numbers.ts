/** Danish numbers as printed in tables and prose: "195.514.784", "-5.878.197", "12,2 mio. kr.", "74,1 %". */
import type { DanishNumber } from '../../model/index.js';

const NUMBER = /^([-−–]?)\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s?(%|pct\.?|procent|mio\.?\s?kr\.?|mia\.?\s?kr\.?|kr\.?|mio\.?|mia\.?)?$/i;

/** Parses a cell or phrase that is one Danish number; null when it is anything else. */
export function parseDanishNumber(text: string): DanishNumber | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 40) return null;
  // A number opens with a digit or a minus sign: most cells are words.
  const c = trimmed.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 45 && c !== 0x2212 && c !== 0x2013) return null;
  const t = trimmed.includes('\u00a0') ? trimmed.replace(/\u00a0/g, ' ') : trimmed;
  const m = NUMBER.exec(t);
  if (!m) return null;
  const sign = m[1] ? -1 : 1;
  const int = Number(m[2]!.replace(/\./g, ''));
  const frac = m[3] ? Number(`0.${m[3]}`) : 0;
  const unitRaw = (m[4] ?? '').toLowerCase().replace(/\s/g, '');
  let unit: DanishNumber['unit'] = null;
  if (unitRaw.startsWith('mio')) unit = 'mio. kr';
  else if (unitRaw.startsWith('mia')) unit = 'mia. kr';
  else if (unitRaw.startsWith('kr')) unit = 'kr';
  else if (unitRaw === '%' || unitRaw.startsWith('pct') || unitRaw === 'procent') unit = '%';
  return { text: t, value: sign * (int + frac), unit };
}
