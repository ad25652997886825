import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from './memo.js';

test('boundedMemo: computes each key once while it is kept, and keeps at most max', () => {
  const calls: string[] = [];
  const upper = boundedMemo((s) => {
    calls.push(s);
    return s === 'none' ? undefined : s.toUpperCase();
  }, 2);
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(upper('none'), undefined);
  assert.equal(upper('none'), undefined, 'an undefined answer is kept too');
  assert.deepEqual(calls, ['a', 'none']);
  assert.equal(upper('b'), 'B', 'full: everything dropped, then b kept');
  assert.equal(upper('a'), 'A');
  assert.deepEqual(calls, ['a', 'none', 'b', 'a']);
});
