import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { MeetingDocument } from '../model/index.js';
import { formatNumber } from './danish.js';
import { generateCorpus, LAYOUTS, type SampleDocument, type SampleOptions, writeSample } from './index.js';
import { Rng } from './prng.js';

function collect(options: SampleOptions): SampleDocument[] {
  return [...generateCorpus(options)];
}

function digest(docs: SampleDocument[]): string {
  const h = createHash('sha256');
  for (const d of docs) h.update(d.fileName).update('\0').update(d.text).update('\0').update(JSON.stringify(d.truth));
  return h.digest('hex');
}

/** Text with markup and line wrapping removed, for "is this printed" checks. */
function flat(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/<\/?b>/g, '')
    .replace(/\s+/g, ' ');
}

const SMALL: SampleOptions = { seed: 42, municipalities: 4, meetingsPerCommittee: 3 };
const small = collect(SMALL);
const clean = collect({ ...SMALL, noise: 0 });
const all = small.map((d) => d.text).join('\n');

test('the PRNG and number formatting are deterministic and Danish', () => {
  const a = new Rng(7);
  const b = new Rng(7);
  for (let i = 0; i < 100; i++) assert.equal(a.next(), b.next());
  assert.equal(formatNumber(195514784), '195.514.784');
  assert.equal(formatNumber(-5878197), '-5.878.197');
  assert.equal(formatNumber(12.2, 1), '12,2');
  assert.equal(formatNumber(999), '999');
  assert.equal(formatNumber(1000), '1.000');
});

test('the same seed gives the same corpus; another seed another', () => {
  assert.equal(digest(collect(SMALL)), digest(small));
  const other = collect({ ...SMALL, seed: 43 });
  assert.notEqual(digest(other), digest(small));
  // Municipalities are independent of how many there are: the first one is the same either way.
  const one = collect({ ...SMALL, municipalities: 1 });
  const firstOfFour = small.filter((d) => d.truth.municipality === one[0]!.truth.municipality);
  assert.equal(digest(one), digest(firstOfFour));
});

test('every layout, both kinds and both formats occur', () => {
  for (const layout of LAYOUTS) assert.ok(small.some((d) => d.layout === layout), layout);
  assert.ok(small.some((d) => d.kind === 'agenda'));
  assert.ok(small.some((d) => d.kind === 'minutes'));
  assert.ok(small.some((d) => d.format === 'markdown' && d.fileName.endsWith('.md')));
  assert.ok(small.some((d) => d.format === 'text' && d.fileName.endsWith('.txt')));
  assert.equal(new Set(small.map((d) => d.fileName)).size, small.length, 'file names are unique');
});

test('the vocabulary of Danish minutes is there', () => {
  const needles: (string | RegExp)[] = [
    /^REFERAT .+ \d{4}-\d{4}/m,
    /^DAGSORDEN /m,
    /^d\. \d{2}-\d{2}-\d{4}$/m,
    /^Mødedato (Mandag|Tirsdag|Onsdag|Torsdag|Fredag) d\. \d{2}\. [a-zæøå]+ \d{4} kl\. \d{2}:\d{2}$/m,
    /^Mødested /m,
    /^Mødedeltagere .*\(Fravær\)/m,
    /^Indholdsfortegnelse$/m,
    /\.{5}\t\d+$/m,
    /^Punkt \d+: /m,
    /^# (\*\*)?Punkt \d+: /m,
    /^\d+\. {2,}\S/m,
    /\b\d{2}\.\d{2}\.\d{2}-[A-ZÆØ]\d{2}-\d+-\d{2}\b/,
    /\bS20\d{2}-\d+\b/,
    /Sags(nr|id)\.: /,
    /^Resume$/m,
    /^Resumé$/m,
    /^Effekt$/m,
    /^INDSTILLING$/m,
    /^Forvaltningen indstiller$/m,
    /^At [a-zæøå]/m,
    /indstiller til udvalget, at/,
    /^Beslutning$/m,
    /godkender indstillingen/,
    /anbefaler indstillingen/,
    /drøftede sagen/,
    /Taget til efterretning/,
    /med følgende tilføjelse:/,
    /forkastet/,
    /\b(udsat|Udsat|udsættes)\b/,
    /^Udvalgsmedlemmerne .+ \([A-ZÆØÅ]\),? .+ stemmer for/m,
    /^Udvalgsmedlem .+ \([A-ZÆØÅ]\) stemmer imod|stemte imod/m,
    /deltog ikke i behandlingen af dette punkt/,
    /^Sagsfremstilling$/m,
    /^Sagens gang$/m,
    /^- .+ (den|d\.) \d{1,2}\. [a-zæøå]+ \d{4}$/m,
    /^Sagsforløb$/m,
    /, pkt\. \d+: /,
    /^Økonomi$/m,
    /^Bilag$/m,
    /\t-?\d{1,3}(\.\d{3})+$/m,
    /\d+,\d mio\. kr\./,
    /\d+,\d %/,
    /Lukket: /,
    /\| ?---/,
    /[æøåÆØÅ]/,
  ];
  for (const n of needles) {
    if (typeof n === 'string') assert.ok(all.includes(n), `missing ${n}`);
    else assert.match(all, n);
  }
});

