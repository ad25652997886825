/**
 * Section headings and section content. Municipalities name the same section many ways
 * ("Indstilling", "INDSTILLING", "Forvaltningen indstiller", "Beslutningspunkter"); the kind is what
 * the rest of the parser relies on, the heading is kept as written.
 */
import type { ContentBlock, Section, SectionKind, TableCell } from '../model/index.js';
import type { Block } from '../read/block.js';
import { paragraphText } from '../read/block.js';
import { boundedMemo } from '../memo.js';
import { isDigit, isSpace } from '../read/chars.js';
import { parseDanishNumber } from './danish/numbers.js';
import { isRouteStepHeading } from './route.js';

/** Lower case, one space between words, no leading number ("3. Beslutning"), no trailing ":" or ".". */
function norm(heading: string): string {
  // Most headings need only the lower case: each step runs only when its characters are there.
  let h = heading.toLowerCase();
  if (/\s\s|[^\S ]/.test(h)) h = h.replace(/\s+/g, ' ');
  const c = h.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 46 || c === 41 || c === 32) h = h.replace(/^[\d.)\s]+(?=\p{L})/u, '');
  let end = h.length;
  while (end > 0 && (h[end - 1] === ':' || h[end - 1] === '.' || h[end - 1] === ' ')) end--;
  return h.slice(0, end).trim();
}

/** Heading names as written (lower case, no trailing colon or full stop), by kind. */
const NAMES: [SectionKind, string[]][] = [
  ['recommendation', [
    'beslutningspunkter', 'forslag til beslutning', 'indstilling', 'indstillinger', 'forvaltningens indstilling',
    'administrationens indstilling', 'direktionens indstilling', 'direktørens indstilling', 'rådmandens indstilling',
    'borgmesterens indstilling', 'det indstilles', 'det indstilles, at', 'forvaltningens forslag', 'administrationens forslag',
    'anbefaling',
  ]],
  ['route', [
    'beslutningskompetence', 'sagens gang', 'sagsgang', 'sagsgang og sagstype', 'sagsforløb', 'sagsbehandling',
    'behandlingsforløb', 'sagens tidligere behandling', 'tidligere politisk behandling', 'videre proces', 'videre forløb',
    'tidligere beslutninger', 'tidligere behandling', 'politisk behandling', 'tidsplan og videre proces',
    'proces og tidsplan', 'kompetence',
  ]],
  ['decision', [
    'beslutning', 'beslutninger', 'afgørelse', 'protokol', 'protokollat', 'udvalgets beslutning', 'byrådets beslutning',
    'kommunalbestyrelsens beslutning', 'beslutning/protokol', 'konklusion', 'referat', 'beslutning/referat',
    'referat/beslutning', 'referat og beslutning', 'beslutning og referat', 'udvalgets afgørelse', 'udvalgets behandling',
    'behandling og beslutning', 'beslutning truffet', 'sagens afgørelse',
  ]],
  ['resume', [
    'resume', 'resumé', 'résumé', 'kort resume', 'kort resumé', 'sagsresumé', 'sagens kerne', 'sammenfatning', 'sagsresume', 'beslutningstema', 'formål',
    'kort om sagen', 'hvad skal besluttes', 'emne', 'præsentation',
  ]],
  ['effect', ['effekt', 'effekter', 'forventet effekt', 'effekt og målopfølgning']],
  ['economy', [
    'økonomi', 'økonomiske konsekvenser', 'økonomi og finansiering', 'økonomi og organisatoriske konsekvenser',
    'økonomiske og personalemæssige konsekvenser', 'bevillingsmæssige konsekvenser', 'finansiering', 'økonomiske forhold',
    'økonomi og personale',
  ]],
  ['attachments', ['bilag', 'bilagsliste', 'vedlagte bilag', 'bilag til sagen', 'bilagsfortegnelse']],
  ['hearing', ['høring', 'høringer', 'høringssvar', 'høringsberettigede', 'borgerinddragelse', 'inddragelse']],
  ['legal', ['lovgrundlag', 'lovhjemmel', 'retsgrundlag', 'juridiske forhold', 'juridisk grundlag', 'hjemmel', 'lovgivning']],
  ['caseText', [
    'sagsfremstilling', 'supplerende sagsfremstilling', 'baggrund', 'baggrund for sagen', 'sagens baggrund', 'beskrivelse',
    'beskrivelse af sagen', 'sagsbeskrivelse', 'sagens indhold', 'redegørelse', 'redegørelse for sagen',
    'forvaltningens bemærkninger', 'forvaltningens belysning', 'forvaltningens vurdering', 'administrationens bemærkninger',
    'vurdering', 'initiativretsforslag', 'forslag', 'begrundelse', 'uddybning', 'sagen', 'indhold', 'faktuelle oplysninger',
    'sagsfremstilling og vurdering', 'problemstilling', 'løsning', 'løsningsforslag', 'sagens omstændigheder', 'oplæg',
  ]],
];
const NAMED = new Map<string, SectionKind>(NAMES.flatMap(([kind, names]) => names.map((n): [string, SectionKind] => [n, kind])));

