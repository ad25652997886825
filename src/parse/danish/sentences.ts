/**
 * Sentence splitting that respects Danish abbreviations and initials ("Elvin J. Hansen",
 * "jf. pkt. 3", "ca. 12,2 mio. kr.").
 */
const ABBREVIATIONS = new Set([
  'jf', 'pkt', 'ca', 'mio', 'mia', 'kr', 'nr', 'stk', 'bl.a', 'bla', 'evt', 'inkl', 'ekskl', 'mht', 'vedr', 'ifm',
  'iht', 'pga', 'dvs', 'mv', 'm.v', 'f.eks', 'feks', 'tlf', 'kl', 'd', 'st', 'sept', 'okt', 'nov', 'dec', 'jan',
  'feb', 'aug', 'apr', 'dir', 'adm', 'afd', 'gl', 'hhv', 'mfl', 'm.fl', 'pct', 'sek', 'udv', 'o.l', 'ol', 'if',
]);

/** The votes, absence and guest readers each split the same decision text: the last split is kept. */
let last: { text: string; sentences: readonly string[] } | null = null;

export function splitSentences(text: string): readonly string[] {
  // Frozen: every caller gets the same array.
  if (last?.text !== text) last = { text, sentences: Object.freeze(split(text)) };
  return last.sentences;
}

function split(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let start = 0;
    for (let i = 0; i < para.length; i++) {
      const code = para.charCodeAt(i);
      // . ! ?
      if (code !== 46 && code !== 33 && code !== 63) continue;
      const c = para[i]!;
      const next = para[i + 1];
      if (next !== undefined && next !== ' ') continue;
      const after = para.slice(i + 2, i + 3);
      if (next === ' ' && after && !/[A-ZÆØÅ0-9"“]/.test(after)) continue;
      if (c === '.') {
        let j = i - 1;
        while (j >= 0 && /[\p{L}.]/u.test(para[j]!)) j--;
        const word = para.slice(j + 1, i).toLowerCase();
        if (word.length === 1 || ABBREVIATIONS.has(word)) continue;
      }
      const s = para.slice(start, i + 1).trim();
      if (s) out.push(s);
      start = i + 1;
    }
    const rest = para.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
