/**
 * The recommendation (indstilling) and its clauses: numbered ("1. …", "2) …", "At 1) …"), "At …"
 * lines, or one sentence "Forvaltningen indstiller, at udvalget godkender …".
 */
import type { Recommendation, RecommendationClause } from '../model/index.js';

const NUMBERED = /^(?:at\s+)?(\d{1,2}|[a-h])[.)]\s+(.+)$/i;
const AT_LINE = /^[-–•]?\s*at\s+(.+)$/i;
const BY = /^(.{3,160}?)\s+indstiller\b/i;

export function parseRecommendation(text: string): Recommendation | null {
  const t = text.trim();
  if (!t) return null;
  const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
  const byMatch = BY.exec(lines[0] ?? '');
  const by = byMatch ? byMatch[1]!.replace(/^\W+/, '').trim() : null;
  const clauses: RecommendationClause[] = [];
  for (const line of lines) {
    const body = line.replace(/^[-–•]\s*/, '');
    const n = NUMBERED.exec(body);
    if (n) {
      clauses.push({ label: n[1]!, text: n[2]!.trim() });
      continue;
    }
    const at = AT_LINE.exec(line);
    if (at && !BY.test(line)) {
      clauses.push({ label: null, text: at[1]!.trim() });
      continue;
    }
    if (!clauses.length && byMatch && line === lines[0]) {
      // "X indstiller, at udvalget godkender …" holds one clause after "at".
      const m = /\bindstiller\b[^,]{0,120}?,?\s+at[:\s]\s*(.+)$/i.exec(line);
      if (m && m[1]!.trim().length > 3) clauses.push({ label: null, text: m[1]!.trim() });
    }
  }
  // "… indstiller, at udvalget:" introduces numbered clauses; it is not a clause of its own.
  if (clauses.length > 1 && clauses[0]!.label === null && clauses.slice(1).every((c) => c.label !== null)) clauses.shift();
  return { text: lines.join('\n'), by, clauses };
}
