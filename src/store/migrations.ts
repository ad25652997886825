/**
 * Versioned migrations, in code, applied automatically when a store is opened (Kysely Migrator).
 * One list for both dialects; the few differences (id columns, the full-text index) are decided
 * by the `dialect` argument. Never edit a migration that has shipped: add the next one.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely, Migration, MigrationProvider } from 'kysely';
import { sql } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

type Db = Kysely<unknown>;

function withId<T extends string>(dialect: DialectName, t: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return dialect === 'sqlite'
    ? t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    : t.addColumn('id', 'serial', (c) => c.primaryKey());
}

const notNull = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull();

function initial(dialect: DialectName): Migration {
  return {
    async up(db: Db): Promise<void> {
      await withId(dialect, db.schema.createTable('municipality'))
        .addColumn('name', 'text', notNull)
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .execute();

      await withId(dialect, db.schema.createTable('committee'))
        .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipality.id'))
        .addColumn('name', 'text', notNull)
        .addColumn('key', 'text', notNull)
        .addColumn('term', 'text', notNull)
        .addUniqueConstraint('committee_identity', ['municipality_id', 'key', 'term'])
        .execute();

      await withId(dialect, db.schema.createTable('person'))
        .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipality.id'))
        .addColumn('name', 'text', notNull)
        .addColumn('key', 'text', notNull)
        .addColumn('party', 'text')
        .addColumn('party_date', 'text')
        .execute();
      await db.schema.createIndex('person_by_key').on('person').columns(['municipality_id', 'key']).execute();

      await db.schema
        .createTable('person_alias')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addColumn('name', 'text', notNull)
        .addColumn('key', 'text', notNull)
        .addPrimaryKeyConstraint('person_alias_pk', ['person_id', 'key'])
        .execute();
      await db.schema.createIndex('person_alias_by_key').on('person_alias').column('key').execute();

      await db.schema
        .createTable('membership')
        .addColumn('committee_id', 'integer', (c) => c.notNull().references('committee.id'))
        .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addColumn('role', 'text')
        .addColumn('party', 'text')
        .addColumn('first_date', 'text')
        .addColumn('last_date', 'text')
        .addPrimaryKeyConstraint('membership_pk', ['committee_id', 'person_id'])
        .execute();
      await db.schema.createIndex('membership_by_person').on('membership').column('person_id').execute();

      await withId(dialect, db.schema.createTable('document'))
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('file_name', 'text', notNull)
        .addColumn('path', 'text')
        .addColumn('format', 'text', notNull)
        .addColumn('kind', 'text', notNull)
        .addColumn('size', 'integer', notNull)
        .addColumn('imported_at', 'text', notNull)
        .addColumn('meeting_id', 'integer')
        .addColumn('content_hash', 'text', notNull)
        .addColumn('content_json', 'text', notNull)
        .addColumn('warnings_json', 'text', notNull)
        .addColumn('source_rank', 'integer', notNull)
        .addColumn('role', 'text', notNull)
        .execute();
      await db.schema.createIndex('document_by_meeting').on('document').column('meeting_id').execute();

      await withId(dialect, db.schema.createTable('meeting'))
        .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipality.id'))
        .addColumn('committee_id', 'integer', (c) => c.notNull().references('committee.id'))
        .addColumn('committee_key', 'text', notNull)
        .addColumn('date', 'text', notNull)
        .addColumn('start_time', 'text')
        .addColumn('start_key', 'text', notNull)
        .addColumn('end_time', 'text')
        .addColumn('location', 'text')
        .addColumn('locations_json', 'text', notNull)
        .addColumn('kind', 'text', notNull)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id'))
        .addColumn('version', 'integer', notNull)
        .addColumn('created_at', 'text', notNull)
        .addColumn('updated_at', 'text', notNull)
        .addUniqueConstraint('meeting_identity', ['municipality_id', 'committee_key', 'date', 'start_key'])
        .execute();
      await db.schema.createIndex('meeting_by_committee').on('meeting').columns(['committee_id', 'date']).execute();
      await db.schema.createIndex('meeting_by_date').on('meeting').column('date').execute();

      await withId(dialect, db.schema.createTable('meeting_version'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id'))
        .addColumn('version', 'integer', notNull)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id'))
        .addColumn('reason', 'text', notNull)
        .addColumn('valid_from', 'text', notNull)
        .addColumn('valid_to', 'text')
        .addUniqueConstraint('meeting_version_identity', ['meeting_id', 'version'])
        .execute();

      await db.schema
        .createTable('meeting_attendance')
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
        .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
        .addColumn('role', 'text')
        .addColumn('party', 'text')
        .addColumn('absent', 'integer', notNull)
        .addColumn('substitute_for', 'text')
        .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'person_id'])
        .execute();
      await db.schema.createIndex('meeting_attendance_by_person').on('meeting_attendance').column('person_id').execute();

      await withId(dialect, db.schema.createTable('case_file'))
        .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipality.id'))
        .addColumn('number', 'text', notNull)
        .addColumn('key', 'text', notNull)
        .addColumn('title', 'text')
        .addColumn('first_date', 'text')
        .addColumn('last_date', 'text')
        .addUniqueConstraint('case_identity', ['municipality_id', 'key'])
        .execute();
      await db.schema.createIndex('case_by_key').on('case_file').column('key').execute();

      await withId(dialect, db.schema.createTable('agenda_item'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
        .addColumn('seq', 'integer', notNull)
        .addColumn('number', 'text', notNull)
        .addColumn('title', 'text', notNull)
        .addColumn('closed', 'integer', notNull)
        .addColumn('kind', 'text')
        .addColumn('case_id', 'integer', (c) => c.references('case_file.id'))
        .addColumn('municipality_id', 'integer', notNull)
        .addColumn('committee_id', 'integer', notNull)
        .addColumn('date', 'text', notNull)
        .addColumn('outcome', 'text')
        .addColumn('decision_text', 'text')
        .addColumn('recommendation_text', 'text')
        .addColumn('recommendation_by', 'text')
        .addColumn('recommendation_json', 'text')
        .addColumn('sections_json', 'text', notNull)
        .addUniqueConstraint('agenda_item_identity', ['meeting_id', 'seq'])
        .execute();
      await db.schema.createIndex('agenda_item_by_case').on('agenda_item').column('case_id').execute();
      await db.schema.createIndex('agenda_item_by_committee').on('agenda_item').columns(['committee_id', 'date']).execute();
      await db.schema.createIndex('agenda_item_by_municipality').on('agenda_item').columns(['municipality_id', 'date']).execute();
      await db.schema.createIndex('agenda_item_by_date').on('agenda_item').column('date').execute();

      const itemChild = (name: string) =>
        db.schema.createTable(name).addColumn('item_id', 'integer', (c) => c.notNull().references('agenda_item.id').onDelete('cascade'));

      await itemChild('vote')
        .addColumn('option_seq', 'integer', notNull)
        .addColumn('option', 'text')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
        .addColumn('party', 'text')
        .addColumn('role', 'text')
        .addColumn('choice', 'text', notNull)
        .execute();
      await db.schema.createIndex('vote_by_item').on('vote').column('item_id').execute();
      await db.schema.createIndex('vote_by_person').on('vote').column('person_id').execute();

      await itemChild('vote_party')
        .addColumn('option_seq', 'integer', notNull)
        .addColumn('option', 'text')
        .addColumn('party', 'text', notNull)
        .addColumn('choice', 'text', notNull)
        .execute();
      await db.schema.createIndex('vote_party_by_item').on('vote_party').column('item_id').execute();

      await itemChild('item_attendance')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
        .addColumn('party', 'text')
        .addColumn('role', 'text')
        .addColumn('reason', 'text', notNull)
        .addColumn('text', 'text', notNull)
        .execute();
      await db.schema.createIndex('item_attendance_by_item').on('item_attendance').column('item_id').execute();
      await db.schema.createIndex('item_attendance_by_person').on('item_attendance').column('person_id').execute();

      await itemChild('item_guest').addColumn('seq', 'integer', notNull).addColumn('text', 'text', notNull).execute();
      await db.schema.createIndex('item_guest_by_item').on('item_guest').column('item_id').execute();

      await itemChild('route_step')
        .addColumn('seq', 'integer', notNull)
        .addColumn('body', 'text', notNull)
        .addColumn('date', 'text')
        .addColumn('item_number', 'text')
        .addColumn('decision', 'text')
        .execute();
      await db.schema.createIndex('route_step_by_item').on('route_step').column('item_id').execute();

      await itemChild('attachment')
        .addColumn('seq', 'integer', notNull)
        .addColumn('title', 'text', notNull)
        .addColumn('href', 'text')
        .execute();
      await db.schema.createIndex('attachment_by_item').on('attachment').column('item_id').execute();

      await itemChild('item_person')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
        .addPrimaryKeyConstraint('item_person_pk', ['item_id', 'person_id'])
        .execute();
      await db.schema.createIndex('item_person_by_person').on('item_person').column('person_id').execute();

      await itemChild('item_party')
        .addColumn('party', 'text', notNull)
        .addPrimaryKeyConstraint('item_party_pk', ['item_id', 'party'])
        .execute();
      await db.schema.createIndex('item_party_by_party').on('item_party').columns(['party', 'item_id']).execute();

      await db.schema
        .createTable('store_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', notNull)
        .execute();

      if (dialect === 'sqlite') {
        // Contentless FTS5 over the pre-analysed tokens (search/analyze.ts): the ascii tokenizer
        // only splits on ASCII non-alphanumerics, so every analysed token is stored as it is.
        await sql`CREATE VIRTUAL TABLE item_fts USING fts5(title, body, parts, tokenize = 'ascii', content = '', contentless_delete = 1)`.execute(db);
      } else {
        await db.schema
          .createTable('item_search')
          .addColumn('item_id', 'integer', (c) => c.primaryKey().references('agenda_item.id').onDelete('cascade'))
          .addColumn('tsv', sql`tsvector`, notNull)
          .execute();
        await sql`CREATE INDEX item_search_tsv ON item_search USING gin (tsv)`.execute(db);
      }
    },
    async down(db: Db): Promise<void> {
      if (dialect === 'sqlite') await sql`DROP TABLE IF EXISTS item_fts`.execute(db);
      for (const t of [
        'item_search', 'store_meta', 'item_party', 'item_person', 'attachment', 'route_step', 'item_guest', 'item_attendance',
        'vote_party', 'vote', 'agenda_item', 'case_file', 'meeting_attendance', 'meeting_version', 'meeting', 'document',
        'membership', 'person_alias', 'person', 'committee', 'municipality',
      ]) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}

/**
 * Search keeps a few columns of every item in memory (search/item-columns.ts): a generation marker
 * that every import commit changes, and a covering index from which those columns are read without
 * touching the items' large rows.
 */
