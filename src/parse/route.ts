/**
 * The route of a case through committees ("Sagens gang", "Sagsforløb", "Beslutningskompetence"):
 * "- Arbejdsmarkedsudvalget den 22. oktober 2020", "Økonomiudvalget, 18. september 2019, pkt. 153:
 * Indstilles godkendt.", or labelled blocks "Udvalg: Magistraten / Dato: 02-09-2025 /
 * Punktnummer: 12 / <decision>".
 */
import type { RouteStep } from '../model/index.js';
import { findDates } from './danish/dates.js';

const BODY_WORD = /(udvalget|udvalg|byrådet|byråd|kommunalbestyrelsen|kommunalbestyrelse|borgerrepræsentationen|magistraten|regionsrådet|forretningsudvalget|økonomiudvalget|rådet|råd|bestyrelsen|direktionen|borgmesteren|byrådsmøde|koncernledelsen|hovedudvalget|MED-udvalget)$/i;
const LABEL_BODY = /^(?:udvalg|politisk udvalg|myndighed|behandlet i)\s*:\s*(.{2,120})$/i;
const LABEL_DATE = /^(?:dato|mødedato)\s*:\s*(.{4,60})$/i;
const LABEL_ITEM = /^(?:punktnummer|punkt|pkt\.?|punkt nr\.?)\s*:?\s*(\d{1,4}[a-z]?)\.?$/i;
const ITEM_REF = /\b(?:pkt|punkt|punktnr|sag nr)\.?\s*(\d{1,4}[a-z]?)\b/i;

function bodyAtStart(line: string): string | null {
  const t = line.replace(/^[-–•*]\s*/, '');
  const cut = /,|\s(?:den|d\.|på mødet|i mødet|mødet)\s|:|\s\d/.exec(t);
  const head = (cut ? t.slice(0, cut.index) : t).trim();
  if (head.length < 3 || head.length > 90 || !/^[A-ZÆØÅ]/.test(head)) return null;
  return BODY_WORD.test(head) ? head : null;
}

/**
 * "Økonomiudvalget den 19. april 2023, pkt. 5:" on a line of its own: a body, a date and a colon or
 * item number open that body's decision on the case (this meeting's or an earlier one's).
 */
export function isRouteStepHeading(line: string): boolean {
  const t = line.trim();
  if (t.length > 140 || !t.endsWith(':')) return false;
  const body = bodyAtStart(t);
  // A name ("Plan- og Miljøudvalget"), not a sentence that ends in one ("Som led i planen besluttede byrådet").
  return !!body && body.split(/\s+/).every((w) => /^[A-ZÆØÅ]/.test(w) || /-$/.test(w) || NAME_JOINERS.has(w)) && findDates(t).length > 0;
}

/** The small words inside a body's name ("Udvalget for Børn og Unge"), which keep their lower case. */
export const NAME_JOINERS = new Set(['og', 'for', 'i', 'af', 'samt', 'med', 'til', '&']);

/** "Beslutning i Økonomiudvalget den 8. maj 2024", "Udtalelse fra Ældrerådet, 2. maj 2024:": a decision heading naming its body. */
const DECISION_OF_BODY = /^(?:beslutning|beslutninger|indstilling|udtalelse|høringssvar|anbefaling)\s+(?:i|fra|på mødet i)\s+(\S.*)$/i;

/** The genitive's "s" and the word after it: "Byråde|ts beslutning|", "Økonomiudvalge|ts indstilling|". */
const GENITIVE_DECISION = /(?<=\p{L})s\s+(?:beslutning|indstilling|anbefaling|udtalelse)\b\s*/iu;

/**
 * The route step a decision section's heading opens, as parseRoute reads it ("Økonomiudvalget den
 * 8. maj 2024:"): a body and a date, written as the step itself ("Økonomiudvalget den 19. april
 * 2023, pkt. 5:") or as the body's decision ("Beslutning i Økonomiudvalget den 8. maj 2024").
 * Null for a heading that names no body and date.
 */
export function routeStepOfHeading(heading: string): string | null {
  const t = heading.trim();
  if (isRouteStepHeading(t)) return t;
  if (t.length > 140) return null;
  const m = DECISION_OF_BODY.exec(t);
  // "Økonomiudvalgets beslutning den 10. april 2024": the body in the genitive.
  const g = m ? null : GENITIVE_DECISION.exec(t);
  const step = m ? m[1]! : g && !/^udvalgets$/i.test(t.slice(0, g.index + 1)) ? `${t.slice(0, g.index)} ${t.slice(g.index + g[0].length)}` : null;
  if (!step) return null;
  const line = step.replace(/\s*:$/, '') + ':';
  return isRouteStepHeading(line) ? line : null;
}

export function parseRoute(text: string): RouteStep[] {
  const steps: RouteStep[] = [];
  let cur: RouteStep | null = null;
  const decisionLines: string[] = [];
  const close = (): void => {
    if (cur) {
      const d = decisionLines.join('\n').trim();
      cur.decision = cur.decision ?? (d || null);
      steps.push(cur);
    }
    cur = null;
    decisionLines.length = 0;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const labelBody = LABEL_BODY.exec(line);
    if (labelBody) {
      close();
      cur = { body: labelBody[1]!.trim(), date: null, itemNumber: null, decision: null };
      continue;
    }
    if (cur && !cur.date && LABEL_DATE.test(line)) {
      cur.date = findDates(line)[0]?.date ?? null;
      continue;
    }
    const item = LABEL_ITEM.exec(line);
    if (cur && !cur.itemNumber && item) {
      cur.itemNumber = item[1]!;
      continue;
    }
    const body = bodyAtStart(line);
    const dates = body ? findDates(line) : [];
    if (body && (dates.length || ITEM_REF.test(line) || /^[-–•*]/.test(raw.trim()))) {
      close();
      const ref = ITEM_REF.exec(line);
      const colon = line.indexOf(':', dates[0]?.end ?? 0);
      const after = colon >= 0 ? line.slice(colon + 1).trim() : '';
      cur = { body, date: dates[0]?.date ?? null, itemNumber: ref ? ref[1]! : null, decision: after || null };
      continue;
    }
    if (cur) decisionLines.push(line);
  }
  close();
  return steps;
}
