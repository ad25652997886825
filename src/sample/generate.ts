/**
 * The simulation: municipalities whose committees meet month by month; cases are created in the
 * standing committees, discussed, decided, postponed, sent on to the economy committee and the
 * council, and sometimes treated in parallel by two committees. Each meeting is printed as minutes
 * (and sometimes its agenda too) and yielded at once, so a corpus of any size streams in constant
 * memory.
 */
import type { DecisionOutcome, DocumentKind, ItemKind, MeetingDocument, RouteStep } from '../model/index.js';
import {
  buildContent,
  buildDecision,
  buildRecommendation,
  type CaseFile,
  type CaseMode,
  caseVars,
  Filler,
  type ItemPlan,
} from './content.js';
import { compareDays, type Day, isoDate, slug } from './danish.js';
import { hashSeed, Rng } from './prng.js';
import { type MeetingPlan, type PrintedParticipant, renderMeeting } from './render.js';
import { FILLERS, GENERIC_TOPICS, GUEST_TITLES, MUNICIPALITIES, type MunicipalityInfo, TOPICS, type Topic } from './vocab.js';
import {
  type Body,
  createMunicipality,
  LAYOUTS,
  type LayoutName,
  type Member,
  meetingDay,
  meetingPlace,
  type Municipality,
  termOf,
  termStart,
} from './world.js';

export type { LayoutName } from './world.js';

export interface SampleOptions {
  /** Seed of everything; the same seed and options give byte-identical output. Default 1. */
  seed?: number | string;
  /** How many municipalities (taken in a fixed order from a list of 48 real names) or which ones. Default 3, or about one per 2 400 items when totalItems is given. */
  municipalities?: number | readonly string[];
  /** Meetings each body (every standing committee, the economy committee and the council) holds. Default 4. */
  meetingsPerCommittee?: number;
  /** Standing committees per municipality, besides the economy committee and the council. Default 4. */
  committeesPerMunicipality?: number;
  /** Agenda items of a standing committee meeting, [min, max]. Default [4, 11]. */
  itemsPerMeeting?: readonly [number, number];
  /** Stop after this many agenda items in all (agendas and minutes counted). Raises meetingsPerCommittee as needed. */
  totalItems?: number;
  /** The first meeting year. Default 2018. */
  startYear?: number;
  /** Share of meetings that also get their agenda (dagsorden) printed, besides the minutes. Default 0.2. */
  agendaShare?: number;
  /** Share of meetings with a closed item. Default 0.15. */
  closedShare?: number;
  /** 0 = clean text; 1 = the usual page breaks, page headers and junk lines. Default 1. */
  noise?: number;
  /** Layouts to use, assigned to municipalities in turn. Default all four. */
  layouts?: readonly LayoutName[];
}

export interface SampleDocument {
  /** Relative path with '/' separators: "vejle/2018-01-02-boern-og-ungeudvalget-referat.txt". */
  fileName: string;
  text: string;
  format: 'text' | 'markdown';
  layout: LayoutName;
  kind: DocumentKind;
  /** What a perfect importer makes of `text`. */
  truth: MeetingDocument;
}

export interface SampleSummary {
  documents: number;
  items: number;
  /** UTF-8 bytes of all texts. */
  bytes: number;
  municipalities: string[];
}

interface Resolved {
  seed: number | string;
  municipalities: MunicipalityInfo[];
  meetingsPerCommittee: number;
  committees: number;
  itemsPerMeeting: readonly [number, number];
  totalItems: number;
  startYear: number;
  agendaShare: number;
  closedShare: number;
  noise: number;
  layouts: readonly LayoutName[];
}

