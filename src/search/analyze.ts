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
 *    are computed once (the cache below), which keeps indexing fast. Only tails that start as a
 *    word can start (a vowel among the first two letters, or an onset such as "st", "kr", "sk":
 *    WORD_ONSETS) are parts: "indsatsen" in "beskæftigelsesindsatsen", not "ftigelsesindsatsen"
 *    or "ndsatsen". No query word starts like those, and a quarter fewer parts is a quarter less
 *    of the index's largest column to write.
 *
 * Bump ANALYSIS_VERSION whenever the output for some text changes: the store then re-indexes.
 */
import { stemDanish } from './stem-da.js';

// 2 indexed one reversed key per long word, which lost the middle parts of compounds ("skole" in
// "folkeskolereformen"): 3 is the tails again, so stores of version 2 re-index. 4: only tails that
// start as a word can (WORD_ONSETS).
export const ANALYSIS_VERSION = 4;

/** Words longer than this are cut (consistently on both sides). */
const MAX_WORD = 60;
/** Words of at least this length contribute compound parts. */
const MIN_COMPOUND = 9;
/** Shortest tail considered as a compound part, and shortest head before it. */
const MIN_TAIL = 5;
const MIN_HEAD = 2;
/** Query words of at least this length also match as a prefix (query.ts). */
export const MIN_PREFIX = 4;

const VOWELS = new Set('aeiouyæøå');
/**
 * The two consonants a Danish word (loan words included) may start with: "strategi", "kvalitet",
 * "skole", "chef", "psykiatri", "tjeneste", "hjem", "pjece", "gnist", "tsunami".
 */
const WORD_ONSETS = new Set(
  'bj bl br ch cl cr dj dr dv fj fl fr gj gl gn gr hj hv kj kl kn kr kv mj ph pj pl pn pr ps rh sc sh sj sk sl sm sn sp sq st sv sw th tj tr ts tv tw vr wh wr'.split(' '),
);

/** Whether a tail of a word starts as a word can: a vowel among its first two letters, or a word onset. */
function startsAsWord(w: string, k: number): boolean {
  const a = w[k]!;
  const b = w[k + 1]!;
  return VOWELS.has(a) || VOWELS.has(b) || WORD_ONSETS.has(a + b);
}

const FOLD: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ã: 'a', ā: 'a', ą: 'a', ä: 'æ', ç: 'c', č: 'c', ć: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e',
  ē: 'e', ę: 'e', ě: 'e', ì: 'i', í: 'i', î: 'i', ï: 'i', ī: 'i', ñ: 'n', ń: 'n', ň: 'n', ò: 'o', ó: 'o', ô: 'o',
  õ: 'o', ō: 'o', ö: 'ø', ő: 'ø', ù: 'u', ú: 'u', û: 'u', ū: 'u', ü: 'u', ű: 'u', ů: 'u', ý: 'y', ÿ: 'y',
  š: 's', ś: 's', ž: 'z', ź: 'z', ż: 'z', ř: 'r', ł: 'l', ð: 'd', þ: 'th', ß: 'ss', ǿ: 'ø', ǽ: 'æ',
};

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

/** Whether a UTF-16 code unit (not a surrogate) is a letter or digit: 0 not known yet, 1 yes, 2 no. */
const WORD_UNIT = new Uint8Array(0x10000);
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) WORD_UNIT[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const astral = new Map<number, boolean>();

function isWordUnit(c: number): boolean {
  let k = WORD_UNIT[c]!;
  if (k === 0) WORD_UNIT[c] = k = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

function isWordCodePoint(cp: number): boolean {
  let k = astral.get(cp);
  if (k === undefined) astral.set(cp, (k = WORD_CHAR_RE.test(String.fromCodePoint(cp))));
  return k;
}

/**
 * a–z, A–Z, digits, æ, ø, å, Æ, Ø, Å → the code of the character lower-cased (such a word is
 * folded by lower-casing alone); any other character of Latin-1 → 0.
 */
const PLAIN = new Uint16Array(256);
for (let c = 48; c <= 57; c++) PLAIN[c] = c;
for (let c = 97; c <= 122; c++) PLAIN[c] = PLAIN[c - 32] = c;
for (const c of [0xe6, 0xf8, 0xe5]) PLAIN[c] = PLAIN[c - 32] = c;

/**
 * The scan behind forEachWord and TermSink: calls `emit(start, end, plain, hash)` for every run of
 * letters and digits (`[\p{L}\p{N}]+`, by code point) in order. `plain`: the run is folded by
 * lower-casing alone (a–z, 0–9, æ, ø, å in either case: capitalised words are common); `hash`: of
 * its first MAX_WORD characters lower-cased, for plain runs. A
 * hand-written scan (no match objects, no strings for words already seen) because indexing reads
 * every word.
 */
function scanWords(text: string, emit: (start: number, end: number, plain: boolean, hash: number) => void): void {
  const n = text.length;
  let start = -1;
  let plain = true;
  let hash = 0;
  for (let i = 0; i <= n; i++) {
    let word = false;
    let width = 1;
    if (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0xd800 || c > 0xdfff) {
        word = isWordUnit(c);
        if (word && plain) {
          const lower = c < 256 ? PLAIN[c]! : 0;
          if (!lower) plain = false;
          else if (start < 0 || i - start < MAX_WORD) hash = (Math.imul(hash, 31) + lower) | 0;
        }
      } else if (c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          width = 2;
          word = isWordCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
          plain = false;
        }
      }
    }
    if (word) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start >= 0) {
      emit(start, i, plain, hash);
      start = -1;
      plain = true;
      hash = 0;
    }
  }
}

