/**
 * Finding the item headings: "Punkt 3: Title", "Pkt. 3", "Sag nr. 129 Title", "49. Title",
 * "715.\tTitle", Markdown/HTML headings with a number, a bold line, or a bare number followed by a
 * heading (portal layouts). Recommendation clauses ("1. Udvalget godkender …") look the same as
 * "1. Title", so every candidate gets a score from what surrounds it, and the best increasing
 * chain of numbers wins.
 */
import { wrapJoint } from '../read/block.js';
import { caseNumberLine, isCaseNumberLabel } from './case-number.js';
import { findDates } from './danish/dates.js';
import { ITEM_NUMBER, itemNumberKey } from './item-number.js';
import type { Line } from './lines.js';
import { isStandalone } from './lines.js';
import { inlineSection, isSectionName, knownSectionKind } from './sections.js';
import type { Toc } from './toc.js';
import { PART_MARKER, squash, tocMatches } from './toc.js';

export interface ItemHeading {
  /** Line index of the heading. */
  line: number;
  /** First line index after the heading (and its wrapped continuation). */
  bodyStart: number;
  number: string;
  title: string;
  closed: boolean;
  /** The item's type as the heading states it before the title ("Orienteringssag"), or null. */
  typeLabel: string | null;
}

const PUNKT = new RegExp(String.raw`^(?:(?:ad\.?\s+)?(?:dagsordens)?(?:punkt|pkt\.?)(?:\s{0,2}nr\.?)?|§|ad\.?(?=\s))\s{0,3}(${ITEM_NUMBER})\s{0,3}[:.)\-–]?\s*(.*)$`, 'i');
const SAG_NR = /^(?:sag\s{0,2}nr|nr)\.?\s{0,3}(\d{1,5})\s{0,3}[:.)\-–]?\s*(.*)$/i;
/** "Sag 41 - Title", "Sag 7: Title", "Sag 142/2024 Title" (the number of the year's cases): "Sag" and a number, then a separator or the capital of a title. */
const SAG = /^Sag\s{1,3}(\d{1,5})(?:\/(?:19|20)?\d{2})?(?:\s{0,3}[:.)\-–]\s{1,3}|\s{1,3}(?=[A-ZÆØÅ"“«(]))(\S.*)$/;
const NUMBERED = new RegExp(String.raw`^(${ITEM_NUMBER})(?:\.\s{1,6}|\.(?=[A-ZÆØÅ"“«(])|\s*\)\s{0,6}|\s*\t\s*|\s{2,}|\s[-–]\s|\s(?=[A-ZÆØÅ"“«(])|(?<=\d\.\d{1,2})\s(?=\d{1,4}\s\p{Ll}))(\S.*)$`, 'u');
/** "Lukket punkt: 4. Title", "Lukket: Punkt 4 …": a closed marker in front of the heading. */
const CLOSED_PREFIX = /^(?:lukket\s*punkt|lukket\s*sag|lukket|fortroligt\s*punkt)\s*[:.\-–]\s*(?=\d|punkt|pkt|sag)/i;
/** "(åben)", "(Åbent)", "(lukket)" between the number and the title. */
const ACCESS_MARK = /^[([]\s*(åben|åbent|offentlig|lukket|lukket punkt|fortrolig|å|l)\s*[)\]]\s*[:.\-–]?\s*/i;
/** "Åben - Title", "Åbent: Title": an open item's mark before its title (the closed one is CLOSED). */
const OPEN_PREFIX = /^(?:åben|åbent|offentlig|offentligt)(?:\s+(?:punkt|sag))?(?:\s*:|\s+[-–])\s*(?=\p{L})/iu;
const BARE_NUMBER = /^(\d{1,4})\.?$/;
/** An item number in a column of its own: digits (and dotted parts), a tab, a letter. */
const NUMBER_COLUMN = /^\d{1,4}(?:\.\d{1,2})*\.?\t\p{L}/u;
const CLOSED = /^(?:lukket\s*punkt|lukket\s*sag|lukket|fortroligt(?:\s*punkt)?|ikke[- ]offentligt?(?:\s*punkt)?|(?:\(|\[)lukket(?:\)|\]))(?![\p{L}])\s*[:.\-–]?\s*/iu;
/** An access mark after the title: "(Lukket punkt)", "- Åben sag", "[Lukket]", "(Åbent punkt)". */
// (?<!\s): a match starts where a run of spaces starts, so a long run is not scanned from each of its spaces.
const ACCESS_SUFFIX = /(?:\s[-–]\s*|\s*[([]\s*)(åben|åbent|offentlig|offentligt|lukket|fortrolig|fortroligt|ikke[- ]offentligt?)(?:\s+(?:punkt|sag|dagsordenspunkt))?\s*[)\]]?$/i;
/** A portal's badge after the title, a capitalised word of its own: "Salg af grund Lukket". */
const ACCESS_BADGE = /\s(Åben|Åbent|Lukket|Fortrolig)(?:\s(?:punkt|sag))?$/;
/** An item type in front of the title: "Beslutningssag:", "Til orientering:". */
const CASE_TYPE = /^(beslutningssag|orienteringssag|drøftelsessag|til beslutning|til godkendelse|til orientering|til drøftelse)\s*[:.\-–]\s+/i;
/** A "Lukket punkt" line under the heading marks the item closed (item.ts); it is no part of the title. */
const CLOSED_LINE = /^(?:lukket(?:\s+punkt|\s+sag)?|fortroligt(?:\s+punkt)?)\.?$/i;

/** The first letters of the heading words above. */
const WORD_START = new Set([...'psndlfaoåPSNDLFAOÅ§'].map((c) => c.charCodeAt(0)));
/** "Åbent punkt 1: …", "Lukket punkt 3: …", "Offentligt punkt 2 …": the item's access before its heading. */
const ACCESS_WORD = /^(åbent?|offentligt?|lukket|fortroligt)\s+(?=(?:punkt|pkt\.?|sag|dagsordenspunkt)\s*(?:nr\.?\s*)?\d)/i;

interface Candidate {
  line: number;
  bodyStart: number;
  number: string;
  title: string;
  score: number;
  strong: boolean;
  /** 2: "Punkt N"/"Sag nr." or a number column beside a heading; 1: a prominent numbered line; 0: a plain one. */
  tier: number;
  tocMatch: boolean;
  /** Opened by its access ("Lukket punkt 3: …"). */
  access?: boolean;
}


/** The heading's title may wrap onto following lines of the same paragraph. */
/** A title line that goes on: it ends in a hyphen, comma or a word that joins ("og", "for", "til" …). */
const OPEN_END = /(?:[-–,:]|\s(?:og|samt|eller|for|til|i|af|på|ved|med|om|fra|under|efter|mellem|the|de|det|den|en|et))$/i;
/** An abbreviation's full stop ("m.v.", "mv.", "jf.", "nr.") is no sentence's end. */
const ABBREVIATION_END = /(?:^|[\s(])(?:m\.v|mv|m\.m|mm|jf|nr|pkt|ca|inkl|ekskl|bl\.a|f\.eks|osv|etc|stk)\.$/i;

/** A whole sentence: a capital at the start, a full stop or "!" at the end. */
function isOwnSentence(text: string): boolean {
  return /^\p{Lu}/u.test(text) && /[^.][.!]$/.test(text) && !ABBREVIATION_END.test(text);
}

function continueTitle(lines: Line[], i: number, title: string, toc: Toc | null, number: string): { title: string; next: number } {
  let t = title;
  let j = i + 1;
  const head = lines[i]!;
  while (j < lines.length) {
    const l = lines[j]!;
    const sameParagraph = l.kind === 'text' && l.block === head.block && l.lineNo > 0;
    const sameHeadingStyle = l.kind === head.kind && (head.kind === 'heading' ? l.level === head.level && l.text !== '' : false) && head.kind !== 'text';
    if (!sameParagraph && !sameHeadingStyle && !wrapsByToc(t, l, toc)) break;
    const text = l.text.trim();
    if (!text || caseNumberLine(text) || isCaseNumberLabel(text) || knownSectionKind(text) || inlineSection(text) || CLOSED_LINE.test(text) || PUNKT.test(text) || /^sag\s{0,2}nr\.?\s{0,3}\d/i.test(text) || /^(sagsnr|sags\s?nr|j\.\s?nr|dok\.?\s?nr)/i.test(text)) break;
    if (sameHeadingStyle && !wrapsByToc(t, l, toc) && !/[-–]$/.test(t)) break;
    // "Udvalget godkendte dagsordenen.", "Intet.": a sentence of its own under the title is the item's text.
    if (sameParagraph && isOwnSentence(text) && !OPEN_END.test(t) && !wrapsByToc(t, l, toc)) break;
    // "4. Lukket punkt: Personalesag" / "5. Eventuelt" in one paragraph: the next item's heading.
    const next = NUMBERED.exec(text);
    if (next && compareKeys(itemNumberKey(next[1]!), itemNumberKey(number)) > 0 && !/[-–]$/.test(t)) break;
    const joint = wrapJoint(t, text);
    if (joint === 'mend') t = t.slice(0, -1) + text;
    // "2023-" + "2026", "Børne-" + "Ungeudvalget": a hyphen before a capital or digit stays, without a space.
    else if (joint === 'join' || (/[\p{L}\d]-$/u.test(t) && !/^[a-zæøå]/.test(text))) t += text;
    else t = `${t} ${text}`;
    j++;
    if (j - i > 4) break;
  }
  return { title: t, next: j };
}

/** A following line continues the title when the TOC's title is longer than what we have. */
function wrapsByToc(title: string, next: Line, toc: Toc | null): boolean {
  if (!toc || next.kind !== 'text') return false;
  const sq = squash(title);
  if (sq.length < 8) return false;
  let nextKey: string | null = null;
  return toc.entries.some((e) => {
    const te = e.key ?? squash(e.title);
    if (te.length <= sq.length || !te.startsWith(sq)) return false;
    nextKey ??= squash(next.text.slice(0, 40));
    return te.startsWith(nextKey.slice(0, Math.min(8, te.length - sq.length)), sq.length);
  });
}

/** An access mark's word that closes the item: "lukket", "L", "fortrolig", "ikke offentlig" (not "åben", "Å", "offentlig"). */
const CLOSED_WORD = /^(?:l|lukket|fortrolig|ikke)/i;

function stripClosed(title: string): { title: string; closed: boolean } {
  let t = title.trim();
  let closed = false;
  const access = ACCESS_MARK.exec(t);
  if (access) {
    closed = CLOSED_WORD.test(access[1]!);
    t = t.slice(access[0].length);
  }
  if (/^(lukket punkt|lukket sag|lukket)$/i.test(t)) return { title: t, closed: true };
  const open = OPEN_PREFIX.exec(t);
  if (open) t = t.slice(open[0].length);
  const m = CLOSED.exec(t);
  if (m && t.length > m[0].length) {
    closed = true;
    t = t.slice(m[0].length);
  }
  const s = ACCESS_SUFFIX.exec(t) ?? ACCESS_BADGE.exec(t);
  if (s && s.index > 0) {
    closed ||= CLOSED_WORD.test(s[1]!);
    t = t.slice(0, s.index);
  }
  return { title: t.trim(), closed };
}

/** A decision's words as a point's text ("Taget til efterretning.", "Godkendt, idet …"). */
const DECISION_PER_POINT = /^(?:godkendt|godkendes|taget til efterretning|tages til efterretning|vedtaget|anbefales|anbefalet|tiltrådt|drøftet|udsat|afvist|ikke godkendt|oversendt|indstillingen)(?![\p{L}])/iu;

function looksLikeSentence(title: string): boolean {
  return title.length > 260 || (/[.!]$/.test(title) && title.split(' ').length > 12) || /^(at|og|der|som)\s/i.test(title);
}

/**
 * "20. juni 2013 kl. 15", "12.03.2024 Møde": a line that opens with a date, with its month in words
 * or a four-digit year. "2.2 10 mio. kr." and "4.1 23 nye boliger" are sub-points, not dates.
 */
function startsWithDate(text: string): boolean {
  const d = findDates(text)[0];
  if (d?.index !== 0) return false;
  const printed = text.slice(0, d.end);
  return /\p{L}/u.test(printed) || /^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/.test(printed.trim());
}

function candidateAt(lines: Line[], i: number, toc: Toc | null): Candidate | null {
  const l = lines[i]!;
  if (l.kind !== 'text' && l.kind !== 'heading') return null;
  let text = l.text.trim();
  if (!text) return null;
  const c0 = text.charCodeAt(0);
  // Every heading form starts with a digit, "Punkt"/"Pkt"/"Sag"/"Nr."/"Dagsordenspunkt" or "Lukket".
  if (!(c0 >= 48 && c0 <= 57) && !(WORD_START.has(c0) && /^(punkt|pkt|sag|nr\.|dagsordenspunkt|lukket|fortroligt|åben|offentlig|ad\.?\s+(?:punkt|pkt|\d)|§\s*\d)/i.test(text))) return null;
  const access = ACCESS_WORD.exec(text);
  if (access) text = text.slice(access[0].length);
  const closedPrefix = access ? (/^(lukket|fortroligt)$/i.test(access[1]!) ? access : null) : CLOSED_PREFIX.exec(text);
  if (closedPrefix && !access) text = text.slice(closedPrefix[0].length);
  else if (!access && /^(lukket|fortroligt|åben|offentlig)/i.test(text)) return null;
  const firstLine = l.kind === 'heading' || l.lineNo === 0;
  const prominent = l.kind === 'heading' || l.bold || (l.size !== null && l.size > 1.12);

  let m = PUNKT.exec(text) ?? SAG_NR.exec(text) ?? SAG.exec(text);
  let strong = (!!m && (firstLine || /^(Punkt|Pkt|Sag|Nr|Dagsordenspunkt|§|Ad\.? )/.test(text))) || (!!closedPrefix && firstLine);
  if (m && !firstLine && !/^(Punkt|Pkt|Sag|Nr|Dagsordenspunkt|§|Ad\.? )/.test(text)) m = null;
  // "1.1<TAB>Title" inside a paragraph: the number in a column of its own (a PDF of a two-column layout).
  if (!m && (firstLine || prominent || NUMBER_COLUMN.test(text))) m = NUMBERED.exec(text);
  let bodyStart = i + 1;
  let title: string;
  let number: string;
  if (m) {
    number = m[1]!;
    title = m[2]!.trim();
    // "Lukket punkt 3 behandles til sidst.": a sentence about an item, no heading.
    if (access && title && !/^[\p{Lu}\d"“«(]/u.test(title)) return null;
    if (!title) {
      // "Punkt 3" alone: the title is the next line.
      const next = lines[i + 1];
      if (!next || (next.kind !== 'text' && next.kind !== 'heading') || !next.text.trim()) return null;
      title = next.text.trim();
      bodyStart = i + 2;
    }
  } else {
    // A bare number directly followed by a heading (a portal's number column), or by a title line
    // of its own with an item's evidence under it (portals that style divs, not headings).
    const bare = BARE_NUMBER.exec(text);
    const next = lines[i + 1];
    if (!bare || !next || !next.text.trim()) return null;
    if (next.kind === 'heading') strong = true;
    // The number alone, its title on the next line: lines of their own, or a paragraph's first two lines.
    else if (!(next.kind === 'text' && ((isStandalone(l) && isStandalone(next)) || (l.lineNo === 0 && next.block === l.block)) && next.text.length <= 150 && !/[.:;,]$/.test(next.text.trim()) && evidenceAfter(lines, i + 2))) return null;
    number = bare[1]!;
    title = next.text.trim();
    bodyStart = i + 2;
  }
  // "15.00.00-G01-86-20" and "2023-000124" start like numbered headings, and so does a date ("20. juni 2013 kl. 15").
  if (caseNumberLine(text) || (c0 >= 48 && c0 <= 57 && startsWithDate(text))) return null;
  const cont = continueTitle(lines, bodyStart - 1, title, toc, number);
  title = cont.title;
  bodyStart = cont.next;
  if (!/\p{L}/u.test(title) || /^\d/.test(title) && /^\d+([.,]\d+)*\s*(%|kr|mio)/.test(title)) return null;

  let score = strong ? 6 : 1;
  if (prominent) score += 3;
  if (isStandalone(l)) score += 1;
  if (l.gapBefore !== null && l.gapBefore > 1.5) score += 0.5;
  const prev = lines[i - 1];
  if (!prev || prev.kind === 'pageBreak') score += 1;
  const titleKey = squash(title);
  const tocMatch = !!toc?.entries.some((e) => tocMatches(titleKey, e, true));
  if (tocMatch) score += 4;
  for (let k = bodyStart; k < Math.min(lines.length, bodyStart + 4); k++) {
    const t = lines[k]!.text.trim();
    // "1 First Agenda" with "1.1 Status" right under it: a group heading over numbered items.
    if (k === bodyStart && t.startsWith(`${number}.1`) && /^\d+(?:\.\d+)*\.1\.?\s/.test(t)) {
      score += 2;
      break;
    }
    if (caseNumberLine(t) || isCaseNumberLabel(t) || CLOSED_LINE.test(t)) {
      score += 3;
      break;
    }
    // A section name on a line of its own, or inside the paragraph when nothing but the name is on it.
    if (((isStandalone(lines[k]!) || isSectionName(t)) && knownSectionKind(t)) || inlineSection(t)) {
      score += 2;
      break;
    }
  }
  if (looksLikeSentence(title)) score -= 4;
  if (!strong && !prominent && !isStandalone(l)) score -= 2;
  if (knownSectionKind(title)) score -= 5;
  // "Punkt 1: Taget til efterretning.", "Ad 1) Godkendt." under a decision: a decision per point of
  // the recommendation, no heading.
  if (l.kind !== 'heading' && DECISION_PER_POINT.test(title)) return null;
  const tier = strong ? 2 : prominent ? 1 : 0;
  return { line: i, bodyStart, number, title: closedPrefix ? `Lukket: ${title}` : title, score, strong, tier, tocMatch, ...(access ? { access: true } : {}) };
}

/** A case number or a section heading within the first lines from `start`. */
function evidenceAfter(lines: Line[], start: number): boolean {
  for (let k = start; k < Math.min(lines.length, start + 3); k++) {
    const t = lines[k]!.text.trim();
    if (caseNumberLine(t) || isCaseNumberLabel(t) || knownSectionKind(t) || inlineSection(t)) return true;
  }
  return false;
}

/**
 * "2. Meddelelser" with "2.1 Status på budget" and "2.2 Nyt fra KL" under it: sub-points of one
 * item, whose decision follows the last of them. Numbered children of an item in the chain are
 * items of their own only when they carry an item's evidence (a case number or a section heading)
 * in their own text; a group of two or more where none but the last does is the parent's text.
 */
function withoutSubPoints(chain: Candidate[], lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < chain.length; k++) {
    const parent = chain[k]!;
    out.push(parent);
    const prefix = `${parent.number}.`;
    let end = k + 1;
    while (end < chain.length && chain[end]!.number.startsWith(prefix)) end++;
    if (end - k - 1 < 2) continue;
    const children = chain.slice(k + 1, end);
    const evidence = children.slice(0, -1).some((c, i) => hasEvidence(lines, c.bodyStart, children[i + 1]!.line));
    if (!evidence) k = end - 1;
  }
  return out;
}

/** An item's evidence between two lines: a case number (or its label) or a section heading. */
function hasEvidence(lines: Line[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, lines.length); k++) {
    const l = lines[k]!;
    const t = l.text.trim();
    if (caseNumberLine(t) || isCaseNumberLabel(t) || inlineSection(t) || ((isStandalone(l) || isSectionName(t)) && knownSectionKind(t))) return true;
  }
  return false;
}

/** A candidate's number when it is a plain one ("3", not "3a" or "2.1"). */
const plainNumber = (c: Candidate): number | null => (/^\d+$/.test(c.number) ? Number(c.number) : null);

/** A weak candidate's score: a plain numbered line opening a paragraph ("1. Godkendelse af dagsorden" / "Godkendt."). */
const WEAK_SCORE = -2;

/**
 * The chain with the numbers it skips filled in by weak candidates that stand where those numbers
 * belong: "1. Godkendelse af dagsorden" / "Godkendt." in one paragraph has nothing under it to
 * show it is an item, but between the header and item 2 it can be nothing else. Only plain
 * numbers, each exactly one after the item before it (or one before the item after it).
 */
function completeSequence(chain: Candidate[], weak: Candidate[]): Candidate[] {
  if (!weak.length || !chain.length || !chain.every((c) => plainNumber(c) !== null)) return chain;
  const plain = weak.filter((w) => plainNumber(w) !== null);
  // Forward, merging by line: a weak line one after the item before it, and below that item's heading.
  const out: Candidate[] = [];
  let j = 0;
  for (const w of plain) {
    while (j < chain.length && chain[j]!.line < w.line) out.push(chain[j++]!);
    const before = out[out.length - 1];
    const after = chain[j];
    const n = plainNumber(w)!;
    if (before && plainNumber(before)! + 1 === n && w.line >= before.bodyStart && (!after || plainNumber(after)! > n)) out.push(w);
  }
  while (j < chain.length) out.push(chain[j++]!);
  // Backward from the first item: the numbers before it.
  const head: Candidate[] = [];
  let first = out[0]!;
  for (let k = plain.length - 1; k >= 0; k--) {
    const w = plain[k]!;
    if (w.line < first.line && plainNumber(w)! + 1 === plainNumber(first)) {
      head.unshift(w);
      first = w;
    }
  }
  return [...head, ...out];
}

/** The items of every agenda. */
const STANDING_ITEM = /^(?:godkendelse af (?:dagsorden(?:en)?|referat(?:et)?)|eventuelt|meddelelser|orientering fra (?:formanden|borgmesteren|direktionen|administrationen|forvaltningen))\b/i;

/** The longest run of candidates in line order whose plain numbers go up by one ("1", "2", "3"). */
function consecutiveRun(cands: Candidate[]): Candidate[] {
  let best: Candidate[] = [];
  let run: Candidate[] = [];
  for (const c of cands) {
    const n = plainNumber(c);
    if (n === null) continue;
    const last = run[run.length - 1];
    const follows = !!last && plainNumber(last)! + 1 === n;
    if (follows && c.line >= last.bodyStart) run.push(c);
    else if (!follows) run = [c];
    if (run.length > best.length) best = [...run];
  }
  return best;
}

/**
 * The best chain of candidates with increasing numbers. Gaps are allowed (closed items left out of
 * public minutes, numbering through the year) at a small cost.
 */
function bestChain(cands: Candidate[]): Candidate[] {
  const n = cands.length;
  const best = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  // Candidates only link to a bounded window of earlier ones: keeps this linear in practice.
  const WINDOW = 400;
  const keys = cands.map((c) => itemNumberKey(c.number));
  const firsts = keys.map((k) => k[0] ?? 0);
  const simple = keys.map((k) => k.length === 1);
  for (let i = 0; i < n; i++) {
    best[i] = cands[i]!.score;
    const ki = keys[i]!;
    const fi = firsts[i]!;
    for (let j = Math.max(0, i - WINDOW); j < i; j++) {
      const fj = firsts[j]!;
      // Most pairs are plain numbers: compare them without the key arrays.
      if (simple[i] && simple[j] ? fj >= fi : compareKeys(keys[j]!, ki) >= 0) continue;
      const gap = fi - fj;
      const penalty = simple[i] === simple[j] && keys[j]!.length === ki.length && gap > 1 ? Math.min(3, (gap - 1) * 0.5) : 0;
      const v = best[j]! + cands[i]!.score - penalty;
      if (v > best[i]!) {
        best[i] = v;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || best[i]! > best[end]!) end = i;
  const chain: Candidate[] = [];
  for (let i = end; i >= 0; i = prev[i]!) chain.push(cands[i]!);
  return chain.reverse().filter((c) => c.score > 0);
}

/** "LUKKEDE PUNKTER", "Lukket dagsorden": the part of the closed items, on a line of its own. */
const isClosedPart = (text: string): boolean => PART_MARKER.test(text) && /^lukke/i.test(text);

/**
 * Items numbered anew after the closed part's heading ("LUKKEDE PUNKTER" / "1. Salg af grund"): one
 * chain before the heading and one after it, when the second starts again at a number the first has
 * passed; null when there is no such part or its numbers go on.
 */
function restartedChain(cands: Candidate[], lines: Line[]): Candidate[] | null {
  let part = -1;
  for (let i = (cands[0]?.line ?? lines.length) + 1; i < lines.length && part < 0; i++) {
    const l = lines[i]!;
    // Only a line that opens with "L" can be "Lukkede punkter"; most lines leave at the first test.
    const c = l.text.charCodeAt(0);
    if ((c === 76 || c === 108) && isStandalone(l) && isClosedPart(l.text.trim())) part = i;
  }
  if (part < 0) return null;
  const before = bestChain(cands.filter((c) => c.line < part));
  const after = bestChain(cands.filter((c) => c.line > part));
  if (!before.length || !after.length) return null;
  const last = itemNumberKey(before[before.length - 1]!.number);
  return compareKeys(itemNumberKey(after[0]!.number), last) <= 0 ? [...before, ...after] : null;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

export function findItemHeadings(lines: Line[], toc: Toc | null): ItemHeading[] {
  const cands: Candidate[] = [];
  /** Numbered lines that open a paragraph with text under them in it, and nothing more to go by. */
  const weak: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (toc && i >= toc.start && i < toc.end) continue;
    const c = candidateAt(lines, i, toc);
    if (c && c.score > 0) cands.push(c);
    else if (c && c.score > WEAK_SCORE && c.tier === 0) weak.push(c);
  }
  let chosen: Candidate[];
  let top = 0;
  if (!cands.length) {
    // Nothing but weak lines: a run of them numbered one after another is the items, when one of
    // them is an item every agenda has ("Godkendelse af dagsorden", "Eventuelt"); a numbered
    // programme or letter is not an agenda.
    chosen = consecutiveRun(weak);
    if (chosen.length < 2 || !chosen.some((c) => STANDING_ITEM.test(c.title))) return unnumberedHeadings(lines, toc);
  } else {
    // Where the layout marks its item headings (Punkt N, a heading style), numbered lines of a
    // weaker kind are lists inside the items, unless the table of contents names them.
    top = Math.max(...cands.map((c) => c.tier));
    const kept = cands.filter((c) => c.tier >= top || c.tocMatch);
    chosen = restartedChain(kept, lines) ?? bestChain(kept);
    // One heading made strong by its access ("Lukket punkt 3. …") among plainly numbered ones: one
    // closed item of the same numbering, not a layout of its own.
    if (chosen.length === 1 && chosen[0]!.access && kept.length < cands.length) {
      const all = bestChain(cands);
      if (all.length > 1 && all.includes(chosen[0]!)) {
        chosen = all;
        top = 0;
      }
    }
  }
  const chain = withoutSubPoints(top === 0 ? completeSequence(chosen, weak) : chosen, lines);
  return chain.map((c) => {
    const { title: rest, closed } = stripClosed(c.title);
    // "Beslutningssag: Title": the item's type before its title is its kind, not part of the title.
    const type = CASE_TYPE.exec(rest);
    const title = type && rest.length > type[0].length ? rest.slice(type[0].length) : rest;
    // "03." is item 3: the zero only pads the printed number.
    return { line: c.line, bodyStart: c.bodyStart, number: c.number.replace(/^0+(?=\d)/, ''), title, closed, typeLabel: type && title !== rest ? type[1]! : null };
  });
}

/**
 * Item headings without printed numbers: a word processor numbers its heading style itself, and the
 * numbers are lost with the layout, or a page sets its titles in bold without numbers. Headings of
 * one level (or bold lines), not section names, each with an item's evidence under it (a case
 * number, a section heading), are the items, numbered in order.
 */
function unnumberedHeadings(lines: Line[], toc: Toc | null): ItemHeading[] {
  const found: { line: number; level: number; title: string }[] = [];
  // A bold line of its own is a heading too (portals and word processors that set titles in bold).
  const headingLike = (l: Line): boolean => l.kind === 'heading' || (l.kind === 'text' && l.bold && isStandalone(l));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!headingLike(l) || (toc && i >= toc.start && i < toc.end)) continue;
    const title = l.text.trim();
    if (!title || knownSectionKind(title) || !/\p{L}{3}/u.test(title)) continue;
    for (let k = i + 1; k < Math.min(lines.length, i + 5) && lines[k]!.kind !== 'heading'; k++) {
      const t = lines[k]!.text.trim();
      if (caseNumberLine(t) || isCaseNumberLabel(t) || knownSectionKind(t) || inlineSection(t)) {
        // Bold lines rank below every heading level.
        found.push({ line: i, level: l.kind === 'heading' ? l.level : 7, title });
        break;
      }
      if (headingLike(lines[k]!) && !knownSectionKind(t)) break;
    }
  }
  if (found.length < 2) return [];
  // The item level: the most frequent level among them.
  const counts = new Map<number, number>();
  for (const f of found) counts.set(f.level, (counts.get(f.level) ?? 0) + 1);
  const level = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const items = found.filter((f) => f.level === level);
  if (items.length < 2) return [];
  return items.map((f, k) => {
    const { title, closed } = stripClosed(f.title);
    return { line: f.line, bodyStart: f.line + 1, number: String(k + 1), title, closed, typeLabel: null };
  });
}
