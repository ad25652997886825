/**
 * Agenda item numbers: "3", "49", "3.2", and supplementary items inserted after a number with a
 * letter, attached or after a space: "11a", "7 b", "12 A" (ordered 11 < 11a < 11b < 12).
 */

/** An item number as a regex source: digits, dotted parts, and an optional letter that ends the word. */
export const ITEM_NUMBER = String.raw`\d{1,4}(?:\.\d{1,2})*(?:[a-zA-Z](?![A-Za-zæøåÆØÅ\d])|\s[A-Z](?=\s*[:.)\-–]))?`;

/** The number's sort key: its numeric parts, then its letter (a = 1, …). */
export function itemNumberKey(n: string): number[] {
  const m = /^([\d.]+?)\.?\s?([a-zA-Z])?$/.exec(n.trim());
  if (!m) return n.split('.').map(Number);
  const key = m[1]!.split('.').map(Number);
  if (m[2]) key.push(-1 + (m[2].toLowerCase().charCodeAt(0) - 96) / 100);
  return key;
}