/** Calls `each` with every word of the text, folded (foldWord), in order. */
export function forEachWord(text: string, each: (word: string) => void): void {
  scanWords(text, (start, end, plain) => {
    const w = plain ? text.slice(start, Math.min(end, start + MAX_WORD)).toLowerCase() : foldWord(text.slice(start, end));
    if (w) each(w);
  });
}

/** The words of a text, folded, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
}

/**
 * An analysed token (a stem), interned: the same text is the same object, so an item's terms and
 * compound parts are told apart and deduplicated by marking objects instead of through sets.
 */
interface Token {
  readonly text: string;
  /** The analysis (TermSink group) that last used it as a term / as a part. */
  termMark: number;
  partMark: number;
}

interface WordInfo {
  stem: Token;
  parts: readonly Token[];
  partTexts: readonly string[];
  /** The analysis that last took this word's parts. */
  mark: number;
}

const NONE: readonly Token[] = [];
let cache = new Map<string, WordInfo>();
let tokens = new Map<string, Token>();
const CACHE_LIMIT = 300_000;

function token(text: string): Token {
  let t = tokens.get(text);
  if (!t) tokens.set(text, (t = { text, termMark: 0, partMark: 0 }));
  return t;
}

function info(w: string): WordInfo {
  let i = cache.get(w);
  if (i) return i;
  const letters = LETTERS_RE.test(w);
  const stem = letters ? stemDanish(w) : w;
  let parts: string[] = [];
  if (letters && w.length >= MIN_COMPOUND) {
    const set = new Set<string>();
    for (let k = MIN_HEAD; k <= w.length - MIN_TAIL; k++) {
      if (!startsAsWord(w, k)) continue;
      const s = stemDanish(w.slice(k));
      if (s.length >= 4 && s !== stem) set.add(s);
    }
    parts = [...set];
  }
  // Indexing drops the caches between items (TermSink); only a process that never indexes gets here.
  if (cache.size >= 2 * CACHE_LIMIT) dropCaches();
  i = { stem: token(stem), parts: parts.length ? parts.map(token) : NONE, partTexts: parts, mark: 0 };
  cache.set(w, i);
  return i;
}

/**
 * The WordInfo of plain words found by position in the text being scanned, without making a string
 * for words already seen: open addressing on the scan's hash, compared character by character.
 * Holds a subset of `cache` and is dropped with it.
 */
class PlainTable {
  private mask = (1 << 12) - 1;
  private count = 0;
  private words: (string | undefined)[] = new Array<string | undefined>(this.mask + 1);
  private hashes = new Int32Array(this.mask + 1);
  private infos: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(this.mask + 1);

  get(text: string, start: number, end: number, hash: number): WordInfo {
    const length = end - start;
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (let w = this.words[slot]; w !== undefined; w = this.words[(slot = (slot + 1) & this.mask)]) {
      if (this.hashes[slot] === hash && w.length === length && sameText(w, text, start)) return this.infos[slot]!;
    }
    const word = text.slice(start, end).toLowerCase();
    const i = info(word);
    // info() may have dropped the caches (and this table with them): the entry goes in the current one.
    plainTable.put(word, hash, i);
    return i;
  }

  private put(word: string, hash: number, i: WordInfo): void {
    if (++this.count * 2 > this.mask) this.grow();
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.infos[slot] = i;
  }

  /** Twice the slots (at most half of them in use). */
  private grow(): void {
    const { words, hashes, infos } = this;
    this.mask = this.mask * 2 + 1;
    this.words = new Array<string | undefined>(this.mask + 1);
    this.hashes = new Int32Array(this.mask + 1);
    this.infos = new Array<WordInfo | undefined>(this.mask + 1);
    for (let k = 0; k < words.length; k++) {
      if (words[k] === undefined) continue;
      let slot = (hashes[k]! ^ (hashes[k]! >>> 15)) & this.mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.words[slot] = words[k];
      this.hashes[slot] = hashes[k]!;
      this.infos[slot] = infos[k];
    }
  }
}

