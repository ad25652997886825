/**
 * The fictional world behind the sample: municipalities with their council, economy committee and
 * standing committees per election term, fictional members with parties, meeting calendars and
 * case-number schemes. Everything is derived from the seed, lazily, so a world of 40 municipalities
 * costs nothing until a meeting needs it.
 */
import { addDays, type Day, weekday } from './danish.js';
import { hashSeed, Rng } from './prng.js';
import {
  COMMITTEE_TYPES,
  type CommitteeType,
  ECONOMY_COMMITTEE,
  FEMALE_FIRST,
  LAST_NAMES,
  MALE_FIRST,
  MIDDLE_NAMES,
  type MunicipalityInfo,
  OTHER_FIRST,
  OTHER_LAST,
  PARTIES,
  PLACES,
  STREETS,
} from './vocab.js';

/** The printed layouts, modelled on the seeds and the corpus. */
export type LayoutName =
  /** Odense's text extracted from PDF: "REFERAT <udvalg> <periode>", "Punkt N:", KLE numbers, INDSTILLING before Beslutning. */
  | 'odense'
  /** The same minutes through a PDF-to-Markdown converter (seed 003): #/## headings, **bold**, pipe tables. */
  | 'odense-md'
  /** Odder: "Mødedeltagere … (Fravær)", S2020-26746 numbers, "Sagens gang", "Forvaltningen indstiller" with "At …" lines. */
  | 'odder'
  /** eDoc/Acadre PDFs through pdftotext -layout (Ballerup, Syddjurs): running item numbers, "Sagsnr.:", wrapped lines, page headers. */
  | 'ballerup';

export const LAYOUTS: readonly LayoutName[] = ['odense', 'odder', 'ballerup', 'odense-md'];

export type CaseScheme = 'kle' | 'sbsys' | 'edoc' | 'short' | 'emn';

export type BodyKind = 'fagudvalg' | 'economy' | 'council';

export interface Person {
  name: string;
  party: string | null;
}

export type MemberRole = 'borgmester' | 'formand' | 'næstformand' | 'rådmand' | 'udvalgsmedlem';

export interface Member {
  person: Person;
  role: MemberRole;
}

export interface Body {
  key: string;
  name: string;
  kind: BodyKind;
  type: CommitteeType | null;
  forvaltning: string;
  /** Topic areas it deals with. */
  areas: readonly string[];
  budgetLines: readonly string[];
  /** Week of the month (1-4) and weekday (0 = Sunday) of its meetings. */
  week: number;
  weekday: number;
  startTime: string;
  /** Position in the municipality's list (orders bodies meeting on the same day). */
  order: number;
}

export interface Term {
  start: number;
  /** "2018-2021" */
  label: string;
  council: Member[];
  /** Members per body key. */
  members: Map<string, Member[]>;
  /** Substitutes (not on the council) per party letter. */
  substitutes: Map<string, Person[]>;
  secretary: Person;
  officials: Person[];
}

export interface Municipality {
  info: MunicipalityInfo;
  seed: number;
  layout: LayoutName;
  scheme: CaseScheme;
  bodies: Body[];
  /** The building the committees meet in, and its rooms. */
  street: string;
  /** Ballerup-style decision heading form. */
  decisionHeading: 'genitive' | 'beslutning-i';
  /** Headers printed with a line break between "REFERAT …" and "d. DD-MM-YYYY" (seed 000) or not (001). */
  splitHeaderDate: boolean;
  terms: Map<number, Term>;
}

/** The election term containing a year: 2018-2021, 2022-2025, … (also backwards: 2014-2017). */
export function termStart(year: number): number {
  return 2018 + 4 * Math.floor((year - 2018) / 4);
}

const MEETING_MONTHS = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] as const;

/** The n-th (1-based) given weekday of a month. */
export function nthWeekday(year: number, month: number, n: number, wd: number): Day {
  let d: Day = { year, month, day: 1 };
  const shift = (wd - weekday(d) + 7) % 7;
  d = addDays(d, shift + 7 * (n - 1));
  return d;
}

/** The day of a body's i-th meeting (0-based) from January of startYear: monthly except July. */
export function meetingDay(body: Body, startYear: number, index: number): Day {
  const year = startYear + Math.floor(index / MEETING_MONTHS.length);
  const month = MEETING_MONTHS[index % MEETING_MONTHS.length] as number;
  return nthWeekday(year, month, body.week, body.weekday);
}

