/**
 * The parser's working view of a document: reader blocks as a flat list of lines that remember
 * what the layout said about them (heading, bold, first line of a paragraph, gap, size). Lists and
 * tables stay whole. Page chrome and junk lines are dropped here, and text whose line breaks were
 * lost in extraction is cut again at the landmarks of Danish minutes.
 */
import { EMPTY_CELL, type Block } from '../read/block.js';
import { isPlainLetterOrDigit, isSpace } from '../read/chars.js';

export interface Line {
  text: string;
  kind: 'text' | 'heading' | 'list' | 'table' | 'pageBreak';
  /** The block this line came from; lists and tables are one line each. */
  block: Block;
  /** Index of the line within its paragraph (0 = first). */
  lineNo: number;
  /** Number of lines of its paragraph. */
  lineCount: number;
  bold: boolean;
  level: number;
  gapBefore: number | null;
  size: number | null;
}

/** Page furniture and portal chrome that is never content: controls, alone or several on a line. */
const CHROME_PHRASES = [
  'til toppen', 'tilbage til toppen', 'gå til toppen', 'udskriv', 'print', 'hent som pdf', 'hent pdf', 'åbn som pdf',
  'åben som pdf', 'kopier link', 'tip en ven', 'del', 'del på facebook', 'del på linkedin', 'luk', 'tilbage',
  'tilbage til forsiden', 'læs mere', 'vis mere', 'skjul', 'vis alle', 'se alle', 'fold ud', 'fold sammen', 'menu',
  'søg', 'abonner', 'lyt', 'lyt til siden', 'hent hele referatet', 'hent hele dagsordenen', 'gå til indhold',
  'spring til indhold', 'forside', 'læs op', 'læs højt', 'hent referatet som pdf', 'hent dagsordenen som pdf',
  'hent referatet', 'hent dagsordenen', 'download', 'download som pdf', 'download pdf', 'udskriv siden', 'print siden',
];
/** Every word of a chrome phrase: a line with any other word is not chrome. */
const CHROME_TOKENS = new Set(CHROME_PHRASES.flatMap((p) => p.split(' ')));
/** The phrases, longest first, as whole words. */
const CHROME_WORDS = new RegExp(
  `(?:^|\\s)(?:${[...CHROME_PHRASES].sort((a, b) => b.length - a.length).join('|')})(?=\\s|$)`,
  'gi',
);
/** One scan for the words every cookie banner holds, before the full test. */
const COOKIE_WORD = /ookie|amtykke/;
const COOKIE = /\b(cookies?|samtykke)\b.{0,200}\b(accepter|afvis|indstillinger|tillad|hjemmeside|websted)\b|\b(accepter|afvis|tillad)\b.{0,40}\bcookies?\b/i;

/** A line with no letters or digits, or a run of placeholder characters ("???????", "□□□"). */
export function isJunk(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  // Most lines start with a plain letter or digit; only the rest need the Unicode test.
  if (!isPlainLetterOrDigit(t.charCodeAt(0)) && !/[\p{L}\p{N}]/u.test(t)) return true;
  if (t.length < 5 || !(t.includes('??') || t.includes('�') || t.includes('□') || t.includes('■'))) return false;
  let letters = 0;
  for (const ch of t) if (/[\p{L}\p{N}]/u.test(ch)) letters++;
  return letters < t.length / 4;
}

function onlyChromeWords(text: string): boolean {
  // Most lines fail on their first word: test it before splitting the whole line.
  const t = text.trimStart();
  let end = 0;
  while (end < t.length && !isSpace(t.charCodeAt(end))) end++;
  if (!CHROME_TOKENS.has(t.slice(0, end).toLowerCase())) return false;
  for (const w of t.toLowerCase().split(/\s+/)) if (w && !CHROME_TOKENS.has(w)) return false;
  return true;
}

/** "Senest opdateret: 12. april 2024", "Fandt du det, du ledte efter?": the page's stamps and widgets. */
const PAGE_STAMP = /^(?:(?:senest|sidst)\s+)?(?:opdateret|ændret|redigeret|publiceret|udgivet)(?:\s+den)?\s*:?\s*\d{1,2}[-./ ]|^fandt du (?:det|hvad) du (?:ledte|søgte) efter\??$|^var (?:denne side|siden) (?:nyttig|til hjælp)\??$/i;

export function isChrome(text: string): boolean {
  if (text.length > 600) return false;
  if (text.length <= 60 && PAGE_STAMP.test(text.trim().replace(/,/g, ''))) return true;
  // "Til toppen", "Hent som PDF Udskriv": a short line made of controls only.
  if (text.length <= 80 && onlyChromeWords(text)) return /\p{L}/u.test(text) && !/\p{L}/u.test(text.replace(CHROME_WORDS, ' '));
  return COOKIE_WORD.test(text) && COOKIE.test(text);
}

