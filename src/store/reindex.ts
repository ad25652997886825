/**
 * Rebuilds the full-text index from the stored items, when the analysis (search/analyze.ts)
 * changed: no document needs to be parsed again.
 */
import type { Section } from '../model/index.js';
import { ANALYSIS_VERSION } from '../search/analyze.js';
import { analyzeItem } from '../search/item-text.js';
import type { IndexRow } from './dialect.js';
import { bumpGeneration } from './generation.js';
import type { Store } from './store.js';

export async function reindex(store: Store): Promise<number> {
  let count = 0;
  await store.db.transaction().execute(async (trx) => {
    await store.ops.clearIndex(trx);
    let after = 0;
    for (;;) {
      const rows = await trx
        .selectFrom('agenda_item as a')
        .leftJoin('case_file as c', 'c.id', 'a.case_id')
        .select(['a.id', 'a.title', 'a.closed', 'a.sections_json', 'a.decision_text', 'a.recommendation_text', 'c.number as case_number'])
        .where('a.id', '>', after)
        .orderBy('a.id')
        .limit(1000)
        .execute();
      if (!rows.length) break;
      const index: IndexRow[] = rows.map((r) => ({
        itemId: r.id,
        text: analyzeItem({
          title: r.title, caseNumber: r.case_number, closed: r.closed === 1, sections: JSON.parse(r.sections_json) as Section[],
          decisionText: r.decision_text, recommendationText: r.recommendation_text,
        }),
      }));
      await store.ops.writeIndex(trx, index);
      count += rows.length;
      after = rows[rows.length - 1]!.id;
    }
    await trx.updateTable('store_meta').set({ value: String(ANALYSIS_VERSION) }).where('key', '=', 'analysis_version').execute();
    // Other matches now: searches must not reuse what they kept.
    await bumpGeneration(trx);
  });
  return count;
}
