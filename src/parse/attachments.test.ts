/**
 * Attachment titles from a "Bilag" section: list items, "Bilag N:" lines, numbered lines, table rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ContentBlock } from '../model/index.js';
import { parseAttachments } from './attachments.js';

const P = (text: string): ContentBlock => ({ type: 'paragraph', text });
const L = (...items: string[]): ContentBlock => ({ type: 'list', ordered: false, items });
const T = (...rows: string[][]): ContentBlock => ({ type: 'table', rows: rows.map((r) => r.map((text) => ({ text }))) });

const cases: [string, ContentBlock[], string[]][] = [
  ['list items, file type dropped', [L('Notat om model 1 og 2', 'Budgetoversigt 2021 (pdf)')], ['Notat om model 1 og 2', 'Budgetoversigt 2021']],
  ['"Bilag N:" lines, file size dropped', [P('Bilag 1: Notat\nBilag 2: Kort over området (1,2 MB)')], ['Notat', 'Kort over området']],
  ['"Bilag 1 - " lines (København)', [P('Bilag 1 - Løsningsbeskrivelse for skybrudsvej\nBilag 2 - Kort over Sydhavnen')], ['Løsningsbeskrivelse for skybrudsvej', 'Kort over Sydhavnen']],
  ['numbered lines', [P('1. Høringsnotat\n2) Tidsplan')], ['Høringsnotat', 'Tidsplan']],
  ['plain lines', [P('Høringsnotat\nLokalplan 4-2-113 (endelig)')], ['Høringsnotat', 'Lokalplan 4-2-113 (endelig)']],
  ['table row: number, access, title, document number', [T(['1', 'Åben', 'Høringssvar fra Handicaprådet', '222359/12'])], ['Høringssvar fra Handicaprådet']],
  ['docx extension', [L('Referat af møde.docx (docx)')], ['Referat af møde.docx']],
  ['no attachments', [P('Ingen bilag')], []],
  ['a dash', [P('-')], []],
];

for (const [name, blocks, expected] of cases) {
  test(`attachments: ${name}`, () => {
    assert.deepEqual(parseAttachments(blocks).map((a) => a.title), expected);
  });
}
