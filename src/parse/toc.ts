/**
 * The table of contents (Indholdsfortegnelse) and agenda lists: `title.....3`, `title\t3`,
 * `715.\tTitle\t2`, `Punkt 1: Title …… 3`, Markdown/HTML table rows with a page column. Titles
 * there are often cut; the item heading holds the full title. Items known only from here (an agenda
 * list, a document cut short) still become items.
 */
import { boundedMemo } from '../memo.js';
import { isDigit, isSpace } from '../read/chars.js';
import { ITEM_NUMBER } from './item-number.js';
import type { Line } from './lines.js';

export interface TocEntry {
  number: string | null;
  title: string;
  /** The title reduced for comparison (see `squash`). */
  key?: string;
  page: number | null;
  /** Index of the line that holds the entry. */
  line: number;
}

export interface Toc {
  entries: TocEntry[];
  /** Lines [start, end) that the table of contents occupies. */
  start: number;
  end: number;
}

const TOC_HEADING = /^(indholdsfortegnelse|indhold|dagsordenspunkter|punkter på dagsordenen|oversigt over punkter|punktoversigt|sager på dagsordenen|indholdsfortegnelse til referat)\s*:?$/i;
/** "Dagsorden" also titles the whole document: a TOC heading only when entries follow at once. */
const WEAK_TOC_HEADING = /^(dagsorden|dagsordenen|dagsorden til mødet)\s*:?$/i;
/** Part markers ("Åben dagsorden", "Lukket referat", "LUKKEDE PUNKTER"): in a TOC neither entries nor titles. */
export const PART_MARKER = /^(åben|åbent|åbne|lukket|lukkede)\s+(dagsorden|referat|punkter|sager|møde|del)$/i;
const COLUMN_HEADER = /^(punkt(\s?nr\.?)?|nr\.?|side|titel|sag|emne|pkt\.?)(\s+(punkt|nr\.?|side|titel|sag|emne))*\s*$/i;
const NUMBER_PREFIX = new RegExp(String.raw`^(?:(?:punkt|pkt\.?|sag nr\.?)\s*)?(${ITEM_NUMBER})\s*[.:)]?\s+(\S.*)$`, 'i');

/**
 * Splits a dotted leader and page number off a line end ("Title.....\t3"), scanning from the end
 * so that a line of dots costs linear time.
 */
export function splitLeader(text: string): { body: string; page: number | null } | null {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  // A leader line ends in its page number or the leader itself.
  const last = text[end - 1];
  if (last !== '.' && last !== '…' && last !== '_' && !isDigit(text.charCodeAt(end - 1))) return null;
  let digits = end;
  while (digits > 0 && end - digits < 4 && /\d/.test(text[digits - 1]!)) digits--;
  const page = digits < end ? Number(text.slice(digits, end)) : null;
  let i = digits;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const leaderEnd = i;
  while (i > 0 && (text[i - 1] === '.' || text[i - 1] === '…' || text[i - 1] === '_')) i--;
  const leader = text.slice(i, leaderEnd);
  if (leader.length < 3 && !leader.includes('…')) return null;
  return { body: text.slice(0, i).trim(), page };
}

function cleanTitle(t: string): string {
  const leader = splitLeader(t);
  return (leader ? leader.body : t).replace(/\s+/g, ' ').trim();
}

/** Parses one TOC row given as cells (a table row or a tab-separated line). */
function entryFromCells(cells: string[], line: number): TocEntry | null {
  const c = cells.map((x) => x.trim()).filter((x) => x !== '');
  if (!c.length) return null;
  let page: number | null = null;
  if (c.length >= 2 && /^\d{1,3}$/.test(c[c.length - 1]!)) page = Number(c.pop());
  let number: string | null = null;
  // A year in the first column ("2019 | Kontanthjælp | 1332") is a data table, not an item number.
  if (c.length >= 2 && /^(?:punkt\s*)?\d{1,4}(?:\.\d{1,2})?[.:]?$/i.test(c[0]!) && !/^(19|20)\d{2}$/.test(c[0]!)) number = c.shift()!.replace(/^punkt\s*/i, '').replace(/[.:]$/, '');
  const text = c.join(' ');
  const prefixed = number ? null : NUMBER_PREFIX.exec(text);
  const title = cleanTitle(prefixed ? prefixed[2]! : text);
  if (prefixed) number = prefixed[1]!;
  if (!/\p{L}{2}/u.test(title)) return null;
  // Columns without a page or item number are some other table (a two-column member list).
  if (page === null && number === null) return null;
  return { number, title, page, line };
}