/**
 * Headings that name who recommends or decides, when or where: "Indstilling fra …", "Direktionen
 * indstiller, at", "Beslutning i Udvalget for … den 04-06-2020", "Økonomiudvalgets beslutning den …".
 * Each is tried only when the heading holds its word (`must`), so body lines rarely reach a regex.
 */
const PATTERNS: { must: string; re: RegExp; kind: SectionKind }[] = [
  { must: 'indstilling', re: /^indstilling(?:er)? fra .{1,80}$/, kind: 'recommendation' },
  { must: 'indstiller', re: /^.{0,80}\bindstiller(?:, at| at)?$/, kind: 'recommendation' },
  // "Forvaltningen foreslår:", "Direktionen anbefaler": the administration's proposal (eDoc's label).
  { must: 'foreslår', re: /^(?:(?:[\p{L}-]+ ){0,3}[\p{L}-]*forvaltningen|administrationen|direktionen|direktøren|sekretariatet|centret|centeret|afdelingen)\s+foreslår(?:, at| at)?$/u, kind: 'recommendation' },
  { must: 'anbefaler', re: /^(?:(?:[\p{L}-]+ ){0,3}[\p{L}-]*forvaltningen|administrationen|direktionen|direktøren|sekretariatet|centret|centeret|afdelingen)\s+anbefaler(?:, at| at)?$/u, kind: 'recommendation' },
  { must: 'beslutning ', re: /^beslutning (?:(?:truffet|taget|vedtaget|foretaget) )?(?:i|på|den|fra|af) .{1,120}$/, kind: 'decision' },
  { must: 's indstilling', re: /^[\p{L}-]+(?: [\p{L}-]+){0,3}s indstilling(?: (?:til|over for) [\p{L}-]+(?: [\p{L}-]+){0,2})?$/u, kind: 'recommendation' },
  { must: 'beslutning', re: /^beslutning ?\(.{2,120}\)$/, kind: 'decision' },
  { must: 'beslutning ', re: /^beslutning [^.]{1,120}\b(?:den|d\.) .{1,40}$/, kind: 'decision' },
  { must: 'beslutning ', re: /^beslutning [^.]{1,120} \d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/, kind: 'decision' },
  // "Beslutning 12/5-23", "Beslutning den 12.05.2023": the meeting date alone after the word.
  { must: 'beslutning ', re: /^beslutning (?:den |d\. )?\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?$/, kind: 'decision' },
  // "Beslutning Økonomiudvalget", "Beslutning Teknisk Udvalg": the deciding body named after the word;
  // not a title about one ("Beslutning om nedlæggelse af Ældrerådet").
  { must: 'beslutning ', re: /^beslutning (?:(?!(?:om|af|vedr|vedrørende|ang|angående|til|for|med|at|på|i|fra|efter|under|den) )[\p{L}-]+ ){0,4}[\p{L}-]*(?:udvalget|udvalg|rådet|bestyrelsen|byråd)$/u, kind: 'decision' },
  { must: 's beslutning', re: /^.{1,120}s beslutning(?: (?:i|på) mødet)?(?: den .{1,60})?(?: punkt \d{1,4})?$/, kind: 'decision' },
];

/** The first words of the names: a heading that is a name opens with one of them. */
const FIRST_WORDS = new Set(NAMES.flatMap(([, names]) => names.map((n) => n.split(' ')[0]!)));