function resolve(o: SampleOptions): Resolved {
  let municipalities: MunicipalityInfo[];
  if (Array.isArray(o.municipalities)) {
    municipalities = (o.municipalities as string[]).map((name) => {
      const found = MUNICIPALITIES.find((m) => m.name.toLowerCase() === name.toLowerCase());
      return found ?? { name, council: 'Byrådet', seats: 25, town: name, postcode: '9999' };
    });
  } else {
    // For a large totalItems without a count, spread it over more municipalities (about four years
    // of meetings each) rather than over decades.
    const wanted = o.municipalities ?? (o.totalItems !== undefined && o.meetingsPerCommittee === undefined ? Math.ceil(o.totalItems / 2400) : 3);
    const n = Math.max(o.municipalities === undefined ? 3 : 1, Math.min(wanted as number, MUNICIPALITIES.length));
    municipalities = MUNICIPALITIES.slice(0, n);
  }
  const committees = Math.max(1, o.committeesPerMunicipality ?? 4);
  const itemsPerMeeting = o.itemsPerMeeting ?? [4, 11];
  const totalItems = o.totalItems ?? Infinity;
  let meetings = o.meetingsPerCommittee ?? 4;
  if (Number.isFinite(totalItems) && o.meetingsPerCommittee === undefined) {
    // Items per meeting round of one municipality, roughly: committees + economy committee + council.
    const perRound = committees * ((itemsPerMeeting[0] + itemsPerMeeting[1]) / 2) + 2 * (committees * 1.2 + 3);
    const rounds = totalItems / (municipalities.length * perRound * (1 + (o.agendaShare ?? 0.2)));
    meetings = Math.max(1, Math.ceil(rounds * 1.25) + 1);
  }
  return {
    seed: o.seed ?? 1,
    municipalities,
    meetingsPerCommittee: Math.max(1, meetings),
    committees,
    itemsPerMeeting,
    totalItems,
    startYear: o.startYear ?? 2018,
    agendaShare: o.agendaShare ?? 0.2,
    closedShare: o.closedShare ?? 0.15,
    noise: o.noise ?? 1,
    layouts: o.layouts && o.layouts.length ? o.layouts : LAYOUTS,
  };
}

// ---------------------------------------------------------------------------------------------

interface Pending {
  c: CaseFile;
  mode: CaseMode;
  /** Not before this day. */
  after: Day;
}

interface Meeting {
  body: Body;
  index: number;
  day: Day;
}

/** Per-municipality simulation state. */
class Sim {
  readonly m: Municipality;
  readonly o: Resolved;
  readonly pending = new Map<string, Pending[]>();
  /** Case-number sequences per year. */
  private seq = new Map<string, number>();
  /** Standing case numbers per body and year/term. */
  private standing = new Map<string, CaseFile>();
  /** Running item numbers per body and year (ballerup layout). */
  private running = new Map<string, number>();
  private rng: Rng;

  constructor(m: Municipality, o: Resolved) {
    this.m = m;
    this.o = o;
    this.rng = new Rng(hashSeed(m.seed, 'sim'));
    for (const b of m.bodies) this.pending.set(b.key, []);
  }

  caseNumber(kle: string, year: number): string {
    const key = `${this.m.scheme}:${year}`;
    const r = this.rng;
    const step = this.m.scheme === 'kle' ? r.int(1, 9) : r.int(3, 60);
    const start = this.m.scheme === 'kle' ? r.int(1, 20) : r.int(200, 3000);
    const n = (this.seq.get(key) ?? start) + step;
    this.seq.set(key, n);
    const yy = String(year % 100).padStart(2, '0');
    switch (this.m.scheme) {
      case 'kle':
        return `${kle}-${r.pick(['A00', 'G01', 'P20', 'S00', 'A26', 'P22', 'Ø34', 'G00', 'K07', 'P19'])}-${n}-${yy}`;
      case 'sbsys':
        return `S${year}-${n}`;
      case 'edoc':
        return `${year}-${n + 20000}`;
      case 'short':
        return `${yy}/${n}`;
      case 'emn':
        return `EMN-${year}-${String(n).padStart(6, '0')}`;
    }
  }

