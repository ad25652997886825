/**
 * Plain text → blocks: blank lines separate paragraphs, form feeds are page breaks, bullets become
 * lists, tab-separated lines become tables; every line-end convention is accepted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from './block.js';
import { splitLines, textToBlocks } from './text.js';

const cases: [string, string, Block[]][] = [
  ['paragraphs split at blank lines', 'Linje 1\nLinje 2\n\nLinje 3', [
    { type: 'paragraph', lines: ['Linje 1', 'Linje 2'] },
    { type: 'paragraph', lines: ['Linje 3'] },
  ]],
  ['bullets of several kinds become one list', '- punkt a\n• punkt b\n– punkt c', [{ type: 'list', ordered: false, items: ['punkt a', 'punkt b', 'punkt c'] }]],
  ['an indented continuation line joins its bullet', '- punkt a\n  fortsat\n- punkt b', [{ type: 'list', ordered: false, items: ['punkt a fortsat', 'punkt b'] }]],
  ['tab-separated lines become table rows', 'Bevillingstype\tAntal\nKontanthjælp\t1332', [{ type: 'table', rows: [['Bevillingstype', 'Antal'], ['Kontanthjælp', '1332']] }]],
  ['a form feed is a page break', 'Side et\fSide to', [
    { type: 'paragraph', lines: ['Side et'] },
    { type: 'pageBreak' },
    { type: 'paragraph', lines: ['Side to'] },
  ]],
  ['CRLF, bare CR and LF are all line ends', 'a\r\nb\rc\nd', [{ type: 'paragraph', lines: ['a', 'b', 'c', 'd'] }]],
  ['no-break and zero-width spaces are spaces; lines are trimmed', '  Mødested\u00a0Rådhuset\u200b  ', [{ type: 'paragraph', lines: ['Mødested Rådhuset'] }]],
  ['a paragraph after a list', '- a\nTekst', [
    { type: 'list', ordered: false, items: ['a'] },
    { type: 'paragraph', lines: ['Tekst'] },
  ]],
  ['whitespace-only input has no blocks', ' \n\n\t\n', []],
  ['a label set off by a run of any spaces is a numbered line', '1.\u2003\u2003Indledning\na)\u3000\u3000Udvalget', [
    { type: 'paragraph', lines: ['1. Indledning'] },
    { type: 'paragraph', lines: ['a) Udvalget'] },
  ]],
];

for (const [name, input, expected] of cases) {
  test(`text: ${name}`, () => {
    assert.deepEqual(textToBlocks(input), expected);
  });
}

test('text: a hyphen inside a sentence is not a bullet', () => {
  assert.deepEqual(textToBlocks('Beskæftigelses- og Socialudvalget\n2018 - 2021'), [{ type: 'paragraph', lines: ['Beskæftigelses- og Socialudvalget', '2018 - 2021'] }]);
});

test('splitLines: every line-end style', () => {
  assert.deepEqual(splitLines('a\r\nb\rc\nd'), ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitLines(''), ['']);
});

test('splitLines: a very long text without line ends is one line, fast', () => {
  const started = Date.now();
  assert.equal(splitLines('x'.repeat(1_000_000)).length, 1);
  assert.ok(Date.now() - started < 1000);
});

test('text: a two-column form ("Beslutning:      Godkendt.", pdftotext -layout) is text, its indented lines continue it', () => {
  const blocks = textToBlocks(
    'Sagsnr.:          23/21455\nBeslutning:       Taget til efterretning.\n                  Udvalget ønsker en temadrøftelse.\n\nPunkt    Titel          Side\n1        Godkendelse    2',
  );
  assert.deepEqual(blocks, [
    { type: 'paragraph', lines: ['Sagsnr.: 23/21455', 'Beslutning: Taget til efterretning.', 'Udvalget ønsker en temadrøftelse.'] },
    { type: 'table', rows: [['Punkt', 'Titel', 'Side'], ['1 Godkendelse', '2']] },
  ]);
});
