/**
 * The search query language, parsed once and compiled for each engine from analysed terms only, so
 * that no user input ever reaches the database as query syntax:
 *
 *   words            all must match (Danish stems, compound parts, prefixes: see analyze.ts)
 *   "a phrase"       the words in this order, next to each other (stems, no prefixes or parts)
 *   -word, -"a b"    exclude items that match
 *   a OR b           either (upper-case OR between two words or phrases)
 *
 * Anything else (`*`, `NEAR(`, `(`, `:`, `^`, stray quotes and dashes, control characters, any
 * unicode) is only ever split into words by the analyser; what is not a letter or digit is dropped.
 * Danish stop words ("og", "i", "til" …) are dropped from unquoted terms unless nothing else is left.
 */
import { MIN_PREFIX, partsOf, STOP_WORDS, termOf, words } from './analyze.js';

/** One query word. `exact`: a single quoted word (no prefix, no compound parts). */
export interface TermAtom {
  kind: 'term';
  word: string;
  stem: string;
  exact: boolean;
}

export interface PhraseAtom {
  kind: 'phrase';
  words: string[];
  stems: string[];
}

export type Atom = TermAtom | PhraseAtom;

export interface ParsedQuery {
  /** Conjunction of disjunctions: every group must match; within a group any atom may. */
  must: Atom[][];
  /** Any of these excludes an item. */
  not: Atom[];
  /** True when there is nothing positive to match (no terms, or only exclusions). */
  empty: boolean;
  /** The query as understood, for display ("stofbehandling -voksne"). */
  normalized: string;
}

const MAX_INPUT = 1000;
const MAX_ATOMS = 24;

interface RawAtom {
  atom: Atom;
  negated: boolean;
  orWithPrevious: boolean;
  stop: boolean;
}

function atomFromWords(ws: string[], quoted: boolean): { atom: Atom; stop: boolean } | null {
  const clean = ws.filter((w) => w.length > 0);
  if (!clean.length) return null;
  if (clean.length === 1) {
    const word = clean[0]!;
    return { atom: { kind: 'term', word, stem: termOf(word), exact: quoted }, stop: !quoted && STOP_WORDS.has(word) };
  }
  return { atom: { kind: 'phrase', words: clean, stems: clean.map((w) => termOf(w)) }, stop: false };
}

