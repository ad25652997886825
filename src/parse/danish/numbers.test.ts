/**
 * Danish numbers as printed in tables and prose: "." groups thousands, "," is the decimal mark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DanishNumber } from '../../model/index.js';
import { parseDanishNumber } from './numbers.js';

const numbers: [string, Omit<DanishNumber, 'text'>][] = [
  ['195.514.784', { value: 195514784, unit: null }],
  ['-5.878.197', { value: -5878197, unit: null }],
  ['−1.000', { value: -1000, unit: null }],
  ['– 250', { value: -250, unit: null }],
  ['12,2 mio. kr.', { value: 12.2, unit: 'mio. kr' }],
  ['12,2 mio.kr.', { value: 12.2, unit: 'mio. kr' }],
  ['3,5 mia. kr.', { value: 3.5, unit: 'mia. kr' }],
  ['74,1 %', { value: 74.1, unit: '%' }],
  ['74,1%', { value: 74.1, unit: '%' }],
  ['12 pct.', { value: 12, unit: '%' }],
  ['1.200 kr.', { value: 1200, unit: 'kr' }],
  ['0,5', { value: 0.5, unit: null }],
  ['1332', { value: 1332, unit: null }],
];

for (const [input, expected] of numbers) {
  test(`number: ${JSON.stringify(input)} → ${expected.value} ${expected.unit ?? ''}`, () => {
    const n = parseDanishNumber(input);
    assert.ok(n, 'parsed');
    assert.equal(n.value, expected.value);
    assert.equal(n.unit, expected.unit);
  });
}

test('number: the text is kept as printed (trimmed)', () => {
  assert.equal(parseDanishNumber('  12,2 mio. kr. ')!.text, '12,2 mio. kr.');
});

const notNumbers = ['abc', '1.2.3', '', '12,2 mio. kr. i 2022', '15.20.00-A00-18-17', '2019-2022', 'Model 2', '11,6 dage'];

for (const input of notNumbers) {
  test(`number: ${JSON.stringify(input)} is not one Danish number`, () => {
    assert.equal(parseDanishNumber(input), null);
  });
}