/** Whether a plain run of the text, lower-cased, is the word. */
function sameText(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== PLAIN[text.charCodeAt(start + k)]) return false;
  return true;
}

let plainTable = new PlainTable();

/** All together: a word's tokens must be the interned ones, and an item's words of one generation. */
function dropCaches(): void {
  cache = new Map();
  tokens = new Map();
  plainTable = new PlainTable();
}

/** The search term of one folded word: its stem (numbers and mixed tokens as they are). */
export function termOf(word: string): string {
  return info(word).stem.text;
}

/** Compound parts of one folded word (stems of its tails), without its own stem. */
export function partsOf(word: string): readonly string[] {
  return info(word).partTexts;
}

/** Whether a folded word holds a digit. */
export function hasDigit(word: string): boolean {
  return DIGIT_RE.test(word);
}

let marks = 0;

/**
 * Collects the analysed terms of several texts: `terms` in order (for phrases), and the compound
 * parts in order of first appearance, once each. Sinks made with `new TermSink(other)` share
 * their parts with `other` (title and body of one item): indexText then needs no merging.
 */
export class TermSink {
  readonly terms: string[] = [];
  private readonly mark: number;
  private readonly partTokens: Token[];

  constructor(shareWith?: TermSink) {
    // Caches are dropped only here, between items, never while one is analysed.
    if (!shareWith && cache.size >= CACHE_LIMIT) dropCaches();
    this.mark = shareWith ? shareWith.mark : ++marks;
    this.partTokens = shareWith ? shareWith.partTokens : [];
  }

  /** The compound parts collected (shared ones included), each once. */
  get parts(): readonly string[] {
    return this.partTokens.map((p) => p.text);
  }

  add(text: string | null | undefined): this {
    if (!text) return this;
    const { mark, terms, partTokens } = this;
    scanWords(text, (start, end, plain, hash) => {
      let i: WordInfo;
      if (plain) i = plainTable.get(text, start, Math.min(end, start + MAX_WORD), hash);
      else {
        const w = foldWord(text.slice(start, end));
        if (!w) return;
        i = info(w);
      }
      terms.push(i.stem.text);
      i.stem.termMark = mark;
      if (i.mark === mark) return;
      i.mark = mark;
      for (const p of i.parts) {
        if (p.partMark === mark) continue;
        p.partMark = mark;
        partTokens.push(p);
      }
    });
    return this;
  }

  /** A boundary between two texts, so that no phrase matches across it (GAP_TOKEN). */
  gap(): this {
    if (this.terms.length && this.terms[this.terms.length - 1] !== GAP_TOKEN) this.terms.push(GAP_TOKEN);
    return this;
  }

  /**
   * The parts of this sink's group that are not also a term of it (they would only repeat a
   * match). Valid until a token is used by a later group, i.e. take it at once.
   */
  partsWithoutTerms(): string[] {
    const out: string[] = [];
    for (const p of this.partTokens) if (p.termMark !== this.mark) out.push(p.text);
    return out;
  }

  shares(other: TermSink): boolean {
    return this.partTokens === other.partTokens;
  }
}

/** The analysed index text of an item: three space-separated token strings. */
export interface IndexText {
  title: string;
  body: string;
  parts: string;
}

export function indexText(title: TermSink, body: TermSink): IndexText {
  let parts: string[];
  if (title.shares(body)) {
    parts = title.partsWithoutTerms();
  } else {
    const set = new Set<string>(title.parts);
    for (const p of body.parts) set.add(p);
    // Remove parts that are also whole terms of the item: they would only repeat a match.
    for (const t of title.terms) set.delete(t);
    for (const t of body.terms) set.delete(t);
    parts = [...set];
  }
  return { title: title.terms.join(' '), body: body.terms.join(' '), parts: parts.join(' ') };
}

/**
 * The token between two texts of one item (title and case number, sections), so that a phrase
 * never matches across them. "¦" is no letter or digit, so no word and no query term can be it;
 * FTS5's ascii tokenizer keeps non-ASCII characters as token characters, and the PostgreSQL
 * tsvector is written literally, so both engines store it as one token.
 */
export const GAP_TOKEN = '¦';

/** Danish stop words dropped from free (unquoted) query terms; they stay in the index for phrases. */
export const STOP_WORDS = new Set(
  (
    'af alle andet andre at blev blive bliver da de dem den denne der deres det dette dig din disse dog du efter eller en end er et ' +
    'for fra ham han hans har havde have hende hendes her hos hun hvad hvis hvor i ikke ind jeg jer jo kunne man mange med meget men ' +
    'mig min mine mit mod ned noget nogle nu når og også om op os over på sig sin sine sit skal skulle som sådan thi til ud under var vi vil ville vor være været'
  ).split(' '),
);
