/** The API's small pieces: OParl time filters, Danish time offsets, CSV fields. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HttpError } from '../web/errors.js';
import { csvField } from './export.js';
import { copenhagenOffset } from './oparl/objects.js';
import { parseTimestamp } from './oparl/routes.js';

test('OParl time filters: ISO dates and date-times, normalised to UTC', () => {
  assert.equal(parseTimestamp('created_since', '2021-03-01'), '2021-03-01T00:00:00.000Z');
  assert.equal(parseTimestamp('created_since', '2021-03-01T10:00:00+01:00'), '2021-03-01T09:00:00.000Z');
  assert.equal(parseTimestamp('created_since', '2021-03-01T10:00:00 01:00'), '2021-03-01T09:00:00.000Z', 'an unencoded + arrives as a space');
  assert.equal(parseTimestamp('created_since', '2021-03-01T10:00:00.123Z'), '2021-03-01T10:00:00.123Z');
  assert.equal(parseTimestamp('created_since', '2021-03-01T10:00'), '2021-03-01T10:00:00.000Z');
  for (const bad of ['yesterday', '2021-02-30', '2021-3-1', '2021-03-01T25:00:00Z', "2021'; DROP TABLE meeting; --"]) {
    assert.throws(() => parseTimestamp('x', bad), (e: unknown) => e instanceof HttpError && e.status === 400, bad);
  }
});

test('Danish summer and winter time', () => {
  assert.equal(copenhagenOffset('2021-10-05'), '+02:00');
  assert.equal(copenhagenOffset('2021-12-01'), '+01:00');
  assert.equal(copenhagenOffset('2021-03-28', '01:00'), '+01:00', 'before the switch on the last Sunday of March');
  assert.equal(copenhagenOffset('2021-03-28', '03:00'), '+02:00');
  assert.equal(copenhagenOffset('2021-10-31', '02:00'), '+02:00');
  assert.equal(copenhagenOffset('2021-10-31', '04:00'), '+01:00');
});

test('CSV fields: quoting and spreadsheet formulas', () => {
  assert.equal(csvField('a'), 'a');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('line\nbreak'), '"line\nbreak"');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('-5.878.197'), '-5.878.197', 'negative numbers stay numbers');
  assert.equal(csvField(null), '');
  assert.equal(csvField(3), '3');
});
