/**
 * Section headings → kinds, for every heading name DOMAIN.md lists and the variants seen in other
 * municipalities; content blocks with Danish numbers in table cells; section text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SectionKind } from '../model/index.js';
import { buildSection, contentText, inlineSection, isSectionName, knownSectionKind, sectionKind, sectionText, toContentBlocks } from './sections.js';

const headings: [string, SectionKind][] = [
  ['Resume', 'resume'],
  ['Resumé', 'resume'],
  ['Sagens kerne', 'resume'],
  ['Beslutningstema', 'resume'],
  ['Effekt', 'effect'],
  ['Indstilling', 'recommendation'],
  ['INDSTILLING', 'recommendation'],
  ['Indstilling:', 'recommendation'],
  ['Forvaltningen indstiller', 'recommendation'],
  ['Indstilling fra forslagsstiller', 'recommendation'],
  ['Administrationen indstiller, at', 'recommendation'],
  ['Direktionen indstiller', 'recommendation'],
  ['Beslutning', 'decision'],
  ['BESLUTNING', 'decision'],
  ['Beslutning:', 'decision'],
  ['Beslutninger', 'decision'],
  ['Beslutning Økonomiudvalget', 'decision'],
  ['Beslutning Teknisk Udvalg', 'decision'],
  ['Konklusion', 'decision'],
  ['Beslutning (ØU)', 'decision'],
  ['Beslutning/referat', 'decision'],
  ['Referat og beslutning', 'decision'],
  ['Udvalgets afgørelse', 'decision'],
  ['Beslutning truffet', 'decision'],
  ['Sagens afgørelse', 'decision'],
  ['Sagsresumé', 'resume'],
  ['Kort resumé', 'resume'],
  ['Udvalgets behandling', 'decision'],
  ['Referat:', 'decision'],
  ['Oplæg:', 'caseText'],
  ['Forvaltningens forslag', 'recommendation'],
  ['Forvaltningen foreslår:', 'recommendation'],
  ['Teknik- og Miljøforvaltningen anbefaler, at', 'recommendation'],
  ['Præsentation:', 'resume'],
  ['Anbefaling', 'recommendation'],
  ['Beslutning i Udvalget for Beskæftigelse den 04-06-2020', 'decision'],
  ['Økonomiudvalgets beslutning den 18. september 2019', 'decision'],
  ['Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 3', 'decision'],
  ['Sagsfremstilling', 'caseText'],
  ['Sagsfremstilling:', 'caseText'],
  ['Baggrund for sagen', 'caseText'],
  ['Beskrivelse af sagen', 'caseText'],
  ['Forvaltningens bemærkninger', 'caseText'],
  ['Forvaltningens belysning', 'caseText'],
  ['Initiativretsforslag', 'caseText'],
  ['Sagens gang', 'route'],
  ['Sagsgang og sagstype', 'route'],
  ['Beslutningskompetence', 'route'],
  ['Sagsforløb', 'route'],
  ['Økonomi', 'economy'],
  ['ØKONOMI', 'economy'],
  ['Økonomiske konsekvenser', 'economy'],
  ['Bevillingsmæssige konsekvenser', 'economy'],
  ['Bilag', 'attachments'],
  ['BILAG', 'attachments'],
  ['Bilag:', 'attachments'],
  ['Høring', 'hearing'],
  ['Lovgrundlag', 'legal'],
  // Long only by its leaders or numbering: still the name.
  ['Økonomiske og personalemæssige konsekvenser ...............................:', 'economy'],
  ['1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16 Økonomiske og personalemæssige konsekvenser', 'economy'],
  ['Beslutning truffet af Økonomiudvalget', 'decision'],
  ['Beslutning 12/5-23:', 'decision'],
  ['Beslutning den 12.05.2023', 'decision'],
  ['Forretningsudvalgets indstilling', 'recommendation'],
  ['Økonomiudvalgets indstilling til Byrådet', 'recommendation'],
  ['Økonomiudvalget den 19. april 2023, pkt. 5:', 'decision'],
];

for (const [input, expected] of headings) {
  test(`section heading: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(knownSectionKind(input), expected);
    assert.equal(sectionKind(input), expected);
  });
}

const notHeadings = ['Borgernes indstilling til sagen er positiv og de fleste', 'Godkendt.', 'Tidsplan', 'Kommunikation', '', 'Beskæftigelses- og Socialudvalget godkender indstillingen med følgende tilføjelse:', 'Beslutning om nedlæggelse af Ældrerådet', 'Beslutning vedr. Handicaprådet'];

for (const input of notHeadings) {
  test(`section heading: ${JSON.stringify(input)} is not a known heading (kind other)`, () => {
    assert.equal(knownSectionKind(input), null);
    assert.equal(sectionKind(input), 'other');
  });
}

test('content blocks: a table cell that is one Danish number carries its value', () => {
  const [t] = toContentBlocks([{ type: 'table', rows: [['Drift', '195.514.784', '12,2 mio. kr.', '74,1 %', '11,6 dage']] }]);
  assert.equal(t!.type, 'table');
  const cells = t!.type === 'table' ? t!.rows[0]! : [];
  assert.deepEqual(cells.map((c) => c.number?.value ?? null), [null, 195514784, 12.2, 74.1, null]);
});

test('content blocks: wrapped paragraph lines are joined, hyphenated words mended', () => {
  assert.deepEqual(toContentBlocks([{ type: 'paragraph', lines: ['Udvalget godkender beskæf-', 'tigelsesplanen for', '2021.'] }]), [
    { type: 'paragraph', text: 'Udvalget godkender beskæftigelsesplanen for 2021.' },
  ]);
});

test('content blocks: empty blocks and page breaks are dropped', () => {
  assert.deepEqual(toContentBlocks([{ type: 'paragraph', lines: ['  '] }, { type: 'pageBreak' }, { type: 'list', ordered: false, items: [] }]), []);
});

test('section text: paragraphs on lines, list items as "- item", table rows tab-separated', () => {
  const s = buildSection('Beslutning', [
    { type: 'paragraph', lines: ['Forvaltningen orienterede om:'] },
    { type: 'list', ordered: false, items: ['Jobcentrets fleksjobkampagne', 'Covid-19 situationen i Odder Kommune'] },
    { type: 'table', rows: [['A', '1']] },
  ]);
  assert.equal(s.kind, 'decision');
  assert.equal(sectionText(s), 'Forvaltningen orienterede om:\n- Jobcentrets fleksjobkampagne\n- Covid-19 situationen i Odder Kommune\nA\t1');
  assert.equal(contentText(s.blocks), sectionText(s));
});

test('section names: a decision heading naming its body and date is one inside a paragraph too', () => {
  assert.equal(isSectionName('Beslutning Byrådet den 03-09-2024'), true);
  assert.equal(isSectionName('Beslutning'), true);
  assert.equal(isSectionName('Udvalgets beslutning den 12. marts 2024:'), true);
  assert.equal(isSectionName('Byrådet besluttede den 03-09-2024'), false);
});

test('inline sections: a colon, a form\'s column gap, or a space before a one-sentence text', () => {
  const inline = (l: string) => {
    const s = inlineSection(l);
    return s && [s.kind, s.text, s.formRow];
  };
  assert.deepEqual(inline('Beslutning: Godkendt.'), ['decision', 'Godkendt.', false]);
  assert.deepEqual(inline('Beslutning\tHandicaprådet drøftede forslaget og'), ['decision', 'Handicaprådet drøftede forslaget og', true]);
  assert.deepEqual(inline('Beslutning Dagsordenen blev godkendt.'), ['decision', 'Dagsordenen blev godkendt.', true]);
  // A heading that names the body, and prose, are no inline sections.
  assert.equal(inline('Beslutning Teknisk Udvalg den 07-11-2023'), null);
  assert.equal(inline('Beslutning om at lukke skolen blev truffet i 2019.'), null);
  assert.equal(inline('Beslutningen blev godkendt.'), null);
  // A route table's row: the body and the date in cells of their own.
  assert.equal(inline('Indstilling\tØkonomiudvalget\t12-03-2024'), null);
  assert.equal(inline('Beslutning\tByrådet 12-03-2024'), null);
});
