/**
 * Markdown as PDF converters write it (seed 003): `#`/`##`/`###` for headings of one level,
 * `**bold**` lines as headings, pipe tables with HTML inside cells (`<br>`, `<b>`, `<ul><li>`),
 * bullet lists; and as pandoc writes it: setext headings (a line over "===" or "---"), grid tables
 * (`+---+` rules, cells wrapped over lines) and simple tables (columns under a `----  ----` rule).
 * Inline markup is reduced to text here, so no markup reaches the model.
 */
import { parseDocument } from 'htmlparser2';
import type { Block } from './block.js';
import { htmlToBlocks, textOf } from './html.js';
import { splitLines, textLinesToBlocks, textTraits } from './text.js';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A grid table's rule (pandoc): "+------+----+", "+======+====+". */
const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** A simple table's rule under its column names (pandoc): "-------  --------  ----". */
const COLUMN_RULE = /^\s*-{2,}(?:[ \t]+-{2,})+\s*$/;
/** A setext heading's underline: "=====" (level 1), "-----" (level 2). */
const SETEXT_RULE = /^ {0,3}(?:={3,}|-{3,})[ \t]*$/;

/** A character that starts inline markup. */
const MARKUP = /[*_[!\\<&]/;

/** Inline Markdown/HTML → plain text: emphasis, links, escapes and tags removed. */
export function inlineText(s: string): string {
  // Most lines carry no markup at all.
  if (!MARKUP.test(s)) return s.indexOf('  ') < 0 && s.indexOf('\t') < 0 ? s.trim() : s.replace(/[ \t]+/g, ' ').trim();
  let t = s;
  if (t.includes('<')) t = textOf(parseDocument(t.replace(/<br\s*\/?>/gi, '\n'), { decodeEntities: true }));
  else if (t.includes('&')) t = textOf(parseDocument(t, { decodeEntities: true }));
  return t
    .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, '')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(\S[^*\n]{0,200}?)\*(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** `## Title ##` → `Title`, without a backtracking regex. */
function stripClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '#' || s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return s.slice(0, end);
}

function isWholeLineBold(line: string): boolean {
  const t = line.trim();
  return t.length > 4 && t.startsWith('**') && t.endsWith('**') && !t.slice(2, -2).includes('**');
}

function tableCells(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => inlineText(c));
}