/** Parses user input into a query; never throws. */
export function parseQuery(input: string): ParsedQuery {
  const text = (input ?? '').slice(0, MAX_INPUT).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const raw: RawAtom[] = [];
  let i = 0;
  let pendingOr = false;
  while (i < text.length && raw.length < MAX_ATOMS * 2) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-' || ch === '\u2212' || ch === '\u2013') {
      // A dash that starts a word or phrase negates it; a lone dash is dropped.
      const next = text[i + 1];
      if (next === undefined || /\s/.test(next)) {
        i++;
        continue;
      }
      negated = true;
      i++;
    }
    let parsed: { atom: Atom; stop: boolean } | null;
    if (text[i] === '"' || text[i] === '\u201c' || text[i] === '\u201d' || text[i] === '\u00bb' || text[i] === '\u00ab') {
      const end = text.slice(i + 1).search(/["\u201c\u201d\u00bb\u00ab]/);
      const body = end < 0 ? text.slice(i + 1) : text.slice(i + 1, i + 1 + end);
      i = end < 0 ? text.length : i + 2 + end;
      parsed = atomFromWords(words(body), true);
    } else {
      let j = i;
      while (j < text.length && !/[\s"\u201c\u201d\u00bb\u00ab]/.test(text[j]!)) j++;
      const chunk = text.slice(i, j);
      i = j;
      if (chunk === 'OR' && !negated) {
        pendingOr = raw.length > 0;
        continue;
      }
      parsed = atomFromWords(words(chunk), false);
    }
    if (!parsed) {
      pendingOr = false;
      continue;
    }
    raw.push({ atom: parsed.atom, negated, orWithPrevious: pendingOr && !negated && raw.length > 0 && !raw[raw.length - 1]!.negated, stop: parsed.stop });
    pendingOr = false;
  }

  // Drop stop words unless they are all there is.
  const positives = raw.filter((r) => !r.negated);
  const allStop = positives.length > 0 && positives.every((r) => r.stop);
  const kept = raw.filter((r) => !r.stop || allStop || r.orWithPrevious);

  const must: Atom[][] = [];
  const not: Atom[] = [];
  for (const r of kept) {
    if (r.negated) {
      if (not.length < MAX_ATOMS) not.push(r.atom);
      continue;
    }
    if (r.orWithPrevious && must.length) must[must.length - 1]!.push(r.atom);
    else if (must.length < MAX_ATOMS) must.push([r.atom]);
  }
  return { must, not, empty: must.length === 0, normalized: normalize(must, not) };
}

function showAtom(a: Atom): string {
  if (a.kind === 'term') return a.exact ? `"${a.word}"` : a.word;
  return `"${a.words.join(' ')}"`;
}

function normalize(must: Atom[][], not: Atom[]): string {
  const parts = must.map((g) => g.map(showAtom).join(' OR '));
  for (const a of not) parts.push('-' + showAtom(a));
  return parts.join(' ');
}

/**
 * A term of at least MIN_PREFIX letters also matches words that start with it: compounds whose
 * first part it is ("beskæftigelse" → "beskæftigelsesindsatsen", "skole" → "skoleområdet"). The
 * prefix is the word as typed, not its stem, so "borger" finds "borgerservice" but not
 * "borgmester" (the stem "borg" would). Compound tails (the parts column) need one more letter.
 */
export function prefixOf(a: TermAtom, column: 'text' | 'parts'): string | null {
  if (a.exact || !/^[a-zæøå]+$/.test(a.word)) return null;
  return a.word.length >= (column === 'parts' ? MIN_PREFIX + 1 : MIN_PREFIX) ? a.word : null;
}

// --- SQLite FTS5 ---------------------------------------------------------------------------------

/** A token as an FTS5 string; analysed tokens never hold a double quote, but escape anyway. */
const q5 = (t: string): string => `"${t.replace(/"/g, '""')}"`;

/**
 * How an engine query is used. `rank`: the form whose relevance scores order the hits (each
 * alternative its own phrase per column, as the ranking has always been); `match`: only which
 * items match, the same items with fewer phrases — the column filter is left out where both
 * columns take the same alternatives, and the stem where the prefix covers it ("stofbehandling"
 * is `"stofbehandling"*`) — which the engines find several times faster.
 */
export type QueryUse = 'rank' | 'match';

function fts5Atom(a: Atom, use: QueryUse): string {
  if (a.kind === 'phrase') return `{title body} : ${q5(a.stems.join(' '))}`;
  const s = q5(a.stem);
  // A quoted word is that word: not a part of a compound.
  if (a.exact) return `{title body} : ${s}`;
  const text = prefixOf(a, 'text');
  const parts = prefixOf(a, 'parts');
  if (use === 'match') {
    if (!text) return s;
    if (parts !== text) return `(${s} OR {title body} : ${q5(text)}*)`;
    return a.stem.startsWith(text) ? `${q5(text)}*` : `(${s} OR ${q5(text)}*)`;
  }
  const inText = text ? `{title body} : (${s} OR ${q5(text)}*)` : `{title body} : ${s}`;
  const inParts = parts ? `{parts} : (${s} OR ${q5(parts)}*)` : `{parts} : ${s}`;
  return `(${inText} OR ${inParts})`;
}

function fts5Group(g: Atom[], use: QueryUse): string {
  return g.length === 1 ? fts5Atom(g[0]!, use) : `(${g.map((a) => fts5Atom(a, use)).join(' OR ')})`;
}

/** The positive part minus the exclusions as an FTS5 MATCH expression (null when nothing is positive). */
export function toFts5(q: ParsedQuery, use: QueryUse = 'rank'): string | null {
  if (q.empty) return null;
  let expr = q.must.map((g) => fts5Group(g, use)).join(' AND ');
  if (q.must.length > 1) expr = `(${expr})`;
  for (const a of q.not) expr += ` NOT (${fts5Atom(a, 'match')})`;
  return expr;
}

/** The exclusions alone as an FTS5 MATCH expression (for a query with nothing positive). */
export function toFts5Exclusions(q: ParsedQuery): string | null {
  if (!q.not.length) return null;
  return q.not.map((a) => `(${fts5Atom(a, 'match')})`).join(' OR ');
}

// --- PostgreSQL tsquery --------------------------------------------------------------------------

/** A lexeme as a tsquery/tsvector literal: single quotes doubled, backslashes escaped. */
export const lexeme = (t: string): string => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** One atom, as in fts5Atom; weights A (title), B (body), D (parts) stand for the columns. */
function tsAtom(a: Atom, use: QueryUse): string {
  if (a.kind === 'phrase') return `(${a.stems.map((s) => `${lexeme(s)}:AB`).join(' <-> ')})`;
  const s = lexeme(a.stem);
  // A quoted word is that word: not a part of a compound (weight D).
  if (a.exact) return `${s}:AB`;
  const text = prefixOf(a, 'text');
  const parts = prefixOf(a, 'parts');
  if (use === 'match') {
    // Without weights where every column is meant, the GIN index answers without reading the rows.
    if (!text) return s;
    if (parts !== text) return `(${s} | ${lexeme(text)}:*AB)`;
    return a.stem.startsWith(text) ? `${lexeme(text)}:*` : `(${s} | ${lexeme(text)}:*)`;
  }
  const alternatives = [s];
  if (text) alternatives.push(`${lexeme(text)}:*AB`);
  if (parts) alternatives.push(`${lexeme(parts)}:*D`);
  return alternatives.length === 1 ? s : `(${alternatives.join(' | ')})`;
}

function tsGroup(g: Atom[], use: QueryUse): string {
  return g.length === 1 ? tsAtom(g[0]!, use) : `(${g.map((a) => tsAtom(a, use)).join(' | ')})`;
}

/** The query (positive part and exclusions) as a tsquery literal (null when nothing is positive). */
export function toTsquery(q: ParsedQuery, withExclusions = true, use: QueryUse = 'rank'): string | null {
  if (q.empty) return null;
  let expr = q.must.map((g) => tsGroup(g, use)).join(' & ');
  if (withExclusions) for (const a of q.not) expr += ` & !${tsAtom(a, 'match')}`;
  return expr;
}

export function toTsqueryExclusions(q: ParsedQuery): string | null {
  if (!q.not.length) return null;
  return q.not.map((a) => tsAtom(a, 'match')).join(' | ');
}

// --- Highlighting --------------------------------------------------------------------------------

/** Decides whether a word of the original text matches a positive query term (for snippets). */
export interface WordMatcher {
  (foldedWord: string): boolean;
}

export function highlighter(q: ParsedQuery): WordMatcher | null {
  const stems = new Set<string>();
  /** The stems that may also match a compound part (not those of quoted words). */
  const partStems = new Set<string>();
  const textPrefixes: string[] = [];
  const partPrefixes: string[] = [];
  for (const g of q.must) {
    for (const a of g) {
      if (a.kind === 'phrase') {
        for (const s of a.stems) stems.add(s);
        continue;
      }
      stems.add(a.stem);
      if (!a.exact) partStems.add(a.stem);
      const t = prefixOf(a, 'text');
      const p = prefixOf(a, 'parts');
      if (t) textPrefixes.push(t);
      if (p) partPrefixes.push(p);
    }
  }
  if (!stems.size) return null;
  return (w: string): boolean => {
    // A stem is a prefix of its word, and a compound part's stem lies inside the word: a word that
    // holds none of the query stems cannot match (this keeps snippets cheap on long texts).
    let candidate = false;
    for (const s of stems) {
      if (w.includes(s)) {
        candidate = true;
        break;
      }
    }
    if (!candidate) return false;
    const stem = termOf(w);
    if (stems.has(stem)) return true;
    for (const p of textPrefixes) if (stem.startsWith(p)) return true;
    for (const part of partsOf(w)) {
      if (partStems.has(part)) return true;
      for (const p of partPrefixes) if (part.startsWith(p)) return true;
    }
    return false;
  };
}
