/** Normalised keys for matching names across documents, and the election term of a date. */

const FOLD: Record<string, string> = { é: 'e', è: 'e', ê: 'e', ë: 'e', á: 'a', à: 'a', â: 'a', ä: 'æ', ö: 'ø', ü: 'u', ó: 'o', í: 'i', ñ: 'n', ç: 'c' };

function fold(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[éèêëáàâäöüóíñç]/g, (c) => FOLD[c] ?? c);
}

/** "Odense Kommune" → "odense"; regions keep their name ("region hovedstaden"). */
export function municipalityKey(name: string | null): string {
  if (!name) return '';
  return fold(name)
    .replace(/\s+kommune$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Beskæftigelses- og Socialudvalget 2018-2021" → "beskæftigelses- og socialudvalget". */
export function committeeKey(name: string | null): string {
  if (!name) return '';
  return fold(name)
    .replace(/\s*\(?\b(19|20)\d\d\s*[-–]\s*(19|20)\d\d\)?\s*$/, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person's name for matching: lower case, accents folded, no dots, single spaces. */
export function personKey(name: string): string {
  return fold(name)
    .replace(/[.,]/g, ' ')
    .replace(/[-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A case number for matching: upper case, no spaces ("s2020-26746 " → "S2020-26746"). */
export function caseKey(number: string): string {
  return number.normalize('NFC').toUpperCase().replace(/\s+/g, '');
}

/** Party as stored: letters upper-cased ("ø" → "Ø"); words ("Løsgænger") as printed. */
export function partyKey(party: string | null | undefined): string | null {
  if (!party) return null;
  const p = party.trim();
  if (!p) return null;
  return p.length <= 2 ? p.toUpperCase() : p;
}

/**
 * The municipal election term a date falls in: terms start on 1 January 2018, 2022, 2026 …
 * (every four years, also backwards: 2014, 2010, 2006 …).
 */
export function termOfDate(date: string): string {
  const year = Number(date.slice(0, 4));
  if (!Number.isFinite(year) || year < 1900) return '';
  const start = 2018 + 4 * Math.floor((year - 2018) / 4);
  return `${start}-${start + 3}`;
}

/** A printed term "2018-2021" / "2018 – 2021" in the canonical form, or null. */
export function normalizeTerm(term: string | null | undefined): string | null {
  if (!term) return null;
  const m = /((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)/.exec(term);
  if (!m) return null;
  const end = m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]!;
  return `${m[1]}-${end}`;
}
