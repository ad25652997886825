/**
 * Danish dates and times as minutes print them → ISO dates and HH:MM times.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel, findDate, findDates, findTime, findTimeRange, findTimes } from './dates.js';

const dates: [string, string[]][] = [
  ['d. 05-10-2021', ['2021-10-05']],
  ['Tirsdag d. 05. oktober 2021 kl. 08:30', ['2021-10-05']],
  ['04-06-2020 09:00:00', ['2020-06-04']],
  ['den 1. oktober 2025', ['2025-10-01']],
  ['Mødedato: 04.12.2012', ['2012-12-04']],
  ['Onsdag 27/8-2025', ['2025-08-27']],
  ['5/10 2021', ['2021-10-05']],
  ['2021-10-05', ['2021-10-05']],
  ['Mandag den 3. feb. 2020', ['2020-02-03']],
  ['1. okt. 2025', ['2025-10-01']],
  ['17. december 2019 kl. 17.00-19.30', ['2019-12-17']],
  ['Beslutning i Økonomiudvalget den 10-04-2013 og den 20-06-2013', ['2013-04-10', '2013-06-20']],
  ['05-10-21', ['2021-10-05']],
  ['REFERAT Beskæftigelses- og Socialudvalget 2018-2021 d. 05-10-2021', ['2021-10-05']],
  ['2013-06-20T10:30:00', ['2013-06-20']],
  ['2013-6-4 09:00', ['2013-06-04']],
];

for (const [input, expected] of dates) {
  test(`dates: ${JSON.stringify(input)} → ${expected.join(', ')}`, () => {
    assert.deepEqual(findDates(input).map((d) => d.date), expected);
  });
}

const notDates: string[] = [
  '15.20.00-A00-18-17',
  '00.01.00-G01-818-19',
  'kl. 15.45',
  'Budget 2024',
  'Sagsnr.: 17/46',
];

for (const input of notDates) {
  test(`dates: ${JSON.stringify(input)} holds no date`, () => {
    assert.deepEqual(findDates(input), []);
  });
}

test('dates: the index and end point at the date text', () => {
  const text = 'Mødedato Tirsdag d. 05. oktober 2021 kl. 08:30';
  const [d] = findDates(text);
  assert.equal(text.slice(d!.index, d!.end), '05. oktober 2021');
});

test('dates: findDate gives the first date or null', () => {
  assert.equal(findDate('Byrådet den 25. marts 2020 og Økonomiudvalget den 10. marts 2020'), '2020-03-25');
  assert.equal(findDate('ingen dato her'), null);
  assert.equal(findDate(null), null);
});

test('dates: export date-time values and headings', () => {
  assert.equal(findDate('04-12-2012 13:00:00'), '2012-12-04');
  assert.equal(findDate('Beslutning i PUK den 20-06-2013'), '2013-06-20');
  assert.equal(findDate('tirsdag den 4. december 2012, kl. 13:00'), '2012-12-04');
  assert.equal(findDate('2013-06-20 10:30'), '2013-06-20');
  assert.equal(findDate('Sagsnr.: 2012-28504'), null);
});

const labels: [string, { label: string; date: string; rest: string } | null][] = [
  ['18. september 2012: Sagen udsat.', { label: '18. september 2012', date: '2012-09-18', rest: 'Sagen udsat.' }],
  ['25. september 2012:', { label: '25. september 2012', date: '2012-09-25', rest: '' }],
  ['10-04-2013 (PUK): Udsat.', { label: '10-04-2013 (PUK)', date: '2013-04-10', rest: 'Udsat.' }],
  ['04-12-2012 13:00:00', null],
  ['Beslutning den 18. september 2012: Udsat.', null],
  ['Godkendt.', null],
];

for (const [input, expected] of labels) {
  test(`date label: ${JSON.stringify(input)} → ${JSON.stringify(expected?.label ?? null)}`, () => {
    assert.deepEqual(dateLabel(input), expected);
  });
}

const times: [string, string[]][] = [
  ['Tirsdag d. 05. oktober 2021 kl. 08:30', ['08:30']],
  ['kl. 15.45', ['15:45']],
  ['Kl 10', ['10:00']],
  ['04-06-2020 09:00:00', ['09:00']],
  ['klokken 9.30', ['09:30']],
  ['Mødet startede kl. 16.00', ['16:00']],
  ['13:00 - 15:30', ['13:00', '15:30']],
  ['2013-06-20T10:30:00', ['10:30']],
  ['04.12.2012 13.00', ['13:00']],
  ['4. december 2012, 13.00', ['13:00']],
  ['13.00', ['13:00']],
];

for (const [input, expected] of times) {
  test(`times: ${JSON.stringify(input)} → ${expected.join(', ')}`, () => {
    assert.deepEqual(findTimes(input).map((t) => t.time), expected);
  });
}

test('times: "kl." times are preferred to bare clock times', () => {
  assert.deepEqual(findTimes('Opdateret 12:01 — mødet er kl. 16.00').map((t) => t.time), ['16:00']);
});

test('times: no time in a date or a case number', () => {
  assert.deepEqual(findTimes('d. 05-10-2021'), []);
  assert.deepEqual(findTimes('15.20.00-A00-18-17'), []);
  assert.deepEqual(findTimes('Budget 2.000 kr. og 3.50 kr.'), []);
});

const timeValues: [string | null, string | null][] = [
  ['04-12-2012 13:00:00', '13:00'],
  ['2013-06-20 10:30', '10:30'],
  ['2013-06-20T10:30:00', '10:30'],
  ['kl. 15.45', '15:45'],
  ['tirsdag den 4. december 2012, kl. 13:00', '13:00'],
  ['13.00', '13:00'],
  // A date-time value at midnight is a date without its time.
  ['01-01-2010 00:00:00', null],
  ['© KL 2012', null],
  [null, null],
];

for (const [input, expected] of timeValues) {
  test(`time value: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(findTime(input), expected);
  });
}

const ranges: [string, { start: string; end: string } | null][] = [
  ['kl. 13.00-15.30', { start: '13:00', end: '15:30' }],
  ['13:00 - 15:30', { start: '13:00', end: '15:30' }],
  ['17. december 2019 kl. 17.00-19.30', { start: '17:00', end: '19:30' }],
  ['Tid: Kl. 15.00 – 17.15', { start: '15:00', end: '17:15' }],
  ['kl. 08.30 - kl. 12.15', { start: '08:30', end: '12:15' }],
  ['kl. 08:30', null],
  ['Fra kl. 13:00 til 15:30', { start: '13:00', end: '15:30' }],
  ['kl. 13.00 til kl. 15.30', { start: '13:00', end: '15:30' }],
  ['fra kl. 16 til ca. 18 på Rådhuset', { start: '16:00', end: '18:00' }],
  ['Kl. 9-12', { start: '09:00', end: '12:00' }],
  ['kl. 16.00 til ca. 17.30', { start: '16:00', end: '17:30' }],
  ['budget 2023-2024 kl. 16', null],
  ['kl. 16. 2-3 deltagere', null],
];

for (const [input, expected] of ranges) {
  test(`time range: ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(findTimeRange(input), expected);
  });
}
