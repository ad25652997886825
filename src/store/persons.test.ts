import assert from 'node:assert/strict';
import { test } from 'node:test';
import { committeeKey, normalizeTerm, personKey, termOfDate } from './keys.js';
import { similarNames, withinOneEdit } from './persons.js';

test('similar names: one edit in a long name, or extra middle names', () => {
  assert.ok(similarNames(personKey('Tommy Hummelose'), personKey('Tommy Hummelrose')));
  assert.ok(similarNames(personKey('Leif Christensen'), personKey('Leif Gjørtz Christensen')));
  assert.ok(!similarNames(personKey('Ole Jensen'), personKey('Ole Jessen')), 'short names are not merged');
  assert.ok(!similarNames(personKey('Anne Hansen'), personKey('Bente Hansen')));
  assert.ok(!similarNames(personKey('Hans'), personKey('Hans')), 'single names never by similarity');
  assert.ok(withinOneEdit('abcd', 'abdc'));
  assert.ok(!withinOneEdit('abcd', 'badc'));
});

test('keys and terms', () => {
  assert.equal(personKey('Elvin J. Hansen'), 'elvin j hansen');
  assert.equal(committeeKey('Beskæftigelses- og Socialudvalget 2018-2021'), 'beskæftigelses- og socialudvalget');
  assert.equal(termOfDate('2021-10-05'), '2018-2021');
  assert.equal(termOfDate('2022-01-01'), '2022-2025');
  assert.equal(termOfDate('2013-05-15'), '2010-2013');
  assert.equal(normalizeTerm('2018 – 21'), '2018-2021');
});
