import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemNumberKey } from './item-number.js';

test('item numbers: supplementary items with a letter sort after their number and before the next', () => {
  const numbers = ['12', '11b', '11', '12 A', '3.2', '11a', '3'];
  const cmp = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
    return 0;
  };
  assert.deepEqual([...numbers].sort((a, b) => cmp(itemNumberKey(a), itemNumberKey(b))), ['3', '3.2', '11', '11a', '11b', '12', '12 A']);
});
