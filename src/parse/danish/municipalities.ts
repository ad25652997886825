/**
 * Which municipality (or region) published an export. Case systems rarely carry it as a field of its
 * own; it shows in an organisation/department field ("Syddjurs Administration"), the meeting place
 * ("… på Ballerup Rådhus"), the text ("Ballerup Kommune", "Region Hovedstaden") or e-mail domains.
 * Only the 98 municipalities and 5 regions are accepted, so a stray capitalised word never becomes a
 * municipality.
 */

/** The bare names of Denmark's 98 municipalities. */
export const MUNICIPALITIES: readonly string[] = [
  'Albertslund', 'Allerød', 'Assens', 'Ballerup', 'Billund', 'Bornholm', 'Brøndby', 'Brønderslev', 'Dragør',
  'Egedal', 'Esbjerg', 'Fanø', 'Favrskov', 'Faxe', 'Fredensborg', 'Fredericia', 'Frederiksberg', 'Frederikshavn',
  'Frederikssund', 'Furesø', 'Faaborg-Midtfyn', 'Gentofte', 'Gladsaxe', 'Glostrup', 'Greve', 'Gribskov',
  'Guldborgsund', 'Haderslev', 'Halsnæs', 'Hedensted', 'Helsingør', 'Herlev', 'Herning', 'Hillerød', 'Hjørring',
  'Holbæk', 'Holstebro', 'Horsens', 'Hvidovre', 'Høje-Taastrup', 'Hørsholm', 'Ikast-Brande', 'Ishøj', 'Jammerbugt',
  'Kalundborg', 'Kerteminde', 'Kolding', 'København', 'Køge', 'Langeland', 'Lejre', 'Lemvig', 'Lolland',
  'Lyngby-Taarbæk', 'Læsø', 'Mariagerfjord', 'Middelfart', 'Morsø', 'Norddjurs', 'Nordfyn', 'Nyborg', 'Næstved',
  'Odder', 'Odense', 'Odsherred', 'Randers', 'Rebild', 'Ringkøbing-Skjern', 'Ringsted', 'Roskilde', 'Rudersdal',
  'Rødovre', 'Samsø', 'Silkeborg', 'Skanderborg', 'Skive', 'Slagelse', 'Solrød', 'Sorø', 'Stevns', 'Struer',
  'Svendborg', 'Syddjurs', 'Sønderborg', 'Thisted', 'Tønder', 'Tårnby', 'Vallensbæk', 'Varde', 'Vejen', 'Vejle',
  'Vesthimmerland', 'Viborg', 'Vordingborg', 'Ærø', 'Aabenraa', 'Aalborg', 'Aarhus',
];

export const REGIONS: readonly string[] = [
  'Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland',
];

/** Older or alternative spellings → the bare name. */
const ALIASES: Record<string, string> = { Århus: 'Aarhus', Ålborg: 'Aalborg', Åbenrå: 'Aabenraa', Kjøbenhavn: 'København' };

/** E-mail domains that are not simply the folded municipality name. */
const DOMAINS: Record<string, string> = {
  balk: 'Ballerup', kk: 'København', ltk: 'Lyngby-Taarbæk', htk: 'Høje-Taastrup', rksk: 'Ringkøbing-Skjern',
  fmk: 'Faaborg-Midtfyn', regionh: 'Region Hovedstaden', rm: 'Region Midtjylland', rn: 'Region Nordjylland',
  rsyd: 'Region Syddanmark', regionsyddanmark: 'Region Syddanmark', regionsjaelland: 'Region Sjælland',
};

const fold = (s: string): string =>
  s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]/g, '');

/** Escapes for a `u` regex (where `\\-` outside a class is invalid, so '-' is left as is). */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ALL_NAMES = [...MUNICIPALITIES, ...Object.keys(ALIASES)].sort((a, b) => b.length - a.length);
const NAME_ALT = ALL_NAMES.map(escape).join('|');
const REGION_ALT = REGIONS.map((r) => escape(r.slice('Region '.length))).join('|');

const BY_LOWER = new Map<string, string>([...MUNICIPALITIES, ...Object.keys(ALIASES)].map((n) => [n.toLowerCase(), n]));
/** The bare name as listed, whatever the case it was printed in ("LEJRE KOMMUNE"). */
const canonical = (s: string): string => {
  const listed = BY_LOWER.get(s.toLowerCase()) ?? s;
  return ALIASES[listed] ?? listed;
};
/** The words that follow a municipality's name ("Odense Kommune", "Ballerup Rådhus") or precede a region's. */
const BODY_WORD = /[Kk]ommunes?|KOMMUNES?|[Rr]egionskommunes?|[Rr]ådhus|RÅDHUS|[Bb]yråd|BYRÅD|[Kk]ommunalbestyrelse|KOMMUNALBESTYRELSE|[Rr]egion|REGION/y;
/** What every BODY_WORD form holds from its second letter on. */
const BODY_STEMS = ['ommun', 'OMMUN', 'egion', 'EGION', 'ådhus', 'ÅDHUS', 'yråd', 'YRÅD'];