const searchColumns: Migration = {
  async up(db: Db): Promise<void> {
    await sql`INSERT INTO store_meta (key, value) VALUES ('data_generation', '0')`.execute(db);
    await db.schema
      .createIndex('agenda_item_search_columns')
      .on('agenda_item')
      .columns(['id', 'municipality_id', 'committee_id', 'case_id', 'meeting_id', 'seq', 'date', 'outcome'])
      .execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.dropIndex('agenda_item_search_columns').ifExists().execute();
    await sql`DELETE FROM store_meta WHERE key = 'data_generation'`.execute(db);
  },
};

/**
 * An item's sections are stored once (store/content.ts): a meeting's current document leaves them
 * to its items' sections_json and holds `"sections": null` in their place.
 */
const sectionsOnce: Migration = {
  async up(db: Db): Promise<void> {
    await rewriteCurrentDocuments(db, async (_meeting, doc) => {
      if (!doc.items?.some((it) => it.sections !== null)) return false;
      for (const it of doc.items) it.sections = null;
      return true;
    });
  },
  async down(db: Db): Promise<void> {
    await rewriteCurrentDocuments(db, async (meeting, doc) => {
      const items = await sql<{ seq: number; sections: string }>`SELECT seq, sections_json AS sections FROM agenda_item WHERE meeting_id = ${meeting}`.execute(db);
      for (const it of items.rows) {
        const item = doc.items?.[it.seq];
        if (item && item.sections === null) item.sections = JSON.parse(it.sections) as unknown;
      }
      return true;
    });
  },
};

/** Calls `change` with the content of every meeting's current document; writes it back when it says so. */
async function rewriteCurrentDocuments(db: Db, change: (meetingId: number, doc: { items?: { sections: unknown }[] }) => Promise<boolean>): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await sql<{ meeting: number; document: number; content: string }>`
      SELECT m.id AS meeting, d.id AS document, d.content_json AS content FROM meeting m JOIN document d ON d.id = m.document_id
      WHERE m.id > ${after} ORDER BY m.id LIMIT 200`.execute(db);
    if (!rows.rows.length) return;
    for (const r of rows.rows) {
      const doc = JSON.parse(r.content) as { items?: { sections: unknown }[] };
      if (await change(r.meeting, doc)) await sql`UPDATE document SET content_json = ${JSON.stringify(doc)} WHERE id = ${r.document}`.execute(db);
    }
    after = rows.rows[rows.rows.length - 1]!.meeting;
  }
}

/** All migrations by name; names sort in the order they apply. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001_initial': initial(dialect),
    '0002_search_columns': searchColumns,
    '0003_sections_once': sectionsOnce,
  };
}

export class CodeMigrations implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}