  newCase(topic: Topic | null, title: string | null, body: Body, day: Day, mode: CaseMode, seedLabel: string): CaseFile {
    const r = this.rng;
    const vars = caseVars(r, day);
    const seed = hashSeed(this.m.seed, 'case', seedLabel);
    const f = new Filler(new Rng(seed ^ 0x5bd1e995), vars);
    if (topic) {
      vars.emne = f.fill(topic.emne);
      vars.målgruppe = f.fill(topic.målgruppe);
    }
    let t = title ?? (topic ? f.fill(r.pick(topic.titles)) : 'Sag');
    if (topic && !title) {
      if (mode === 'inform' && r.chance(0.3)) t = `Orientering om ${t.charAt(0).toLowerCase()}${t.slice(1)}`;
      // Long titles: cut in the table of contents, whole in the heading.
      if (r.chance(0.12)) {
        t += f.fill(
          r.pick([
            ' samt drøftelse af det videre arbejde med {emne} i {KOMMUNE} Kommune',
            ' - opfølgning på udvalgets beslutning om {emne} og de økonomiske konsekvenser heraf',
            ' og fastlæggelse af rammer, retning og ambitionsniveau for {emne} frem mod {FREMTID}',
            ' (genoptaget fra udvalgets møde i {SIDSTEÅR}) med henblik på endelig stillingtagen til {emne}',
          ]).replace('{KOMMUNE}', this.m.info.name),
        );
      }
    }
    return {
      number: this.caseNumber(topic?.kle ?? '00.01.00', day.year),
      topic,
      title: t,
      seed,
      vars,
      mode,
      origin: body,
      history: [],
      plannedRoute: [],
      models: mode === 'decide' && r.chance(0.06),
      visits: 0,
    };
  }

  standingCase(body: Body, day: Day, key: string, title: string, mode: CaseMode, withNumber: boolean): CaseFile {
    const span = this.m.scheme === 'sbsys' ? termStart(day.year) : day.year;
    const k = `${body.key}:${key}:${span}`;
    let c = this.standing.get(k);
    if (!c) {
      c = this.newCase(null, title, body, day, mode, k);
      c.vars.emne = body.type?.area ?? 'sagen';
      if (!withNumber) c.number = null;
      this.standing.set(k, c);
    }
    // Each meeting's standing item has fresh content (new bullets).
    return { ...c, seed: hashSeed(c.seed, isoDate(day)), title, vars: { ...c.vars, _DAG: isoDate(day) } };
  }

  nextItemNumber(body: Body, year: number): number {
    const k = `${body.key}:${year}`;
    const n = (this.running.get(k) ?? this.rng.int(0, 3) * 10 + 1) + (this.running.has(k) ? 1 : 0);
    this.running.set(k, n);
    return n;
  }

  private recentTopics = new Map<string, Topic[]>();

  /** True when the topic was on one of the body's last few agendas. */
  recent(body: Body, t: Topic): boolean {
    return this.recentTopics.get(body.key)?.includes(t) ?? false;
  }

  remember(body: Body, t: Topic): void {
    const list = this.recentTopics.get(body.key) ?? [];
    list.push(t);
    if (list.length > 24) list.shift();
    this.recentTopics.set(body.key, list);
  }

  takePending(body: Body, day: Day, max: number): Pending[] {
    const list = this.pending.get(body.key)!;
    const ready: Pending[] = [];
    const rest: Pending[] = [];
    for (const p of list) (compareDays(p.after, day) < 0 && ready.length < max ? ready : rest).push(p);
    this.pending.set(body.key, rest);
    return ready;
  }

  enqueue(bodyKey: string, p: Pending): void {
    this.pending.get(bodyKey)?.push(p);
  }
}

function itemKindOf(mode: CaseMode): ItemKind {
  switch (mode) {
    case 'discuss':
      return 'drøftelse';
    case 'inform':
    case 'standing':
      return 'orientering';
    case 'initiative':
      return 'initiativret';
    case 'tema':
      return 'tema';
    case 'joint':
      return 'fællesmøde';
    default:
      return 'beslutning';
  }
}

const topicCache = new Map<string, { special: readonly Topic[]; generic: readonly Topic[] }>();

/** The body's subjects: the hand-written topics of its areas, then generic ones. */
function topicsFor(body: Body): { special: readonly Topic[]; generic: readonly Topic[] } {
  const key = body.areas.join('|');
  let t = topicCache.get(key);
  if (!t) {
    t = { special: TOPICS.filter((x) => body.areas.includes(x.area)), generic: GENERIC_TOPICS.filter((x) => body.areas.includes(x.area)) };
    topicCache.set(key, t);
  }
  return t;
}

