/**
 * Section headings and section content. Municipalities name the same section many ways
 * ("Indstilling", "INDSTILLING", "Forvaltningen indstiller", "Beslutningspunkter"); the kind is what
 * the rest of the parser relies on, the heading is kept as written.
 */
import type { ContentBlock, Section, SectionKind, TableCell } from '../model/index.js';
import type { Block } from '../read/block.js';
import { paragraphText } from '../read/block.js';
import { parseDanishNumber } from './danish/numbers.js';

function norm(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\d.)\s]+(?=\p{L})/u, '')
    .replace(/[:.\s]+$/, '')
    .trim();
}

const RULES: [RegExp, SectionKind][] = [
  [/^(beslutningspunkter|forslag til beslutning|indstilling(er)?( fra .{1,80})?|(forvaltningens|administrationens|direktionens|direktørens|rådmandens|borgmesterens) indstilling|.{0,80}\bindstiller(, at| at)?|det indstilles(, at)?)$/, 'recommendation'],
  [/^(beslutningskompetence|sagens gang|sagsgang( og sagstype)?|sagsforløb|sagsbehandling|behandlingsforløb|sagens tidligere behandling|tidligere politisk behandling|videre (proces|forløb)|tidligere (beslutninger|behandling)|politisk behandling|tidsplan og videre proces|proces og tidsplan|kompetence)$/, 'route'],
  [/^(beslutning|beslutninger|afgørelse|protokol|protokollat|udvalgets beslutning|byrådets beslutning|kommunalbestyrelsens beslutning|beslutning\/protokol)$/, 'decision'],
  [/^beslutning (i|på|den|fra|af) .{1,120}$/, 'decision'],
  [/^beslutning ?\(.{3,120}\)$/, 'decision'],
  [/^beslutning [^.]{1,120}\b(den|d\.) .{1,40}$/, 'decision'],
  [/^beslutning [^.]{1,120} \d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/, 'decision'],
  [/^.{1,120}s beslutning( (i|på) mødet)?( den .{1,60})?( punkt \d{1,4})?$/, 'decision'],
  [/^(resume|resumé|résumé|kort resume|sagens kerne|sammenfatning|sagsresume|beslutningstema|formål|kort om sagen|hvad skal besluttes|emne)$/, 'resume'],
  [/^(effekt|effekter|forventet effekt|effekt og målopfølgning)$/, 'effect'],
  [/^(økonomi|økonomiske konsekvenser|økonomi og finansiering|økonomi og organisatoriske konsekvenser|økonomiske og personalemæssige konsekvenser|bevillingsmæssige konsekvenser|finansiering|økonomiske forhold|økonomi og personale)$/, 'economy'],
  [/^(bilag|bilagsliste|vedlagte bilag|bilag til sagen|bilagsfortegnelse)$/, 'attachments'],
  [/^(høring|høringer|høringssvar|høringsberettigede|borgerinddragelse|inddragelse)$/, 'hearing'],
  [/^(lovgrundlag|lovhjemmel|retsgrundlag|juridiske forhold|juridisk grundlag|hjemmel|lovgivning)$/, 'legal'],
  [/^(sagsfremstilling|supplerende sagsfremstilling|baggrund|baggrund for sagen|sagens baggrund|beskrivelse|beskrivelse af sagen|sagsbeskrivelse|sagens indhold|redegørelse|redegørelse for sagen|forvaltningens bemærkninger|forvaltningens belysning|forvaltningens vurdering|administrationens bemærkninger|vurdering|initiativretsforslag|forslag|begrundelse|uddybning|sagen|indhold|faktuelle oplysninger|sagsfremstilling og vurdering|problemstilling|løsning|løsningsforslag|sagens omstændigheder)$/, 'caseText'],
];

/** A word every known heading contains: a cheap test before the rules. */
const SECTION_WORD = /indstil|beslut|resum|résum|sag|effekt|økonomi|bilag|høring|inddragelse|lov|hjemmel|juridisk|baggrund|beskrivelse|redegørelse|bemærkning|belysning|vurdering|forslag|begrundelse|uddybning|indhold|oplysning|kompetence|proces|behandling|forløb|protokol|afgørelse|emne|formål|kerne|sammenfatning|finansiering|problemstilling|løsning|omstændighed|kort om|hvad skal|retsgrundlag|bevilling|konsekvens|tidsplan|tidligere|politisk|videre|faktuel|initiativ/i;

/** The kind of a section heading; null when the text is not a known section heading. */
export function knownSectionKind(heading: string): SectionKind | null {
  if (heading.length > 130) return null;
  // A sentence is not a heading: most body lines leave here without the rules below.
  if (heading.length > 30 && /[.;,!?]\s*$/.test(heading)) return null;
  let spaces = 0;
  for (let i = 0; i < heading.length; i++) if (heading.charCodeAt(i) === 32 && ++spaces > 18) return null;
  if (!SECTION_WORD.test(heading)) return null;
  const h = norm(heading);
  if (!h || h.length > 160) return null;
  for (const [re, kind] of RULES) if (re.test(h)) return kind;
  return null;
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
