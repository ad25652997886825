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