/** The heading's first word as `norm` would leave it: lower case, after any leading number. */
function firstWord(heading: string): string {
  let start = 0;
  for (; start < heading.length; start++) {
    const c = heading.charCodeAt(start);
    if (!(isDigit(c) || c === 46 || c === 41 || isSpace(c))) break;
  }
  let end = start;
  while (end < heading.length && !isSpace(heading.charCodeAt(end))) end++;
  while (end > start && (heading[end - 1] === ':' || heading[end - 1] === '.')) end--;
  return heading.slice(start, end).toLowerCase();
}

/** "… ends like a sentence": its last visible character is . ; , ! or ?. */
function endsLikeSentence(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
  const c = text[end];
  return c === '.' || c === ';' || c === ',' || c === '!' || c === '?';
}

/**
 * Lines are asked more than once (the heading scan, the item body) and section names repeat in
 * every item and every document of a layout: the answers are kept, a bounded number of them.
 */
const known = boundedMemo(sectionKindOf, 8192);

/** The kind of a section heading; null when the text is not a known section heading. */
export function knownSectionKind(heading: string): SectionKind | null {
  // A sentence is not a heading: most body lines leave here, before the memo hashes them.
  if (heading.length > 130 || (heading.length > 30 && endsLikeSentence(heading))) return null;
  return known(heading);
}

function sectionKindOf(heading: string): SectionKind | null {
  // "Økonomiudvalget den 19. april 2023, pkt. 5:": a body's decision on the case (decision.ts keeps
  // the one of this meeting; the others are the case's route).
  if (heading.endsWith(':') && isRouteStepHeading(heading)) return 'decision';
  // A name opens with one of the names' first words; every pattern holds "indstil", "beslutning",
  // "foreslår" or "anbefaler". Most body lines leave here.
  const mayBeName = FIRST_WORDS.has(firstWord(heading));
  if (!mayBeName && !/indstil|beslutning|foreslår|anbefaler/i.test(heading)) return null;
  let spaces = 0;
  for (let i = 0; i < heading.length; i++) if (heading.charCodeAt(i) === 32 && ++spaces > 18) return null;
  const h = norm(heading);
  if (!h || h.length > 160) return null;
  const named = NAMED.get(h);
  if (named) return named;
  for (const p of PATTERNS) if (h.includes(p.must) && p.re.test(h)) return p.kind;
  return null;
}

/** "Beslutning: Godkendt.", or "Beslutning<TAB>Godkendt." where a form's label column is read from a PDF. */
const INLINE_HEADING = /^(Beslutning|Beslutninger|Indstilling|Resume|Resumé|Bilag|Sagsfremstilling|Økonomi|Sagens gang|Sagsforløb|Effekt|Referat|Oplæg)(?: *:\s+| *\t\s*)(\S.*)$/;
/** The first letters of INLINE_HEADING's names. */
const INLINE_START = new Set([...'BIRSØEO'].map((c) => c.charCodeAt(0)));

/**
 * A line that opens a section with its text after the name ("Beslutning: Godkendt."), or null.
 * `formRow`: the name is set apart by a column gap or a space, not a colon (a form's label column).
 */
export function inlineSection(line: string): { heading: string; kind: SectionKind; text: string; formRow: boolean; routeStep?: true } | null {
  const t = line.trim();
  // "Økonomiudvalget 10.04.2024: Anbefales.": a body's decision on the case, with its date, on one line.
  const colon = t.indexOf(': ');
  if (colon > 5 && colon < 140 && isDigit(t.charCodeAt(colon - 1)) && isRouteStepHeading(t.slice(0, colon + 1))) {
    return { heading: t.slice(0, colon + 1), kind: 'decision', text: t.slice(colon + 2).trim(), formRow: false, routeStep: true };
  }
  if (!INLINE_START.has(t.charCodeAt(0))) return null;
  const m = INLINE_HEADING.exec(t) ?? SPACED_HEADING.exec(t);
  const kind = m ? knownSectionKind(m[1]!) : null;
  if (!m || !kind) return null;
  const formRow = !/^ *:/.test(t.slice(m[1]!.length));
  // "Indstilling<TAB>Økonomiudvalget<TAB>12-03-2024": a row of a route table, not a form's label and text.
  if (formRow && (m[2]!.includes('\t') || ROUTE_CELL.test(m[2]!))) return null;
  return { heading: m[1]!, kind, text: m[2]!, formRow };
}

