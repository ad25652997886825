/**
 * The catalog: the small, often-needed tables (municipalities, committees, persons) with their URL
 * slugs, held in memory and reloaded when the database changes. Every page needs slugs to build
 * links and to resolve its own URL, so this keeps those lookups off the database.
 *
 * Change detection: the store's data generation (store/generation.ts), which every import commit
 * changes, whichever process makes it; checked at most every `checkMs`.
 */
import { dataGeneration } from '../store/generation.js';
import type { Store } from '../store/store.js';
import { slugify } from './format.js';

export interface MunicipalityEntry {
  id: number;
  name: string;
  /** The name to show: "Odense"; "Ukendt kommune" when no document named it. */
  label: string;
  slug: string;
}

export interface CommitteeEntry {
  id: number;
  municipalityId: number;
  name: string;
  key: string;
  term: string;
  /** Shared by every term of the committee (same municipality and key). */
  slug: string;
}

export interface PersonEntry {
  id: number;
  municipalityId: number;
  name: string;
  party: string | null;
  slug: string;
}

export class Catalog {
  readonly municipalities: MunicipalityEntry[] = [];
  readonly municipalityById = new Map<number, MunicipalityEntry>();
  readonly municipalityBySlug = new Map<string, MunicipalityEntry>();
  readonly committeeById = new Map<number, CommitteeEntry>();
  /** `${municipalityId}/${slug}` → every term of that committee, newest term first. */
  readonly committeesBySlug = new Map<string, CommitteeEntry[]>();
  readonly committeesByMunicipality = new Map<number, CommitteeEntry[]>();
  readonly personById = new Map<number, PersonEntry>();
  readonly personBySlug = new Map<string, PersonEntry>();
  readonly personsByMunicipality = new Map<number, PersonEntry[]>();
  /** `${municipalityId}|${committeeKey}|${date}` of days with more than one meeting of a committee. */
  readonly sharedMeetingDays = new Set<string>();
  /** Incremented on every reload; part of cache keys. */
  generation = 0;
  /** When the data last changed as far as the catalog knows (ISO), for Last-Modified-ish uses. */
  loadedAt = new Date().toISOString();

  committeeSlugOf(id: number): string | undefined {
    return this.committeeById.get(id)?.slug;
  }
}

async function loadCatalog(store: Store, generation: number): Promise<Catalog> {
  const cat = new Catalog();
  cat.generation = generation;
  const munis = await store.db.selectFrom('municipality').select(['id', 'name']).orderBy('name').orderBy('id').execute();
  const usedMuni = new Set<string>();
  for (const m of munis) {
    const label = m.name || 'Ukendt kommune';
    let slug = slugify(m.name || 'ukendt');
    if (usedMuni.has(slug)) slug = `${slug}-${m.id}`;
    usedMuni.add(slug);
    const e: MunicipalityEntry = { id: m.id, name: m.name, label, slug };
    cat.municipalities.push(e);
    cat.municipalityById.set(e.id, e);
    cat.municipalityBySlug.set(slug, e);
  }
  cat.municipalities.sort((a, b) => a.label.localeCompare(b.label, 'da'));

  const committees = await store.db
    .selectFrom('committee')
    .select(['id', 'municipality_id', 'name', 'key', 'term'])
    .orderBy('municipality_id')
    .orderBy('key')
    .orderBy('term', 'desc')
    .orderBy('id')
    .execute();
  // One slug per (municipality, key); the first key to claim a slug keeps it.
  const slugOfKey = new Map<string, string>();
  const usedSlug = new Set<string>();
  for (const c of committees) {
    const mk = `${c.municipality_id}|${c.key}`;
    let slug = slugOfKey.get(mk);
    if (!slug) {
      slug = slugify(c.name || c.key || 'udvalg');
      if (usedSlug.has(`${c.municipality_id}/${slug}`)) slug = `${slug}-${c.id}`;
      usedSlug.add(`${c.municipality_id}/${slug}`);
      slugOfKey.set(mk, slug);
    }
    const e: CommitteeEntry = { id: c.id, municipalityId: c.municipality_id, name: c.name, key: c.key, term: c.term, slug };
    cat.committeeById.set(e.id, e);
    const k = `${e.municipalityId}/${slug}`;
    const list = cat.committeesBySlug.get(k) ?? [];
    list.push(e);
    cat.committeesBySlug.set(k, list);
    const byMuni = cat.committeesByMunicipality.get(e.municipalityId) ?? [];
    byMuni.push(e);
    cat.committeesByMunicipality.set(e.municipalityId, byMuni);
  }

  const persons = await store.db
    .selectFrom('person')
    .select(['id', 'municipality_id', 'name', 'party'])
    .orderBy('municipality_id')
    .orderBy('id')
    .execute();
  for (const p of persons) {
    let slug = slugify(p.name || 'person');
    if (cat.personBySlug.has(`${p.municipality_id}/${slug}`)) slug = `${slug}-${p.id}`;
    const e: PersonEntry = { id: p.id, municipalityId: p.municipality_id, name: p.name, party: p.party, slug };
    cat.personById.set(e.id, e);
    cat.personBySlug.set(`${p.municipality_id}/${slug}`, e);
    const list = cat.personsByMunicipality.get(p.municipality_id) ?? [];
    list.push(e);
    cat.personsByMunicipality.set(p.municipality_id, list);
  }
  for (const list of cat.personsByMunicipality.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'da'));

  const shared = await store.db
    .selectFrom('meeting')
    .select(['municipality_id', 'committee_key', 'date'])
    .groupBy(['municipality_id', 'committee_key', 'date'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  for (const s of shared) cat.sharedMeetingDays.add(`${s.municipality_id}|${s.committee_key}|${s.date}`);
  return cat;
}

/** Keeps a catalog fresh for one store. */
export class CatalogSource {
  private current: Catalog | null = null;
  private loading: Promise<Catalog> | null = null;
  private signature: string | null = null;
  private checkedAt = 0;
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly checkMs = 1000,
  ) {}

  /** The store's data generation: changed by every import commit, by any process (store/generation.ts). */
  private readSignature(): Promise<string> {
    return dataGeneration(this.store.db);
  }

  /**
   * The current generation when it was confirmed within the check interval (no database access),
   * else null: then a request must go through get() first.
   */
  freshGeneration(): number | null {
    if (!this.current || Date.now() - this.checkedAt >= this.checkMs) return null;
    return this.current.generation;
  }

  /** The catalog, reloaded first when the data changed since the last check. */
  async get(): Promise<Catalog> {
    const now = Date.now();
    if (this.current && now - this.checkedAt < this.checkMs) return this.current;
    if (this.loading) return this.loading;
    this.loading = (async () => {
      try {
        const sig = await this.readSignature();
        this.checkedAt = Date.now();
        if (this.current && sig === this.signature) return this.current;
        const cat = await loadCatalog(this.store, ++this.generation);
        this.current = cat;
        this.signature = sig;
        return cat;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }
}
