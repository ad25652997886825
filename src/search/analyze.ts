/**
 * Danish text analysis, shared by indexing and querying, so that both database engines see exactly
 * the same tokens (SQLite FTS5 and PostgreSQL tsvector only store what this module produces).
 *
 * 1. Words: runs of letters and digits (`\p{L}\p{N}`), lower-cased; accents folded (é → e, ü → u,
 *    ä → æ, ö → ø) but æ, ø and å kept. Hyphens, dots and slashes split words: "S2020-26746" is the
 *    two words "s2020 26746", which a query matches as a phrase.
 * 2. Terms: each word's Danish Snowball stem (`stem-da.ts`): godkendte, godkender → "godkend".
 * 3. Compound parts: Danish writes compounds as one word ("beskæftigelsesindsatsen"). For a word of
 *    9 letters or more, the stems of its tails of 5 letters or more (starting at the 3rd letter) go
 *    into a separate, low-weighted `parts` column: "indsatsen" → "indsats", "satsen" → "sats" …
 *    So "indsats" finds "beskæftigelsesindsatsen" and "behandling" finds "stofbehandling".
 *    The other direction (the first part: "beskæftigelse" finds "beskæftigelsesindsatsen") needs
 *    nothing at index time: a query word of 4 letters or more also matches as a prefix of indexed
 *    stems ("beskæftigelse*" matches the stem "beskæftigelsesindsats"; see query.ts). Parts are
 *    weighted low, so items that use the word itself rank above items that only hold a compound.
 *    Tails instead of a dictionary of known stems: no word list to ship or keep in step, the
 *    result of a document does not depend on what else was imported, and each long word's tails
 *    are computed once (the cache below), which keeps indexing fast.
 *
 * Bump ANALYSIS_VERSION whenever the output for some text changes: the store then re-indexes.
 */
import { stemDanish } from './stem-da.js';

export const ANALYSIS_VERSION = 1;

/** Words longer than this are cut (consistently on both sides). */
const MAX_WORD = 60;
/** Words of at least this length contribute compound parts. */
const MIN_COMPOUND = 9;
/** Shortest tail considered as a compound part, and shortest head before it. */
const MIN_TAIL = 5;
const MIN_HEAD = 2;
/** Query words of at least this length also match as a prefix (query.ts). */
export const MIN_PREFIX = 4;

const FOLD: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ã: 'a', ā: 'a', ą: 'a', ä: 'æ', ç: 'c', č: 'c', ć: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e',
  ē: 'e', ę: 'e', ě: 'e', ì: 'i', í: 'i', î: 'i', ï: 'i', ī: 'i', ñ: 'n', ń: 'n', ň: 'n', ò: 'o', ó: 'o', ô: 'o',
  õ: 'o', ō: 'o', ö: 'ø', ő: 'ø', ù: 'u', ú: 'u', û: 'u', ū: 'u', ü: 'u', ű: 'u', ů: 'u', ý: 'y', ÿ: 'y',
  š: 's', ś: 's', ž: 'z', ź: 'z', ż: 'z', ř: 'r', ł: 'l', ð: 'd', þ: 'th', ß: 'ss', ǿ: 'ø', ǽ: 'æ',
};

const WORD_RE = /[\p{L}\p{N}]+/gu;
const PLAIN_RE = /^[a-z0-9æøå]+$/;
const LETTERS_RE = /^[a-zæøå]+$/;
const DIGIT_RE = /\p{N}/u;

/** Lower-cases and folds one word (already split). */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (!PLAIN_RE.test(w)) {
    let out = '';
    for (const ch of w.normalize('NFC')) out += FOLD[ch] ?? ch;
    // Combining marks left over (decomposed input): drop them.
    w = out.replace(/\p{M}+/gu, '');
  }
  return w.length > MAX_WORD ? w.slice(0, MAX_WORD) : w;
}

/** The words of a text, folded, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = foldWord(m[0]);
    if (w) out.push(w);
  }
  return out;
}

interface WordInfo {
  stem: string;
  parts: readonly string[];
}

const EMPTY: readonly string[] = [];
let cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 300_000;

function info(w: string): WordInfo {
  let i = cache.get(w);
  if (i) return i;
  const letters = LETTERS_RE.test(w);
  const stem = letters ? stemDanish(w) : w;
  let parts: readonly string[] = EMPTY;
  if (letters && w.length >= MIN_COMPOUND) {
    const set = new Set<string>();
    for (let k = MIN_HEAD; k <= w.length - MIN_TAIL; k++) {
      const s = stemDanish(w.slice(k));
      if (s.length >= 4 && s !== stem) set.add(s);
    }
    parts = [...set];
  }
  i = { stem, parts };
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(w, i);
  return i;
}

/** The search term of one folded word: its stem (numbers and mixed tokens as they are). */
export function termOf(word: string): string {
  return info(word).stem;
}

/** Compound parts of one folded word (stems of its tails), without its own stem. */
export function partsOf(word: string): readonly string[] {
  return info(word).parts;
}

/** Whether a folded word holds a digit. */
export function hasDigit(word: string): boolean {
  return DIGIT_RE.test(word);
}

/** Collects the analysed terms of several texts: `terms` in order (for phrases), `parts` as a set. */
export class TermSink {
  readonly terms: string[] = [];
  readonly parts = new Set<string>();

  add(text: string | null | undefined): this {
    if (!text) return this;
    for (const m of text.matchAll(WORD_RE)) {
      const w = foldWord(m[0]);
      if (!w) continue;
      const i = info(w);
      this.terms.push(i.stem);
      for (const p of i.parts) this.parts.add(p);
    }
    return this;
  }

  /** A boundary between two texts, so that no phrase matches across it. */
  gap(): this {
    if (this.terms.length && this.terms[this.terms.length - 1] !== '') this.terms.push('');
    return this;
  }
}

/** The analysed index text of an item: three space-separated token strings. */
export interface IndexText {
  title: string;
  body: string;
  parts: string;
}

export function indexText(title: TermSink, body: TermSink): IndexText {
  const parts = new Set<string>(title.parts);
  for (const p of body.parts) parts.add(p);
  // Remove parts that are also whole terms of the item: they would only repeat a match.
  for (const t of title.terms) parts.delete(t);
  for (const t of body.terms) parts.delete(t);
  return {
    title: joinTerms(title.terms),
    body: joinTerms(body.terms),
    parts: [...parts].join(' '),
  };
}

/**
 * The token between two texts of one item (title and case number, sections), so that a phrase
 * never matches across them. "¦" is no letter or digit, so no word and no query term can be it;
 * FTS5's ascii tokenizer keeps non-ASCII characters as token characters, and the PostgreSQL
 * tsvector is written literally, so both engines store it as one token.
 */
export const GAP_TOKEN = '¦';

function joinTerms(terms: readonly string[]): string {
  let out = '';
  for (const t of terms) {
    const tok = t === '' ? GAP_TOKEN : t;
    out = out ? out + ' ' + tok : tok;
  }
  return out;
}

/** Danish stop words dropped from free (unquoted) query terms; they stay in the index for phrases. */
export const STOP_WORDS = new Set(
  (
    'af alle andet andre at blev blive bliver da de dem den denne der deres det dette dig din disse dog du efter eller en end er et ' +
    'for fra ham han hans har havde have hende hendes her hos hun hvad hvis hvor i ikke ind jeg jer jo kunne man mange med meget men ' +
    'mig min mine mit mod ned noget nogle nu når og også om op os over på sig sin sine sit skal skulle som sådan thi til ud under var vi vil ville vor være været'
  ).split(' '),
);
