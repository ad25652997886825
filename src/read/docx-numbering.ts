/**
 * Word's automatic numbering, printed into the text. A heading style numbered by Word ("45. Lokalplan
 * for …" where "45." is not typed but drawn from numbering.xml) loses its number in mammoth, and so
 * would the item numbers of every meeting numbered through the year. This module computes each
 * numbered paragraph's label the way Word draws it — counters per abstract numbering and level,
 * `w:start`, restarts by `w:startOverride`, deeper levels restarting, "%1.%2" templates, decimal,
 * zero-padded, letter and roman formats — and writes it into the paragraph as its first run, so
 * mammoth passes it on as text. Bullets and unnumbered paragraphs are left alone.
 *
 * The XML is scanned with htmlparser2 in xml mode (lenient, no entities resolved) and edited by
 * offset: linear in the document's size.
 */
import type JSZip from 'jszip';
import { Parser } from 'htmlparser2';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstract numbering and the levels it restarts. */
  nums: Map<string, { abstractId: string; startOverride: Map<number, number> }>;
  /** abstractNumId of a numbering style's link (w:numStyleLink → the style's numId). */
  styleLink: Map<string, string>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const attr = (attribs: Record<string, string>, name: string): string | undefined => attribs[`w:${name}`];

/** Scans an XML part, calling `open(name, attribs, depthPath)` and `close(name)`. */
function scanXml(xml: string, open: (name: string, attribs: Record<string, string>, end: number) => void, close: (name: string, end: number) => void): Parser {
  const parser: Parser = new Parser(
    {
      onopentag: (name, attribs) => open(name, attribs, parser.endIndex),
      onclosetag: (name) => close(name, parser.endIndex),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return parser;
}

function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; startOverride: Map<number, number> }>();
  const styleLink = new Map<string, string>();
  let levels: Map<number, Level> | null = null;
  let abstractId = '';
  let level: Level | null = null;
  let num: { abstractId: string; startOverride: Map<number, number> } | null = null;
  let overrideLevel = -1;
  scanXml(
    xml,
    (name, a) => {
      if (name === 'w:abstractNum') {
        abstractId = attr(a, 'abstractNumId') ?? '';
        levels = new Map();
        abstract.set(abstractId, levels);
      } else if (name === 'w:numStyleLink' && levels) {
        styleLink.set(abstractId, attr(a, 'val') ?? '');
      } else if (name === 'w:lvl' && levels) {
        level = { start: 1, format: 'decimal', text: '' };
        levels.set(Number(attr(a, 'ilvl') ?? 0), level);
      } else if (name === 'w:start' && level) {
        level.start = Number(attr(a, 'val') ?? 1) || 0;
      } else if (name === 'w:numFmt' && level) {
        level.format = attr(a, 'val') ?? 'decimal';
      } else if (name === 'w:lvlText' && level) {
        level.text = attr(a, 'val') ?? '';
      } else if (name === 'w:num') {
        num = { abstractId: '', startOverride: new Map() };
        nums.set(attr(a, 'numId') ?? '', num);
      } else if (name === 'w:abstractNumId' && num) {
        num.abstractId = attr(a, 'val') ?? '';
      } else if (name === 'w:lvlOverride' && num) {
        overrideLevel = Number(attr(a, 'ilvl') ?? 0);
      } else if (name === 'w:startOverride' && num && overrideLevel >= 0) {
        num.startOverride.set(overrideLevel, Number(attr(a, 'val') ?? 1) || 0);
      }
    },
    (name) => {
      if (name === 'w:abstractNum') levels = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') overrideLevel = -1;
    },
  );
  return { abstract, nums, styleLink };
}

function readStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let style: StyleNumbering | null = null;
  let inPPr = 0;
  scanXml(
    xml,
    (name, a) => {
      if (name === 'w:style') {
        style = {};
        styles.set(attr(a, 'styleId') ?? '', style);
      } else if (!style) {
        return;
      } else if (name === 'w:basedOn') {
        style.basedOn = attr(a, 'val');
      } else if (name === 'w:pPr') {
        inPPr++;
      } else if (inPPr && name === 'w:numId') {
        style.numId = attr(a, 'val');
      } else if (inPPr && name === 'w:ilvl') {
        style.ilvl = Number(attr(a, 'val') ?? 0);
      }
    },
    (name) => {
      if (name === 'w:style') style = null;
      else if (name === 'w:pPr' && inPPr) inPPr--;
    },
  );
  return styles;
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Word's letter numbering: a … z, then aa … zz, aaa … */
function letters(n: number): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One counter value in a level's format; null for formats that print no number. */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'bullet':
    case 'none':
      return null;
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return n > 0 ? roman(n) : String(n);
    case 'upperRoman':
      return n > 0 ? roman(n).toUpperCase() : String(n);
    default:
      // decimal and the formats we do not draw (ordinal, cardinal text, Asian digits): the number.
      return String(n);
  }
}

