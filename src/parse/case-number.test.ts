/**
 * Case numbers under an item heading: KLE journal numbers, document-system ids and labelled numbers.
 * A document number ("Dok.nr.") is not a case number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareCaseValue, caseNumberLine, findCaseNumber, isCaseNumberLabel, leadingCaseNumber } from './case-number.js';

const found: [string, string][] = [
  ['15.20.00-A00-18-17', '15.20.00-A00-18-17'],
  ['00.01.00-G01-818-19', '00.01.00-G01-818-19'],
  ['15.20.00-Ø34-1-21', '15.20.00-Ø34-1-21'],
  ['S2020-26746', 'S2020-26746'],
  ['ESDH: 24/12345', '24/12345'],
  ['Acadre: 24/12345', '24/12345'],
  ['Emne-ID: EMN-2024-12345', 'EMN-2024-12345'],
  ['Sagsreference: 24/12345', '24/12345'],
  ['S2018-2162', 'S2018-2162'],
  ['EMN-2025-010561', 'EMN-2025-010561'],
  ['SAG-2016-00123', 'SAG-2016-00123'],
  ['Sagsnr.: 17/46', '17/46'],
  ['Sagsnr. 12/27845', '12/27845'],
  ['Sagsid.: 14/19290', '14/19290'],
  ['J.nr. 2013-1234', '2013-1234'],
  ['J. nr.: 2013-1234', '2013-1234'],
  ['Journalnr.: 82.07.00-P19-5-20', '82.07.00-P19-5-20'],
  ['Sagsnummer: 24/1234', '24/1234'],
  ['Sags nr.: 2023-004512', '2023-004512'],
  ['Sagsnr.: 00.01.00-A00-1-24    Dok.nr.: 2024-0112233', '00.01.00-A00-1-24'],
  ['Acadre sagsnr. 18/1234', '18/1234'],
  ['Sagsnr.: 27.15.08-Ø40-3-22', '27.15.08-Ø40-3-22'],
];

for (const [input, expected] of found) {
  test(`case number: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(findCaseNumber(input), expected);
  });
}

const none: string[] = [
  'Dok.nr.: 123456/12',
  'Dok.nr.: 2019-123456',
  'Dokumentnr.: 2019-123456',
  '01.02.03',
  'Budget 2024-2027',
  'Godkendelse af dagsorden',
];

for (const input of none) {
  test(`case number: ${JSON.stringify(input)} holds none`, () => {
    assert.equal(findCaseNumber(input), null);
  });
}

const lines: [string, string | null][] = [
  ['15.20.00-A00-18-17', '15.20.00-A00-18-17'],
  ['  S2020-26746  ', 'S2020-26746'],
  ['Sagsnr.: 17/46', '17/46'],
  ['(EMN-2025-010561)', 'EMN-2025-010561'],
  ['Dok.nr.: 123456/12', null],
  ['Sag: 23-004512', '23-004512'],
  ['Sag: 5', null],
  ['Sag nr.: 00.01.00-A00-1-24', '00.01.00-A00-1-24'],
  ['Sag nr. 129 Vejplan', null],
  ['Sag nr. 24/12345', '24/12345'],
  ['Sag 3/24 Godkendelse af dagsorden', null],
  ['1. Godkendelse af dagsorden (Sagsnr. 24/1120)', null],
  ['Acadre sagsnr. 18/1234', '18/1234'],
  ['Sagen drejer sig om S2020-26746 og flere andre forhold, som udvalget skal tage stilling til.', null],
  ['Udvalget behandlede sagen 15.20.00-A00-18-17 sidste år', null],
  ['Emnenr.: 00.01.00-A00-1-24', '00.01.00-A00-1-24'],
  ['Sagsnr.:  Sagsbehandler: Rikke Jørgensen  Åben', null],
  ['ESDH-nr. EMN-2024-001234', 'EMN-2024-001234'],
  ['Se også sagen om 00.01.00-A00-1-24', null],
];

for (const [input, expected] of lines) {
  test(`case number line: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(caseNumberLine(input), expected);
  });
}

const labels: [string, boolean][] = [
  ['Sagsnr.:', true],
  ['Sagsnr.', true],
  ['Sagsnummer', true],
  ['Sagsid:', true],
  ['J.nr.', true],
  ['Dok.nr.:', false],
  ['Sagsnr.: 17/46', false],
];

for (const [input, expected] of labels) {
  test(`case number label: ${JSON.stringify(input)} ${expected ? 'is' : 'is not'} a bare label`, () => {
    assert.equal(isCaseNumberLabel(input), expected);
  });
}

const values: [string, string | null][] = [
  ['12/27845', '12/27845'],
  ['2013-1234.', '2013-1234'],
  ['S2020-26746', 'S2020-26746'],
  ['Godkendt', null],
  ['12/27845 og mere tekst', null],
];

for (const [input, expected] of values) {
  test(`bare case value: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(bareCaseValue(input), expected);
  });
}

test('a case number before the title in a heading, set apart by a dash or colon', () => {
  assert.deepEqual(leadingCaseNumber('24/3300 - Godkendelse af dagsorden'), { title: 'Godkendelse af dagsorden', caseNumber: '24/3300' });
  assert.deepEqual(leadingCaseNumber('15.20.00-A00-18-17: Vejplan'), { title: 'Vejplan', caseNumber: '15.20.00-A00-18-17' });
  assert.deepEqual(leadingCaseNumber('2024-001234 – Salg af grund'), { title: 'Salg af grund', caseNumber: '2024-001234' });
  // A year range, a time, a word: no case number.
  assert.equal(leadingCaseNumber('2025-2028 - Investeringsoversigt'), null);
  assert.equal(leadingCaseNumber('16:00 - Velkomst'), null);
  assert.equal(leadingCaseNumber('Budget - 1. behandling'), null);
  assert.equal(leadingCaseNumber('Godkendelse af dagsorden'), null);
});
