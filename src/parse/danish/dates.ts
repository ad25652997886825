/** Danish dates and times as printed in minutes → ISO forms. */

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return null;
  // 30-02-2021 and 31. april are no dates.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export interface FoundDate {
  date: string;
  /** Where the date text starts and ends in the input. */
  index: number;
  end: number;
}

// "5. oktober 2021", "05. okt. 2021", "den 1. oktober 2025"
const WORD_DATE = /\b(\d{1,2})\.?\s{0,3}(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?,?\s{0,3}(\d{4})\b/gi;
// "05-10-2021", "04.12.2012", "5/10 2021", "05-10-21"
const NUMERIC_DATE = /\b(\d{1,2})[-./](\d{1,2})[-./ ](\d{4}|\d{2})\b/g;
// "2021-10-05", "2013-6-4", and the date of a timestamp "2013-06-20T10:30:00"
const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?=T\d|\b)/g;

/** Every date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every form holds a digit; most headings and lines hold none.
  if (!/\d/.test(text)) return found;
  for (const m of text.matchAll(WORD_DATE)) {
    const date = iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
    if (date) found.push({ date, index: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) found.push({ date, index: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (found.some((f) => m.index! >= f.index && m.index! < f.end)) continue;
    // A KLE journal number ("15.20.00-A00") is not a date.
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
    if (/^[-.]\w/.test(after)) continue;
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) found.push({ date, index: m.index!, end: m.index! + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findDate(text: string | null | undefined): string | null {
  return findDates(text ?? '')[0]?.date ?? null;
}

export interface DateLabel {
  /** The label as printed, without its colon: "18. september 2012". */
  label: string;
  date: string;
  /** The text after the colon. */
  rest: string;
}

/**
 * A line that opens with a date label, as decision fields that collect several meetings' decisions
 * print them: "18. september 2012: Sagen udsat." → label, date and the text after the colon. The
 * colon of a time ("04-12-2012 13:00") is no label's.
 */
export function dateLabel(line: string): DateLabel | null {
  const colon = line.indexOf(':', 4);
  if (colon < 0 || colon > 40) return null;
  const m = /^(.{4,40}?):(?!\d)\s*(.*)$/.exec(line);
  if (!m) return null;
  const dates = findDates(m[1]!);
  return dates.length === 1 && dates[0]!.index === 0 ? { label: m[1]!.trim(), date: dates[0]!.date, rest: m[2]! } : null;
}

export interface FoundTime {
  time: string;
  index: number;
}

// "kl. 08:30", "kl. 15.45", "Kl 10", "13:00:00", "klokken 9.30"
const LABELLED_TIME = /\b(?:kl|klokken)\.?\s{0,3}(\d{1,2})(?:[:.](\d{2}))?\b/gi;
// "13:00", "13:00:00", and the time of a timestamp "2013-06-20T10:30:00"
const BARE_TIME = /(?:\b|(?<=\dT))(\d{1,2}):(\d{2})(?::\d{2})?\b/g;
// Right after a date a time may have a dot: "04.12.2012 13.00", "4. december 2012, 13.00".
const TIME_AFTER_DATE = /^(?:T|[\s,]+)(\d{1,2})[:.](\d{2})(?![\d])/;
// A value that is only a time: "13.00", "13:00:00".
const ONLY_TIME = /^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*$/;

function hhmm(h: number, m: number): string | null {
  return h <= 24 && m < 60 ? `${pad(h)}:${pad(m)}` : null;
}

/**
 * Times in the text; "kl." forms first, else bare HH:MM, a time right after a date ("04.12.2012
 * 13.00") and a value that is only a time ("13.00").
 */
export function findTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  for (const m of text.matchAll(LABELLED_TIME)) {
    const t = hhmm(Number(m[1]), Number(m[2] ?? 0));
    if (t) found.push({ time: t, index: m.index! });
  }
  if (found.length) return found;
  const add = (index: number, h: string, min: string): void => {
    const t = hhmm(Number(h), Number(min));
    if (t && !found.some((f) => f.index === index)) found.push({ time: t, index });
  };
  for (const m of text.matchAll(BARE_TIME)) add(m.index!, m[1]!, m[2]!);
  for (const d of findDates(text)) {
    const m = TIME_AFTER_DATE.exec(text.slice(d.end));
    if (m) add(d.end + m[0].length - m[1]!.length - m[2]!.length - 1, m[1]!, m[2]!);
  }
  const only = ONLY_TIME.exec(text);
  if (only) add(only.index + only[0].indexOf(only[1]!), only[1]!, only[2]!);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The time of a date and time as exports and headers write it ("04-12-2012 13:00:00",
 * "2013-06-20T10:30", "tirsdag den 4. december 2012, kl. 13:00", "13.00"), or null. Midnight is a
 * date without its time ("01-01-2010 00:00:00") and counts as none.
 */
export function findTime(text: string | null | undefined): string | null {
  const time = findTimes(text ?? '')[0]?.time ?? null;
  return time === '00:00' ? null : time;
}

/** "kl. 13.00-15.30" or "13:00 - 15:30": the end time after a dash. */
export function findTimeRange(text: string): { start: string; end: string } | null {
  // "16:00 - 18:15", "fra kl. 13:00 til kl. 15:30".
  // "kl. 16-18", "fra kl. 16 til ca. 18": whole hours after "kl.".
  const m =
    /(\d{1,2})[:.](\d{2})(?:\s{0,3}[-–]\s{0,3}|\s{1,3}til\s{1,3})(?:ca\.\s{0,3})?(?:kl\.?\s{0,3})?(\d{1,2})[:.](\d{2})/.exec(text) ??
    /\bkl\.?\s{0,3}(\d{1,2})(?:[:.](\d{2}))?(?:\s{0,3}[-–]\s{0,3}|\s{1,3}til\s{1,3})(?:ca\.\s{0,3})?(?:kl\.?\s{0,3})?(\d{1,2})(?:[:.](\d{2}))?(?![\d.:])/i.exec(text);
  if (!m) return null;
  const start = hhmm(Number(m[1]), Number(m[2] ?? 0));
  const end = hhmm(Number(m[3]), Number(m[4] ?? 0));
  return start && end ? { start, end } : null;
}
