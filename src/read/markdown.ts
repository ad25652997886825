/**
 * Markdown as PDF converters write it (seed 003): `#`/`##`/`###` for headings of one level,
 * `**bold**` lines as headings, pipe tables with HTML inside cells (`<br>`, `<b>`, `<ul><li>`),
 * bullet lists. Inline markup is reduced to text here, so no markup reaches the model.
 */
import { parseDocument } from 'htmlparser2';
import type { Block } from './block.js';
import { htmlToBlocks, textOf } from './html.js';
import { splitLines, textLinesToBlocks, textTraits } from './text.js';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

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
  const flushRows = (): void => {
    if (rows.length) blocks.push({ type: 'table', rows });
    rows = [];
  };
  // Raw HTML tables (converters write them where a pipe table cannot hold the cells) are read by
  // the HTML reader.
  let html: string[] | null = null;
  for (const line of splitLines(source)) {
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
    if (trimmed.startsWith('|') && trimmed.length > 1) {
      flushChunk();
      if (!TABLE_SEPARATOR.test(trimmed)) {
        const cells = tableCells(trimmed);
        if (cells.some(Boolean)) rows.push(cells);
      }
      continue;
    }
    flushRows();
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