function modeOf(path: Topic['path']): CaseMode {
  return path;
}

/** The next meeting day of a body strictly after `day` (from its calendar, even past the generated range). */
function nextMeetingDay(body: Body, startYear: number, day: Day): Day {
  // Meetings are monthly, so the next one is at most ~2 months away.
  let i = Math.max(0, (day.year - startYear) * 11 - 1);
  for (;;) {
    const d = meetingDay(body, startYear, i);
    if (compareDays(d, day) > 0) return d;
    i++;
  }
}

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const t = h * 60 + m + minutes;
  return `${String(Math.floor(t / 60) % 24).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------

function* simulateMunicipality(m: Municipality, o: Resolved, budget: { items: number }): Generator<SampleDocument> {
  const sim = new Sim(m, o);
  const meetings: Meeting[] = [];
  for (const body of m.bodies) {
    for (let i = 0; i < o.meetingsPerCommittee; i++) meetings.push({ body, index: i, day: meetingDay(body, o.startYear, i) });
  }
  meetings.sort((a, b) => compareDays(a.day, b.day) || a.body.order - b.body.order);
  const economy = m.bodies.find((b) => b.kind === 'economy')!;
  const council = m.bodies.find((b) => b.kind === 'council')!;
  const fagudvalg = m.bodies.filter((b) => b.kind === 'fagudvalg');
  const odenseStyle = m.layout === 'odense' || m.layout === 'odense-md';

  for (const meeting of meetings) {
    if (budget.items <= 0) return;
    const { body, day } = meeting;
    const rng = new Rng(hashSeed(m.seed, 'meeting', body.key, meeting.index));
    const term = termOf(m, termStart(day.year));
    const iso = isoDate(day);

    // --- attendance
    const members = term.members.get(body.key) ?? [];
    const participants: PrintedParticipant[] = [];
    const present: Member[] = [];
    for (const mem of members) {
      const absent = rng.chance(body.kind === 'council' ? 0.05 : 0.07);
      participants.push({ member: mem, absent });
      if (!absent) present.push(mem);
      else if (m.layout === 'ballerup' && mem.person.party && rng.chance(0.5)) {
        const subs = term.substitutes.get(mem.person.party) ?? [];
        if (subs.length) {
          const sub: Member = { person: rng.pick(subs), role: 'udvalgsmedlem' };
          participants.push({ member: sub, absent: false, substituteFor: mem.person.name });
          present.push(sub);
        }
      }
    }

    // --- which cases
    const entries: { c: CaseFile; mode: CaseMode }[] = [];
    const stdNumber = m.layout !== 'odder' || rng.chance(0.8);
    if (m.layout === 'odder' || (m.layout === 'ballerup' && body.kind === 'council') || (body.kind === 'council' && rng.chance(0.5))) {
      const c = sim.standingCase(body, day, 'dagsorden', rng.pick(['Godkendelse af dagsorden', 'Godkendelse af forslag til dagsorden']), 'agenda-approval', m.layout !== 'odder' && stdNumber);
      entries.push({ c, mode: 'agenda-approval' });
    }
    if (m.layout === 'ballerup' && body.kind !== 'council') entries.push({ c: sim.standingCase(body, day, 'meddelelser', 'Meddelelser', 'standing', true), mode: 'standing' });
    if (m.layout === 'odder' && body.kind === 'fagudvalg') entries.push({ c: sim.standingCase(body, day, 'info', 'Information fra formand/forvaltning', 'standing', true), mode: 'standing' });

    const cap = body.kind === 'fagudvalg' ? o.itemsPerMeeting[1] + 4 : 26;
    for (const p of sim.takePending(body, day, cap)) entries.push({ c: p.c, mode: p.mode });

    let newCount: number;
    if (body.kind === 'fagudvalg') newCount = Math.max(0, rng.int(o.itemsPerMeeting[0], o.itemsPerMeeting[1]) - entries.length);
    else if (body.kind === 'economy') newCount = rng.int(1, 3);
    else newCount = entries.length < 3 ? rng.int(1, 3) : rng.int(0, 1);
    const topics = topicsFor(body);
    const used = new Set(entries.map((e) => e.c.topic));
    const fresh = (): Topic => {
      // Mostly the hand-written subjects, sometimes a generic one; never twice in a meeting.
      const pool = rng.chance(0.6) ? topics.special : topics.generic;
      let free = pool.filter((t) => !used.has(t) && !sim.recent(body, t));
      if (!free.length) free = topics.generic.filter((t) => !used.has(t));
      const t = rng.pick(free.length ? free : topics.generic.length ? topics.generic : TOPICS);
      used.add(t);
      sim.remember(body, t);
      return t;
    };
    for (let k = 0; k < newCount; k++) {
      const topic = fresh();
      let mode = modeOf(topic.path);
      if (body.kind !== 'fagudvalg') mode = 'council';
      else if (rng.chance(0.15)) mode = rng.pick(['decide', 'discuss', 'inform'] as const);
      const c = sim.newCase(topic, null, body, day, mode, `${body.key}:${iso}:${k}`);
      entries.push({ c, mode });
      // Sometimes the same case is treated in parallel by another standing committee.
      if (body.kind === 'fagudvalg' && (mode === 'discuss' || mode === 'inform') && fagudvalg.length > 1 && rng.chance(0.08)) {
        const other = rng.pick(fagudvalg.filter((b) => b !== body));
        sim.enqueue(other.key, { c, mode, after: day });
      }
    }
    if (body.kind === 'fagudvalg') {
      if (rng.chance(0.08)) {
        const c = sim.newCase(fresh(), null, body, day, 'tema', `${body.key}:${iso}:tema`);
        c.title = `Tema: ${c.title}`;
        entries.push({ c, mode: 'tema' });
      }
      if (rng.chance(0.06) && fagudvalg.length > 1) {
        const partner = rng.pick(fagudvalg.filter((b) => b !== body));
        const c = sim.newCase(null, `Fællesmøde mellem ${body.name} og ${partner.name}`, body, day, 'joint', `${body.key}:${iso}:joint`);
        c.vars.emne = 'de fælles indsatser';
        c.partner = partner.name;
        entries.push({ c, mode: 'joint' });
      }
      if (rng.chance(0.06)) {
        const party = rng.pick([...new Set(present.map((p) => p.person.party).filter((p): p is string => !!p && p !== 'Løsgænger'))].concat(['Ø']));
        const c = sim.newCase(fresh(), null, body, day, 'initiative', `${body.key}:${iso}:init`);
        c.title = `${rng.pick(['Initiativretsforslag fra', 'Forslag fra'])} byrådsgruppe ${party}: ${c.title}`;
        c.party = party;
        entries.push({ c, mode: 'initiative' });
      }
      if (odenseStyle) {
        if (rng.chance(0.5)) entries.push({ c: sim.standingCase(body, day, 'nøgletal', `Nøgletal på ${body.type?.area ?? 'området'}`, 'standing', true), mode: 'standing' });
        entries.push({ c: sim.standingCase(body, day, 'aktuelle', 'Aktuelle sager', 'standing', true), mode: 'standing' });
      }
    }
    // Closed items last.
    const closedCount = rng.chance(o.closedShare) ? rng.int(1, 2) : 0;
    for (let k = 0; k < closedCount; k++) {
      const c = sim.newCase(null, rng.pick(FILLERS.LUKKET!), body, day, 'decide', `${body.key}:${iso}:closed:${k}`);
      entries.push({ c: { ...c, number: c.number }, mode: 'decide' });
      (entries[entries.length - 1] as { closed?: boolean }).closed = true;
    }

    if (!entries.length) continue;
    // Respect the item budget.
    if (entries.length > budget.items) entries.length = Math.max(1, budget.items);

    // --- plan items
    const items: ItemPlan[] = [];
    const agendaItems: ItemPlan[] = [];
    const makeAgenda = rng.chance(o.agendaShare) && budget.items >= 2 * entries.length;
    entries.forEach((e, idx) => {
      const closed = (e as { closed?: boolean }).closed === true;
      const c = e.c;
      c.visits++;
      const number = m.layout === 'ballerup' ? String(sim.nextItemNumber(body, day.year)) : String(idx + 1);
      const r = new Rng(hashSeed(m.seed, 'item', body.key, meeting.index, idx));

      // Outcome at this meeting.
      let outcome: DecisionOutcome;
      let vote = false;
      switch (e.mode) {
        case 'agenda-approval':
          outcome = 'approved';
          break;
        case 'standing':
        case 'inform':
          outcome = 'noted';
          break;
        case 'discuss':
        case 'tema':
        case 'joint':
          outcome = 'discussed';
          break;
        case 'initiative':
          outcome = r.chance(0.6) ? 'rejected' : 'discussed';
          vote = outcome === 'rejected';
          break;
        case 'council':
          outcome = body.kind === 'council' ? r.weighted([['approved', 85], ['approved_with_changes', 5], ['postponed', 4], ['other', 3], ['rejected', 3]] as const) : r.weighted([['recommended', 90], ['postponed', 5], ['approved_with_changes', 5]] as const);
          vote = r.chance(body.kind === 'council' ? 0.2 : 0.1) && outcome !== 'postponed';
          break;
        default:
          outcome = r.weighted([['approved', 76], ['approved_with_changes', 10], ['postponed', 7], ['rejected', 3], ['other', 4]] as const);
          vote = (r.chance(0.12) && outcome !== 'postponed') || outcome === 'rejected' || c.models;
      }
      if (closed) {
        outcome = 'approved';
        vote = false;
      }

      // Route: history so far, this meeting, planned steps.
      const thisStep: RouteStep = { body: body.name, date: iso, itemNumber: m.layout === 'ballerup' ? number : null, decision: null };
      let planned: RouteStep[] = [];
      if (e.mode === 'council' && body.kind !== 'council') {
        const øuDay = body.kind === 'fagudvalg' ? nextMeetingDay(economy, o.startYear, day) : null;
        const crDay = nextMeetingDay(council, o.startYear, øuDay ?? day);
        planned = [
          ...(øuDay ? [{ body: economy.name, date: isoDate(øuDay), itemNumber: null, decision: null }] : []),
          { body: council.name, date: isoDate(crDay), itemNumber: null, decision: null },
        ];
      }
      const route: RouteStep[] = [...c.history.map((h) => ({ ...h, itemNumber: null, decision: null })), { ...thisStep, itemNumber: null }, ...planned];

      const guests = !closed && r.chance(0.06) ? [`${r.pick(GUEST_TITLES)} ${r.pick(term.officials).name}`] : [];
      const content = buildContent(c, m, m.layout);
      const showDecision = !(odenseStyle && (e.mode === 'inform' || e.mode === 'standing' || e.mode === 'joint'));
      const recommendation = !closed && showDecision && e.mode !== 'standing' ? buildRecommendation(c, body, m, m.layout, r) : null;
      const decision = showDecision ? buildDecision({ c, body, m, layout: m.layout, rng: r, attendance: { present }, outcome, vote, guests }) : null;
      const kind = itemKindOf(e.mode);
      const base: Omit<ItemPlan, 'decision'> = {
        number,
        title: c.title,
        caseNumber: c.number,
        closed,
        kind,
        content,
        recommendation,
        route: m.layout === 'odder' && !closed && e.mode !== 'standing' && e.mode !== 'agenda-approval' ? route : [],
        history: m.layout === 'ballerup' && !closed ? c.history.map((h) => ({ ...h })) : [],
      };
      items.push({ ...base, decision: closed && (odenseStyle || r.chance(0.5)) ? null : decision });
      if (makeAgenda) agendaItems.push({ ...base, decision: null });

      // --- what happens to the case next
      if (e.mode !== 'standing' && e.mode !== 'agenda-approval') {
        c.history.push({ ...thisStep, decision: decision?.core ?? null });
        if (c.history.length > 6) c.history.shift();
      }
      const finalOutcome = decision?.outcome ?? outcome;
      if (closed) return;
      if (finalOutcome === 'postponed') {
        sim.enqueue(body.key, { c, mode: e.mode, after: day });
      } else if (e.mode === 'council' && body.kind === 'fagudvalg' && finalOutcome !== 'rejected') {
        sim.enqueue(economy.key, { c, mode: 'council', after: day });
      } else if (e.mode === 'council' && body.kind === 'economy' && finalOutcome !== 'rejected') {
        sim.enqueue(council.key, { c, mode: 'council', after: day });
      } else if (e.mode === 'discuss' && body === c.origin && r.chance(0.4)) {
        // Comes back for a decision a few meetings later.
        const later = { ...day, year: day.year, month: day.month };
        const next = r.chance(0.5) ? 'decide' : 'council';
        sim.enqueue(body.key, { c, mode: next, after: nextMeetingDay(body, o.startYear, later) });
      }
    });

    const place = meetingPlace(m, body, rng);
    const startTime = body.startTime;
    const endTime = addMinutes(startTime, 60 + rng.int(0, 16) * 10);
    const printParticipants = m.layout === 'odder' || m.layout === 'ballerup' || (odenseStyle && rng.chance(0.3));
    const base = `${slug(m.info.name)}/${iso}-${slug(body.name)}`;
    const ext = m.layout === 'odense-md' ? 'md' : 'txt';
    const emit = (kind: DocumentKind, planItems: ItemPlan[]): SampleDocument => {
      const fileName = `${base}-${kind === 'minutes' ? 'referat' : 'dagsorden'}.${ext}`;
      const plan: MeetingPlan = {
        m,
        body,
        term,
        day,
        kind,
        startTime,
        endTime,
        location: place.location,
        locations: place.locations,
        participants: printParticipants ? (kind === 'agenda' ? participants.filter((p) => !p.substituteFor).map((p) => ({ ...p, absent: false })) : participants) : [],
        items: planItems,
        fileName,
        noise: o.noise,
      };
      const { text, truth } = renderMeeting(plan, new Rng(hashSeed(m.seed, 'render', body.key, meeting.index, kind)));
      budget.items -= planItems.length;
      return { fileName, text, format: m.layout === 'odense-md' ? 'markdown' : 'text', layout: m.layout, kind, truth };
    };
    if (makeAgenda) {
      yield emit('agenda', agendaItems);
      if (budget.items <= 0) return;
    }
    yield emit('minutes', items);
  }
}

/**
 * The sample corpus as a lazy sequence of documents. Nothing is kept between documents except the
 * small simulation state (open cases), so it can stream hundreds of megabytes.
 *
 *     for (const doc of generateCorpus({ seed: 7, municipalities: 2, meetingsPerCommittee: 3 })) …
 */
export function* generateCorpus(options: SampleOptions = {}): Generator<SampleDocument, SampleSummary, undefined> {
  const o = resolve(options);
  const budget = { items: o.totalItems };
  const summary: SampleSummary = { documents: 0, items: 0, bytes: 0, municipalities: [] };
  for (let i = 0; i < o.municipalities.length; i++) {
    if (budget.items <= 0) break;
    const info = o.municipalities[i]!;
    const m = createMunicipality(info, o.seed, i, o.layouts, o.committees);
    summary.municipalities.push(info.name);
    // Share the item budget fairly: each municipality gets its part of what is left.
    const left = o.municipalities.length - i;
    const share = Number.isFinite(budget.items) ? { items: left === 1 ? budget.items : Math.max(1, Math.floor(budget.items / left)) } : { items: Infinity };
    for (const doc of simulateMunicipality(m, o, share)) {
      const n = doc.truth.items.length;
      budget.items -= n;
      summary.documents++;
      summary.items += n;
      summary.bytes += Buffer.byteLength(doc.text, 'utf8');
      yield doc;
    }
  }
  return summary;
}

/** The resolved number of meetings per committee for the options (after totalItems scaling). */
export function resolvedOptions(options: SampleOptions = {}): Readonly<Omit<Resolved, 'municipalities'> & { municipalities: string[] }> {
  const r = resolve(options);
  return { ...r, municipalities: r.municipalities.map((m) => m.name) };
}
