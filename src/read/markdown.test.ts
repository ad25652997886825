/**
 * Markdown from PDF converters → blocks: headings of any level, bold lines, pipe tables whose cells
 * hold HTML (<br>, <b>, <i>, <ul><li>), lists; all inline markup reduced to text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from './block.js';
import { inlineText, looksLikeMarkdown, markdownToBlocks } from './markdown.js';

test('markdown: headings keep their level; bold and closing hashes are removed', () => {
  assert.deepEqual(markdownToBlocks('# **REFERAT Udvalget**\n\n## Punkt 2 ##\n\n### Beslutning'), [
    { type: 'heading', level: 1, text: 'REFERAT Udvalget' },
    { type: 'heading', level: 2, text: 'Punkt 2' },
    { type: 'heading', level: 3, text: 'Beslutning' },
  ]);
});

test('markdown: a hash or pipe after an odd space is text, not structure', () => {
  assert.deepEqual(markdownToBlocks('#\u00a0Beslutning\n\n\u200b| a | b |'), [
    { type: 'paragraph', lines: ['# Beslutning'] },
    { type: 'paragraph', lines: ['| a | b |'] },
  ]);
});

test('markdown: a whole-line bold paragraph is marked bold and loses its stars', () => {
  assert.deepEqual(markdownToBlocks('**Beslutning**\n\nGodkendt med **fed** og [link](http://x).'), [
    { type: 'paragraph', lines: ['Beslutning'], bold: true },
    { type: 'paragraph', lines: ['Godkendt med fed og link.'] },
  ]);
});

test('markdown: table cells with <b>, <br>, <i>, <ul><li> and entities are reduced to text', () => {
  const blocks = markdownToBlocks(
    '| Navn | Beløb |\n|---|---|\n| <b>Drift</b> | 1.200<br>kr. |\n| <ul><li>a</li><li>b</li></ul> | <i>x</i> &amp; y |\n',
  );
  assert.deepEqual(blocks, [
    {
      type: 'table',
      rows: [
        ['Navn', 'Beløb'],
        ['Drift', '1.200\nkr.'],
        ['a\nb', 'x & y'],
      ],
    },
  ]);
});

test('markdown: the separator row is dropped; an empty-header TOC table keeps its rows (seed 003)', () => {
  assert.deepEqual(markdownToBlocks('|  |    |\n|--|----|\n| Aktuelle sager.....  | 18 |\n'), [{ type: 'table', rows: [['Aktuelle sager.....', '18']] }]);
});

test('markdown: bullets become a list with inline markup removed', () => {
  assert.deepEqual(markdownToBlocks('- Status på <b>sommerferieaktiviteter</b> 2024\n- **Åbningen** af [Ungdomshuset](https://x.dk)'), [
    { type: 'list', ordered: false, items: ['Status på sommerferieaktiviteter 2024', 'Åbningen af Ungdomshuset'] },
  ]);
});

test('markdown: a header line "**Label:** value" keeps the label and value', () => {
  const blocks: Block[] = markdownToBlocks('**Mødedato:** 15.01.2024\n**Tidspunkt:** 17:00');
  assert.deepEqual(blocks, [{ type: 'paragraph', lines: ['Mødedato: 15.01.2024', 'Tidspunkt: 17:00'] }]);
});

const inline: [string, string][] = [
  ['<b>fed</b><br/>ny &amp; linje', 'fed\nny & linje'],
  ['**fed** og __understreget__', 'fed og understreget'],
  ['[Bilag 1](bilag/1.pdf)', 'Bilag 1'],
  ['![logo](logo.png) Referat', 'Referat'],
  ['1\\. punkt \\*', '1. punkt *'],
  ['A &lt; B', 'A < B'],
];

for (const [input, expected] of inline) {
  test(`inline: ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
    assert.equal(inlineText(input), expected);
  });
}

const detection: [string, boolean][] = [
  ['# A\n\n## B\n\n**C**\n', true],
  ['| a | b |\n|---|---|\n| 1 | 2 |\n', true],
  ['Referat\n\nPunkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n', false],
  ['# Kun én overskrift\n\nTekst.\n', false],
  ['# Referat\n\n1. **Godkendelse af dagsorden**\n\n2. **Budget**\n', true],
  ['Referat\n\nPris 2**3 og 4**5 kr.\n', false],
];

for (const [input, expected] of detection) {
  test(`markdown detection: ${JSON.stringify(input.slice(0, 30))} → ${expected}`, () => {
    assert.equal(looksLikeMarkdown(input), expected);
  });
}

test('markdown: a raw HTML table is read as a table, line breaks in its cells kept as "\\n"', () => {
  const blocks = markdownToBlocks('## Udvalget\n\n<table>\n<tr><td><b>Medlemmer:</b></td><td>A Hansen (V)<br>B Jensen (A)</td></tr>\n</table>\n\n# 1. Godkendelse');
  assert.deepEqual(blocks, [
    { type: 'heading', level: 2, text: 'Udvalget' },
    { type: 'table', rows: [['Medlemmer:', 'A Hansen (V)\nB Jensen (A)']] },
    { type: 'heading', level: 1, text: '1. Godkendelse' },
  ]);
});

test('markdown (pandoc): setext headings, grid tables with wrapped cells, simple tables under a column rule', () => {
  const md = [
    'Referat',
    '=======',
    '',
    'Punkt 2 Budget',
    '--------------',
    '',
    '+-----------------+-------+',
    '| Medlem          | Parti |',
    '+=================+=======+',
    '| Søren Steen     | V     |',
    '| Andersen        |       |',
    '+-----------------+-------+',
    '| Dorthe Hansen   | A     |',
    '+-----------------+-------+',
    '',
    '  Projekt          Budget',
    '  ---------------- --------',
    '  Skolerenovering  12,5',
    '  Cykelstier       4,0',
    '',
    'Godkendt.',
    '',
    '---',
  ].join('\n');
  const tables = (blocks: Block[]) => blocks.filter((b) => b.type === 'table').map((b) => (b.type === 'table' ? b.rows : []));
  const out = markdownToBlocks(md);
  assert.deepEqual(out.slice(0, 2), [
    { type: 'heading', level: 1, text: 'Referat' },
    { type: 'heading', level: 2, text: 'Punkt 2 Budget' },
  ]);
  assert.deepEqual(tables(out), [
    [['Medlem', 'Parti'], ['Søren Steen Andersen', 'V'], ['Dorthe Hansen', 'A']],
    [['Projekt', 'Budget'], ['Skolerenovering', '12,5'], ['Cykelstier', '4,0']],
  ]);
  // A rule after a blank line is no heading.
  assert.ok(!out.some((b) => b.type === 'heading' && b.text === 'Godkendt.'));
});
