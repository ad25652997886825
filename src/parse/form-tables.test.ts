/**
 * Items printed as forms (a table per item: "Punkt N" | title, then label | text rows) are unrolled
 * into the lines of a printed item; header tables and content tables are left alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../read/block.js';
import { unrollItemForms } from './form-tables.js';

const table = (...rows: string[][]): Block => ({ type: 'table', rows });

test('item forms: an opening row and label rows become a heading, a case number line and sections', () => {
  const blocks = [
    table(['Punkt 2', 'Høring over handicappolitik'], ['Sagsnr.', '29.09.00-P15-2-24'], ['Sagsfremstilling', 'Forslaget er i høring.\nSvar senest 1. maj.'], ['Beslutning:', 'Drøftet.']),
  ];
  assert.deepEqual(unrollItemForms(blocks), [
    { type: 'paragraph', lines: ['Punkt 2 Høring over handicappolitik'], bold: true },
    { type: 'paragraph', lines: ['Sagsnr.: 29.09.00-P15-2-24'] },
    { type: 'paragraph', lines: ['Sagsfremstilling'], bold: true },
    { type: 'paragraph', lines: ['Forslaget er i høring.', 'Svar senest 1. maj.'] },
    { type: 'paragraph', lines: ['Beslutning'], bold: true },
    { type: 'paragraph', lines: ['Drøftet.'] },
  ]);
});

test('item forms: "3." in the number cell, several items in one table', () => {
  const out = unrollItemForms([table(['3.', 'Budget 2025'], ['Beslutning', 'Anbefales.'], ['4.', 'Eventuelt'], ['Beslutning', 'Intet.'])]);
  assert.deepEqual(out.filter((b) => b.type === 'paragraph' && b.bold).map((b) => (b.type === 'paragraph' ? b.lines[0] : '')), ['3. Budget 2025', 'Beslutning', '4. Eventuelt', 'Beslutning']);
});

test('item forms: a header table and a budget table are no item forms and stay tables', () => {
  const blocks = [
    table(['Mødedato:', '17. april 2024'], ['Sted:', 'Mødelokale 3'], ['Beslutning', 'x']),
    table(['1', 'Drift', '1.200'], ['2', 'Anlæg', '3.400']),
    // A table of projects in the case text: numbered rows and labels, but none an item's own.
    table(['1.', 'Ny cykelsti'], ['Formål', 'Sikker skolevej.'], ['Økonomi', '2,1 mio. kr.'], ['2.', 'Nyt fortov'], ['Beskrivelse', 'Langs Skolevej.']),
  ];
  assert.equal(unrollItemForms(blocks), blocks);
});

test('item forms: an item\'s text as a table of label rows under its heading (case number, sections, metadata)', () => {
  const out = unrollItemForms([table(['Sagsnr.', '2023-045678'], ['Sagsbehandler', 'Anne Lund'], ['Indstilling', 'At strategien godkendes.'], ['Beslutning', 'Anbefales.'])]);
  assert.deepEqual(out, [
    { type: 'paragraph', lines: ['Sagsnr.: 2023-045678'] },
    { type: 'paragraph', lines: ['Sagsbehandler Anne Lund'] },
    { type: 'paragraph', lines: ['Indstilling'], bold: true },
    { type: 'paragraph', lines: ['At strategien godkendes.'] },
    { type: 'paragraph', lines: ['Beslutning'], bold: true },
    { type: 'paragraph', lines: ['Anbefales.'] },
  ]);
});

test('item forms: a one-cell table is a box around text (a decision in a shaded frame), read as its paragraphs', () => {
  const out = unrollItemForms([table(['Beslutning\nGodkendt og oversendt.\nHenrik Andresen (DF) stemte imod.'])]);
  assert.deepEqual(out, [
    { type: 'paragraph', lines: ['Beslutning'], bold: true },
    { type: 'paragraph', lines: ['Godkendt og oversendt.', 'Henrik Andresen (DF) stemte imod.'] },
  ]);
});
