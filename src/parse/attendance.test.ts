/**
 * Item-level attendance in a decision: who did not take part, who was disqualified (inhabil), who
 * was prevented, and guests taking part in an item.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGuests, parseItemAbsence, parseMeetingApologies } from './attendance.js';

type Row = [name: string, reason: string];

const absences: [string, Row[]][] = [
  ['Rådmand Brian Dybro deltog ikke i behandlingen af dette punkt.', [['Brian Dybro', 'did-not-participate']]],
  ['Udvalgsmedlem Cæcilie Crawley deltog ikke i behandlingen af dette punkt.', [['Cæcilie Crawley', 'did-not-participate']]],
  [
    'Udvalgsmedlemmerne Lars Hansen (V) og Mette Nielsen (A) deltog ikke i behandlingen af punktet.',
    [
      ['Lars Hansen', 'did-not-participate'],
      ['Mette Nielsen', 'did-not-participate'],
    ],
  ],
  [
    'Jørgen Nørby (V) og Marianne Karlsmose (C) deltog ikke i sagens behandling.',
    [
      ['Jørgen Nørby', 'did-not-participate'],
      ['Marianne Karlsmose', 'did-not-participate'],
    ],
  ],
  ['Jens Peter Madsen (C) var inhabil.', [['Jens Peter Madsen', 'conflict-of-interest']]],
  ['Jens Peter Madsen (C) erklærede sig inhabil.', [['Jens Peter Madsen', 'conflict-of-interest']]],
  ['Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen.', [['Liv Gro Jensen', 'absent']]],
  ['Per Larsen (O) forlod mødet under behandlingen af punktet.', [['Per Larsen', 'did-not-participate']]],
  ['Fraværende: Per Larsen (O) og Anne Berg (A)', [['Per Larsen', 'absent'], ['Anne Berg', 'absent']]],
  ['Fraværende: Ingen', []],
  // The subordinate clause's word order ("ikke deltog"): the subject after the conjunction.
  ['Godkendt, idet Jan E. Jørgensen (V) ikke deltog i behandlingen.', [['Jan E. Jørgensen', 'did-not-participate']]],
  ['Anbefales, idet Anne Hansen (A) og Bo Lund (V) ikke deltog i behandlingen af punktet.', [['Anne Hansen', 'did-not-participate'], ['Bo Lund', 'did-not-participate']]],
  ['Godkendt, idet det bemærkes, at udvalget ikke deltog i drøftelsen.', []],
  ['Godkendt.', []],
  ['Udvalget godkender indstillingen.', []],
];

for (const [input, expected] of absences) {
  test(`absence: ${JSON.stringify(input)}`, () => {
    const got = parseItemAbsence(input);
    assert.deepEqual(
      got.map((a) => [a.person.name, a.reason]),
      expected,
    );
    for (const a of got) assert.equal(a.text, input);
  });
}

test('absence: the role and party are kept on the person', () => {
  const [a] = parseItemAbsence('Rådmand Brian Dybro deltog ikke i behandlingen af dette punkt.');
  assert.deepEqual(a!.person, { name: 'Brian Dybro', party: null, role: 'rådmand' });
});

test('absence: found among other sentences of a decision, once per person', () => {
  const got = parseItemAbsence(
    'Beskæftigelses- og Socialudvalget drøftede sagen. Rådmand Brian Dybro deltog ikke i behandlingen af dette punkt. Brian Dybro deltog ikke i behandlingen.',
  );
  assert.deepEqual(got.map((a) => a.person.name), ['Brian Dybro']);
});

const guests: [string, string[]][] = [
  ['Afdelingsleder Ida Nørbygaard deltager under punkt 5.', ['Afdelingsleder Ida Nørbygaard deltager under punkt 5.']],
  ['Godkendt. Direktør Bo Jensen deltog under behandlingen af punktet.', ['Direktør Bo Jensen deltog under behandlingen af punktet.']],
  ['Rådmand Brian Dybro deltog ikke i behandlingen af dette punkt.', []],
  ['Godkendt.', []],
];

for (const [input, expected] of guests) {
  test(`guests: ${JSON.stringify(input)}`, () => {
    assert.deepEqual(parseGuests(input).map((g) => g.text), expected);
  });
}

test('"var inhabil og deltog ikke" names the member, with conflict of interest as the reason', () => {
  const a = parseItemAbsence('Jens Peter Madsen (C) var inhabil og deltog ikke i behandlingen.');
  assert.deepEqual(a.map((x) => [x.person.name, x.reason]), [['Jens Peter Madsen', 'conflict-of-interest']]);
  const b = parseItemAbsence('Anne Sørensen (A) erklærede sig inhabil og forlod mødet under behandlingen.');
  assert.deepEqual(b.map((x) => [x.person.name, x.reason]), [['Anne Sørensen', 'conflict-of-interest']]);
});

test('a listed absence whose names run onto the next line', () => {
  const a = parseItemAbsence('Følgende deltog ikke i behandlingen af punktet: Flemming Aagaard (A) og Maja\nNørbygaard (A)');
  assert.deepEqual(a.map((x) => x.person.name), ['Flemming Aagaard', 'Maja Nørbygaard']);
});

test('apologies for the meeting written in an item: "Afbud fra X", "X havde meldt afbud", "Afbud: X"', () => {
  const names = (t: string) => parseMeetingApologies(t).map((p) => `${p.name} (${p.party})`);
  assert.deepEqual(names('Godkendt. Afbud fra Jens Hansen (V) og Pia Lund (A).'), ['Jens Hansen (V)', 'Pia Lund (A)']);
  assert.deepEqual(names('Godkendt.\nJens Hansen (V) havde meldt afbud.'), ['Jens Hansen (V)']);
  assert.deepEqual(names('Afbud: Bo Berg (C)'), ['Bo Berg (C)']);
  assert.deepEqual(names('Afbud: Ingen.'), []);
  assert.deepEqual(names('Udvalget drøftede reglerne for afbud til møderne.'), []);
});
