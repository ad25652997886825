/**
 * The decision of this meeting and its outcome class. Items may print several decision sections
 * ("Beslutning i Udvalget … den 10-04-2013", "… den 20-06-2013"): only the one of this meeting
 * counts; earlier committees' decisions belong to the case route.
 */
import type { Decision, DecisionOutcome, Section } from '../model/index.js';
import { isPlainLetterOrDigit } from '../read/chars.js';
import { dateLabel, findDates } from './danish/dates.js';
import { splitSentences } from './danish/sentences.js';
import { sectionText } from './sections.js';

/** Text that holds a field's place without content, in any field. */
const PLACEHOLDER = /^(tomt indhold|beslutning ikke frigivet|ikke frigivet|ingen beslutning|-+|…)$/i;
/** In a decision field these say there is no decision too; elsewhere they are content ("Økonomi: Ingen."). */
const NO_DECISION = /^(ingen|ikke relevant)$/i;

/** White space folded, trailing dots and colons dropped: "Tomt  indhold:" → "Tomt indhold". */
const bare = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\s\u200b\u00ad]+/g, ' ').trim().replace(/[.:]+$/, '');

/** Placeholders are a few words: text with more than 40 letters and digits is content. */
function isLong(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) if (isPlainLetterOrDigit(text.charCodeAt(i)) && ++letters > 40) return true;
  return false;
}

/** A field that only holds a place: "Tomt indhold", "Beslutning ikke frigivet:", "-", "…", or blank. */
export function isFieldPlaceholder(text: string | null | undefined): boolean {
  if (text && isLong(text)) return false;
  const t = bare(text);
  return !t || PLACEHOLDER.test(t);
}

/** Text that fills a decision field without being a decision: a field placeholder, "Ingen", "Ikke relevant". */
export function isPlaceholder(text: string | null | undefined): boolean {
  if (text && isLong(text)) return false;
  return isFieldPlaceholder(text) || NO_DECISION.test(bare(text));
}

/**
 * Outcome rules in priority order: a rejection outweighs the approval words that often stand beside
 * it; a forward to a higher body outweighs "med denne ændring"; an approval "med følgende tilføjelse"
 * outweighs a postponement inside the addition; a postponement outweighs discussion words.
 */
const OUTCOME_RULES: [RegExp, DecisionOutcome][] = [
  [/\b(forkastet|forkastes|blev forkastet|faldt|ikke godkendt|godkendes ikke|godkendte ikke|tiltrådte ikke|tiltræder ikke|ikke at godkende|anbefaler ikke|kan ikke anbefale indstillingen|kan ikke godkende|kunne ikke godkende|afvist|afviser|afvises|afvistes|ikke imødekommet)\b/i, 'rejected'],
  [/\b(anbefaler (indstillingen|forslaget|sagen|byrådet|kommunalbestyrelsen|økonomiudvalget|regionsrådet|at byrådet|at kommunalbestyrelsen|over for)|anbefaler [^.]{1,60}? (?:over for|overfor) (?:byrådet|kommunalbestyrelsen|regionsrådet|økonomiudvalget)|anbefales (godkendt|vedtaget|til)|^anbefales\b|indstillingen anbefales|^anbefalet\b|indstilles (godkendt|til godkendelse|til vedtagelse|til byrådet|til kommunalbestyrelsen|over for)|indstilles [^.]{1,80} til (godkendelse|vedtagelse) i|indstiller til (byrådet|kommunalbestyrelsen|økonomiudvalget)|oversendes til (byrådet|kommunalbestyrelsen|økonomiudvalget|regionsrådet)|fremsendes til (byrådet|kommunalbestyrelsen|økonomiudvalget|regionsrådet)|videresendes til|sendes videre til [^.]{1,80} med anbefaling|kan anbefale (indstillingen|forslaget|sagen))/im, 'recommended'],
  [/\b(?:godkend\w*|tiltræde\w*|vedtage\w*)\b[^.]{0,80}\b(med (følgende|den|de|en|denne|disse|\p{L}+s) (tilføjelse|tilføjelser|ændring|ændringer|præcisering|bemærkning|bemærkninger)|med tilføjelse|med ændring|med de faldne bemærkninger)(?![\p{L}])/iu, 'approved_with_changes'],
  [/\b(udsat|udsættes|udsatte|udsætte|udskudt|genoptages|hjemvist|hjemvises|trukket|taget af dagsordenen|afventer|sendes tilbage)\b/i, 'postponed'],
  [/\b(godkend\w*|tiltræde\w*|tiltrådt|vedtage\w*|vedtog|besluttede|beslutter|bevilge\w*|bevilget|imødekommet|vælger|valgte|valgt|bemyndige\w*|udpeger|udpegede|ophævede sagen til en beslutningssag|indstillingen følges|indstilling(?:en)? blev fulgt|følger indstillingen|bevilling givet|sendes i (?:offentlig )?høring)\b/i, 'approved'],
  [/\b(til efterretning|efterretning|orienteringen|orientering|orienteret|orienterede|taget til orientering)\b/i, 'noted'],
  [/\b(drøftede|drøftet|drøftes|drøftelse)\b/i, 'discussed'],
];

