/** Atom and iCalendar output: escaping, folding, line ends, time zones. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderAtom } from './atom.js';
import { fold, icalText, renderCalendar } from './ical.js';

test('iCalendar text escaping and folding at 75 octets', () => {
  assert.equal(icalText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  const long = 'DESCRIPTION:' + 'æøå'.repeat(40);
  const folded = fold(long);
  for (const line of folded.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.equal(folded.replace(/\r\n /g, ''), long, 'unfolds to the original');
});

test('a calendar: local times in Europe/Copenhagen, all-day events without a time, CRLF', () => {
  const ics = renderCalendar({
    name: 'Udvalg, By',
    events: [
      { uid: 'meeting-1@referat', stamp: '2021-10-01T10:00:00.000Z', date: '2021-10-05', start: '08:30', end: '10:00', summary: 'Møde; referat', url: 'http://x/m/1', location: 'Rådhuset, lokale 2' },
      { uid: 'meeting-2@referat', stamp: '2021-10-01T10:00:00.000Z', date: '2021-12-31', start: null, end: null, summary: 'Møde', url: 'http://x/m/2' },
    ],
  });
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  assert.match(ics, /DTSTART;TZID=Europe\/Copenhagen:20211005T083000\r\nDTEND;TZID=Europe\/Copenhagen:20211005T100000/);
  assert.match(ics, /DTSTART;VALUE=DATE:20211231\r\nDTEND;VALUE=DATE:20220101/);
  assert.match(ics, /SUMMARY:Møde\\; referat/);
  assert.match(ics, /LOCATION:Rådhuset\\, lokale 2/);
  assert.match(ics, /DTSTAMP:20211001T100000Z/);
  assert.ok(!/[^\r]\n/.test(ics));
});

test('Atom: everything escaped, content as escaped HTML', () => {
  const xml = renderAtom({
    id: 'http://x/f',
    title: 'A & B <c>',
    self: 'http://x/f?a=1&b=2',
    alternate: 'http://x/',
    updated: '2021-10-05T08:30:00.000Z',
    entries: [{ id: 'http://x/e', title: '"t"', link: 'http://x/e', updated: 'not a date', contentHtml: '<p>x &amp; y</p>' }],
  });
  assert.match(xml, /<title>A &amp; B &lt;c&gt;<\/title>/);
  assert.match(xml, /href="http:\/\/x\/f\?a=1&amp;b=2"/);
  assert.match(xml, /<content type="html">&lt;p&gt;x &amp;amp; y&lt;\/p&gt;<\/content>/);
  assert.match(xml, /<updated>1970-01-01T00:00:00.000Z<\/updated>/, 'a bad timestamp never breaks the feed');
});
