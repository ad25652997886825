/**
 * The parser's line view: placeholder junk and portal chrome are dropped, and text whose line
 * breaks were lost is cut again at the landmarks of minutes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_CELL } from '../read/block.js';
import { htmlToBlocks } from '../read/html.js';
import { textToBlocks } from '../read/text.js';
import { isChrome, isJunk, isStandalone, resegment, toLines } from './lines.js';

const junk: [string, boolean][] = [
  ['???????', true],
  ['  ', true],
  ['.....', true],
  ['□□□□□', true],
  ['������', true],
  ['- - -', true],
  ['Godkendt.', false],
  ['Hvad koster det?', false],
  ['1', false],
];

for (const [input, expected] of junk) {
  test(`junk: ${JSON.stringify(input)} ${expected ? 'is' : 'is not'} junk`, () => {
    assert.equal(isJunk(input), expected);
  });
}

const chrome: [string, boolean][] = [
  ['Til toppen', true],
  ['Tilbage til toppen', true],
  ['Udskriv', true],
  ['Hent som PDF', true],
  ['Kopier link', true],
  ['Tip en ven', true],
  ['Del på Facebook', true],
  ['Gå til indhold', true],
  ['Vi bruger cookies til at forbedre hjemmesiden. Accepter alle cookies', true],
  ['Denne hjemmeside bruger cookies. Du kan til enhver tid afvise dem under indstillinger.', true],
  ['Accepter alle cookies', true],
  ['Læs op', true],
  ['Hent referatet som PDF Print', true],
  ['Hent referatet', true],
  ['Referatet', false],
  ['Senest opdateret: 12. april 2024', true],
  ['Fandt du det, du ledte efter?', true],
  ['Opdateret plan for skolevejene', false],
  ['Godkendt.', false],
  ['Udskrivning af skøder', false],
  ['Udvalget ønsker en status til toppen af dagsordenen på næste møde.', false],
];

for (const [input, expected] of chrome) {
  test(`chrome: ${JSON.stringify(input)} ${expected ? 'is' : 'is not'} chrome`, () => {
    assert.equal(isChrome(input), expected);
  });
}

test('toLines: junk and chrome paragraphs are dropped from text', () => {
  const lines = toLines(textToBlocks('Referat\n\nTil toppen\n\nUdskriv\n\n???????\n\nTekst her.\n'));
  assert.deepEqual(
    lines.map((l) => l.text),
    ['Referat', 'Tekst her.'],
  );
});

test('toLines: chrome in HTML (links, cookie text) is dropped', () => {
  const lines = toLines(
    htmlToBlocks(
      '<main><p><a href="#top">Til toppen</a></p><p><a>Udskriv</a></p><p>Vi bruger cookies til at forbedre hjemmesiden. Accepter alle cookies</p><h2>1. Vejplan</h2><p>Godkendt.</p></main>',
    ),
  );
  assert.deepEqual(
    lines.map((l) => [l.kind, l.text]),
    [
      ['heading', '1. Vejplan'],
      ['text', 'Godkendt.'],
    ],
  );
});

test('toLines: paragraph lines remember their place in the paragraph', () => {
  const lines = toLines(textToBlocks('Punkt 1: Budget\n15.20.00-A00-18-17\n\nBeslutning'));
  assert.deepEqual(
    lines.map((l) => [l.text, l.lineNo, l.lineCount, isStandalone(l)]),
    [
      ['Punkt 1: Budget', 0, 2, false],
      ['15.20.00-A00-18-17', 1, 2, false],
      ['Beslutning', 0, 1, true],
    ],
  );
});

test('toLines: tab columns stay in a paragraph line; lists and tables are one line each', () => {
  const lines = toLines(textToBlocks('- a\n- b\n\nA\tB\nC\tD'));
  assert.deepEqual(
    lines.map((l) => [l.kind, l.text]),
    [
      ['list', 'a\nb'],
      ['table', 'A\tB\nC\tD'],
    ],
  );
  // A run of tabs is one column gap; a reader's empty cell is an empty cell.
  const cells = toLines([{ type: 'paragraph', lines: ['Navn\t\t Parti', `Jonas Krog\tV\t${EMPTY_CELL}\tX`] }]);
  assert.deepEqual(cells.map((l) => l.text), ['Navn\tParti', 'Jonas Krog\tV\t\tX']);
});

test('resegment: a short line is left alone', () => {
  assert.deepEqual(resegment('Punkt 1: Godkendelse af dagsorden Beslutning Godkendt.'), ['Punkt 1: Godkendelse af dagsorden Beslutning Godkendt.']);
});

test('resegment: a long line without line breaks is cut before item headings, case numbers and section headings', () => {
  const text =
    'REFERAT Arbejdsmarkedsudvalget 2018 - 2021 d. 22-10-2020 Mødedato Torsdag d. 22. oktober 2020 kl. 14:00 Mødested Mødelokale 2 ' +
    'Punkt 1: Godkendelse af forslag til dagsorden Beslutning Godkendt. Forvaltningen indstiller At forslag til dagsorden godkendes. ' +
    'Punkt 2: Information fra formand/forvaltning S2018-2162 Beslutning Forvaltningen orienterede om jobcentrets fleksjobkampagne og om covid-19 situationen i kommunen. ' +
    'Orienteringen blev taget til efterretning. Forvaltningen indstiller At orienteringen tages til efterretning.';
  assert.deepEqual(resegment(text), [
    'REFERAT Arbejdsmarkedsudvalget 2018 - 2021 d. 22-10-2020',
    'Mødedato Torsdag d. 22. oktober 2020 kl. 14:00',
    'Mødested Mødelokale 2',
    'Punkt 1: Godkendelse af forslag til dagsorden',
    'Beslutning',
    'Godkendt.',
    'Forvaltningen indstiller',
    'At forslag til dagsorden godkendes.',
    'Punkt 2: Information fra formand/forvaltning',
    'S2018-2162',
    'Beslutning',
    'Forvaltningen orienterede om jobcentrets fleksjobkampagne og om covid-19 situationen i kommunen. Orienteringen blev taget til efterretning.',
    'Forvaltningen indstiller',
    'At orienteringen tages til efterretning.',
  ]);
});