/** "Udvalget kunne ikke godkende …" is a rejection when the body says it, not one member. */
const BODY_REJECTS = /(?:^|[.\n]\s*)(?:udvalget|byrådet|kommunalbestyrelsen|regionsrådet|\p{L}+udvalget)\s+(?:kunne|kan|vil|ville)\s+ikke\s+(?:godkende|tiltræde|anbefale|imødekomme)/iu;

/** A member written with a party ("Steen Wrang (Ø)"): a sentence that names one speaks for members, not the body. */
const MEMBER_WITH_PARTY = /\(\s*[A-ZÆØÅ]{1,2}\s*\)/;

export function classifyOutcome(text: string): DecisionOutcome {
  if (/ikke/iu.test(text) && BODY_REJECTS.test(text)) return 'rejected';
  // "Anbefales godkendt. Steen Wrang (Ø) kan ikke anbefale indstillingen.": the outcome is the
  // body's; a member's note (a dissent, a reservation) decides only when nothing else is said.
  let subject = text;
  if (MEMBER_WITH_PARTY.test(text)) {
    const body = splitSentences(text).filter((s) => !MEMBER_WITH_PARTY.test(s));
    if (body.length) subject = body.join(' ');
  }
  // "Ad 1: Anbefales. Ad 2: Anbefales.": each point's decision opens a line of its own.
  subject = subject.replace(POINT_PREFIXES, '\n');
  for (const [re, outcome] of OUTCOME_RULES) if (re.test(subject)) return outcome;
  return 'other';
}

/** "Ad 1:", "Ad pkt. 2)", "Punkt 3:" before a point's decision, at the start or after a sentence. */
const POINT_PREFIXES = /(?<=^|[.\n])\s*(?:ad|punkt|pkt\.?)\s{0,3}(?:pkt\.?\s{0,3})?\d{1,2}\s{0,3}[:.)]\s*/gi;

/**
 * Picks this meeting's decision among the item's decision sections: the one dated the meeting
 * date, else the last undated one. Sections dated other days are earlier meetings' decisions.
 */
export function selectDecision(sections: Section[], meetingDate: string | null): Decision | null {
  const decisions = sections.filter((s) => s.kind === 'decision');
  if (!decisions.length) return null;
  let chosen: Section | undefined;
  const dated = decisions.map((s) => ({ s, dates: findDates(s.heading).map((d) => d.date) }));
  if (meetingDate) chosen = dated.find((d) => d.dates.includes(meetingDate))?.s;
  chosen ??= [...dated].reverse().find((d) => d.dates.length === 0)?.s;
  if (!chosen) return null;
  const text = withoutDanglingLabels(thisMeetingPart(sectionText(chosen), meetingDate));
  if (isPlaceholder(text)) return null;
  return { text, outcome: classifyOutcome(text) };
}

