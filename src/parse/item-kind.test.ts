/**
 * An item's kind from an export's type field and from a printed item's title and text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemKindFromLabel, itemKindFromText } from './item-kind.js';

const labels: [string | null, string | null][] = [
  ['Til godkendelse', 'beslutning'],
  ['Beslutningssag', 'beslutning'],
  ['Til indstilling', 'beslutning'],
  ['Til drøftelse', 'drøftelse'],
  ['Til orientering', 'orientering'],
  ['Til efterretning', 'orientering'],
  ['Temadrøftelse', 'tema'],
  ['Fællesmøde', 'fællesmøde'],
  ['Initiativret', 'initiativret'],
  ['Behandling', null],
  ['', null],
  [null, null],
];

for (const [input, expected] of labels) {
  test(`item kind label: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(itemKindFromLabel(input), expected);
  });
}

const section = (heading: string, ...lines: string[]) => ({ heading, lines: lines.map((text) => ({ text })) });

test('item kind text: the title opens with its kind', () => {
  assert.equal(itemKindFromText('Orientering om budgetopfølgning', []), 'orientering');
  assert.equal(itemKindFromText('TEMA: Indsatser for unge', []), 'tema');
  // A title that only mentions a kind word is no kind: a label would be.
  assert.equal(itemKindFromText('Godkendelse af dagsorden', []), null);
  // A kind letter after the title: (B)eslutning, (O)rientering, (D)røftelse; not a party's letter after a name.
  assert.equal(itemKindFromText('Kvalitetsstandarder for hjemmepleje 2024 (B)', []), 'beslutning');
  assert.equal(itemKindFromText('Meddelelser (O)', []), 'orientering');
  assert.equal(itemKindFromText('Sundhedspolitik (D)', []), 'drøftelse');
  assert.equal(itemKindFromText('Spørgsmål fra Kim Hansen (O)', []), null);
  assert.equal(itemKindFromLabel('Godkendelse af dagsorden'), 'beslutning');
});

test('item kind text: an "Initiativret" section or a case type line in the text', () => {
  assert.equal(itemKindFromText('Bedre cykelstier', [section('Initiativret', 'Forslag fra Ø.')]), 'initiativret');
  assert.equal(itemKindFromText('Budget 2026', [section('', 'Sagstype: Beslutningssag')]), 'beslutning');
  assert.equal(itemKindFromText('Budget 2026', [section('Resume', 'O-sag')]), 'orientering');
  assert.equal(itemKindFromText('Budget 2026', [section('Resume', 'Tekst.')]), null);
});
