/**
 * Case numbers in every form Danish minutes print them: KLE journal numbers
 * (`15.20.00-A00-18-17`, `00.01.00-G01-818-19`), document-system ids (`S2020-26746`,
 * `EMN-2025-010561`, `SAG-2016-00123`), and labelled numbers ("Sagsnr.: 17/46", "Sagsid.: 14/19290",
 * "J.nr. 2013-1234", "Sagsnummer: …").
 */

const KLE = /\b\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?(?:-\d{1,6}-\d{2,4}|-\d{1,6})?\b/;
const SYSTEM_ID = /\b(?:[A-ZÆØÅ]{1,5}-?\d{4}-\d{2,8}|[A-ZÆØÅ]{1,4}\d{4}-\d{2,8})\b/;
const LABEL = /\b(?:sagsnr|sags\s?nr|sagsnummer|sags-nr|sags\s?id|sags-id|sag\s?id|j\.\s?nr|journalnr|journal\s?nr|journalnummer|sagsreference|sagsref|emne-?id|(?:esdh|acadre|sbsys|edoc|getorganized)(?:[\s-]?(?:nr|id|sag))?(?=\s{0,3}[:.]))\.?\s{0,3}[:.]?\s{0,3}([A-ZÆØÅ0-9][\wæøåÆØÅ./-]{1,40})/i;

/** A case number in a line of text, labelled or in one of the known shapes; null when none. */
export function findCaseNumber(line: string): string | null {
  const labelled = LABEL.exec(line);
  // A case number holds a digit: "Sagsnr.:  Sagsbehandler: …" is an empty field, not "Sagsbehandler".
  if (labelled && /\d/.test(labelled[1]!)) return clean(labelled[1]!);
  return shapedCaseNumber(line);
}

/** A case number by its shape alone (KLE journal number, document-system id). */
function shapedCaseNumber(line: string): string | null {
  const kle = KLE.exec(line);
  if (kle && kle[0].length >= 14) return kle[0];
  const id = SYSTEM_ID.exec(line);
  if (id) return id[0];
  return null;
}

/** A line that is nothing but a case number (with an optional label), as printed under a heading. */
/** Year-sequence numbers of document systems ("2023-000124", "2012-28504"), alone on a line. */
const YEAR_SEQUENCE = /^(?:19|20)\d{2}-\d{5,8}$/;
/**
 * "Sag: 23-004512", "Sag nr.: 00.01.00-A00-1-24" alone on a line: a colon and a number with a
 * separator ("Sag 5 - Title" and "Sag nr. 129 Title" are item headings).
 */
const SAG_LINE = /^sag(?:\s?nr\.?)?(?:\s*:\s*|\s+)(\d[\wæøåÆØÅ]*[./-][\wæøåÆØÅ./-]{1,38})$/i;

export function caseNumberLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 80) return null;
  // Every shape holds a digit, every label "sag", "j." or "journal".
  if (!/\d/.test(t) && !/sag|j\.|journal/i.test(t)) return null;
  // The label opens the line ("Sagsnr.: 17/46", "Acadre sagsnr. 18/1234"); further in, the line is
  // something else that mentions one ("1. Title (Sagsnr. 24/1120)").
  const labelled = LABEL.exec(t) ?? SAG_LINE.exec(t);
  if (labelled && labelled.index <= 12 && /\d/.test(labelled[1]!)) return clean(labelled[1]!);
  if (YEAR_SEQUENCE.test(t)) return t;
  const n = shapedCaseNumber(t);
  if (!n) return null;
  if (t.replace(n, '').replace(/[\s:.,()-]/g, '').length <= 2) return n;
  // A KLE number or system id after a label of another system's wording ("Emnenr.: …", "ESDH-nr. …").
  const at = t.indexOf(n);
  return !t.slice(at + n.length).replace(/[\s.,)]/g, '') && NUMBER_LABEL.test(t.slice(0, at)) ? n : null;
}

/** "Emnenr.:", "ESDH-nr.", "Dokumentnummer:": one or two words ending in "nr"/"nummer". */
const NUMBER_LABEL = /^[\p{L}.-]{1,16}(?:\s[\p{L}.-]{1,16})?(?:nr|nummer)\.?\s{0,3}:?\s{0,3}\(?$/iu;

/** A line that is only a case-number label whose value follows on the next line ("Sagsnr.:"). */
export function isCaseNumberLabel(line: string): boolean {
  return /^(sagsnr|sags\s?nr|sagsnummer|sags\s?id|sags-id|j\.\s?nr|journalnr)\.?\s?:?$/i.test(line.trim());
}

/** A bare value after such a label: "12/27845", "2013-1234", "S2020-26746". */
export function bareCaseValue(line: string): string | null {
  const t = line.trim();
  return /^[A-ZÆØÅ0-9][\wæøåÆØÅ./-]{1,40}$/.test(t) && /\d/.test(t) ? clean(t) : null;
}

function clean(s: string): string {
  return s.replace(/[.,;:]+$/, '');
}

/**
 * A case number printed in parentheses at the end of an item heading ("Salg af byggegrund
 * (2024-0020011)"): the title without it, and the number.
 */
export function trailingCaseNumber(title: string): { title: string; caseNumber: string } | null {
  const m = /\s*\(([^()]{5,40})\)$/.exec(title);
  if (!m) return null;
  const inner = m[1]!.trim();
  const n = YEAR_SEQUENCE.test(inner) ? inner : caseNumberLine(inner);
  return n && m.index > 0 ? { title: title.slice(0, m.index).trim(), caseNumber: n } : null;
}

/** A case number of the year/sequence form at a heading's start: "24/3300", "2024-001234". */
const LEADING_SHORT = /^(?:\d{2}\/\d{3,6}|(?:19|20)\d{2}-\d{5,8})$/;

/**
 * A case number printed before the title in an item heading, set apart by a dash or colon ("Sag 1 -
 * 24/3300 - Godkendelse af dagsorden", "3. 15.20.00-A00-18-17: Vejplan"): the title without it,
 * and the number.
 */
export function leadingCaseNumber(title: string): { title: string; caseNumber: string } | null {
  const m = /\s[-–]\s|:\s/.exec(title);
  if (!m || m.index > 40) return null;
  const head = title.slice(0, m.index).trim();
  const rest = title.slice(m.index + m[0].length).trim();
  if (!rest || head.includes(' ')) return null;
  const n = LEADING_SHORT.test(head) ? head : shapedCaseNumber(head) === head ? head : null;
  return n ? { title: rest, caseNumber: n } : null;
}