/**
 * A decision field that lists several meetings ("10. april 2013: Udsat.\n25. september 2012: …")
 * keeps only this meeting's paragraph.
 */
function thisMeetingPart(text: string, meetingDate: string | null): string {
  const lines = text.split('\n');
  const labelled = lines.map(dateLabel);
  if (!labelled.some(Boolean)) return text.trim();
  const out: string[] = [];
  let inThis = false;
  lines.forEach((line, i) => {
    const lab = labelled[i];
    if (lab) {
      inThis = lab.date === meetingDate;
      if (inThis && lab.rest.trim()) out.push(lab.rest.trim());
    } else if (inThis) out.push(line);
  });
  return out.join('\n').trim();
}

/** "Følgende deltog ikke i behandlingen af punktet:" with nothing after it is a form's empty field. */
function withoutDanglingLabels(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 1 && /:\s*$/.test(lines[lines.length - 1]!)) lines.pop();
  return lines.join('\n').trim();
}

/** The body that decides, at the start of a sentence: "Kommunalbestyrelsen", "Udvalget", "Teknisk Udvalg". */
const DECIDING_BODY = /^(?:Byrådet|Kommunalbestyrelsen|Regionsrådet|Borgerrepræsentationen|Udvalget|Rådet|Bestyrelsen|Kommissionen|\p{Lu}[\p{L}-]*(?:udvalget|rådet|bestyrelsen))\s+/u;
/** What a body does with an item, within the first words after it. */
const DECIDING_VERB = /^(?:\p{L}+\s+){0,2}?(?:godkendte|godkender|vedtog|vedtager|besluttede|beslutter|tiltrådte|tiltræder|anbefaler|anbefalede|tog\s|tager\s|drøftede|drøfter|udsatte|afviste|afviser|bevilgede|bevilger|valgte|udpegede|oversender|oversendte)/u;
/** A decision in a word or two: "Godkendt.", "Taget til efterretning.", "Indstillingen tiltrådt." */
const DECISION_FORMULA = /^(?:godkendt|vedtaget|tiltrådt|anbefales|anbefalet|taget til efterretning|til efterretning|drøftet|udsat|afvist|intet|ingen bemærkninger|orienteringen (?:blev )?taget til efterretning|indstillingen (?:blev )?(?:godkendt|tiltrådt|vedtaget|anbefalet))(?![\p{L}])/iu;
/**
 * What may follow the formula: the sentence's end or a qualifier ("Godkendt med de foreslåede
 * ændringer.", "Udsat til næste møde."); not a noun ("Vedtaget budget 2024 …", "Udsat betaling …").
 */
const AFTER_FORMULA = /^\s*(?:$|[.!,;:–-]|(?:med|som|af|til|under|idet|og|men|dog|uden|enstemmigt|i\s+(?:sin|overensstemmelse|henhold))(?![\p{L}]))/iu;
/** "… i 2021", "siden 2019": a year the text tells of, which is not the meeting's when it differs. */
const YEAR_REFERENCE = /(?:^|\s)(?:i|fra|siden|år|tilbage i)\s+((?:19|20)\d{2})(?!\d)/giu;

/** "… den 12. marts 2022 …", "… i 2021 …": a date or year other than the meeting's, told in the text. */
function tellsOtherTime(text: string, meetingDate: string | null): boolean {
  if (findDates(text).some((d) => d.date !== meetingDate)) return true;
  return !!meetingDate && [...text.matchAll(YEAR_REFERENCE)].some((m) => m[1] !== meetingDate.slice(0, 4));
}

