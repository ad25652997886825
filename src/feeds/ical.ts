/** iCalendar (RFC 5545): escaping, line folding at 75 octets, CRLF line ends, Europe/Copenhagen time. */

export interface CalendarEvent {
  uid: string;
  /** Last change (ISO timestamp). */
  stamp: string;
  date: string;
  start: string | null;
  end: string | null;
  summary: string;
  location?: string | null;
  description?: string;
  url: string;
}

export interface Calendar {
  name: string;
  description?: string;
  events: CalendarEvent[];
}

/** TEXT value escaping: backslash, semicolon, comma, newline. */
export function icalText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds a content line into lines of at most 75 octets (UTF-8), continuation lines start with a space. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + n > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const utcStamp = (iso: string): string => {
  const d = Number.isFinite(Date.parse(iso)) ? new Date(iso) : new Date(0);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
};

const local = (date: string, time: string): string => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
};

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Copenhagen',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function renderCalendar(c: Calendar): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Referat//Mødekalender//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(c.name)}`,
    ...(c.description ? [`X-WR-CALDESC:${icalText(c.description)}`] : []),
    'X-WR-TIMEZONE:Europe/Copenhagen',
    ...VTIMEZONE,
  ];
  for (const e of c.events) {
    const timed = e.start && /^\d\d:\d\d$/.test(e.start);
    lines.push('BEGIN:VEVENT', `UID:${icalText(e.uid)}`, `DTSTAMP:${utcStamp(e.stamp)}`, `LAST-MODIFIED:${utcStamp(e.stamp)}`);
    if (timed) {
      lines.push(`DTSTART;TZID=Europe/Copenhagen:${local(e.date, e.start!)}`);
      if (e.end && /^\d\d:\d\d$/.test(e.end) && e.end > e.start!) lines.push(`DTEND;TZID=Europe/Copenhagen:${local(e.date, e.end)}`);
      else lines.push('DURATION:PT2H');
    } else {
      lines.push(`DTSTART;VALUE=DATE:${e.date.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${nextDay(e.date)}`);
    }
    lines.push(`SUMMARY:${icalText(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${icalText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${icalText(e.description)}`);
    lines.push(`URL:${e.url}`, 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