export function markdownToBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  // Odd spaces stay where the Markdown structure is read ("#\u00a0Titel" is no heading); the
  // text reader replaces them line by line in the chunks.
  const traits = textTraits(source);
  // The text reader hands over trimmed lines, cells and items: without markup and runs of spaces
  // they are text already.
  const inline = (line: string): string => (traits.wideSpaces || MARKUP.test(line) ? inlineText(line) : line);
  let chunk: string[] = [];
  const flushChunk = (): void => {
    if (!chunk.length) return;
    for (const b of textLinesToBlocks(chunk, traits)) {
      if (b.type === 'paragraph') {
        const bold = b.lines.every(isWholeLineBold);
        const lines = b.lines.map(inline).filter(Boolean);
        if (lines.length) blocks.push(bold ? { type: 'paragraph', lines, bold } : { type: 'paragraph', lines });
      } else if (b.type === 'list') blocks.push({ ...b, items: b.items.map(inline) });
      else if (b.type === 'table') blocks.push({ ...b, rows: b.rows.map((r) => r.map(inline)) });
      else blocks.push(b);
    }
    chunk = [];
  };
  let rows: string[][] = [];
  /** The lines of a grid table's row so far: a row's cells may wrap over several lines between rules. */
  let gridRow: string[][] | null = null;
  const endGridRow = (): void => {
    if (gridRow?.length) {
      const width = Math.max(...gridRow.map((r) => r.length));
      const cells = Array.from({ length: width }, (_, c) => gridRow!.map((r) => r[c] ?? '').filter(Boolean).join(' '));
      if (cells.some(Boolean)) rows.push(cells);
    }
    gridRow = [];
  };
  const flushRows = (): void => {
    if (gridRow) endGridRow();
    gridRow = null;
    if (rows.length) blocks.push({ type: 'table', rows });
    rows = [];
  };
  // Raw HTML tables (converters write them where a pipe table cannot hold the cells) are read by
  // the HTML reader.
  let html: string[] | null = null;
  const lines = splitLines(source);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (html || /^<table\b/i.test(trimmed)) {
      (html ??= []).push(line);
      if (/<\/table>/i.test(trimmed)) {
        flushChunk();
        flushRows();
        blocks.push(...htmlToBlocks(html.join('\n')));
        html = null;
      }
      continue;
    }
    if (trimmed.startsWith('+') && GRID_RULE.test(trimmed)) {
      flushChunk();
      if (gridRow) endGridRow();
      else gridRow = [];
      continue;
    }
    if (trimmed.startsWith('|') && trimmed.length > 1) {
      flushChunk();
      if (gridRow) gridRow.push(tableCells(trimmed));
      else if (!TABLE_SEPARATOR.test(trimmed)) {
        const cells = tableCells(trimmed);
        if (cells.some(Boolean)) rows.push(cells);
      }
      continue;
    }
    flushRows();
    // A simple table: column names over a rule of dashes per column, rows up to a blank line, each
    // cut where the rule's columns start.
    if (trimmed.startsWith('-') && COLUMN_RULE.test(line)) {
      const header = chunk.length && chunk[chunk.length - 1]!.trim() ? chunk.pop()! : null;
      flushChunk();
      const starts: number[] = [];
      for (let c = 0; c < line.length; c++) if (line[c] === '-' && (c === 0 || line[c - 1] !== '-')) starts.push(c);
      const cut = (l: string): string[] => starts.map((at, k) => inline(l.slice(k === 0 ? 0 : at, starts[k + 1] ?? l.length)).trim());
      if (header) rows.push(cut(header));
      while (i + 1 < lines.length && lines[i + 1]!.trim() && !COLUMN_RULE.test(lines[i + 1]!)) rows.push(cut(lines[++i]!));
      // A closing rule under the rows.
      if (i + 1 < lines.length && COLUMN_RULE.test(lines[i + 1]!)) i++;
      flushRows();
      continue;
    }
    // "Referat" over "=======": a heading; only under a line of its own (a paragraph's last line is a list's or a rule's).
    if (SETEXT_RULE.test(line) && chunk.length && chunk[chunk.length - 1]!.trim() && !(chunk[chunk.length - 2] ?? '').trim()) {
      const text = inlineText(chunk.pop()!);
      flushChunk();
      if (text) blocks.push({ type: 'heading', level: trimmed.startsWith('=') ? 1 : 2, text });
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flushChunk();
      blocks.push({ type: 'heading', level: h[1]!.length, text: inlineText(stripClosingHashes(h[2]!)) });
      continue;
    }
    chunk.push(line);
  }
  if (html) chunk.push(...html);
  flushChunk();
  flushRows();
  return blocks;
}

/** Markdown when headings, pipe tables or bold text are frequent enough to be meant. */
export function looksLikeMarkdown(text: string): boolean {
  let signals = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // Native scans first: most plain text has none of these characters.
  if (sample.indexOf('#') < 0 && sample.indexOf('|') < 0 && sample.indexOf('**') < 0) return false;
  if (!/^ {0,3}#|^\s*\||\*\*/m.test(sample)) return false;
  for (const line of splitLines(sample)) {
    // Bold spans inside a line count too: "1. **Title**", "**Sagsnr.:** 24/123".
    if (HEADING.test(line) || /^\s*\|.*\|\s*$/.test(line) || isWholeLineBold(line) || /\*\*[^*\n]{1,200}\*\*/.test(line)) signals++;
    if (signals >= 3) return true;
  }
  return false;
}