export function createMunicipality(info: MunicipalityInfo, seed: number | string, index: number, layouts: readonly LayoutName[], fagudvalgCount: number): Municipality {
  const mseed = hashSeed(String(seed), 'municipality', info.name);
  const rng = new Rng(mseed);
  const layout = layouts[index % layouts.length] as LayoutName;
  const scheme: CaseScheme =
    layout === 'odense' || layout === 'odense-md' ? 'kle' : layout === 'odder' ? 'sbsys' : rng.pick(['edoc', 'short', 'emn'] as const);

  // Standing committees: a spread of types, never both of the two employment committees.
  let types = rng.shuffle(COMMITTEE_TYPES);
  const firstEmployment = types.find((t) => t.key === 'bsu' || t.key === 'amu');
  types = types.filter((t) => !((t.key === 'bsu' || t.key === 'amu') && t !== firstEmployment));
  if (firstEmployment) types = [firstEmployment, ...types.filter((t) => t !== firstEmployment)];
  const chosen = types.slice(0, Math.max(1, Math.min(fagudvalgCount, types.length)));

  const bodies: Body[] = [];
  const fagTimes = ['08:30', '14:00', '15:00', '16:00', '08:00', '13:00'];
  chosen.forEach((t, i) => {
    bodies.push({
      key: t.key,
      name: t.name,
      kind: 'fagudvalg',
      type: t,
      forvaltning: t.forvaltning,
      areas: t.topics,
      budgetLines: t.budgetLines,
      week: 1 + (i % 2),
      weekday: 2 + ((i >> 1) % 3),
      startTime: rng.pick(fagTimes),
      order: i,
    });
  });
  const øuName = layout === 'odder' ? 'Økonomi- og Erhvervsudvalget' : rng.pick(ECONOMY_COMMITTEE.names.slice(0, 2));
  bodies.push({
    key: 'øu',
    name: øuName,
    kind: 'economy',
    type: null,
    forvaltning: layout === 'odense' || layout === 'odense-md' ? 'Borgmesterforvaltningen' : rng.pick(ECONOMY_COMMITTEE.forvaltning),
    areas: ['økonomi'],
    budgetLines: ECONOMY_COMMITTEE.budgetLines,
    week: 3,
    weekday: 3,
    startTime: rng.pick(['08:00', '15:00', '16:00']),
    order: 100,
  });
  bodies.push({
    key: 'council',
    name: info.council,
    kind: 'council',
    type: null,
    forvaltning: bodies[bodies.length - 1]!.forvaltning,
    areas: ['økonomi'],
    budgetLines: ECONOMY_COMMITTEE.budgetLines,
    week: 4,
    weekday: rng.pick([1, 3]),
    startTime: rng.pick(['17:00', '18:00', '19:00', '16:00']),
    order: 200,
  });

  return {
    info,
    seed: mseed,
    layout,
    scheme,
    bodies,
    street: rng.pick(STREETS),
    decisionHeading: rng.chance(0.5) ? 'genitive' : 'beslutning-i',
    splitHeaderDate: rng.chance(0.5),
    terms: new Map(),
  };
}

/** A unique fictional name generator for one municipality and term. */
class NameMaker {
  private used = new Set<string>();
  constructor(private rng: Rng) {}