/** Counts numbered paragraphs in document order and draws their labels. */
class Counters {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, StyleNumbering>,
  ) {}

  /** The label of a paragraph with this style and direct numbering, or null. */
  label(styleId: string | undefined, numId: string | undefined, ilvl: number | undefined): string | null {
    if (numId === undefined) {
      // Numbering through the paragraph style (a heading style linked to a list), along basedOn.
      const seen = new Set<string>();
      for (let s = styleId; s !== undefined && !seen.has(s); ) {
        seen.add(s);
        const st = this.styles.get(s);
        if (!st) break;
        if (st.numId !== undefined) {
          numId = st.numId;
          ilvl ??= st.ilvl;
          break;
        }
        s = st.basedOn;
      }
    }
    if (numId === undefined || numId === '0') return null;
    const lvl = ilvl ?? 0;
    const resolved = this.resolve(numId);
    if (!resolved) return null;
    const { abstractId, levels, num } = resolved;
    const level = levels.get(lvl);
    if (!level || level.format === 'bullet' || level.format === 'none' || !level.text) return null;
    let counts = this.counts.get(abstractId);
    if (!counts) this.counts.set(abstractId, (counts = []));
    // A list instance with a start override restarts its levels where it is first used.
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.startOverride) counts[l] = start - 1;
    }
    counts[lvl] = (counts[lvl] ?? (level.start - 1)) + 1;
    counts.length = lvl + 1;
    return level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const l = levels.get(i);
      const n = counts[i] ?? l?.start ?? 1;
      return formatNumber(n, l?.format ?? 'decimal') ?? '';
    });
  }

  private resolve(numId: string): { abstractId: string; levels: Map<number, Level>; num: { startOverride: Map<number, number> } } | null {
    const num = this.numbering.nums.get(numId);
    if (!num) return null;
    let abstractId = num.abstractId;
    // An abstract numbering that only links a numbering style takes that style's list.
    const link = this.numbering.styleLink.get(abstractId);
    if (link !== undefined) {
      const linked = this.styles.get(link)?.numId;
      const target = linked !== undefined ? this.numbering.nums.get(linked) : undefined;
      if (target && target.abstractId !== abstractId) abstractId = target.abstractId;
    }
    const levels = this.numbering.abstract.get(abstractId);
    return levels ? { abstractId, levels, num } : null;
  }
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * document.xml with each numbered paragraph's label written in as its first run. Paragraphs inside
 * a paragraph's text box are counted in document order like Word does.
 */
export function numberParagraphs(documentXml: string, numberingXml: string, stylesXml: string): string {
  const counters = new Counters(readNumbering(numberingXml), readStyles(stylesXml));
  interface Para {
    insertAt: number;
    styleId?: string;
    numId?: string;
    ilvl?: number;
    inPPr: boolean;
    /** Inside w:pPrChange / w:rPr of the properties: an earlier revision, not the paragraph's own. */
    skip: number;
    done: boolean;
  }
  const stack: Para[] = [];
  const inserts: { at: number; text: string }[] = [];
  const finish = (p: Para): void => {
    if (p.done) return;
    p.done = true;
    const label = counters.label(p.styleId, p.numId, p.ilvl);
    if (label) inserts.push({ at: p.insertAt, text: `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>` });
  };
  scanXml(
    documentXml,
    (name, a, end) => {
      const p = stack[stack.length - 1];
      if (name === 'w:p') {
        stack.push({ insertAt: end + 1, inPPr: false, skip: 0, done: false });
        return;
      }
      if (!p || p.done) return;
      if (name === 'w:pPr' && !p.inPPr) {
        p.inPPr = true;
      } else if (!p.inPPr) {
        // The first content of the paragraph: its properties are complete.
        finish(p);
      } else if (name === 'w:pPrChange' || name === 'w:rPr' || name === 'w:sectPr') {
        p.skip++;
      } else if (p.skip === 0) {
        if (name === 'w:pStyle') p.styleId = attr(a, 'val');
        else if (name === 'w:numId') p.numId = attr(a, 'val');
        else if (name === 'w:ilvl') p.ilvl = Number(attr(a, 'val') ?? 0);
      }
    },
    (name, end) => {
      const p = stack[stack.length - 1];
      if (!p) return;
      if (name === 'w:p') {
        finish(p);
        stack.pop();
      } else if (name === 'w:pPr' && p.inPPr && p.skip === 0 && !p.done) {
        p.insertAt = end + 1;
        p.inPPr = false;
        finish(p);
      } else if ((name === 'w:pPrChange' || name === 'w:rPr' || name === 'w:sectPr') && p.skip > 0) {
        p.skip--;
      }
    },
  );
  if (!inserts.length) return documentXml;
  inserts.sort((x, y) => x.at - y.at);
  let out = '';
  let from = 0;
  for (const ins of inserts) {
    out += documentXml.slice(from, ins.at) + ins.text;
    from = ins.at;
  }
  return out + documentXml.slice(from);
}

/**
 * The DOCX with Word's automatic numbers written into its paragraphs, or the same bytes when it has
 * no numbering part (or no numbered paragraph). A damaged archive is left to mammoth to report.
 */
export async function withPrintedNumbers(bytes: Uint8Array, zip: JSZip | null): Promise<Uint8Array> {
  if (!zip) return bytes;
  const docFile = zip.file('word/document.xml');
  const numFile = zip.file('word/numbering.xml');
  if (!docFile || !numFile) return bytes;
  const [doc, numbering, styles] = await Promise.all([docFile.async('string'), numFile.async('string'), zip.file('word/styles.xml')?.async('string') ?? '']);
  const numbered = numberParagraphs(doc, numbering, styles);
  if (numbered === doc) return bytes;
  zip.file('word/document.xml', numbered);
  return zip.generateAsync({ type: 'uint8array' });
}
