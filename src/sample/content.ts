/**
 * What an agenda item says, independent of how a layout prints it: the case content (the same text
 * every time the case is on an agenda, as real minutes copy it), the recommendation, and this
 * meeting's decision with votes and item-level absence.
 */
import type {
  AbsentFromItem,
  ContentBlock,
  DanishNumber,
  DecisionOutcome,
  ItemKind,
  PersonRef,
  RecommendationClause,
  RouteStep,
  TableCell,
  VoteOption,
} from '../model/index.js';
import { addDays, capitalize, type Day, formatNumber, isoDate, joinOg, longDate, MONTHS } from './danish.js';
import { Rng } from './prng.js';
import { ATTACHMENTS, FILLERS, PLACES, ROADS, SENTENCES, type Topic } from './vocab.js';
import type { Body, LayoutName, Member, Municipality } from './world.js';

/** How a case is handled at one meeting. */
export type CaseMode = 'decide' | 'council' | 'discuss' | 'inform' | 'standing' | 'initiative' | 'tema' | 'joint' | 'agenda-approval';

/** A case (sag): one case number, one subject, possibly on several agendas. */
export interface CaseFile {
  number: string | null;
  topic: Topic | null;
  title: string;
  /** Seed of the case's own content stream: the same text each time it is printed. */
  seed: number;
  vars: Record<string, string>;
  mode: CaseMode;
  origin: Body;
  /** Earlier meetings that treated it, with their decisions. */
  history: RouteStep[];
  /** Planned bodies after the origin (for "Sagens gang"). */
  plannedRoute: RouteStep[];
  /** Two models to choose between (votes "for model 1/2"). */
  models: boolean;
  /** For initiative proposals: the proposing party. */
  party?: string;
  /** For joint meetings: the other body. */
  partner?: string;
  /** Standing item bullet topics. */
  visits: number;
}

export interface RecommendationPlan {
  by: string | null;
  /** The sentence before numbered clauses ("X indstiller til udvalget, at:"), or the single sentence. */
  lead: string | null;
  clauses: RecommendationClause[];
  form: 'inline' | 'numbered' | 'at';
}

export interface DecisionPlan {
  /** Paragraphs as printed (without markup), in order: guests, votes, decision, absence lines. */
  paragraphs: string[];
  /** The decision proper, for later meetings' "Sagsforløb". */
  core: string;
  outcome: DecisionOutcome;
  votes: VoteOption[];
  absent: AbsentFromItem[];
  guests: string[];
}

export interface ItemContent {
  resume: ContentBlock[];
  effect: ContentBlock[] | null;
  background: ContentBlock[];
  caseText: ContentBlock[];
  economy: ContentBlock[] | null;
  attachments: string[];
}

export interface ItemPlan {
  number: string;
  title: string;
  caseNumber: string | null;
  closed: boolean;
  kind: ItemKind | null;
  content: ItemContent;
  recommendation: RecommendationPlan | null;
  decision: DecisionPlan | null;
  /** The route as "Sagens gang" prints it: this and the planned meetings. */
  route: RouteStep[];
  /** Earlier meetings with decisions ("Sagsforløb"). */
  history: RouteStep[];
}

// ---------------------------------------------------------------------------------------------
// Slot filling

/** Values for the upper-case slots, fixed when the case is created. */
export function caseVars(rng: Rng, day: Day): Record<string, string> {
  const { year, month } = day;
  return {
    _DAG: isoDate(day),
    ÅR: String(year),
    NÆSTEÅR: String(year + 1),
    NÆSTEÅR2: String(year + 2),
    NÆSTEÅR4: String(year + 4),
    SIDSTEÅR: String(year - 1),
    FREMTID: String(year + rng.int(4, 12)),
    MÅNED: MONTHS[(month + rng.int(0, 10)) % 12] as string,
    LILLETAL: String(rng.int(1, 3)),
    LPNR: String(rng.int(1, 140) + (year % 100) * 100),
    PULJE: rng.pick(FILLERS.PULJE!),
    YDELSE: rng.pick(FILLERS.YDELSE!),
    SKOLE: rng.pick(FILLERS.SKOLE!),
    PLEJECENTER: rng.pick(FILLERS.PLEJECENTER!),
    VANDLØB: rng.pick(FILLERS.VANDLØB!),
    HAL: rng.pick(FILLERS.HAL!),
    ANLÆG: rng.pick(FILLERS.ANLÆG!),
    STED: rng.pick(PLACES),
    VEJ: rng.pick(ROADS),
  };
}

