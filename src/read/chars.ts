/**
 * Character classes by char code, for the loops that run once per character or line of a
 * document, where a regex test per character would cost more than the work itself.
 */

/** What `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** 0-9 (what `\d` matches). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A-Z, a-z, 0-9, Æ, Ø, Å, æ, ø, å: how most Danish lines start. */
export function isPlainLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 0xc6 || c === 0xd8 || c === 0xc5 || c === 0xe6 || c === 0xf8 || c === 0xe5;
}
