/**
 * The parser recovers what the sample generator printed — in all four of its layouts, with page
 * breaks, running headers and junk lines — for every item: number, full title, case number, closed
 * flag, this meeting's decision with its outcome, and who did not take part; and the header.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBytes } from '../../src/parse/document.js';
import { generateCorpus } from '../../src/sample/index.js';
import type { Annotation } from '../support/annotation.js';
import { compareWithAnnotation } from '../support/annotation.js';

test('generated minutes and agendas in every layout parse to their truth', async () => {
  const failures: string[] = [];
  let documents = 0;
  for (const doc of generateCorpus({ seed: 5, municipalities: 4, meetingsPerCommittee: 3, noise: 1 })) {
    documents++;
    const t = doc.truth;
    const namesMunicipality = t.municipality !== null && new RegExp(`${t.municipality}s? (Kommune|Rådhus|Byråd)`).test(doc.text);
    const want: Annotation = {
      municipality: namesMunicipality ? t.municipality : null,
      committee: t.committee,
      date: t.date,
      startTime: t.startTime,
      location: t.location,
      ...(t.participants.length
        ? { participants: t.participants.map((p) => p.name), absent: t.participants.filter((p) => p.absent).map((p) => p.name) }
        : {}),
      items: t.items.map((it) => ({
        number: it.number,
        title: it.title,
        caseNumber: it.caseNumber,
        closed: it.closed,
        decisionText: it.decision?.text ?? null,
        _outcome: it.decision?.outcome ?? null,
        _itemAbsent: it.absentMembers.map((a) => a.person.name),
      })),
    };
    const got = await parseBytes(Buffer.from(doc.text), doc.fileName.split('/').pop()!);
    for (const miss of compareWithAnnotation(got, want)) failures.push(`${doc.fileName} (${doc.layout}): ${miss}`);
  }
  assert.ok(documents > 40, `generated ${documents} documents`);
  assert.deepEqual(failures, []);
});
