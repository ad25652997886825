/**
 * Tables of contents: dotted leaders, tabs, "Punkt N:" entries, Markdown tables with a page column;
 * the lines the TOC occupies; leaders split off titles; cut TOC titles matching full titles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToBlocks } from '../read/markdown.js';
import { textToBlocks } from '../read/text.js';
import { toLines } from './lines.js';
import { findToc, splitLeader, squash, tocMatches } from './toc.js';

type Entry = [number: string | null, title: string, page: number | null];

const entries = (text: string, markdown = false): Entry[] | null => {
  const toc = findToc(toLines(markdown ? markdownToBlocks(text) : textToBlocks(text)));
  return toc ? toc.entries.map((e) => [e.number, e.title, e.page]) : null;
};

test('TOC: dotted leaders and a tab before the page (seed 000)', () => {
  assert.deepEqual(
    entries(
      'Indholdsfortegnelse\n\nUdmøntning af delaftale om nytænkning af beskæftigelsesindsatsen.....\t3\nUngestrategiens handleplaner 2021.....\t7\n\nPunkt 1: Udmøntning af delaftale om nytænkning af beskæftigelsesindsatsen',
    ),
    [
      [null, 'Udmøntning af delaftale om nytænkning af beskæftigelsesindsatsen', 3],
      [null, 'Ungestrategiens handleplaner 2021', 7],
    ],
  );
});

test('TOC: a title cut at the page edge, with no leader, before the tab', () => {
  assert.deepEqual(
    entries('Indholdsfortegnelse\n\nÅrlig godkendelse af sagsbehandlingstider.....\t3\nDrøfte indsats der understøtter højere grad af arbejdsmarkedsforståelse til jobparate ledige (under s\t5\n'),
    [
      [null, 'Årlig godkendelse af sagsbehandlingstider', 3],
      [null, 'Drøfte indsats der understøtter højere grad af arbejdsmarkedsforståelse til jobparate ledige (under s', 5],
    ],
  );
});

test('TOC: under "Indhold", numbered titles without pages are an agenda list; the body starts where the numbers do again', () => {
  assert.deepEqual(
    entries('Indhold\n\nÅbne punkter\n14. Godkendelse af dagsorden\n15. Vinterberedskab\n\nLukkede punkter\n16. Køb af ejendom\n\nÅbne punkter\n\n14. Godkendelse af dagsorden\nSagsnummer: 00.01.00-A00-6-23\n\nBeslutning\nGodkendt.'),
    [
      ['14', 'Godkendelse af dagsorden', null],
      ['15', 'Vinterberedskab', null],
      ['16', 'Køb af ejendom', null],
    ],
  );
  assert.equal(entries('Referat\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.'), null, 'no TOC heading: no list');
});

test('TOC: numbered entries with dots and spaces, no tab', () => {
  assert.deepEqual(entries('Indholdsfortegnelse\n\n1. Godkendelse af dagsorden ........ 3\n2. Budget 2024 ........ 4\n'), [
    ['1', 'Godkendelse af dagsorden', 3],
    ['2', 'Budget 2024', 4],
  ]);
});

test('TOC: "Punkt N:" entries with dotted leaders', () => {
  assert.deepEqual(entries('Indholdsfortegnelse\nPunkt 1: Godkendelse af dagsorden ........................ 2\nPunkt 2: Vandløbsregulativ for Suså ........................ 5\n'), [
    ['1', 'Godkendelse af dagsorden', 2],
    ['2', 'Vandløbsregulativ for Suså', 5],
  ]);
});

test('TOC: tab-separated number, title and page', () => {
  assert.deepEqual(entries('Indhold\n\n1.\tGodkendelse af dagsorden\t2\n2.\tBudget 2024\t3\n'), [
    ['1', 'Godkendelse af dagsorden', 2],
    ['2', 'Budget 2024', 3],
  ]);
});

test('TOC: a "Sag Side" column header line is skipped', () => {
  assert.deepEqual(entries('Indholdsfortegnelse\nSag\tSide\n1. Godkendelse af dagsorden\t2\n2. Regnskab 2023\t3\n'), [
    ['1', 'Godkendelse af dagsorden', 2],
    ['2', 'Regnskab 2023', 3],
  ]);
});

test('TOC: Markdown table with leaders in the title cell (seed 003)', () => {
  assert.deepEqual(
    entries('## **Indholdsfortegnelse**\n\n|  |    |\n|--|----|\n| Det specialiserede socialområde.....   | 3  |\n| Aktuelle sager.....  | 18 |\n', true),
    [
      [null, 'Det specialiserede socialområde', 3],
      [null, 'Aktuelle sager', 18],
    ],
  );
});

test('TOC: Markdown table with number, title and page columns', () => {
  assert.deepEqual(entries('## Indholdsfortegnelse\n\n| Punkt | Titel | Side |\n|---|---|---|\n| 1 | Godkendelse af dagsorden | 2 |\n| 2 | Budget 2024 | 3 |\n', true), [
    ['1', 'Godkendelse af dagsorden', 2],
    ['2', 'Budget 2024', 3],
  ]);
});

test('TOC: a run of leader lines without a heading still counts', () => {
  assert.deepEqual(entries('Referat\n\nGodkendelse af dagsorden.....\t3\nBudget 2024.....\t4\n'), [
    [null, 'Godkendelse af dagsorden', 3],
    [null, 'Budget 2024', 4],
  ]);
});

test('TOC: start and end cover the heading and the entries', () => {
  const lines = toLines(textToBlocks('REFERAT\n\nIndholdsfortegnelse\n\nA-sag.....\t3\nB-sag.....\t4\n\nPunkt 1: A-sag'));
  const toc = findToc(lines)!;
  assert.equal(lines[toc.start]!.text, 'Indholdsfortegnelse');
  // The tab-separated entry lines are one table line.
  assert.equal(lines[toc.end - 1]!.text, 'A-sag.....\t3\nB-sag.....\t4');
  assert.equal(lines[toc.end]!.text, 'Punkt 1: A-sag');
});

test('TOC: a two-column member list is not a TOC', () => {
  assert.equal(entries('Medlemmer\n\nJens Hansen (A)\tMette Lund (V)\nBo Andersen (C)\tKaren Friis (Ø)\n'), null);
});

test('TOC: no TOC in a document without one', () => {
  assert.equal(entries('Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n'), null);
});

const leaders: [string, { body: string; page: number | null } | null][] = [
  ['Budget 2024.....\t3', { body: 'Budget 2024', page: 3 }],
  ['Budget 2024 …… 12', { body: 'Budget 2024', page: 12 }],
  ['Budget____ 7', { body: 'Budget', page: 7 }],
  ['Budget 2024.....', { body: 'Budget 2024', page: null }],
  ['Budget 2024', null],
  ['Sagsnr. 12', null],
];

for (const [input, expected] of leaders) {
  test(`leader: ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(splitLeader(input), expected);
  });
}

test('leader: a very long run of dots is split in linear time', () => {
  const started = Date.now();
  assert.deepEqual(splitLeader(`Titel${'.'.repeat(200_000)} 3`), { body: 'Titel', page: 3 });
  assert.ok(Date.now() - started < 1000);
});

const matches: [string, string, boolean][] = [
  ['Fortsat drøftelse af indsatser til at styrke søgningen fra 9. og 10. klasser til erhvervsuddannelserne i Odense Kommune', 'Fortsat drøftelse af indsatser til at styrke søgningen fra 9. og 10. klasser til erhvervsuddannelserne i', true],
  ['Aktuelle sager', 'Aktuelle sager', true],
  ['Aktuelle sager', 'AKTUELLE  SAGER', true],
  ['Køb af landbrugsejendom', 'Lukket: Køb af landbrugsejendom', true],
  ['Budget', 'Budget 2024', false],
  ['Nøgletal på beskæftigelsesområdet', 'Digital Post til sårbare borgere', false],
];

for (const [full, cut, expected] of matches) {
  test(`TOC match: ${JSON.stringify(full.slice(0, 40))} ~ ${JSON.stringify(cut.slice(0, 40))} → ${expected}`, () => {
    assert.equal(tocMatches(full, cut), expected);
  });
}

test('squash: lower case, letters and digits only, closed marker removed', () => {
  assert.equal(squash('Lukket punkt: Køb af "Grund" 2-3'), 'købafgrund23');
});
