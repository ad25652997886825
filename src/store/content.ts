/**
 * A document's public content as stored: an item's sections (the bulk of its text) are kept once.
 *
 * While a document is its meeting's current version, each item's sections live in
 * `agenda_item.sections_json` (the portal, the API and search read them there), and the
 * document's `content_json` holds `"sections": null` in their place. When a newer version replaces
 * it, the sections are folded back into its `content_json` before the items are deleted, so old
 * versions stay whole. Other documents (alternate forms of a meeting) keep their whole content.
 * `contentJson` reads any document's content whole.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const LEFT = '"sections":null';

/**
 * Content JSON with `"sections": null` items, and the sections' JSON per item → the whole content.
 * Spliced as text: in JSON text `"sections":null` can only be a member (quotes inside strings are
 * escaped), and the items' ones come in the order of the items.
 */
export function withSections(stored: string, sections: readonly string[]): string {
  let out = '';
  let from = 0;
  for (let seq = 0; ; seq++) {
    const at = stored.indexOf(LEFT, from);
    if (at < 0) break;
    const json = sections[seq];
    // Another version's items (or none): never fill the gap with something else.
    if (json === undefined) throw new Error(`content has more items than the sections read (${sections.length})`);
    out += stored.slice(from, at) + '"sections":' + json;
    from = at + LEFT.length;
  }
  return out + stored.slice(from);
}

/** Whether stored content leaves its items' sections to agenda_item (see the module comment). */
function leavesSections(stored: string): boolean {
  return stored.includes(LEFT);
}

/** The sections' JSON of a meeting's items, by position. */
async function sectionsOf(db: Db, meetingId: number): Promise<string[]> {
  const rows = await db.selectFrom('agenda_item').select(['seq', 'sections_json']).where('meeting_id', '=', meetingId).orderBy('seq').execute();
  const out: string[] = [];
  for (const r of rows) out[r.seq] = r.sections_json;
  return out;
}

/** The meeting a document is the current version of, or null. */
async function currentOf(db: Db, documentId: number, meetingId: number | null): Promise<number | null> {
  if (meetingId === null) return null;
  const m = await db.selectFrom('meeting').select('document_id').where('id', '=', meetingId).executeTakeFirst();
  return m?.document_id === documentId ? meetingId : null;
}

/**
 * A document's whole public content as JSON text (null when there is no such document). The
 * content and the items' sections are two reads, and a replacement (another process importing)
 * may commit between them: the document is then no longer current and its content whole again.
 * So the document must still be current after the sections are read, else it is read again.
 */
export async function contentJson(db: Db, documentId: number): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    const doc = await db.selectFrom('document').select(['content_json', 'meeting_id']).where('id', '=', documentId).executeTakeFirst();
    if (!doc) return null;
    if (!leavesSections(doc.content_json)) return doc.content_json;
    const meetingId = await currentOf(db, documentId, doc.meeting_id);
    if (meetingId !== null) {
      const sections = await sectionsOf(db, meetingId);
      if ((await currentOf(db, documentId, meetingId)) === meetingId) return withSections(doc.content_json, sections);
    }
    if (attempt >= 3) throw new Error(`document ${documentId}: its content changed while it was read`);
  }
}

/**
 * Before a meeting's items are replaced: its current document takes its items' sections back, so
 * that version stays readable as a whole.
 */
export async function foldSectionsBack(db: Db, meetingId: number, documentId: number): Promise<void> {
  const row = await db.selectFrom('document').select('content_json').where('id', '=', documentId).executeTakeFirst();
  if (!row || !leavesSections(row.content_json)) return;
  const whole = withSections(row.content_json, await sectionsOf(db, meetingId));
  await db.updateTable('document').set({ content_json: whole }).where('id', '=', documentId).execute();
}