/** A cell that names a body and/or a date only ("Økonomiudvalget", "Byrådet 12-03-2024", "12.03.2024"). */
const ROUTE_CELL = /^(?:(?:\p{Lu}[\p{L}-]*(?: (?:og )?[\p{L}-]+){0,3}?(?:udvalget|udvalg|rådet|byråd|bestyrelsen|bestyrelse))\s*(?:(?:den |d\. )?\d{1,2}[-./]\d{1,2}[-./]\d{2,4})?|(?:den |d\. )?\d{1,2}[-./]\d{1,2}[-./]\d{2,4})\s*$/iu;

/**
 * "Beslutning Dagsordenen blev godkendt.": a form's label and its one-sentence text that a PDF
 * printed with a narrow gap. A Danish sentence does not start with the bare noun and a capital
 * ("Beslutningen …", "Beslutning om …"); a heading naming a body ("Beslutning Teknisk Udvalg den
 * 07-11-2023") does not end in a full stop.
 */
const SPACED_HEADING = /^(Beslutning|Indstilling|Sagsfremstilling|Resumé|Resume) (\p{Lu}[^\t]*[.!])$/u;

/**
 * A line that is nothing but a section's name, capitalised ("Beslutning", "Sagsfremstilling"):
 * a heading even inside a paragraph, where a PDF's tight spacing left it among the text lines.
 */
export function isSectionName(line: string): boolean {
  const t = line.trim();
  if (t.length <= 40 && /^\p{Lu}/u.test(t) && NAMED.has(norm(t))) return true;
  // "Beslutning Byrådet den 03-09-2024": a decision heading naming its body and date, which no sentence is.
  // Cheap tests first: this runs on every line inside a paragraph.
  if (t.length > 130 || !isDigit(t.charCodeAt(t.length - 1) === 58 ? t.charCodeAt(t.length - 2) : t.charCodeAt(t.length - 1)) || !/eslutning/i.test(t)) return false;
  return DATED_HEADING.test(t) && knownSectionKind(t) === 'decision';
}

/** "Beslutning …" or "… beslutning …" ending in a date: no sentence ends so. */
const DATED_HEADING = /^\p{Lu}[^.!?]{0,100}(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s?\p{L}{3,9}\.?\s(?:19|20)\d{2})\s*:?$/u;

/** Decision headings only minutes use: in an agenda, "Referat" or "Konklusion" is part of the case text. */
const MINUTES_ONLY = new Set(['referat', 'konklusion']);

export function isMinutesOnlyHeading(heading: string): boolean {
  return MINUTES_ONLY.has(norm(heading));
}

/** The normalised kind of a section heading as written; unknown headings are `other`. */
export function sectionKind(heading: string): SectionKind {
  return knownSectionKind(heading) ?? 'other';
}

/** A table cell with its Danish number when the whole cell is one. */
function cell(text: string): TableCell {
  const number = parseDanishNumber(text);
  return number ? { text, number } : { text };
}

/** Reader blocks → the model's content blocks (tables with parsed Danish numbers). */
export function toContentBlocks(blocks: Block[]): ContentBlock[] {
  const out: ContentBlock[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph': {
        const text = paragraphText(b);
        if (text) out.push({ type: 'paragraph', text });
        break;
      }
      case 'heading':
        if (b.text) out.push({ type: 'heading', text: b.text });
        break;
      case 'list':
        if (b.items.length) out.push({ type: 'list', ordered: b.ordered, items: b.items });
        break;
      case 'table':
        if (b.rows.length) out.push({ type: 'table', rows: b.rows.map((r) => r.map(cell)) });
        break;
      default:
        break;
    }
  }
  return out;
}

export function buildSection(heading: string, blocks: Block[]): Section {
  return { heading, kind: sectionKind(heading), blocks: toContentBlocks(blocks) };
}

/** A section's text: paragraphs on their own lines, list items as "- item", table rows tab-separated. */
export function sectionText(section: Pick<Section, 'blocks'>): string {
  return contentText(section.blocks);
}

export function contentText(blocks: ContentBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') lines.push(b.text);
    else if (b.type === 'list') for (const item of b.items) lines.push(`- ${item}`);
    else for (const row of b.rows) lines.push(row.map((c) => c.text).join('\t'));
  }
  return lines.join('\n');
}
