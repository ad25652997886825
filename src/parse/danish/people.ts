/**
 * People as minutes print them: "Udvalgsmedlem Reza Javid (Ø)", "Hans Hammann (Fravær)",
 * "Jesper Mathiesen (A) - formand", and lists "A (C), B (V) og C (A)".
 */
import type { ParticipantRole, PersonRef } from '../../model/index.js';

const ROLE_WORDS: [RegExp, ParticipantRole][] = [
  [/^borgmester(en)?$/i, 'borgmester'],
  [/^viceborgmester(en)?$/i, 'borgmester'],
  [/^(formand|formanden|udvalgsformand|udvalgsformanden|forkvinde)$/i, 'formand'],
  [/^(næstformand|næstformanden)$/i, 'næstformand'],
  [/^(rådmand|rådmanden|rådmændene)$/i, 'rådmand'],
  [/^(udvalgsmedlem|udvalgsmedlemmet|udvalgsmedlemmerne|medlem|medlemmet|medlemmerne|byrådsmedlem|byrådsmedlemmet|byrådsmedlemmerne|kommunalbestyrelsesmedlem|kommunalbestyrelsesmedlemmerne|regionsrådsmedlem|regionsrådsmedlemmerne|rådsmedlem)$/i, 'udvalgsmedlem'],
  [/^(stedfortræder|stedfortræderen)$/i, 'stedfortræder'],
  [/^(suppleant|suppleanten)$/i, 'suppleant'],
  [/^(sekretær|sekretæren|referent|udvalgssekretær)$/i, 'sekretær'],
];

export function roleOf(word: string): ParticipantRole | null {
  const w = word.trim().replace(/[.,:]$/, '');
  for (const [re, role] of ROLE_WORDS) if (re.test(w)) return role;
  return null;
}

/** Party letters and words seen in Danish councils. */
const PARTY = /^(?:[A-ZÆØÅ]{1,2}|Løsgænger(?:e)?|løsgænger(?:e)?|Uden for parti|UP|Lokalliste|[A-ZÆØÅ][a-zæøå]+listen)$/;
const ABSENCE = /^(fravær|fraværende|afbud|afbud\s?\/?\s?fravær|syg|forfald|ikke til stede|deltog ikke)$/i;

export function isParty(s: string): boolean {
  return PARTY.test(s.trim());
}

export interface ParsedPerson extends PersonRef {
  absent: boolean;
  /** Text in parentheses or after a dash that is neither party nor absence. */
  note: string | null;
  /** "stedfortræder for X": the member this person stands in for. */
  substituteFor?: string;
}

/** A name is 2–6 capitalised words (with particles like "von", "la", initials like "J."). */
export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || t.length > 60) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}[\p{L}'’-]*\.?$/u.test(w)) capitals++;
    else if (!/^(von|van|de|la|le|du|da|af|of|bin|el|al|ibn)$/.test(w)) return false;
  }
  return capitals >= 2 && !/(udvalget|kommune|forvaltningen|rådet|byrådet|afdelingen)$/i.test(t);
}

/** Parses "Rådmand Brian Dybro", "Reza Javid (Ø)", "Hans Hammann (Fravær)", "Ole Bjerregaard (V) - formand". */
export function parsePerson(text: string): ParsedPerson | null {
  let t = text.trim().replace(/[.;,]+$/, '').trim();
  let party: string | null = null;
  let absent = false;
  let note: string | null = null;
  let role: ParticipantRole | null = null;
  let substituteFor: string | null = null;
  // Trailing "- formand" / ", formand" / "- stedfortræder for Yasmin Ahmadi"
  const dash = /\s[-–,]\s?([\p{L}. -]{3,80})$/u.exec(t);
  if (dash) {
    const tail = dash[1]!.trim();
    const r = roleOf(tail.split(/\s+/)[0]!);
    const sub = /^(?:stedfortræder|suppleant)\s+for\s+(.+)$/i.exec(tail);
    if (r) {
      role = r;
      if (sub) substituteFor = sub[1]!.trim();
      t = t.slice(0, dash.index).trim();
    } else if (ABSENCE.test(tail)) {
      absent = true;
      t = t.slice(0, dash.index).trim();
    }
  }
  // Parenthesised parts: party, absence or a note.
  for (;;) {
    const m = /\s?\(([^()]{1,60})\)\s?$/.exec(t);
    if (!m) break;
    const inner = m[1]!.trim();
    if (isParty(inner)) party = inner;
    else if (ABSENCE.test(inner)) absent = true;
    else {
      const parts = inner.split(/\s*[,/]\s*/);
      for (const p of parts) {
        if (isParty(p)) party = p;
        else if (ABSENCE.test(p)) absent = true;
        else if (roleOf(p)) role = roleOf(p);
        else note = note ? `${note}, ${p}` : p;
      }
    }
    t = t.slice(0, m.index).trim();
  }
  // Leading role words: "Udvalgsmedlem Reza Javid", "Formand Jens Hansen".
  const words = t.split(/\s+/);
  while (words.length > 2) {
    const r = roleOf(words[0]!);
    if (!r) break;
    role ??= r;
    words.shift();
  }
  const name = words.join(' ').replace(/[:]$/, '').trim();
  if (!looksLikeName(name)) return null;
  return substituteFor ? { name, party, role, absent, note, substituteFor } : { name, party, role, absent, note };
}

/** Splits "A (C), B (V) og C (A)" into its persons; parts that are not names are dropped. */
export function parsePersonList(text: string): ParsedPerson[] {
  const leading = /^\s*([\p{L}]+)\s/u.exec(text);
  const sharedRole = leading ? roleOf(leading[1]!) : null;
  const parts = splitList(text);
  const out: ParsedPerson[] = [];
  for (const part of parts) {
    const p = parsePerson(part);
    if (p) out.push(sharedRole && !p.role ? { ...p, role: sharedRole } : p);
  }
  return out;
}

/** Splits an enumeration on commas, semicolons and the final "og"/"samt", outside parentheses. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (c === ',' || c === ';' || c === '\n' || c === '\t')) {
      parts.push(cur);
      cur = '';
      continue;
    }
    if (depth === 0 && c === ' ') {
      const rest = text.slice(i, i + 6);
      if (rest.startsWith(' og ') || rest.startsWith(' samt ')) {
        parts.push(cur);
        cur = '';
        i += rest.startsWith(' og ') ? 3 : 5;
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}