/**
 * The BODY_WORD matches in a text, left to right and not overlapping (as a global match would
 * give them), found by native searches for their stems: a regex scan over a whole document costs
 * far more than these searches (measured, V8 on Node 20).
 */
function bodyWords(text: string): { index: number; word: string }[] {
  const starts: number[] = [];
  for (const stem of BODY_STEMS) {
    for (let i = text.indexOf(stem, 1); i >= 0; i = text.indexOf(stem, i + 1)) starts.push(i - 1);
  }
  starts.sort((a, b) => a - b);
  const out: { index: number; word: string }[] = [];
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    BODY_WORD.lastIndex = start;
    const m = BODY_WORD.exec(text);
    if (!m) continue;
    out.push({ index: start, word: m[0] });
    end = start + m[0].length;
  }
  return out;
}
const REGION_BY_LOWER = new Map(REGIONS.map((r) => [r.slice('Region '.length).toLowerCase(), r]));

/** A known name anywhere in a short field ("Syddjurs Administration", "… på Ballerup Rådhus"). */
const FIELD_PATTERN = new RegExp(
  `(?<![\\p{L}\\d-])(?:Region\\s+(${REGION_ALT})|(${NAME_ALT}))s?(?![\\p{L}\\d-])`,
  'u',
);

export function municipalityFromField(field: string | null | undefined): string | null {
  if (!field) return null;
  const m = FIELD_PATTERN.exec(field);
  if (!m) return null;
  if (m[1]) return `Region ${m[1]}`;
  return canonical(m[2]!);
}

/** Counts "X Kommune" / "Region X" mentions and returns the most frequent body, or null. */
export function municipalityFromText(text: string): string | null {
  const counts = new Map<string, number>();
  const count = (name: string): void => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  // The body names itself early and often: the first 100 000 characters tell. Each mention is found
  // by its key word and checked by the word before it, so no pattern runs over the whole text.
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const k of bodyWords(sample)) {
    if (/\p{L}/u.test(sample[k.index + k.word.length] ?? '') || /\p{L}/u.test(sample[k.index - 1] ?? '')) continue;
    if (k.word.toLowerCase() === 'region') {
      const next = /^\s+(\p{L}+)/u.exec(sample.slice(k.index + 6, k.index + 30));
      const region = next ? REGION_BY_LOWER.get(next[1]!.toLowerCase().replace(/s$/, '')) : undefined;
      if (region) count(region);
      continue;
    }
    const before = /([\p{L}-]+)\s+$/u.exec(sample.slice(Math.max(0, k.index - 32), k.index));
    if (!before) continue;
    const word = before[1]!.toLowerCase();
    const name = BY_LOWER.get(word) ?? (word.endsWith('s') ? BY_LOWER.get(word.slice(0, -1)) : undefined);
    if (name) count(canonical(name));
  }
  return mostFrequent(counts);
}

/** The name counted most often (the first one on a tie), or null. */
function mostFrequent(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, n] of counts) {
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}

/** The body behind e-mail addresses ("jesma@syddjurs.dk" → "Syddjurs"), most frequent first. */
export function municipalityFromEmails(text: string): string | null {
  const byFold = new Map<string, string>();
  for (const n of MUNICIPALITIES) byFold.set(fold(n), n);
  for (const r of REGIONS) byFold.set(fold(r), r);
  const counts = new Map<string, number>();
  // "byraad@koege.dk", and the web address "www.koege.dk", "https://koege.dk/…".
  for (const m of text.matchAll(/(?:@|\bwww\.|:\/\/)([a-z0-9-]+)\.dk\b/gi)) {
    const label = m[1]!.toLowerCase();
    const name = DOMAINS[label] ?? byFold.get(fold(label)) ?? null;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return mostFrequent(counts);
}

/**
 * The publishing body: explicit fields first (in the order given), then the text, then e-mail
 * domains; null when nothing names one.
 */
export function detectMunicipality(fields: Array<string | null | undefined>, text: string, emails = ''): string | null {
  // A field that names the body outright ("Ballerup Rådhus", "Aarhus Byråd") decides; then the body
  // the text names most; a bare place name in a field ("Regionshuset Viborg") only after that.
  for (const f of fields) {
    const m = f ? municipalityFromText(f) : null;
    if (m) return m;
  }
  const fromText = municipalityFromText(text);
  if (fromText) return fromText;
  for (const f of fields) {
    const m = municipalityFromField(f);
    if (m) return m;
  }
  // A body only one municipality has: Copenhagen's council.
  if (fields.some((f) => f && ONLY_IN_COPENHAGEN.test(f)) || ONLY_IN_COPENHAGEN.test(text.slice(0, 20_000))) return 'København';
  return municipalityFromEmails(emails);
}

const ONLY_IN_COPENHAGEN = /\bBorgerrepræsentation(?:en|ens)?\b/i;