  make(): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const r = this.rng;
      const other = r.chance(0.07);
      const female = r.chance(0.45);
      const first = other ? r.pick(OTHER_FIRST) : female ? r.pick(FEMALE_FIRST) : r.pick(MALE_FIRST);
      const last = other && r.chance(0.7) ? r.pick(OTHER_LAST) : r.pick(LAST_NAMES);
      let name: string;
      const form = r.next();
      if (form < 0.16) name = `${first} ${r.pick(MIDDLE_NAMES)} ${last}`;
      else if (form < 0.2) name = `${first} ${String.fromCharCode(65 + r.int(0, 20))}. ${last}`;
      else if (form < 0.24) name = `${first} ${r.pick(female ? FEMALE_FIRST : MALE_FIRST)} ${last}`;
      else name = `${first} ${last}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error('NameMaker: could not find a unique name');
  }
}

/** The council, committees and officials for the term starting in `start` (built once, then cached). */
export function termOf(m: Municipality, start: number): Term {
  const cached = m.terms.get(start);
  if (cached) return cached;
  const rng = new Rng(hashSeed(m.seed, 'term', start));
  const names = new NameMaker(rng);
  const previous = m.terms.get(start - 4);

  // Seats per party, by weight with some local colour.
  const parties = PARTIES.filter((p) => !p.from || start >= p.from);
  const weights = parties.map((p) => [p.letter, p.weight * (0.4 + rng.next() * 1.2)] as const);
  const letters: string[] = [];
  for (let i = 0; i < m.info.seats; i++) letters.push(rng.weighted(weights));
  if (rng.chance(0.2)) letters[letters.length - 1] = 'Løsgænger';

  // Re-elect about 60 % of the previous council where parties allow.
  const carry = previous ? rng.shuffle(previous.council.map((c) => c.person)) : [];
  const council: Member[] = [];
  const usedNames = new Set<string>();
  for (const letter of letters) {
    const idx = carry.findIndex((p) => p.party === letter && !usedNames.has(p.name));
    let person: Person;
    if (idx >= 0 && rng.chance(0.6)) {
      person = carry[idx]!;
      carry.splice(idx, 1);
    } else {
      let name = names.make();
      while (usedNames.has(name)) name = names.make();
      person = { name, party: letter };
    }
    usedNames.add(person.name);
    council.push({ person, role: 'udvalgsmedlem' });
  }
  // The mayor: from the biggest of A, V, C.
  const count = (l: string): number => letters.filter((x) => x === l).length;
  const mayorParty = ['A', 'V', 'C'].sort((a, b) => count(b) - count(a))[0]!;
  const mayorIdx = Math.max(0, council.findIndex((c) => c.person.party === mayorParty));
  council[mayorIdx]!.role = 'borgmester';
  const mayor = council[mayorIdx]!.person;

  const odenseStyle = m.layout === 'odense' || m.layout === 'odense-md';
  const members = new Map<string, Member[]>();
  const others = council.filter((c) => c.role !== 'borgmester').map((c) => c.person);
  const pool = rng.shuffle(others);
  let cursor = 0;
  const take = (): Person => {
    const p = pool[cursor % pool.length]!;
    cursor++;
    return p;
  };
  const chairs: Person[] = [];
  for (const body of m.bodies) {
    if (body.kind === 'council') {
      members.set(body.key, council.map((c) => ({ person: c.person, role: c.role })));
      continue;
    }
    if (body.kind === 'economy') continue; // after the chairs are known
    const size = m.info.seats <= 15 ? 5 : rng.pick([7, 7, 9, 5]);
    const list: Member[] = [];
    const seen = new Set<string>();
    while (list.length < size) {
      const p = take();
      if (seen.has(p.name)) {
        if (seen.size >= pool.length) break;
        continue;
      }
      seen.add(p.name);
      const role: MemberRole = list.length === 0 ? (odenseStyle ? 'rådmand' : 'formand') : list.length === 1 && !odenseStyle ? 'næstformand' : 'udvalgsmedlem';
      list.push({ person: p, role });
    }
    chairs.push(list[0]!.person);
    members.set(body.key, list);
  }
  const øu: Member[] = [{ person: mayor, role: odenseStyle ? 'borgmester' : 'formand' }];
  for (const c of chairs) if (øu.length < 9 && !øu.some((x) => x.person.name === c.name)) øu.push({ person: c, role: odenseStyle ? 'rådmand' : 'udvalgsmedlem' });
  while (øu.length < Math.min(9, council.length)) {
    const p = take();
    if (!øu.some((x) => x.person.name === p.name)) øu.push({ person: p, role: 'udvalgsmedlem' });
  }
  if (!odenseStyle && øu.length > 1) øu[1]!.role = 'næstformand';
  members.set('øu', øu);

  const substitutes = new Map<string, Person[]>();
  for (const letter of new Set(letters)) {
    substitutes.set(letter, [0, 1, 2].map(() => ({ name: names.make(), party: letter })));
  }
  const term: Term = {
    start,
    label: `${start}-${start + 3}`,
    council,
    members,
    substitutes,
    secretary: { name: names.make(), party: null },
    officials: Array.from({ length: 8 }, () => ({ name: names.make(), party: null })),
  };
  m.terms.set(start, term);
  return term;
}

/** Where a body meets, as printed; sometimes two places. */
export function meetingPlace(m: Municipality, body: Body, rng: Rng): { location: string; locations: string[] } {
  const town = m.info.town;
  const street = m.street;
  if (body.kind === 'council') {
    const one = rng.pick([
      `${m.info.council === 'Byrådet' ? 'Byrådssalen' : 'Kommunalbestyrelsessalen'}, Rådhuset`,
      `${m.info.council === 'Byrådet' ? 'Byrådssalen' : 'Mødesalen'}, ${street} 1, ${m.info.postcode} ${town}`,
    ]);
    return { location: one, locations: [one] };
  }
  if (rng.chance(0.06)) {
    const a = `Rådhuset i lokale ${rng.int(101, 330)}`;
    const b = `${rng.pick(['Udvalgsværelset', 'Mødelokalet', 'Kantinen'])} på ${rng.pick(PLACES)}`;
    return { location: `Udvalgsmødet starter på ${a} og fortsætter i ${b}`, locations: [a, b] };
  }
  const one = rng.pick([
    `Udvalgsværelset, stuen, ${street} 1, ${m.info.postcode} ${town}`,
    `Rådhuset, lokale ${rng.int(101, 330)}, ${rng.int(1, 3)}. sal`,
    `Mødelokale ${rng.int(1, 9)}`,
    `Mødecenter ${String.fromCharCode(65 + rng.int(0, 3))}, Lokale ${rng.int(10, 40)} på ${town} Rådhus`,
    `${rng.pick(PLACES)}, ${rng.pick(STREETS)} ${rng.int(2, 60)}, ${m.info.postcode} ${town}`,
  ]);
  return { location: one, locations: [one] };
}