/** Whether a paragraph states the decision in prose: the body and its verb, or a formula. */
function statesDecision(text: string, committee: string | null, meetingDate: string | null, pastOnly = false): boolean {
  if (text.length > 400) return false;
  // "Byrådet godkendte den 12. marts 2022 …": an earlier decision, told in the case text.
  if (tellsOtherTime(text, meetingDate)) return false;
  const formula = DECISION_FORMULA.exec(text);
  if (formula) return AFTER_FORMULA.test(text.slice(formula[0].length));
  // "Det blev besluttet at …": the decision without its body.
  if (IMPERSONAL_DECISION.test(text)) return true;
  let rest: string | null = null;
  if (committee && text.startsWith(committee + ' ')) rest = text.slice(committee.length + 1);
  else {
    const body = DECIDING_BODY.exec(text);
    if (body) rest = text.slice(body[0].length);
  }
  if (rest === null) return false;
  // Under a recommendation, "Byrådet godkender …" is what is proposed; "Byrådet godkendte …" what was decided.
  const verb = DECIDING_VERB.exec(rest);
  return !!verb && (!pastOnly || PAST_VERB.test(verb[0]));
}

const IMPERSONAL_DECISION = /^Det blev (?:besluttet|vedtaget|aftalt|godkendt)(?![\p{L}])/u;

/** The past tense of DECIDING_VERB's verbs. */
const PAST_VERB = /(?:godkendte|vedtog|besluttede|tiltrådte|anbefalede|tog\s|drøftede|udsatte|afviste|bevilgede|valgte|udpegede|oversendte)$/u;

/**
 * Minutes that print no "Beslutning" heading state the decision as the item's last paragraph
 * ("Kommunalbestyrelsen tog orienteringen til efterretning.", "Godkendt."). When no section is a
 * decision, that paragraph becomes one (without a heading: none is written). Only for minutes:
 * an agenda's last paragraph is the case text.
 */
export function proseDecision(sections: Section[], committee: string | null, meetingDate: string | null): Section[] {
  if (!sections.length || sections.some((s) => s.kind === 'decision')) return sections;
  // The last section with text; attachments listed after it are no part of the decision.
  let k = sections.length - 1;
  while (k > 0 && sections[k]!.kind === 'attachments') k--;
  const last = sections[k]!;
  if (last.kind !== 'other' && last.kind !== 'caseText' && last.kind !== 'recommendation') return sections;
  const blocks = last.blocks;
  const para = blocks[blocks.length - 1];
  if (para?.type !== 'paragraph') return sections;
  let decision = para;
  let kept: typeof blocks = blocks.slice(0, -1);
  // An item of the minutes whose whole text is one short paragraph ("Der var ingen spørgsmål."): the record of it.
  const only = sections.length === 1 && !last.heading && blocks.length === 1 && para.text.length <= 300 && !/:\s*$/.test(para.text) && !tellsOtherTime(para.text, meetingDate);
  const whole = only || (statesDecision(para.text.trim(), committee, meetingDate, last.kind === 'recommendation') && (last.kind !== 'recommendation' || blocks.length > 1));
  if (!whole) {
    // The decision may follow the text in the same paragraph (a recommendation's "Forvaltningen
    // indstiller, at … Udvalget besluttede at godkende indstillingen.", an account's "Formanden
    // orienterede om … Orienteringen blev taget til efterretning."): from the first sentence that
    // states it, in the past tense, to the end.
    const at = sentenceStarts(para.text).find((i) => statesDecision(para.text.slice(i).trim(), committee, meetingDate, true));
    if (at === undefined) return sections;
    decision = { ...para, text: para.text.slice(at).trim() };
    kept = [...kept, { ...para, text: para.text.slice(0, at).trim() }];
  }
  const rest = { ...last, blocks: kept };
  return [...sections.slice(0, k), ...(rest.heading || rest.blocks.length ? [rest] : []), { heading: '', kind: 'decision', blocks: [decision] }, ...sections.slice(k + 1)];
}

/** Where the paragraph's sentences after the first start (after ". " or a line break, before a capital). */
function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (!/\p{Lu}/u.test(text[i + 1]!)) continue;
    if (c === '\n' || (c === ' ' && /[.!]/.test(text[i - 1]!) && !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i)))) out.push(i + 1);
  }
  return out;
}

/** "m.v.", "jf.", "nr.": a full stop that ends no sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:m\.v|mv|m\.m|jf|nr|pkt|ca|inkl|ekskl|bl\.a|f\.eks|stk|kr)\.$/i;
