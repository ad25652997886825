/**
 * Plain text (as typed, or as extracted from a PDF) → Block stream. Blank lines separate
 * paragraphs, form feeds are page breaks, bullet lines become lists and lines with tab-separated
 * columns become tables (a table of contents `title.....\t3` included).
 */
import type { Block } from './block.js';
import { isDigit } from './chars.js';

const NUMBERED_LINE = /^\s*(?:\d{1,3}|[a-hA-H])[.)]\s+\S/;
const BULLET = /^\s*[-•–▪◦·●*]\s+(\S.*)$/;
/** "Label:   value" with one value column (no further runs of spaces or tabs in it). */
const FORM_LINE = /^\s*(\p{L}[\p{L}\d ./-]{0,30}:) {2,}(\S(?:(?! {3}|\t).)*)$/u;

/** No-break and zero-width spaces and vertical tabs are spaces. */
const ODD_SPACE_CHARS = ['\u00a0', '\u200b', '\v'];
const ODD_SPACES = new RegExp(`[${ODD_SPACE_CHARS.join('')}]`, 'g');
/** Three native searches beat one regex scan over a whole text by far (measured, V8 on Node 20). */
const hasOddSpace = (s: string): boolean => ODD_SPACE_CHARS.some((ch) => s.includes(ch));
const BULLET_START = new Set([...'-•–▪◦·●*'].map((ch) => ch.charCodeAt(0)));
const isLetterLabel = (c: number): boolean => (c >= 97 && c <= 104) || (c >= 65 && c <= 72);

function firstNonSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return i;
  }
  return -1;
}

/** Splits on any line end (CRLF, LF, bare CR) without regex backtracking. */
export function splitLines(text: string): string[] {
  // Splitting on one character is native and much faster than the regex.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/**
 * What a whole text holds, found with one native search each, so that its lines skip the searches
 * for what it lacks (most texts have no tabs, form feeds or odd spaces).
 */
export interface TextTraits {
  oddSpaces: boolean;
  /** Runs of two or more spaces (odd spaces may become them). */
  wideSpaces: boolean;
  tabs: boolean;
  formFeeds: boolean;
}

const ANY_TRAITS: TextTraits = { oddSpaces: true, wideSpaces: true, tabs: true, formFeeds: true };

/**
 * The text with no-break and zero-width spaces and vertical tabs made spaces (one pass over the
 * whole text), and its traits.
 */
export function plainText(source: string): { text: string; traits: TextTraits } {
  let text = source;
  // Native search-and-replace per character: far cheaper than a regex over the whole text.
  for (const ch of ODD_SPACE_CHARS) if (text.includes(ch)) text = text.replaceAll(ch, ' ');
  return { text, traits: traitsOf(text, false) };
}

/** The traits of a text left as it is (lines replace their odd spaces one by one). */
export function textTraits(text: string): TextTraits {
  return traitsOf(text, hasOddSpace(text));
}

function traitsOf(text: string, oddSpaces: boolean): TextTraits {
  // Odd spaces made spaces line by line may form runs.
  return { oddSpaces, wideSpaces: oddSpaces || text.includes('  '), tabs: text.includes('\t'), formFeeds: text.includes('\f') };
}

export function textToBlocks(source: string): Block[] {
  const { text, traits } = plainText(source);
  return textLinesToBlocks(splitLines(text), traits);
}

/** The same for text already split into lines; `traits` of the text they come from. */
export function textLinesToBlocks(textLines: string[], traits: TextTraits = ANY_TRAITS): Block[] {
  const { oddSpaces, wideSpaces, formFeeds } = traits;
  // Runs of spaces become tabs below.
  const tabs = traits.tabs || wideSpaces;
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: string[] = [];
  let rows: string[][] = [];
  const flushPara = (): void => {
    if (para.length) blocks.push({ type: 'paragraph', lines: para });
    para = [];
  };
  const flushList = (): void => {
    if (list.length) blocks.push({ type: 'list', ordered: false, items: list });
    list = [];
  };
  const flushRows = (): void => {
    if (rows.length) blocks.push({ type: 'table', rows });
    rows = [];
  };
  const flushAll = (): void => {
    flushPara();
    flushList();
    flushRows();
  };
  for (const raw of textLines) {
    if (formFeeds && raw.includes('\f')) {
      const parts = raw.split('\f');
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) {
          flushAll();
          blocks.push({ type: 'pageBreak' });
        }
        addLine(parts[i]!);
      }
      continue;
    }
    addLine(raw);
  }
  flushAll();
  return blocks;

  function addLine(raw: string): void {
    let line = oddSpaces && hasOddSpace(raw) ? raw.replace(ODD_SPACES, ' ') : raw;
    const start = firstNonSpace(line);
    if (start < 0) {
      flushAll();
      return;
    }
    const c = line.charCodeAt(start);
    const labelled = isDigit(c) || (isLetterLabel(c) && (line[start + 1] === '.' || line[start + 1] === ')'));
    // A number or letter label indented from its text ("41.\tTakster …", "A)   Udvalget …") is a
    // numbered line, not a table row.
    if (labelled && /\t|\s\s/.test(line)) line = line.replace(/^(\s*(?:\d{1,4}(?:\.\d{1,2})*[.)]?|[a-hA-H][.)]))(?:\t|\s{2,})(?=\S)/, '$1 ');
    // Column layouts (pdftotext -layout, typed tables) separate columns by runs of spaces.
    if (wideSpaces && line.includes('   ')) {
      // A form laid out in two columns (pdftotext -layout): "Beslutning:      Godkendt." is a label
      // and its value, one line of text rather than a table row, and the lines indented under the
      // value continue its paragraph.
      const form = FORM_LINE.exec(line);
      line = form ? `${form[1]} ${form[2]}` : line.replace(/(\S) {3,}(?=\S)/g, '$1\t');
    }
    const trimmed = line.trim();
    if (tabs && trimmed.includes('\t')) {
      flushPara();
      flushList();
      rows.push(trimmed.split('\t').map((cell) => cell.trim()));
      return;
    }
    if (BULLET_START.has(c)) {
      const bullet = BULLET.exec(line);
      if (bullet) {
        flushPara();
        flushRows();
        list.push(bullet[1]!.trim());
        return;
      }
    }
    if (list.length && start >= 2) {
      // An indented continuation of the previous bullet.
      list[list.length - 1] += ' ' + trimmed;
      return;
    }
    flushList();
    flushRows();
    // A numbered line ("1. …", "2) …", "b. …") starts a paragraph of its own: clauses and item
    // headings are often printed without blank lines between them.
    if (para.length && labelled && NUMBERED_LINE.test(line)) flushPara();
    para.push(trimmed);
  }
}
