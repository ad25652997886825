/**
 * Decision outcomes (every form DOMAIN.md names, and close relatives), placeholders, and which of
 * several decision sections is this meeting's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DecisionOutcome, Section } from '../model/index.js';
import { classifyOutcome, isFieldPlaceholder, isPlaceholder, proseDecision, selectDecision } from './decision.js';

const outcomes: [string, DecisionOutcome][] = [
  ['Sagen sendes videre til Økonomiudvalget og Byrådet med anbefaling.', 'recommended'],
  ['Udvalget kan anbefale forslaget.', 'recommended'],
  ['Indstillingen følges.', 'approved'],
  ['Forvaltningens indstilling blev fulgt.', 'approved'],
  ['Bevilling givet.', 'approved'],
  ['Forslaget sendes i offentlig høring.', 'approved'],
  ['Udvalget besluttede at udsætte sagen.', 'postponed'],
  ['Udvalget ønsker ikke at godkende ansøgningen.', 'rejected'],
  ['Udvalget tiltrådte ikke indstillingen.', 'rejected'],
  ['Udvalget kunne ikke anbefale indstillingen.', 'rejected'],
  ['Et flertal kunne tiltræde indstillingen.\nSolveig Munk kunne ikke tiltræde indstillingen.', 'approved'],
  ['Indstillingen anbefales.', 'recommended'],
  ['Anbefalet.', 'recommended'],
  ['Formanden orienterede.', 'noted'],
  ['Beskæftigelses- og Socialudvalget godkender indstillingen.', 'approved'],
  ['Godkendt.', 'approved'],
  ['Godkendt', 'approved'],
  ['Indstillingen blev godkendt.', 'approved'],
  ['Indstillingen godkendes.', 'approved'],
  ['Tiltrådt.', 'approved'],
  ['Vedtaget.', 'approved'],
  ['Et flertal i udvalget kunne tiltræde indstillingen.', 'approved'],
  ['Beskæftigelses- og Socialudvalget godkender forvaltningens indstilling og vælger model 2.', 'approved'],
  ['Arbejdsmarkedsudvalget anbefaler indstillingen.', 'recommended'],
  ['Beskæftigelses- og Socialudvalget anbefaler indstillingen.', 'recommended'],
  ['Indstilles til godkendelse i Byrådet.', 'recommended'],
  ['Anbefales godkendt.', 'recommended'],
  ['Udvalget anbefaler politikken over for Byrådet med den tilføjelse, at forældrebestyrelserne inddrages.', 'recommended'],
  // A member's dissent does not make the body's decision a rejection.
  ['Anbefales godkendt. Steen Wrang (Ø) kan ikke anbefale indstillingen.', 'recommended'],
  ['Steen Wrang (Ø) kan ikke anbefale indstillingen.', 'rejected'],
  ['Sagen oversendes til Byrådet med anbefaling.', 'recommended'],
  ['Udvalget anbefaler over for Byrådet, at planen vedtages.', 'recommended'],
  ['Beskæftigelses- og Socialudvalget drøftede sagen.', 'discussed'],
  ['Sagen blev drøftet.', 'discussed'],
  ['Taget til efterretning.', 'noted'],
  ['Orienteringen blev taget til efterretning.', 'noted'],
  ['Udvalget tog orienteringen til efterretning.', 'noted'],
  ['Beskæftigelses- og Socialudvalget godkender indstillingen med følgende tilføjelse:', 'approved_with_changes'],
  ['Godkendt med den ændring, at datoen flyttes til 1. maj.', 'approved_with_changes'],
  ['Indstillingen godkendt med de faldne bemærkninger.', 'approved_with_changes'],
  ['Godkendt med Økonomiudvalgets ændring.', 'approved_with_changes'],
  ['Vedtaget med disse ændringer.', 'approved_with_changes'],
  ['Ad 1: Anbefales. Ad 2: Anbefales. Pia Kirkegaard (O) tog forbehold.', 'recommended'],
  ['Ad pkt. 1) Godkendt.\nAd pkt. 2) Taget til efterretning.', 'approved'],
  ['Forslaget blev sat til afstemning. For stemte: Ø. Imod stemte: A, V og C. Forslaget er dermed forkastet.', 'rejected'],
  ['Ikke godkendt.', 'rejected'],
  ['Ansøgningen afvises.', 'rejected'],
  ['Sagen blev udsat.', 'postponed'],
  ['Udsat til næste møde.', 'postponed'],
  ['Sagen udsættes.', 'postponed'],
  ['Sagen sendes tilbage til forvaltningen.', 'postponed'],
  ['Punktet blev taget af dagsordenen.', 'postponed'],
  ['Ingen bemærkninger.', 'other'],
];

for (const [input, expected] of outcomes) {
  test(`outcome: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(classifyOutcome(input), expected);
  });
}

const placeholders: [string, boolean][] = [
  ['', true],
  ['Tomt indhold', true],
  ['Beslutning ikke frigivet', true],
  ['-', true],
  ['…', true],
  ['Godkendt.', false],
  ['Tomt indhold:', true],
  ['Tomt  indhold', true],
  ['Intet.', false],
  ['Ingen.', true],
  ['Ikke relevant', true],
];

for (const [input, expected] of placeholders) {
  test(`placeholder: ${JSON.stringify(input)} ${expected ? 'is' : 'is not'} a placeholder`, () => {
    assert.equal(isPlaceholder(input), expected);
  });
}

// In any field (an export's "Økonomi" field too) only a real placeholder holds no content.
const fieldPlaceholders: [string | null, boolean][] = [
  [null, true],
  [' \u200b ', true],
  ['Beslutning ikke frigivet:', true],
  // "Eventuelt — Beslutning: Intet." is what the minutes say: nothing was raised.
  ['Intet.', false],
  ['Ingen.', false],
  ['Ikke relevant', false],
  ['Godkendt.', false],
];

for (const [input, expected] of fieldPlaceholders) {
  test(`field placeholder: ${JSON.stringify(input)} ${expected ? 'is' : 'is not'} a placeholder`, () => {
    assert.equal(isFieldPlaceholder(input), expected);
  });
}

const section = (heading: string, ...paragraphs: string[]): Section => ({
  heading,
  kind: 'decision',
  blocks: paragraphs.map((text) => ({ type: 'paragraph', text })),
});

test('this meeting: the decision section dated the meeting date wins over earlier ones', () => {
  const d = selectDecision(
    [
      section('Beslutning i Udvalget for plan, udvikling og kultur den 10-04-2013', 'Udsat.'),
      section('Beslutning i Udvalget for plan, udvikling og kultur den 20-06-2013', 'Indstillingen godkendt.'),
      section('Beslutning i Økonomiudvalget den 24-04-2013', 'Anbefales.'),
    ],
    '2013-06-20',
  );
  assert.deepEqual(d, { text: 'Indstillingen godkendt.', outcome: 'approved' });
});

test('this meeting: an undated "Beslutning" is this meeting\'s when the others are dated other days', () => {
  const d = selectDecision([section('Beslutning i Økonomiudvalget den 5. december 2023', 'Anbefales.'), section('Beslutning', 'Godkendt.')], '2023-12-13');
  assert.equal(d?.text, 'Godkendt.');
});

test('this meeting: only earlier meetings\' decisions → no decision', () => {
  assert.equal(selectDecision([section('Beslutning i Økonomiudvalget den 5. december 2023', 'Anbefales.')], '2023-12-13'), null);
});

test('this meeting: a decision field listing several meetings keeps this meeting\'s paragraph', () => {
  const d = selectDecision([section('Beslutning', '10. april 2013: Udsat.', '20. juni 2013: Godkendt.')], '2013-06-20');
  assert.equal(d?.text, 'Godkendt.');
});

test('this meeting: an empty "25. september 2012:" line for this meeting is no decision', () => {
  const d = selectDecision([section('Beslutning', '18. september 2012: Udsat.', '25. september 2012:')], '2012-09-25');
  assert.equal(d, null);
});

test('placeholder decision text → no decision', () => {
  assert.equal(selectDecision([section('Beslutning', 'Tomt indhold')], '2012-09-25'), null);
});

test('paragraphs of a decision are joined by newlines', () => {
  const d = selectDecision([section('Beslutning', 'Godkendt.', 'Rådmand Brian Dybro deltog ikke i behandlingen af dette punkt.')], null);
  assert.equal(d?.text, 'Godkendt.\nRådmand Brian Dybro deltog ikke i behandlingen af dette punkt.');
});

test('a dangling form label at the end of a decision is dropped', () => {
  const d = selectDecision([section('Beslutning', 'Godkendt.', 'Følgende deltog ikke i behandlingen af punktet:')], null);
  assert.equal(d?.text, 'Godkendt.');
});

test('no decision section → null', () => {
  assert.equal(selectDecision([{ heading: 'Resume', kind: 'resume', blocks: [{ type: 'paragraph', text: 'Tekst.' }] }], null), null);
});

test('prose decision: with no decision section, a last paragraph that states one becomes it', () => {
  const text = (...paras: string[]): Section[] => [{ heading: '', kind: 'other', blocks: paras.map((p) => ({ type: 'paragraph' as const, text: p })) }];
  const decisionOf = (s: Section[], committee: string | null = null) => {
    const d = proseDecision(s, committee, '2024-02-22').find((x) => x.kind === 'decision');
    return d?.blocks[0]?.type === 'paragraph' ? d.blocks[0].text : null;
  };
  assert.equal(decisionOf(text('Borgmesteren orienterede.', 'Kommunalbestyrelsen tog orienteringen til efterretning.')), 'Kommunalbestyrelsen tog orienteringen til efterretning.');
  assert.equal(decisionOf(text('Taksterne stiger 4 pct.', 'Godkendt.')), 'Godkendt.');
  assert.equal(decisionOf(text('Sagen er drøftet.', 'Teknisk Udvalg anbefaler forslaget.'), 'Teknisk Udvalg'), 'Teknisk Udvalg anbefaler forslaget.');
  // Case text that tells an earlier decision, or ends otherwise, is no decision.
  assert.equal(decisionOf(text('Byrådet godkendte den 12. marts 2022 planen.')), null);
  assert.equal(decisionOf(text('Sagen blev forelagt i marts.', 'Forvaltningen har udarbejdet et udkast.')), null);
  // An item whose whole text is one short paragraph: the minutes' record of it.
  assert.equal(decisionOf(text('Der var ingen spørgsmål.')), 'Der var ingen spørgsmål.');
  assert.equal(decisionOf(text('Sagen genoptages.', 'Byrådet besluttede i 2021 at bygge en ny skole.')), null);
  assert.equal(decisionOf(text('Udvalget godkendte budget 2024 og overslagsårene.')), 'Udvalget godkendte budget 2024 og overslagsårene.');
  // A formula opens the paragraph only as a sentence of its own or with a qualifier.
  assert.equal(decisionOf(text('Sagen genoptages.', 'Vedtaget budget 2024 indeholder en ramme til veje.')), null);
  assert.equal(decisionOf(text('Sagen genoptages.', 'Udsat betaling af ejendomsskat gives efter ansøgning.')), null);
  assert.equal(decisionOf(text('Godkendt med de foreslåede ændringer.')), 'Godkendt med de foreslåede ændringer.');
  assert.equal(decisionOf(text('Udsat til næste møde.')), 'Udsat til næste møde.');
  // Under a recommendation: the body's decision after it, in the same paragraph or its own; not a proposal in the present tense.
  const rec = (...paras: string[]): Section[] => [{ heading: 'Indstilling', kind: 'recommendation', blocks: paras.map((p) => ({ type: 'paragraph' as const, text: p })) }];
  assert.equal(decisionOf(rec('Forvaltningen indstiller, at planen godkendes. Udvalget besluttede at godkende indstillingen. A (Ø) stemte imod.')), 'Udvalget besluttede at godkende indstillingen. A (Ø) stemte imod.');
  assert.equal(decisionOf(rec('Direktionen indstiller, at orienteringen tages til efterretning.', 'Kommunalbestyrelsen tog orienteringen til efterretning.')), 'Kommunalbestyrelsen tog orienteringen til efterretning.');
  assert.equal(decisionOf(rec('Direktionen indstiller, at', 'Kommunalbestyrelsen godkender planen.')), null);
  // After an account in the same paragraph: the decision from its first sentence on; an impersonal one.
  assert.equal(decisionOf(text('Formanden orienterede om mødet den 25. april 2024. Orienteringen blev taget til efterretning.')), 'Orienteringen blev taget til efterretning.');
  assert.equal(decisionOf(text('Sagen genoptages.', 'Det blev besluttet at nedsætte en valgbestyrelse.')), 'Det blev besluttet at nedsætte en valgbestyrelse.');
  // A decision section already there is left alone.
  const withDecision: Section[] = [...text('Godkendt.'), { heading: 'Beslutning', kind: 'decision', blocks: [{ type: 'paragraph', text: 'Udsat.' }] }];
  assert.equal(proseDecision(withDecision, null, null), withDecision);
});
