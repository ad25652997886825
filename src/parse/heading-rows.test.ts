/**
 * Item headings as a row under repeated column headers ("Nr. | Titel | Sagsnr.") become the lines of
 * a printed heading; an overview under one header row (a table of contents) is left alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../read/block.js';
import { unrollHeadingRows } from './heading-rows.js';

const para = (...lines: string[]): Block => ({ type: 'paragraph', lines });
const linesOf = (blocks: Block[]): string[][] => blocks.map((b) => (b.type === 'paragraph' ? b.lines : []));

test('heading rows: the header row is dropped, the row below is the heading with its case number, a wrapped title joined', () => {
  const out = unrollHeadingRows([
    para('Nr.\tTitel\tSagsnr.', '2.\tForslag til lokalplan nr. 2024-02 for sommerhusområde ved\t01.02.05-P16-2-24', 'Sonnerup Skov'),
    para('Sagsfremstilling', 'Tekst.'),
  ]);
  assert.deepEqual(linesOf(out), [
    ['2. Forslag til lokalplan nr. 2024-02 for sommerhusområde ved Sonnerup Skov'],
    ['Sagsnr.: 01.02.05-P16-2-24'],
    ['Sagsfremstilling', 'Tekst.'],
  ]);
});

test('heading rows: a header row that ends a paragraph applies to the next one; an empty case cell and an access column', () => {
  const out = unrollHeadingRows([para('Beslutning', 'Godkendt.', 'Pkt.\tEmne\tÅben/lukket'), para('5.\tEkspropriation ved Højby Sø\tLukket')]);
  assert.deepEqual(linesOf(out), [['Beslutning', 'Godkendt.'], ['5. Ekspropriation ved Højby Sø'], ['Lukket punkt']]);
});

test('heading rows: an overview of several rows under one header, and tables of other columns, are left alone', () => {
  const toc = [para('Pkt.\tTitel\tSide', '71.\tGodkendelse af dagsorden\t2', '72.\tBudget 2025\t3')];
  assert.equal(unrollHeadingRows(toc), toc);
  const budget = [para('År\tBeløb', '2024\t1.200')];
  assert.equal(unrollHeadingRows(budget), budget);
});

test('heading rows: a two-row table of column names and an item row', () => {
  const out = unrollHeadingRows([{ type: 'table', rows: [['Nr.', 'Titel', 'Sagsnr.'], ['3', 'Klimatilpasning ved\nRørvig', '06.02.06-P20-1-23']] }]);
  assert.deepEqual(linesOf(out), [['3. Klimatilpasning ved Rørvig'], ['Sagsnr.: 06.02.06-P20-1-23']]);
});

test('heading rows: a heading with its case number set to the right and no column headers (a one-row table, or a line of a paragraph)', () => {
  const table: Block = { type: 'table', rows: [['2. Budgetopfølgning 1. kvartal', '00.30.14-S00-2-24']] };
  assert.deepEqual(linesOf(unrollHeadingRows([table, para('Resume', 'Tekst.')])), [['2. Budgetopfølgning 1. kvartal'], ['Sagsnr.: 00.30.14-S00-2-24'], ['Resume', 'Tekst.']]);
  const cells: Block = { type: 'table', rows: [['3', 'Salg af grund', 'S2024-1234', 'Lukket']] };
  assert.deepEqual(linesOf(unrollHeadingRows([cells])), [['3. Salg af grund'], ['Sagsnr.: S2024-1234'], ['Lukket punkt']]);
  const inText = unrollHeadingRows([para('Mødested: Rådhuset', 'Punkt 4: Skolestruktur\t17.01.00-P20-1-24', 'Resume', 'Tekst.')]);
  assert.deepEqual(linesOf(inText), [['Mødested: Rådhuset'], ['4. Skolestruktur'], ['Sagsnr.: 17.01.00-P20-1-24'], ['Resume', 'Tekst.']]);
});

test('heading rows: a title with its page number, a table of such rows, and a row of figures stay as they are', () => {
  const toc = para('1. Godkendelse af dagsorden\t3', '2. Budget 2025\t00.30.00-S00-1-24', '3. Skolestruktur\t17.01.00-P20-1-24');
  assert.deepEqual(unrollHeadingRows([toc]), [toc]);
  const figures: Block = { type: 'table', rows: [['2023', 'Budget', '4.500']] };
  assert.deepEqual(unrollHeadingRows([figures]), [figures]);
  const overview: Block = { type: 'table', rows: [['1. Godkendelse af dagsorden', '00.01.00-A00-1-24'], ['2. Budget', '00.30.00-S00-1-24']] };
  assert.deepEqual(unrollHeadingRows([overview]), [overview]);
});

test('item tables: a table whose rows are the items (Pkt. | Sag | Beslutning) becomes the printed items', () => {
  const table: Block = {
    type: 'table',
    rows: [
      ['Pkt.', 'Sag', 'Beslutning'],
      ['1.', 'Godkendelse af dagsorden', 'Godkendt.'],
      ['2.', 'Skoleårets planlægning 2024/25\nSagsnr. 24/1182', 'Udvalget godkendte planlægningen.'],
    ],
  };
  assert.deepEqual(linesOf(unrollHeadingRows([para('Referat'), table])), [
    ['Referat'],
    ['1. Godkendelse af dagsorden'], ['Beslutning'], ['Godkendt.'],
    ['2. Skoleårets planlægning 2024/25'], ['Sagsnr. 24/1182'], ['Beslutning'], ['Udvalget godkendte planlægningen.'],
  ]);
});

test('item tables: as a PDF prints them, the rows as lines with column gaps and a cell\'s further line after a tab', () => {
  const out = unrollHeadingRows([para('Afbud: Lene Kristensen (A)', 'Nr.\tEmne\tIndstilling\tReferat', '1.\tBudget 2025\tAt budgettet godkendes.\tGodkendt.', '\tSagsnr. 24/1182\t\tHans Ploug (C) deltog ikke.', '2.\tEventuelt\t\tIntet.')]);
  assert.deepEqual(linesOf(out), [
    ['Afbud: Lene Kristensen (A)'],
    ['1. Budget 2025'], ['Sagsnr. 24/1182'], ['Indstilling'], ['At budgettet godkendes.'], ['Referat'], ['Godkendt.', 'Hans Ploug (C) deltog ikke.'],
    ['2. Eventuelt'], ['Referat'], ['Intet.'],
  ]);
});

test('item tables: a table of earlier decisions inside an item (item headings stand outside it) and a table of contents stay tables', () => {
  const followUp: Block = { type: 'table', rows: [['Nr.', 'Sag', 'Beslutning', 'Status'], ['1', 'Cykelsti', 'Godkendt', 'Udført']] };
  const doc = [para('Punkt 4. Opfølgning på beslutninger', 'Sagsnr.: 24/77'), followUp];
  assert.deepEqual(unrollHeadingRows(doc), doc);
  const toc: Block = { type: 'table', rows: [['Nr.', 'Titel', 'Side'], ['1', 'Godkendelse af dagsorden', '2'], ['2', 'Budget 2025', '3']] };
  assert.deepEqual(unrollHeadingRows([toc]), [toc]);
});
