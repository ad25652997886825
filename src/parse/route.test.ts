/**
 * The route of a case through committees ("Sagens gang", "Sagsforløb"): bodies, dates, item
 * numbers and the decisions printed there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RouteStep } from '../model/index.js';
import { isRouteStepHeading, parseRoute, routeStepOfHeading } from './route.js';

const cases: [string, string, RouteStep[]][] = [
  [
    'one step with item number and decision',
    'Økonomiudvalget, 18. september 2019, pkt. 153: Indstilles godkendt.',
    [{ body: 'Økonomiudvalget', date: '2019-09-18', itemNumber: '153', decision: 'Indstilles godkendt.' }],
  ],
  [
    'a bulleted list of committees with dates',
    '- Arbejdsmarkedsudvalget den 22. oktober 2020\n- Økonomiudvalget den 4. november 2020\n- Byrådet den 11. november 2020',
    [
      { body: 'Arbejdsmarkedsudvalget', date: '2020-10-22', itemNumber: null, decision: null },
      { body: 'Økonomiudvalget', date: '2020-11-04', itemNumber: null, decision: null },
      { body: 'Byrådet', date: '2020-11-11', itemNumber: null, decision: null },
    ],
  ],
  [
    'labelled blocks (Aarhus Sagsforløb)',
    'Udvalg: Magistraten\nDato: 02-09-2025\nPunktnummer: 12\nMagistraten indstiller til Byrådet.',
    [{ body: 'Magistraten', date: '2025-09-02', itemNumber: '12', decision: 'Magistraten indstiller til Byrådet.' }],
  ],
  [
    'committee and date without punctuation',
    'Beskæftigelses- og Socialudvalget 10. marts 2020\nByrådet 25. marts 2020',
    [
      { body: 'Beskæftigelses- og Socialudvalget', date: '2020-03-10', itemNumber: null, decision: null },
      { body: 'Byrådet', date: '2020-03-25', itemNumber: null, decision: null },
    ],
  ],
  [
    'decision on the line after each step',
    'Teknik- og Miljøudvalget, 3. juni 2024, pkt. 45\nAnbefales.\nByrådet, 24. juni 2024, pkt. 101\nGodkendt.',
    [
      { body: 'Teknik- og Miljøudvalget', date: '2024-06-03', itemNumber: '45', decision: 'Anbefales.' },
      { body: 'Byrådet', date: '2024-06-24', itemNumber: '101', decision: 'Godkendt.' },
    ],
  ],
  ['prose without committees', 'Sagen afgøres af udvalget.', []],
  ['empty', '', []],
];

for (const [name, input, expected] of cases) {
  test(`route: ${name}`, () => {
    assert.deepEqual(parseRoute(input), expected);
  });
}

test('route: a route step heading names a body, a date and ends in a colon; a sentence ending in a body does not', () => {
  assert.equal(isRouteStepHeading('Økonomiudvalget den 19. april 2023, pkt. 5:'), true);
  assert.equal(isRouteStepHeading('Plan- og Miljøudvalget den 11. april 2023, pkt. 38:'), true);
  assert.equal(isRouteStepHeading('Som led i planen besluttede byrådet den 9. december 2020 følgende to tiltag:'), false);
  assert.equal(isRouteStepHeading('Økonomiudvalget den 19. april 2023'), false);
});

test('route: a decision heading naming an earlier body and date is a step ("Beslutning i Økonomiudvalget den 8. maj 2024")', () => {
  assert.equal(routeStepOfHeading('Beslutning i Økonomiudvalget den 8. maj 2024'), 'Økonomiudvalget den 8. maj 2024:');
  assert.equal(routeStepOfHeading('Udtalelse fra Ældrerådet, 2. maj 2024:'), 'Ældrerådet, 2. maj 2024:');
  assert.equal(routeStepOfHeading('Økonomiudvalget den 19. april 2023, pkt. 5:'), 'Økonomiudvalget den 19. april 2023, pkt. 5:');
  // The body in the genitive; "Udvalgets" names no body.
  assert.equal(routeStepOfHeading('Økonomiudvalgets beslutning den 10. april 2024:'), 'Økonomiudvalget den 10. april 2024:');
  assert.equal(routeStepOfHeading('Teknik- og Miljøudvalgets indstilling 8. april 2024'), 'Teknik- og Miljøudvalget 8. april 2024:');
  assert.equal(routeStepOfHeading('Udvalgets beslutning den 10. april 2024'), null);
  // No body, or no date: no step.
  assert.equal(routeStepOfHeading('Beslutning'), null);
  assert.equal(routeStepOfHeading('Beslutning i Økonomiudvalget'), null);
  assert.equal(routeStepOfHeading('Beslutning i sagen om vejbelysning den 3. maj 2024'), null);
});
