/**
 * The recommendation (indstilling): who recommends and its clauses, numbered or "At …" lines or one
 * "X indstiller, at …" sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RecommendationClause } from '../model/index.js';
import { parseRecommendation } from './recommendation.js';

const cases: [string, string | null, RecommendationClause[]][] = [
  [
    'Beskæftigelses- og Socialforvaltningen indstiller, at udvalget godkender sagsbehandlingstiderne.',
    'Beskæftigelses- og Socialforvaltningen',
    [{ label: null, text: 'udvalget godkender sagsbehandlingstiderne.' }],
  ],
  ['At forslag til dagsorden godkendes', null, [{ label: null, text: 'forslag til dagsorden godkendes' }]],
  [
    'At orienteringen tages til efterretning\nAt sagen sendes videre',
    null,
    [
      { label: null, text: 'orienteringen tages til efterretning' },
      { label: null, text: 'sagen sendes videre' },
    ],
  ],
  [
    '1. Udvalgene godkender processen.\n2. Styregruppen og arbejdsgrupperne arbejder med anbefalingerne frem til juni 2021.',
    null,
    [
      { label: '1', text: 'Udvalgene godkender processen.' },
      { label: '2', text: 'Styregruppen og arbejdsgrupperne arbejder med anbefalingerne frem til juni 2021.' },
    ],
  ],
  [
    'Administrationen indstiller, at\n1) budgettet godkendes\n2) tillægsbevilling gives',
    'Administrationen',
    [
      { label: '1', text: 'budgettet godkendes' },
      { label: '2', text: 'tillægsbevilling gives' },
    ],
  ],
  [
    'Direktionen indstiller,\nat udvalget godkender planen,\nat sagen oversendes til Byrådet.',
    'Direktionen',
    [
      { label: null, text: 'udvalget godkender planen,' },
      { label: null, text: 'sagen oversendes til Byrådet.' },
    ],
  ],
  [
    'Direktionen indstiller til Økonomiudvalget og Byrådet,\n1. at budgetopfølgningen tages til efterretning,\n2. at der gives en tilbagebetaling',
    'Direktionen',
    [
      { label: '1', text: 'at budgetopfølgningen tages til efterretning,' },
      { label: '2', text: 'at der gives en tilbagebetaling' },
    ],
  ],
  [
    'a. Planen godkendes\nb. Sagen oversendes',
    null,
    [
      { label: 'a', text: 'Planen godkendes' },
      { label: 'b', text: 'Sagen oversendes' },
    ],
  ],
  ['- At planen godkendes', null, [{ label: null, text: 'planen godkendes' }]],
];

for (const [input, by, clauses] of cases) {
  test(`recommendation: ${JSON.stringify(input.split('\n')[0])}`, () => {
    const r = parseRecommendation(input);
    assert.ok(r);
    assert.equal(r.by, by);
    assert.deepEqual(r.clauses, clauses);
  });
}

test('recommendation: the text keeps every line, trimmed', () => {
  assert.equal(parseRecommendation('  Forvaltningen indstiller, at\n\n 1. planen godkendes  ')!.text, 'Forvaltningen indstiller, at\n1. planen godkendes');
});

test('recommendation: empty text → null', () => {
  assert.equal(parseRecommendation('   '), null);
});
