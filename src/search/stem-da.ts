/**
 * The Danish Snowball stemmer (snowballstem.org/algorithms/danish), written out for speed: it runs
 * for every word indexed and every word searched, so it works on a plain string with no allocation
 * beyond the result. Input must be lower-case; the result is the stem.
 *
 *   godkendte → godkend, godkender → godkend, borgerne → borg, beskæftigelse → beskæftig
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'å', 'ø']);
/** Letters before which a final "s" is removed (the "valid s-ending"). */
const S_ENDING = new Set(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 't', 'v', 'y', 'z', 'å']);

/** Step 1 suffixes, longest first so the first hit is the longest match. */
const STEP1 = [
  'erendes', 'erende', 'hedens', 'ethed', 'erede', 'heden', 'heder', 'endes', 'ernes', 'erens', 'erets',
  'ered', 'ende', 'erne', 'eren', 'erer', 'heds', 'enes', 'eres', 'eret', 'hed', 'ene', 'ere', 'ens', 'ers',
  'ets', 'en', 'er', 'es', 'et', 'e',
].sort((a, b) => b.length - a.length);

const STEP3 = ['elig', 'lig', 'els', 'ig'];

/** Start of R1: after the first non-vowel that follows a vowel, but at least 3 letters in. */
function r1Start(w: string): number {
  const n = w.length;
  if (n < 3) return n;
  let i = 0;
  while (i < n && !VOWELS.has(w[i]!)) i++;
  while (i < n && VOWELS.has(w[i]!)) i++;
  if (i >= n) return n;
  const p1 = i + 1;
  return p1 < 3 ? 3 : p1;
}

function consonantPair(w: string, p1: number): string {
  const n = w.length;
  if (n - 2 < p1) return w;
  const a = w[n - 2];
  const b = w[n - 1];
  if ((b === 'd' && a === 'g') || (b === 't' && (a === 'd' || a === 'g' || a === 'k'))) return w.slice(0, -1);
  return w;
}

export function stemDanish(word: string): string {
  let w = word;
  const p1 = r1Start(w);
  if (p1 >= w.length) return w;

  // Step 1: main suffixes (the longest in R1).
  let done = false;
  for (const suf of STEP1) {
    if (w.length - suf.length >= p1 && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      done = true;
      break;
    }
  }
  if (!done && w.length - 1 >= p1 && w.endsWith('s')) {
    const before = w[w.length - 2];
    if (before !== undefined && S_ENDING.has(before)) w = w.slice(0, -1);
  }

  // Step 2: gd dt gt kt in R1 lose the last letter.
  w = consonantPair(w, p1);

  // Step 3: other suffixes.
  if (w.endsWith('igst')) w = w.slice(0, -2);
  if (w.length - 4 >= p1 && w.endsWith('løst')) {
    w = w.slice(0, -1);
  } else {
    for (const suf of STEP3) {
      if (w.length - suf.length >= p1 && w.endsWith(suf)) {
        w = consonantPair(w.slice(0, -suf.length), p1);
        break;
      }
    }
  }

  // Step 4: undouble a final consonant in R1.
  const n = w.length;
  if (n - 1 >= p1 && n >= 2) {
    const last = w[n - 1]!;
    if (!VOWELS.has(last) && w[n - 2] === last) w = w.slice(0, -1);
  }
  return w;
}
