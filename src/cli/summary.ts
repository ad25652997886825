/** A readable summary of a parsed document for the terminal. */
import type { MeetingDocument } from '../model/index.js';
import { OUTCOME_DA } from './format.js';

export function summarize(file: string, doc: MeetingDocument): string {
  const out: string[] = [];
  const kind = doc.kind === 'minutes' ? 'Referat' : 'Dagsorden';
  out.push(`${file}`);
  out.push(`  ${kind}: ${doc.committee ?? '(udvalg ukendt)'}${doc.committeeInfo?.term ? ` ${doc.committeeInfo.term}` : ''}, ${doc.municipality ?? '(kommune ukendt)'}`);
  out.push(`  Dato: ${doc.date ?? '?'} kl. ${doc.startTime ?? '?'}${doc.endTime ? `–${doc.endTime}` : ''}   Sted: ${doc.location ?? '?'}`);
  if (doc.participants.length) {
    out.push(`  Deltagere: ${doc.participants.map((p) => `${p.name}${p.party ? ` (${p.party})` : ''}${p.absent ? ' [fraværende]' : ''}`).join(', ')}`);
  }
  out.push(`  Punkter: ${doc.items.length}`);
  for (const it of doc.items) {
    const extras: string[] = [];
    if (it.caseNumber) extras.push(it.caseNumber);
    if (it.closed) extras.push('lukket');
    if (it.decision) extras.push(OUTCOME_DA[it.decision.outcome] ?? it.decision.outcome);
    if (it.votes.length) extras.push(`${it.votes.length} afstemning(er)`);
    if (it.absentMembers.length) extras.push(`deltog ikke: ${it.absentMembers.map((a) => a.person.name).join(', ')}`);
    out.push(`   ${it.number.padStart(3)}. ${it.title}${extras.length ? `  [${extras.join('; ')}]` : ''}`);
  }
  for (const w of doc.warnings) out.push(`  advarsel: ${w.message}`);
  return out.join('\n');
}