/** Collapses runs of spaces but keeps tabs (column separators); most lines need no change. */
function tidy(line: string): string {
  // Readers hand over lines whose only whitespace is spaces and tabs.
  if (line.indexOf('  ') < 0 && line.indexOf('\t') < 0) return line.trim();
  const out = line.replace(/[^\S\t]+/g, ' ').replace(/ ?\t[\t ]*/g, '\t').trim();
  // A reader's empty cell (EMPTY_CELL) between two tabs: an empty cell.
  return out.includes(EMPTY_CELL) ? out.replaceAll(EMPTY_CELL, '') : out;
}

/**
 * Where a line longer than any real paragraph line contains the landmarks of minutes, it is cut
 * before them: item headings, header labels, section headings followed by a capital.
 */
const LANDMARK = /\s(?=(?:Punkt|Pkt\.?) \d{1,4}(?:[:.]\s|\s(?=[A-ZÆØÅ]))|(?:Beslutning|Indstilling|Sagsnr\.?|Sagsfremstilling|Resumé|Resume|Bilag):\s|Sag nr\. \d|Mødedato\b|Mødested\b|Mødetidspunkt\b|Mødedeltagere\b|Deltagere\b|Fraværende\b|Afbud\b|Indholdsfortegnelse\b|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d|S\d{4}-\d{3,}|EMN-\d{4}-|(?:Resume|Resumé|Sagens kerne|Effekt|INDSTILLING|Indstilling|Beslutning|Beslutninger|Sagsfremstilling|Baggrund for sagen|Forvaltningens bemærkninger|Sagens gang|Sagsforløb|Økonomi|Bilag|Forvaltningen indstiller)\s(?=[A-ZÆØÅ\d"“-]))/g;
const LONG_LINE = 400;

export function resegment(text: string): string[] {
  if (text.length < LONG_LINE) return [text];
  const parts = text.split(LANDMARK).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return [text];
  // A heading word cut off from its body ("Resume Som en del …") becomes its own line.
  const out: string[] = [];
  for (const p of parts) {
    const m = /^(Resume|Resumé|Sagens kerne|Effekt|INDSTILLING|Indstilling|Beslutning|Beslutninger|Sagsfremstilling|Baggrund for sagen|Forvaltningens bemærkninger|Sagens gang|Sagsforløb|Økonomi|Bilag|Forvaltningen indstiller|Mødedato|Mødested|Mødedeltagere|Indholdsfortegnelse)\s(.*)$/s.exec(p);
    if (m && !/^(Mødedato|Mødested|Mødedeltagere)$/.test(m[1]!)) out.push(m[1]!, m[2]!);
    else out.push(p);
  }
  return out;
}

/**
 * Text lost its line breaks when its lines are few and long on average; only then are long lines
 * cut at landmarks (a paragraph printed as one line is common and needs no cutting).
 */
function lostLineBreaks(blocks: Block[]): boolean {
  let count = 0;
  let chars = 0;
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    for (const l of b.lines) {
      count++;
      chars += l.length;
    }
  }
  return count < 12 || chars / count > 250;
}

export function toLines(blocks: Block[]): Line[] {
  const lines: Line[] = [];
  const recut = lostLineBreaks(blocks);
  // One object shape for every line (the parser reads these fields on every line).
  const whole = (text: string, kind: Line['kind'], block: Block, level = 0): Line => ({
    text,
    kind,
    block,
    lineNo: 0,
    lineCount: 1,
    bold: kind === 'heading',
    level,
    gapBefore: null,
    size: null,
  });
  for (const block of blocks) {
    switch (block.type) {
      case 'pageBreak':
        lines.push(whole('', 'pageBreak', block));
        break;
      case 'heading':
        lines.push(whole(block.text, 'heading', block, block.level));
        break;
      case 'list': {
        const items = block.items.filter((i) => !isJunk(i) && !isChrome(i));
        if (items.length) lines.push(whole(items.join('\n'), 'list', { ...block, items }));
        break;
      }
      case 'table': {
        const rows = block.rows.filter((r) => r.some((c) => !isJunk(c)));
        if (rows.length) lines.push(whole(rows.map((r) => r.join('\t')).join('\n'), 'table', { ...block, rows }));
        break;
      }
      case 'paragraph': {
        // Plain loops: this runs once per line of the document.
        const texts: string[] = [];
        let split = false;
        for (const raw of block.lines) {
          const l = tidy(raw);
          if (isJunk(l) || isChrome(l)) continue;
          if (!recut || l.length < LONG_LINE) texts.push(l);
          else {
            const parts = resegment(l);
            if (parts.length > 1) split = true;
            for (const p of parts) texts.push(p);
          }
        }
        // A resegmented long line no longer belongs to one paragraph.
        const lineCount = split ? 1 : texts.length;
        const bold = !!block.bold;
        const size = block.size ?? null;
        for (let i = 0; i < texts.length; i++) {
          lines.push({
            text: texts[i]!,
            kind: 'text',
            block,
            lineNo: split ? 0 : i,
            lineCount,
            bold,
            level: 0,
            gapBefore: i === 0 ? (block.gapBefore ?? null) : null,
            size,
          });
        }
        break;
      }
    }
  }
  return lines;
}

/** A standalone line: alone in its paragraph, or a heading. */
export function isStandalone(line: Line): boolean {
  return line.kind === 'heading' || (line.kind === 'text' && line.lineCount === 1);
}