const SLOT = /\{([A-Za-zÆØÅæøå0-9]+)\}/;
const compiled = new Map<string, string[]>();

/** Fills `{slot}`s: fixed values from `vars`, fresh numbers for BELØB, PCT, ANTAL … */
export class Filler {
  constructor(
    private rng: Rng,
    private vars: Record<string, string>,
  ) {}

  fill(template: string): string {
    if (template.indexOf('{') < 0) return template;
    let parts = compiled.get(template);
    if (!parts) {
      // Even indexes are literal text, odd indexes slot names.
      parts = template.split(SLOT);
      compiled.set(template, parts);
    }
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) out += this.value(parts[i]!) + parts[i + 1]!;
    return out;
  }

  private anchor(): Day {
    const [year, month, day] = (this.vars._DAG ?? '2020-01-01').split('-').map(Number) as [number, number, number];
    return { year, month, day };
  }

  private value(key: string): string {
    const fixed = this.vars[key];
    if (fixed !== undefined) return fixed;
    const r = this.rng;
    switch (key) {
      case 'BELØB':
        return `${formatNumber(r.int(5, 250) / 10, 1)} mio. kr.`;
      case 'STORBELØB':
        return `${r.int(40, 900)} mio. kr.`;
      case 'LILLEBELØB':
        return `${formatNumber(r.int(5, 95) * 10000)} kr.`;
      case 'PCT':
        return `${formatNumber(r.int(10, 990) / 10, 1)} %`;
      case 'ANTAL':
        return formatNumber(r.int(120, 9000));
      case 'LILLEANTAL':
        return String(r.int(3, 400));
      case 'DATO':
        return longDate(addDays(this.anchor(), -r.int(20, 700)));
      case 'SNART':
        return longDate(addDays(this.anchor(), r.int(7, 60)));
      default:
        throw new Error(`sample: unknown template slot {${key}}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Case content

/** Lower-case slots for a case in its origin body. */
const varsCache = new WeakMap<Record<string, string>, Record<string, string>>();

export function contentVars(c: CaseFile, m: Municipality): Record<string, string> {
  const cached = varsCache.get(c.vars);
  if (cached) return cached;
  const body = c.origin;
  const out: Record<string, string> = {
    ...c.vars,
    emne: c.vars.emne ?? 'sagen',
    målgruppe: c.vars.målgruppe ?? 'borgerne',
    Udvalg: body.name,
    udvalg: body.name,
    Forvaltning: body.forvaltning,
    Byrådet: m.info.council,
    Kommune: `${m.info.name} Kommune`,
    kommunenavn: m.info.name,
    område: body.type?.area ?? 'området',
  };
  varsCache.set(c.vars, out);
  return out;
}

/** Draws sentences without repeating any within an item; refills when a pool runs out. */
class Deck {
  private cards: string[] = [];
  constructor(
    private rng: Rng,
    private pool: readonly string[],
    private refill = true,
  ) {
    this.cards = rng.shuffle(pool);
  }

  get empty(): boolean {
    return this.cards.length === 0 && !this.refill;
  }

  draw(): string | null {
    if (!this.cards.length) {
      if (!this.refill || !this.pool.length) return null;
      this.cards = this.rng.shuffle(this.pool);
    }
    return this.cards.pop() ?? null;
  }
}

/** `count` paragraphs of 1-3 sentences, topic facts mixed in until they are used up. */
function paragraphs(f: Filler, rng: Rng, facts: Deck, deck: Deck, count: number, lead?: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = rng.int(1, 3);
    const sentences: string[] = [];
    if (i === 0 && lead) sentences.push(lead);
    for (let k = 0; k < n; k++) {
      const t = (!facts.empty && rng.chance(0.45) ? facts.draw() : null) ?? deck.draw();
      if (t) sentences.push(f.fill(t));
    }
    if (sentences.length) out.push(sentences.join(' '));
  }
  return out;
}

function numberCell(text: string, value: number, unit: DanishNumber['unit']): TableCell {
  return { text, number: { text, value, unit } };
}

function plainOrNumberCell(text: string): TableCell {
  return /^\d{4}$/.test(text) ? numberCell(text, Number(text), null) : { text };
}

function economyTable(kind: NonNullable<Topic['table']>, rng: Rng, body: Body, vars: Record<string, string>): TableCell[][] {
  const year = Number(vars.ÅR);
  const money = (): number => rng.int(-800, 60000) * (rng.chance(0.3) ? 100 : 1);
  const cellOf = (v: number): TableCell => numberCell(formatNumber(v), v, null);
  const rows: TableCell[][] = [];
  if (kind === 'budget') {
    rows.push(['Område', `Budget ${year}`, 'Forventet regnskab', 'Afvigelse'].map(plainOrNumberCell));
    let sb = 0;
    let sr = 0;
    for (const label of rng.sample(body.budgetLines, rng.int(4, 8))) {
      const b = rng.int(1000, 900000);
      const r = b + rng.int(-Math.floor(b / 10), Math.floor(b / 10));
      sb += b;
      sr += r;
      rows.push([{ text: label }, cellOf(b), cellOf(r), cellOf(b - r)]);
    }
    rows.push([{ text: 'I alt' }, cellOf(sb), cellOf(sr), cellOf(sb - sr)]);
  } else if (kind === 'simple') {
    rows.push([{ text: 'Område' }, { text: 'Beløb i 1.000 kr.' }]);
    let s = 0;
    for (const label of rng.sample(body.budgetLines, rng.int(3, 9))) {
      const v = rng.chance(0.35) ? -rng.int(50, 5000) : money();
      s += v;
      rows.push([{ text: label }, cellOf(v)]);
    }
    rows.push([{ text: 'I alt' }, cellOf(s)]);
  } else if (kind === 'plan') {
    const years = [year, year + 1, year + 2];
    rows.push([{ text: 'Beløb i 1.000 kr.' }, ...years.map((y) => numberCell(String(y), y, null)), { text: 'I alt' }]);
    const sums = [0, 0, 0];
    for (const label of rng.sample(['Rådgivning', 'Anlægsudgift', 'Inventar', 'Uforudsete udgifter', 'Byggemodning', 'Projektering'], rng.int(2, 4))) {
      const vals = years.map(() => (rng.chance(0.2) ? 0 : rng.int(100, 25000)));
      vals.forEach((v, i) => (sums[i]! += v));
      rows.push([{ text: label }, ...vals.map(cellOf), cellOf(vals.reduce((a, b) => a + b, 0))]);
    }
    rows.push([{ text: 'I alt' }, ...sums.map(cellOf), cellOf(sums.reduce((a, b) => a + b, 0))]);
  } else {
    rows.push([{ text: 'Indikator' }, numberCell(String(year - 1), year - 1, null), numberCell(String(year), year, null), { text: 'Mål' }]);
    for (const label of rng.sample(['Ledighedsprocent', 'Andel i job efter seks måneder', 'Andel med ungdomsuddannelse', 'Genanvendelsesprocent', 'Andel der trives', 'Fravær', 'Målopfyldelse'], rng.int(2, 5))) {
      const pct = (v: number): TableCell => {
        const t = `${formatNumber(v, 1)} %`;
        return numberCell(t, Number(v.toFixed(1)), '%');
      };
      const a = rng.int(20, 990) / 10;
      rows.push([{ text: label }, pct(a), pct(Math.max(0.1, a + rng.int(-50, 50) / 10)), pct(rng.int(20, 990) / 10)]);
    }
  }
  return rows;
}

/** The case text: the same for every meeting that prints the case. */
export function buildContent(c: CaseFile, m: Municipality, layout: LayoutName): ItemContent {
  const rng = new Rng(c.seed);
  const f = new Filler(rng, contentVars(c, m));
  const topic = c.topic;
  const facts = topic ? topic.facts : [];

  if (c.mode === 'agenda-approval') {
    return { resume: [], effect: null, background: [], caseText: [], economy: null, attachments: [] };
  }
  if (c.mode === 'standing') {
    const bullets = rng.sample(SENTENCES.orientationList, rng.int(2, 5)).map((t) => f.fill(t));
    return {
      resume: [{ type: 'paragraph', text: rng.pick(['Mundtlig orientering:', 'Forvaltningen orienterer om:', 'På mødet orienteres om følgende:']) }, { type: 'list', ordered: false, items: bullets }],
      effect: null,
      background: [],
      caseText: [],
      economy: null,
      attachments: rng.chance(0.3) ? [f.fill(rng.pick(ATTACHMENTS))] : [],
    };
  }

  const factDeck = new Deck(rng, facts, false);
  const resumeDeck = new Deck(rng, SENTENCES.resume);
  const caseDeck = new Deck(rng, SENTENCES.caseText);
  const lead = f.fill(rng.pick(SENTENCES.resumeOpen));
  const resume: ContentBlock[] = paragraphs(f, rng, factDeck, resumeDeck, rng.int(1, 3), lead).map((text) => ({ type: 'paragraph', text }));
  if (c.models) {
    resume.push({ type: 'list', ordered: false, items: ['Model 1: Indsatsen gennemføres som hidtil med en mindre justering', `Model 2: Indsatsen omlægges, og besparelsen fordeles på alle områder`] });
    resume.push({ type: 'paragraph', text: 'Forvaltningen anbefaler model 2.' });
  }
  if (c.mode === 'initiative') {
    resume.unshift({ type: 'paragraph', text: `Byrådsgruppe ${c.party} har med henvisning til § 2, stk. 2 i forretningsordenen bedt om at få sagen på dagsordenen.` });
  }

  const effect: ContentBlock[] | null = layout === 'odense' || layout === 'odense-md' ? [{ type: 'paragraph', text: f.fill(rng.pick(SENTENCES.effect)) }] : null;

  const background: ContentBlock[] = paragraphs(f, rng, factDeck, caseDeck, rng.int(1, 2)).map((text) => ({ type: 'paragraph', text }));

  const caseText: ContentBlock[] = [];
  const headings = topic ? rng.sample(topic.headings, rng.int(1, Math.min(3, topic.headings.length))) : [];
  for (const p of paragraphs(f, rng, factDeck, caseDeck, rng.int(1, 2))) caseText.push({ type: 'paragraph', text: p });
  for (const h of headings) {
    caseText.push({ type: 'heading', text: f.fill(h) });
    for (const p of paragraphs(f, rng, factDeck, caseDeck, rng.int(1, 3))) caseText.push({ type: 'paragraph', text: p });
    if (rng.chance(0.25)) {
      const ordered = rng.chance(0.4);
      const items: string[] = [];
      for (let k = rng.int(2, 5); k > 0; k--) {
        const t = caseDeck.draw();
        if (t) items.push(f.fill(t).replace(/\.$/, ''));
      }
      caseText.push({ type: 'paragraph', text: rng.pick(['Forvaltningen foreslår følgende:', 'Indsatsen består af:', 'Det drejer sig om:']) });
      caseText.push({ type: 'list', ordered, items });
    }
  }

  let economy: ContentBlock[] | null = null;
  const tableKind = topic?.table ?? null;
  if (tableKind && rng.chance(0.8)) {
    economy = [{ type: 'paragraph', text: f.fill(rng.pick(SENTENCES.economy)) }];
    const rows = economyTable(tableKind, rng, c.origin, c.vars);
    // Tables sit in the economy section or in the case text.
    if (rng.chance(0.5)) economy.push({ type: 'table', rows });
    else {
      caseText.push({ type: 'paragraph', text: rng.pick(['Nedenfor vises fordelingen (beløb i 1.000 kr.):', 'Tallene fremgår af nedenstående tabel.', 'Af tabellen fremgår udviklingen:']) });
      caseText.push({ type: 'table', rows });
    }
  } else if (rng.chance(0.85)) {
    economy = [{ type: 'paragraph', text: f.fill(rng.pick(SENTENCES.economyNone)) }];
  }

  const attachments: string[] = [];
  const nAtt = rng.weighted([[0, 3], [1, 4], [2, 2], [3, 1]] as const);
  const attPick = rng.sample(ATTACHMENTS, nAtt);
  const numbered = (layout === 'odense' || layout === 'odense-md') && rng.chance(0.5);
  attPick.forEach((t, i) => {
    const title = capitalize(f.fill(t));
    attachments.push(numbered ? `Bilag ${i + 1} - ${title}` : title);
  });

  return { resume, effect, background, caseText, economy, attachments };
}

// ---------------------------------------------------------------------------------------------
// Recommendation

export function buildRecommendation(c: CaseFile, body: Body, m: Municipality, layout: LayoutName, rng: Rng): RecommendationPlan | null {
  const f = new Filler(rng, contentVars(c, m));
  const emne = c.vars.emne ?? 'sagen';
  const council = m.info.council;
  const by = c.origin.kind === 'fagudvalg' ? c.origin.forvaltning : body.forvaltning;
  const toCouncil = c.mode === 'council' && body.kind !== 'council';
  let main: string;
  switch (c.mode) {
    case 'agenda-approval':
      main = 'forslag til dagsorden godkendes';
      break;
    case 'standing':
    case 'inform':
      main = rng.pick(['orienteringen tages til efterretning', `${body.name} tager orienteringen til efterretning`, 'listen tages til efterretning']);
      break;
    case 'discuss':
    case 'tema':
      main = rng.pick([`${body.name} drøfter ${emne}`, `udvalget drøfter ${emne} og tager drøftelserne til efterretning`]);
      break;
    case 'joint':
      main = 'udvalgene drøfter de fælles indsatser';
      break;
    case 'initiative':
      main = `${body.name} tager stilling til forslaget`;
      break;
    case 'council':
      main = `${toCouncil || body.kind === 'council' ? council.toLowerCase() === 'byrådet' ? 'byrådet' : 'kommunalbestyrelsen' : 'udvalget'} godkender ${emne}`;
      break;
    default:
      main = c.models ? 'udvalget godkender model 2' : `udvalget godkender ${emne}`;
  }
  const extra = [
    f.fill('forvaltningen følger op på indsatsen i {MÅNED} {NÆSTEÅR}'),
    f.fill('udgiften på {BELØB} finansieres af kassebeholdningen'),
    'forvaltningen bemyndiges til at igangsætte arbejdet',
    f.fill('der gives en anlægsbevilling på {BELØB}'),
    'sagen sendes i høring i de relevante råd',
  ];
  const clauses = [main, ...rng.sample(extra, c.mode === 'council' || c.mode === 'decide' ? rng.weighted([[0, 5], [1, 3], [2, 2]] as const) : 0)];

  if (layout === 'odder') {
    return { by: 'Forvaltningen', lead: null, clauses: clauses.map((t) => ({ label: null, text: capitalize(t) })), form: 'at' };
  }
  if (clauses.length > 1 || (layout === 'odense-md' && rng.chance(0.3))) {
    const to = body.kind === 'fagudvalg' ? rng.pick(['udvalget', 'udvalget', 'respektive udvalg']) : body.name;
    const lead = layout === 'ballerup' ? rng.pick([`${by} indstiller, at`, 'Administrationen indstiller, at']) : `${by} indstiller til ${to}, at:`;
    const whoBy = lead.startsWith('Administrationen') ? 'Administrationen' : by;
    return { by: whoBy, lead, clauses: clauses.map((t, i) => ({ label: String(i + 1), text: `${capitalize(t)}.` })), form: 'numbered' };
  }
  const single = clauses[0]!;
  const lead = `${by} indstiller${body.kind === 'fagudvalg' && rng.chance(0.3) ? ' til udvalget' : ''}, at ${single}.`;
  return { by, lead, clauses: [{ label: null, text: `${single}.` }], form: 'inline' };
}

/** Printed lines of a recommendation (without markup). */
export function recommendationLines(r: RecommendationPlan): string[] {
  if (r.form === 'inline') return [r.lead ?? ''];
  if (r.form === 'at') return r.clauses.map((c) => `At ${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}`);
  return [r.lead ?? '', ...r.clauses.map((c) => `${c.label}. ${c.text}`)];
}

/** The clause as the truth stores it ("At …" lines lose the "At"). */
export function recommendationClauses(r: RecommendationPlan): RecommendationClause[] {
  if (r.form === 'at') return r.clauses.map((c) => ({ label: null, text: `${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}` }));
  return r.clauses;
}

// ---------------------------------------------------------------------------------------------
// Decision, votes, absence

export interface Attendance {
  /** Members present at the meeting (after meeting-level absence), substitutes included. */
  present: Member[];
}

function ref(m: Member, withParty: boolean, role: PersonRef['role']): PersonRef {
  return { name: m.person.name, party: withParty ? m.person.party : null, role };
}

function printed(m: Member, withParty: boolean): string {
  return withParty && m.person.party ? `${m.person.name} (${m.person.party})` : m.person.name;
}

/** "Udvalgsmedlem", or for the council "Byrådsmedlem" / "Kommunalbestyrelsesmedlem". */
let memberWord = 'Udvalgsmedlem';

function roleWord(m: Member, plural = false): { word: string; role: PersonRef['role'] } {
  if (m.role === 'rådmand') return { word: 'Rådmand', role: 'rådmand' };
  if (m.role === 'borgmester') return { word: 'Borgmester', role: 'borgmester' };
  return { word: plural ? `${memberWord}merne` : memberWord, role: 'udvalgsmedlem' };
}

export interface DecisionInput {
  c: CaseFile;
  body: Body;
  m: Municipality;
  layout: LayoutName;
  rng: Rng;
  attendance: Attendance;
  /** Outcome the simulation chose for this meeting. */
  outcome: DecisionOutcome;
  /** Contested: print a vote. */
  vote: boolean;
  guests: string[];
}

function decisionSentence(inp: DecisionInput): string {
  const { body, layout, rng, outcome, c } = inp;
  const name = body.name;
  const council = inp.m.info.council;
  const f = new Filler(rng, contentVars(c, inp.m));
  const short = layout === 'odder' || layout === 'ballerup';
  switch (outcome) {
    case 'approved':
      if (body.kind === 'council') return rng.pick(['Godkendt.', 'Indstillingen godkendt.', `${council} godkender indstillingen.`, 'Godkendt som indstillet.']);
      if (c.models) return `${name} godkender forvaltningens indstilling og vælger model 2.`;
      return short ? rng.pick(['Godkendt', 'Godkendt.', 'Indstillingen godkendt', 'Indstillingen blev godkendt.']) : rng.pick([`${name} godkender indstillingen.`, `${name} godkender forvaltningens indstilling.`, 'Godkendt.']);
    case 'recommended':
      if (body.kind === 'economy') return rng.pick([`${name} anbefaler indstillingen.`, `Indstilles godkendt.`, `${name} anbefaler indstillingen over for ${council}.`, 'Anbefales.']);
      return short ? rng.pick([`Indstilles til godkendelse i ${council}.`, 'Anbefales.', 'Indstilles godkendt.']) : `${name} anbefaler indstillingen.`;
    case 'discussed':
      if (c.mode === 'tema') return `${name} drøftede temaet.`;
      return short ? rng.pick(['Drøftet.', 'Punktet blev drøftet.', `${name} drøftede sagen.`]) : `${name} drøftede sagen.`;
    case 'noted':
      return rng.pick(['Taget til efterretning', 'Taget til efterretning.', 'Orienteringen blev taget til efterretning.', `${name} tog orienteringen til efterretning.`]);
    case 'approved_with_changes':
      return `${name} godkender indstillingen med følgende tilføjelse:\n${f.fill(rng.pick(SENTENCES.addition))}`;
    case 'postponed':
      return rng.pick(SENTENCES.postponed);
    case 'rejected':
      return c.mode === 'initiative' ? 'Forslaget er dermed forkastet.' : rng.pick(['Indstillingen blev forkastet.', 'Indstillingen er dermed forkastet.']);
    default:
      return rng.pick(['Der var ingen emner på listen.', `${name} besigtigede området.`, 'Ingen bemærkninger.']);
  }
}

/** A vote in prose: names for small bodies, party letters for the council. */
function buildVote(inp: DecisionInput, voters: Member[]): { paragraphs: string[]; votes: VoteOption[]; passed: boolean } {
  const { rng, body, c } = inp;
  const parties = [...new Set(voters.map((v) => v.person.party ?? 'Løsgænger'))];
  const majorityParties = new Set(['A', 'V', 'C'].filter((p) => parties.includes(p)));
  const minority = parties.filter((p) => !majorityParties.has(p));
  const againstParties = new Set(rng.sample(minority.length ? minority : parties.slice(-1), rng.int(1, Math.max(1, Math.min(2, minority.length)))));
  if (c.mode === 'initiative' && c.party) {
    againstParties.clear();
    for (const p of parties) if (p !== c.party && rng.chance(0.7)) againstParties.add(p);
  }
  const abstainParty = rng.chance(0.25) ? minority.find((p) => !againstParties.has(p) && p !== c.party) : undefined;
  const forM = voters.filter((v) => !againstParties.has(v.person.party ?? 'Løsgænger') && v.person.party !== abstainParty);
  const againstM = voters.filter((v) => againstParties.has(v.person.party ?? 'Løsgænger'));
  const abstainM = voters.filter((v) => v.person.party === abstainParty);
  // An initiative proposal: "for" means for the proposal.
  const passed = forM.length > againstM.length;

  if (c.models) {
    const m2 = forM;
    const m1 = [...againstM, ...abstainM];
    const opt2 = `model 2`;
    const opt1 = `model 1`;
    const paragraphs: string[] = [];
    const votes: VoteOption[] = [];
    for (const [group, opt] of [[m2, opt2], [m1, opt1]] as const) {
      if (!group.length) continue;
      const rw = roleWord(group[0]!, group.length > 1);
      const names = group.map((g) => printed(g, true));
      paragraphs.push(`${group.length > 1 ? `${memberWord}merne` : rw.word} ${joinOg(names)} stemmer for ${opt}.`);
      votes.push({ option: opt, for: group.map((g) => ref(g, true, 'udvalgsmedlem')), against: [], abstain: [], reservation: [] });
    }
    return { paragraphs, votes, passed: true };
  }

  const byParty = body.kind === 'council' || voters.length > 11;
  const form = byParty ? rng.pick(['label', 'prose'] as const) : 'names';
  const partiesOf = (ms: Member[]): string[] => [...new Set(ms.map((x) => x.person.party ?? 'Løsgænger'))];
  const vote: VoteOption = { option: null, for: [], against: [], abstain: [], reservation: [] };
  const paragraphs: string[] = [];
  if (form === 'names') {
    const group = (ms: Member[], verb: string): void => {
      if (!ms.length) return;
      const subject = ms.length > 1 ? `${memberWord}merne ${joinOg(ms.map((x) => printed(x, true)))}` : `${roleWord(ms[0]!).word} ${printed(ms[0]!, true)}`;
      paragraphs.push(`${subject} ${verb}.`);
    };
    group(forM, 'stemmer for');
    group(againstM, rng.pick(['stemmer imod', 'stemte imod']));
    group(abstainM, 'undlod at stemme');
    const r = (ms: Member[]): PersonRef[] => ms.map((x) => ref(x, true, ms.length > 1 ? 'udvalgsmedlem' : roleWord(x).role));
    vote.for = r(forM);
    vote.against = r(againstM);
    vote.abstain = r(abstainM);
  } else {
    const pf = partiesOf(forM);
    const pa = partiesOf(againstM);
    const pb = partiesOf(abstainM);
    if (form === 'label') {
      if (pf.length) paragraphs.push(`For stemte: ${joinOg(pf)} (${forM.length})`);
      if (pa.length) paragraphs.push(`Imod stemte: ${joinOg(pa)} (${againstM.length})`);
      if (pb.length) paragraphs.push(`Undlod at stemme: ${joinOg(pb)} (${abstainM.length})`);
    } else {
      const s: string[] = [];
      if (pf.length) s.push(`${joinOg(pf)} stemte for.`);
      if (pa.length) s.push(`${joinOg(pa)} stemte imod.`);
      if (pb.length) s.push(`${joinOg(pb)} undlod at stemme.`);
      paragraphs.push(s.join(' '));
    }
    if (pf.length) vote.partiesFor = pf;
    if (pa.length) vote.partiesAgainst = pa;
    if (pb.length) vote.partiesAbstain = pb;
  }
  return { paragraphs, votes: [vote], passed };
}

export function buildDecision(inp: DecisionInput): DecisionPlan {
  const { rng, layout, attendance } = inp;
  memberWord = inp.body.kind !== 'council' ? 'Udvalgsmedlem' : inp.m.info.council === 'Byrådet' ? 'Byrådsmedlem' : 'Kommunalbestyrelsesmedlem';
  let outcome = inp.outcome;
  const paragraphs: string[] = [];
  const absent: AbsentFromItem[] = [];

  // Item-level absence (deltog ikke / inhabil).
  let voters = attendance.present;
  const absenceLines: string[] = [];
  if (voters.length > 2 && rng.chance(0.12)) {
    const odenseStyle = layout === 'odense' || layout === 'odense-md';
    const candidates = odenseStyle && rng.chance(0.6) ? voters.filter((v) => v.role === 'rådmand' || v.role === 'borgmester') : voters;
    const who = rng.sample(candidates.length ? candidates : voters, rng.chance(0.8) ? 1 : 2);
    const inhabil = who.length === 1 && rng.chance(0.2);
    voters = voters.filter((v) => !who.includes(v));
    if (layout === 'ballerup') {
      const line = `Følgende deltog ikke i behandlingen af punktet: ${joinOg(who.map((w) => printed(w, true)))}`;
      absenceLines.push(line);
      for (const w of who) absent.push({ person: ref(w, true, null), reason: 'did-not-participate', text: line });
    } else if (inhabil) {
      const w = who[0]!;
      const rw = roleWord(w);
      const line = `${rw.word} ${printed(w, true)} var inhabil.`;
      absenceLines.push(line);
      absent.push({ person: ref(w, true, rw.role), reason: 'conflict-of-interest', text: line });
    } else {
      const withParty = !odenseStyle && rng.chance(0.5);
      const subject = who.length > 1 ? `${memberWord}merne ${joinOg(who.map((w) => printed(w, withParty)))}` : `${roleWord(who[0]!).word} ${printed(who[0]!, withParty)}`;
      const line = `${subject} deltog ikke i behandlingen af dette punkt.`;
      absenceLines.push(line);
      for (const w of who) absent.push({ person: ref(w, withParty, who.length > 1 ? 'udvalgsmedlem' : roleWord(w).role), reason: 'did-not-participate', text: line });
    }
  }

  for (const g of inp.guests) paragraphs.push(`${g} deltog under behandlingen af punktet.`);

  let votes: VoteOption[] = [];
  if (inp.vote && voters.length >= 3) {
    const v = buildVote(inp, voters);
    votes = v.votes;
    paragraphs.push(...v.paragraphs);
    if (!v.passed) outcome = 'rejected';
  }
  const sentence = decisionSentence({ ...inp, outcome });
  paragraphs.push(...sentence.split('\n'));
  paragraphs.push(...absenceLines);
  return { paragraphs, core: sentence.replace(/\n/g, ' '), outcome, votes, absent, guests: inp.guests };
}