function entryFromText(text: string, line: number): TocEntry | null {
  const t = text.trim();
  if (t.includes('\t')) {
    // A tab-separated line is a TOC line when it ends in a page number.
    const e = entryFromCells(t.split('\t'), line);
    return e && e.page !== null ? e : null;
  }
  const leader = splitLeader(t);
  if (!leader) return null;
  const { page, body } = leader;
  const prefixed = NUMBER_PREFIX.exec(body);
  const title = cleanTitle(prefixed ? prefixed[2]! : body);
  if (!/\p{L}{2}/u.test(title)) return null;
  return { number: prefixed ? prefixed[1]! : null, title, page, line };
}

function entriesOf(line: Line, index: number): TocEntry[] | null {
  if (line.kind === 'table' && line.block.type === 'table') {
    const rows = line.block.rows;
    const entries = rows.map((r) => entryFromCells(r, index)).filter((e): e is TocEntry => !!e);
    // A table is a TOC when most rows end in a page number or carry leaders.
    const paged = rows.filter((r) => /^\d{1,4}$/.test((r.filter((c) => c.trim()).pop() ?? '').trim()) || r.some((c) => splitLeader(c) !== null)).length;
    return paged >= Math.max(1, rows.length * 0.6) ? entries : null;
  }
  if (line.kind === 'text' || line.kind === 'heading') {
    const e = entryFromText(line.text, index);
    return e ? [e] : null;
  }
  return null;
}

/**
 * Finds the table of contents: entry lines after a TOC heading, or a run of at least two entry
 * lines (leaders or page columns) near the start.
 */
export function findToc(lines: Line[]): Toc | null {
  const limit = Math.min(lines.length, 600);
  for (let i = 0; i < limit; i++) {
    const l = lines[i]!;
    const isHeading = (l.kind === 'text' || l.kind === 'heading') && (TOC_HEADING.test(l.text.trim()) || WEAK_TOC_HEADING.test(l.text.trim()));
    const strongHeading = isHeading && TOC_HEADING.test(l.text.trim());
    const first = isHeading ? null : entriesOf(l, i);
    if (!isHeading && !first?.length) continue;
    const entries: TocEntry[] = first ? [...first] : [];
    let j = i + 1;
    let misses = 0;
    let lastEntryLine = first ? i : -1;
    // Lines of a title that wraps before its page number: "Fællesmøde … Børn- og" / "Ungeudvalget..... 21".
    let pending: string[] = [];
    let relaxedRun = false;
    let listing = false;
    for (; j < lines.length && misses < 3; j++) {
      const lj = lines[j]!;
      if (lj.kind === 'pageBreak') continue;
      if ((lj.kind === 'text' || lj.kind === 'heading') && (COLUMN_HEADER.test(lj.text.trim()) || PART_MARKER.test(lj.text.trim()) || !lj.text.trim())) continue;
      // A bare trailing number counts as a page only beside other such lines: in the same
      // paragraph as the last entry, or in a run of them right under a TOC heading.
      const lastLine = lastEntryLine >= 0 ? lines[lastEntryLine] : undefined;
      const relaxedOk = lastLine ? lastLine.block === lj.block || relaxedRun : strongHeading;
      const strict = entriesOf(lj, j);
      const relaxed = strict ? null : relaxedOk ? pagedLine(lj, j) : null;
      if (strict) relaxedRun = false;
      else if (relaxed) relaxedRun = true;
      // Under a TOC heading, numbered titles without pages are an agenda list, as long as they run
      // on with rising numbers: the first line of anything else, or a number again, is the body.
      const listed = strict || relaxed || !strongHeading || (entries.length && !listing) ? null : listedLine(lj, j, entries[entries.length - 1]);
      if (listed) listing = true;
      else if (listing && !strict && !relaxed) break;
      const e = strict ?? relaxed ?? listed;
      if (e?.length) {
        if (pending.length && e.length === 1 && e[0]!.number === null) e[0] = mergeWrapped(pending, e[0]!);
        pending = [];
        entries.push(...e);
        lastEntryLine = j;
        misses = 0;
      } else if ((entries.length || strongHeading) && lj.kind === 'text' && lj.text.length <= 200 && pending.length < 3) {
        pending.push(lj.text.trim());
      } else misses++;
    }
    // One numbered title without a page under the heading is the first item's heading, not a list.
    const onlyListed = listing && entries.every((e) => e.page === null);
    if (entries.length >= (isHeading && !onlyListed ? 1 : 2)) {
      for (const e of entries) e.key = squash(e.title);
      return { entries, start: i, end: lastEntryLine + 1 };
    }
    if (isHeading) continue;
  }
  return null;
}

