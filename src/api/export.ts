/**
 * Bulk export: every agenda item with its meeting, as JSON Lines (one object per item, nested votes
 * and absence) or CSV (one row per item, votes flattened), streamed in id order in constant memory.
 * Closed items: municipality, committee, date, number, title and closed = true, nothing else.
 */
import type { Writable } from 'node:stream';
import type { Section } from '../model/index.js';
import type { Store } from '../store/store.js';
import { CatalogSource } from '../web/catalog.js';
import { itemPath } from '../web/urls.js';

export type ExportFormat = 'jsonl' | 'csv';

export interface ExportOptions {
  format: ExportFormat;
  /** Prefix for the portal URLs ("https://referat.example.dk"); default: paths only. */
  baseUrl?: string;
  /** Items per database round trip. */
  batch?: number;
}

export interface ExportRecord {
  url: string;
  municipality: string;
  committee: string;
  term: string;
  date: string;
  startTime: string | null;
  documentKind: string;
  meetingVersion: number;
  number: string;
  order: number;
  title: string;
  closed: boolean;
  caseNumber?: string | null;
  kind?: string | null;
  outcome?: string | null;
  decision?: string | null;
  recommendation?: string | null;
  votes?: { option: string | null; choice: string; name: string; party: string | null }[];
  partyVotes?: { option: string | null; choice: string; party: string }[];
  absent?: { name: string; party: string | null; reason: string }[];
  attachments?: string[];
  text?: string;
}

export const CSV_COLUMNS: (keyof ExportRecord)[] = [
  'url', 'municipality', 'committee', 'term', 'date', 'startTime', 'documentKind', 'meetingVersion', 'number', 'order', 'title', 'closed',
  'caseNumber', 'kind', 'outcome', 'decision', 'recommendation', 'votes', 'absent', 'attachments', 'text',
];

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like starts neutralised. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CHOICE: Record<string, string> = { for: 'for', against: 'imod', abstain: 'undlod', reservation: 'forbehold' };

function csvValue(r: ExportRecord, k: keyof ExportRecord): unknown {
  if (k === 'votes') {
    const parts = (r.votes ?? []).map((v) => `${v.option ? `${v.option}: ` : ''}${v.name}${v.party ? ` (${v.party})` : ''} ${CHOICE[v.choice] ?? v.choice}`);
    for (const v of r.partyVotes ?? []) parts.push(`${v.option ? `${v.option}: ` : ''}${v.party} ${CHOICE[v.choice] ?? v.choice}`);
    return parts.join('; ');
  }
  if (k === 'absent') return (r.absent ?? []).map((a) => `${a.name}${a.party ? ` (${a.party})` : ''}`).join('; ');
  if (k === 'attachments') return (r.attachments ?? []).join('; ');
  if (k === 'closed') return r.closed ? 'ja' : 'nej';
  return r[k];
}

function sectionText(sections: Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(s.heading);
    for (const b of s.blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') out.push(b.text);
      else if (b.type === 'list') out.push(...b.items.map((i) => `- ${i}`));
      else out.push(...b.rows.map((r) => r.map((c) => c.text).join('\t')));
    }
  }
  return out.join('\n');
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** Streams the export to `out`; returns the number of items written. */
export async function exportItems(store: Store, out: Writable, o: ExportOptions): Promise<number> {
  const cat = await new CatalogSource(store, 0).get();
  const base = (o.baseUrl ?? '').replace(/\/+$/, '');
  const batch = o.batch ?? 500;
  let count = 0;
  if (o.format === 'csv') await write(out, '\ufeff' + CSV_COLUMNS.join(',') + '\r\n');
  let lastId = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom('agenda_item as i')
      .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
      .leftJoin('case_file as c', 'c.id', 'i.case_id')
      .select([
        'i.id', 'i.seq', 'i.number', 'i.title', 'i.closed', 'i.kind', 'i.outcome', 'i.decision_text', 'i.recommendation_text', 'i.sections_json',
        'c.number as case_number', 'm.municipality_id', 'm.committee_id', 'm.committee_key', 'm.date', 'm.start_key', 'm.start_time', 'm.kind as doc_kind', 'm.version',
      ])
      .where('i.id', '>', lastId)
      .orderBy('i.id')
      .limit(batch)
      .execute();
    if (!rows.length) break;
    lastId = rows[rows.length - 1]!.id;
    const open = rows.filter((r) => r.closed === 0).map((r) => r.id);
    const [votes, partyVotes, absent, attachments] = open.length
      ? await Promise.all([
          store.db.selectFrom('vote as v').innerJoin('person as p', 'p.id', 'v.person_id').select(['v.item_id', 'v.option', 'v.choice', 'p.name', 'v.party']).where('v.item_id', 'in', open).orderBy('v.item_id').orderBy('v.option_seq').orderBy('p.name').execute(),
          store.db.selectFrom('vote_party').select(['item_id', 'option', 'choice', 'party']).where('item_id', 'in', open).orderBy('item_id').orderBy('option_seq').execute(),
          store.db.selectFrom('item_attendance as a').innerJoin('person as p', 'p.id', 'a.person_id').select(['a.item_id', 'p.name', 'a.party', 'a.reason']).where('a.item_id', 'in', open).orderBy('a.item_id').execute(),
          store.db.selectFrom('attachment').select(['item_id', 'title']).where('item_id', 'in', open).orderBy('item_id').orderBy('seq').execute(),
        ])
      : [[], [], [], []];
    const group = <T extends { item_id: number }>(list: T[]): Map<number, T[]> => {
      const m = new Map<number, T[]>();
      for (const x of list) {
        const l = m.get(x.item_id) ?? [];
        l.push(x);
        m.set(x.item_id, l);
      }
      return m;
    };
    const [v, pv, ab, at] = [group(votes), group(partyVotes), group(absent), group(attachments)];
    let text = '';
    for (const r of rows) {
      const committee = cat.committeeById.get(r.committee_id);
      const rec: ExportRecord = {
        url: base + itemPath(cat, r, r.number),
        municipality: cat.municipalityById.get(r.municipality_id)?.name ?? '',
        committee: committee?.name ?? '',
        term: committee?.term ?? '',
        date: r.date,
        startTime: r.start_time,
        documentKind: r.doc_kind,
        meetingVersion: r.version,
        number: r.number,
        order: r.seq + 1,
        title: r.title,
        closed: r.closed !== 0,
      };
      if (r.closed === 0) {
        let sections: Section[] = [];
        try {
          sections = JSON.parse(r.sections_json) as Section[];
        } catch {
          sections = [];
        }
        Object.assign(rec, {
          caseNumber: r.case_number,
          kind: r.kind,
          outcome: r.outcome,
          decision: r.decision_text,
          recommendation: r.recommendation_text,
          votes: (v.get(r.id) ?? []).map((x) => ({ option: x.option, choice: x.choice, name: x.name, party: x.party })),
          partyVotes: (pv.get(r.id) ?? []).map((x) => ({ option: x.option, choice: x.choice, party: x.party })),
          absent: (ab.get(r.id) ?? []).map((x) => ({ name: x.name, party: x.party, reason: x.reason })),
          attachments: (at.get(r.id) ?? []).map((x) => x.title),
          text: sectionText(sections),
        });
      }
      text += o.format === 'jsonl' ? JSON.stringify(rec) + '\n' : CSV_COLUMNS.map((k) => csvField(csvValue(rec, k))).join(',') + '\r\n';
      count++;
    }
    await write(out, text);
  }
  return count;
}