test('titles are cut in the table of contents when long, whole in the heading', () => {
  const long = small.flatMap((d) => d.truth.items.filter((i) => i.title.length > 105).map((i) => ({ d, i })));
  assert.ok(long.length > 0, 'some long titles');
  const plain = long.filter(({ d }) => d.layout === 'odense' || d.layout === 'odder');
  for (const { d, i } of plain) {
    const toc = d.text.slice(0, d.text.indexOf('\nPunkt 1:'));
    assert.ok(!toc.includes(i.title), `TOC of ${d.fileName} has the whole title ${i.title}`);
    assert.ok(toc.includes(i.title.slice(0, 90)));
    assert.ok(d.text.includes(`: ${i.title}\n`));
  }
});

function printedIn(doc: SampleDocument, s: string): boolean {
  return flat(doc.text).includes(flat(s));
}

test('the truth matches what is printed (clean text)', () => {
  for (const d of clean) {
    const t: MeetingDocument = d.truth;
    assert.equal(t.source.name, d.fileName);
    assert.equal(t.source.format, d.format);
    assert.match(t.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.match(t.startTime ?? '', /^\d{2}:\d{2}$/);
    assert.ok(t.committee && printedIn(d, t.committee));
    assert.ok(t.location && printedIn(d, t.location), `${d.fileName}: location`);
    assert.ok(t.items.length > 0);
    for (const p of t.participants) assert.ok(printedIn(d, p.name), `${d.fileName}: participant ${p.name}`);
    const numbers = t.items.map((i) => Number(i.number));
    for (let k = 1; k < numbers.length; k++) assert.equal(numbers[k], numbers[k - 1]! + 1, `${d.fileName}: item numbers run on`);
    for (const it of t.items) {
      assert.ok(printedIn(d, it.title), `${d.fileName}: title ${it.title}`);
      if (it.caseNumber) assert.ok(d.text.includes(it.caseNumber), `${d.fileName}: case ${it.caseNumber}`);
      if (d.kind === 'agenda') assert.equal(it.decision, null, 'agendas have no decisions');
      if (it.decision) {
        for (const line of it.decision.text.split('\n')) assert.ok(printedIn(d, line), `${d.fileName}: decision line ${line}`);
      }
      if (it.recommendation) for (const c of it.recommendation.clauses) assert.ok(printedIn(d, c.text), `${d.fileName}: clause ${c.text}`);
      for (const s of it.sections) {
        assert.ok(printedIn(d, s.heading), `${d.fileName}: heading ${s.heading}`);
        for (const b of s.blocks) {
          if (b.type === 'paragraph' || b.type === 'heading') assert.ok(printedIn(d, b.text), `${d.fileName}: ${b.text}`);
          if (b.type === 'list') for (const li of b.items) assert.ok(printedIn(d, li), `${d.fileName}: list item ${li}`);
          if (b.type === 'table') {
            for (const row of b.rows) {
              for (const cell of row) {
                assert.ok(printedIn(d, cell.text), `${d.fileName}: cell ${cell.text}`);
                if (cell.number) assert.equal(cell.number.text, cell.text);
              }
            }
          }
        }
      }
      for (const a of it.attachments) assert.ok(printedIn(d, a.title));
      for (const v of it.votes) for (const p of [...v.for, ...v.against, ...v.abstain]) assert.ok(printedIn(d, p.name));
      for (const a of it.absentMembers) assert.ok(printedIn(d, a.text), `${d.fileName}: absence ${a.text}`);
      if (it.closed) assert.equal(it.recommendation, null);
    }
  }
});

test('case numbers recur across meetings and committees, in date order up to the council', () => {
  const seen = new Map<string, { committee: string; date: string; municipality: string }[]>();
  for (const d of small) {
    if (d.kind !== 'minutes') continue;
    for (const it of d.truth.items) {
      if (!it.caseNumber) continue;
      const list = seen.get(it.caseNumber) ?? [];
      list.push({ committee: d.truth.committee!, date: d.truth.date!, municipality: d.truth.municipality! });
      seen.set(it.caseNumber, list);
    }
  }
  const councils = new Set(small.filter((d) => /^(Byrådet|Kommunalbestyrelsen)$/.test(d.truth.committee ?? '')).map((d) => d.truth.committee));
  let acrossCommittees = 0;
  let fullRoute = 0;
  for (const [number, list] of seen) {
    const committees = new Set(list.map((x) => x.committee));
    if (committees.size >= 2) acrossCommittees++;
    assert.equal(new Set(list.map((x) => x.municipality)).size, 1, `case ${number} stays in one municipality`);
    const council = list.find((x) => councils.has(x.committee));
    const economy = list.find((x) => /^Økonomi/.test(x.committee));
    const fag = list.find((x) => !councils.has(x.committee) && !/^Økonomi/.test(x.committee));
    if (council && economy && fag) {
      fullRoute++;
      assert.ok(fag.date < economy.date && economy.date < council.date, `${number}: ${fag.date} < ${economy.date} < ${council.date}`);
    }
  }
  assert.ok(acrossCommittees >= 10, `cases in several committees: ${acrossCommittees}`);
  assert.ok(fullRoute >= 5, `cases from a standing committee via the economy committee to the council: ${fullRoute}`);
});

test('committee members are consistent across meetings of a term, with party letters', () => {
  const byCommittee = new Map<string, Set<string>[]>();
  for (const d of small) {
    if (d.layout !== 'odder' || d.kind !== 'minutes') continue;
    const key = `${d.truth.municipality}|${d.truth.committee}|${d.truth.committeeInfo?.term}`;
    const list = byCommittee.get(key) ?? [];
    list.push(new Set(d.truth.participants.map((p) => p.name)));
    byCommittee.set(key, list);
  }
  assert.ok(byCommittee.size > 0);
  for (const [key, sets] of byCommittee) {
    for (const s of sets) assert.deepEqual([...s].sort(), [...sets[0]!].sort(), key);
  }
  const letters = new Set(['A', 'B', 'C', 'D', 'F', 'I', 'K', 'M', 'O', 'V', 'Ø', 'Å', 'Løsgænger']);
  for (const d of small) {
    for (const p of d.truth.participants) if (p.party) assert.ok(letters.has(p.party), p.party);
    for (const it of d.truth.items) for (const v of it.votes) for (const p of [...v.for, ...v.against, ...v.abstain]) if (p.party) assert.ok(letters.has(p.party));
  }
});

test('decisions, votes and item-level absence are recorded', () => {
  const items = small.flatMap((d) => d.truth.items);
  const outcomes = new Set(items.map((i) => i.decision?.outcome).filter(Boolean));
  for (const o of ['approved', 'recommended', 'discussed', 'noted', 'postponed', 'approved_with_changes']) assert.ok(outcomes.has(o as never), o);
  assert.ok(items.some((i) => i.votes.some((v) => v.for.length > 0 && v.against.length > 0)), 'named votes');
  assert.ok(items.some((i) => i.votes.some((v) => (v.partiesFor?.length ?? 0) > 0)), 'party votes');
  assert.ok(items.some((i) => i.absentMembers.some((a) => a.reason === 'did-not-participate')));
  assert.ok(items.some((i) => i.closed));
  assert.ok(items.some((i) => i.route.length >= 2));
  assert.ok(items.some((i) => i.route.some((r) => r.decision && r.itemNumber)));
  assert.ok(items.some((i) => i.sections.some((s) => s.blocks.some((b) => b.type === 'table' && b.rows.some((r) => r.some((c) => c.number))))));
  assert.ok(items.some((i) => i.recommendation?.clauses.some((c) => c.label === '1')));
  assert.ok(small.some((d) => d.truth.participants.some((p) => p.absent)));
});

test('totalItems stops at exactly that many items, lazily', () => {
  const docs = collect({ seed: 3, totalItems: 500, municipalities: 2 });
  assert.equal(docs.reduce((n, d) => n + d.truth.items.length, 0), 500);
  // A corpus of a million items costs nothing until it is read.
  const started = Date.now();
  const gen = generateCorpus({ seed: 3, totalItems: 1_000_000 });
  const first = gen.next();
  assert.equal(first.done, false);
  assert.ok(Date.now() - started < 2000);
});

test('writeSample writes the documents, the truth and a manifest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-sample-'));
  try {
    const summary = await writeSample(dir, { seed: 5, municipalities: 2, meetingsPerCommittee: 2 });
    assert.ok(summary.documents > 0);
    const lines = readFileSync(join(dir, 'truth.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, summary.documents);
    const firstLine = JSON.parse(lines[0]!) as { fileName: string; truth: MeetingDocument };
    assert.ok(existsSync(join(dir, ...firstLine.fileName.split('/'))));
    assert.equal(firstLine.truth.source.name, firstLine.fileName);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: number; items: number };
    assert.equal(manifest.documents, summary.documents);
    assert.equal(manifest.items, summary.items);
    const folders = readdirSync(dir).filter((f) => !f.includes('.'));
    assert.equal(folders.length, 2);
    // Same seed, same bytes.
    const dir2 = mkdtempSync(join(tmpdir(), 'referat-sample-'));
    try {
      await writeSample(dir2, { seed: 5, municipalities: 2, meetingsPerCommittee: 2, truth: 'files' });
      const f = firstLine.fileName.split('/');
      assert.equal(readFileSync(join(dir2, ...f), 'utf8'), readFileSync(join(dir, ...f), 'utf8'));
      assert.ok(existsSync(join(dir2, ...f) + '.truth.json'));
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