/** "14. Title" under a TOC heading: an entry without a page, when its number follows the last one's. */
function listedLine(line: Line, index: number, last: TocEntry | undefined): TocEntry[] | null {
  if (line.kind !== 'text' && line.kind !== 'heading') return null;
  const m = NUMBER_PREFIX.exec(line.text.trim());
  if (!m || m[2]!.length > 200 || !/\p{L}{2}/u.test(m[2]!)) return null;
  if (last?.number && !(Number(m[1]) > Number(last.number))) return null;
  return [{ number: m[1]!, title: cleanTitle(m[2]!), page: null, line: index }];
}

/** Inside a TOC, a line ending in a short number is an entry even without leaders or tabs. */
function pagedLine(line: Line, index: number): TocEntry[] | null {
  if (line.kind !== 'text' || /^(punkt|pkt\.?|sag nr\.?)\s*\d/i.test(line.text)) return null;
  const m = /^(.{3,300}?)\s+(\d{1,3})$/.exec(line.text.trim());
  if (!m) return null;
  const e = entryFromText(`${m[1]}.....${m[2]}`, index);
  return e ? [e] : null;
}

/** Puts the wrapped first lines of a title in front of the entry that carries its page number. */
function mergeWrapped(pending: string[], entry: TocEntry): TocEntry {
  const joined = [...pending, entry.number ? `${entry.number}. ${entry.title}` : entry.title]
    .join(' ')
    .replace(/(\p{L})- (\p{Ll})/gu, '$1$2');
  const prefixed = NUMBER_PREFIX.exec(joined.replace(/\t/g, ' '));
  return prefixed
    ? { ...entry, number: prefixed[1]!, title: cleanTitle(prefixed[2]!) }
    : { ...entry, title: cleanTitle(joined) };
}

/** Whether a full title is the TOC's (possibly cut) title: same start, ignoring case and spaces. */
export function tocMatches(fullTitle: string, tocTitle: string | TocEntry, squashed = false): boolean {
  const a = squashed ? fullTitle : squash(fullTitle);
  const b = typeof tocTitle === 'string' ? squash(tocTitle) : (tocTitle.key ?? squash(tocTitle.title));
  if (!a || !b) return false;
  if (a === b) return true;
  // The shorter one (at least 12 characters) starts the longer one.
  return Math.min(a.length, b.length) >= 12 && (a.length <= b.length ? b.startsWith(a) : a.startsWith(b));
}

/** Titles are squashed again and again while headings are scored: the answers are kept. */
export const squash = boundedMemo(squashNow, 4096);

function squashNow(s: string): string {
  const t = s.toLowerCase();
  // Letters and digits only; the Unicode-aware pass runs only for text beyond Danish letters.
  const plain = /^[\x00-\x7fæøåéü]*$/.test(t);
  return (t.startsWith('lukket') ? t.replace(/^lukket\s*(punkt)?\s*[:.-]?\s*/, '') : t).replace(plain ? /[^a-z0-9æøåéü]/g : /[^\p{L}\p{N}]/gu, '');
}
