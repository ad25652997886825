/**
 * People as minutes print them: name, party in parentheses, role before or after, absence marks,
 * and lists joined by commas and a final "og".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isParty, looksLikeName, parsePerson, parsePersonList, roleOf, roleOfField, splitList } from './people.js';

type Person = { name: string; party: string | null; role: string | null; absent: boolean };

const persons: [string, Person][] = [
  ['Udvalgsmedlem Reza Javid (Ø)', { name: 'Reza Javid', party: 'Ø', role: 'udvalgsmedlem', absent: false }],
  ['Hans Hammann (Fravær)', { name: 'Hans Hammann', party: null, role: null, absent: true }],
  ['Lolan Ottesen (A) - formand', { name: 'Lolan Ottesen', party: 'A', role: 'formand', absent: false }],
  ['Jesper Würtzen (A) – borgmester', { name: 'Jesper Würtzen', party: 'A', role: 'borgmester', absent: false }],
  ['Rådmand Brian Dybro', { name: 'Brian Dybro', party: null, role: 'rådmand', absent: false }],
  ['Elvin J. Hansen', { name: 'Elvin J. Hansen', party: null, role: null, absent: false }],
  ['Anne Marie la Cour (Løsgænger)', { name: 'Anne Marie la Cour', party: 'Løsgænger', role: null, absent: false }],
  ['Bo Andersen (A, næstformand)', { name: 'Bo Andersen', party: 'A', role: 'næstformand', absent: false }],
  ['Per Olsen (V) (afbud)', { name: 'Per Olsen', party: 'V', role: null, absent: true }],
  ['Kirsten Jensen (Afbud)', { name: 'Kirsten Jensen', party: null, role: null, absent: true }],
  ['Karen Ellen Hansen - afbud', { name: 'Karen Ellen Hansen', party: null, role: null, absent: true }],
  ['Formand Jens Hansen (V)', { name: 'Jens Hansen', party: 'V', role: 'formand', absent: false }],
  ['Næstformand Mette Lund (Å)', { name: 'Mette Lund', party: 'Å', role: 'næstformand', absent: false }],
  ['Cæcilie Crawley (A).', { name: 'Cæcilie Crawley', party: 'A', role: null, absent: false }],
  ['Jens-Kristian Lütken (V)', { name: 'Jens-Kristian Lütken', party: 'V', role: null, absent: false }],
  ['Jesper  Mathiesen (A)', { name: 'Jesper Mathiesen', party: 'A', role: null, absent: false }],
  ['Grethe Larsen (A) - næstformand', { name: 'Grethe Larsen', party: 'A', role: 'næstformand', absent: false }],
  ['Allan Buch (A)-formand', { name: 'Allan Buch', party: 'A', role: 'formand', absent: false }],
  ['Hans Hansen (V) -afbud', { name: 'Hans Hansen', party: 'V', role: null, absent: true }],
  ['Mikkel Egebjerg (Ø) deltog i stedet.', { name: 'Mikkel Egebjerg', party: 'Ø', role: null, absent: false }],
  ['Mikkel Egebjerg (Ø) som stedfortræder', { name: 'Mikkel Egebjerg', party: 'Ø', role: null, absent: false }],
  ['Fmd. Mette Lund (Å)', { name: 'Mette Lund', party: 'Å', role: 'formand', absent: false }],
  ['Niels Bebe (absent)', { name: 'Niels Bebe', party: null, role: null, absent: true }],
  ['Anne Holm (A) for Susan Richter (A)', { name: 'Anne Holm', party: 'A', role: null, absent: false }],
  ['Anne Holm (A) i stedet for Susan Richter', { name: 'Anne Holm', party: 'A', role: null, absent: false }],
];

test('person: the member a substitute stood in for ("Anne Holm (A) for Susan Richter (A)")', () => {
  assert.equal(parsePerson('Anne Holm (A) for Susan Richter (A)')?.substituteFor, 'Susan Richter');
  // Without a party before it, "for" is part of something else.
  assert.equal(parsePerson('Formand for Ældrerådet'), null);
});

for (const [input, expected] of persons) {
  test(`person: ${JSON.stringify(input)} → ${expected.name}`, () => {
    const p = parsePerson(input);
    assert.ok(p, 'parsed');
    assert.deepEqual({ name: p.name, party: p.party, role: p.role, absent: p.absent }, expected);
  });
}

const notPersons = ['beslutningen', 'Godkendt.', 'Beskæftigelses- og Socialudvalget', 'Odense Kommune', 'udvalget godkender indstillingen', ''];

for (const input of notPersons) {
  test(`person: ${JSON.stringify(input)} is not a person`, () => {
    assert.equal(parsePerson(input), null);
  });
}

test('person: a name field of an export takes any name (anyName)', () => {
  assert.equal(parsePerson('Henny test Posselt'), null);
  const p = parsePerson('Henny test Posselt', { anyName: true });
  assert.deepEqual([p?.name, p?.party, p?.role], ['Henny test Posselt', null, null]);
  const q = parsePerson('Formand Hansen (V)', { anyName: true });
  assert.deepEqual([q?.name, q?.party, q?.role], ['Hansen', 'V', 'formand']);
  assert.equal(parsePerson('(A)', { anyName: true }), null);
});

test('person: a hyphenated name is no role tail', () => {
  assert.equal(parsePerson('Anne Hansen-Formand')?.role ?? null, null);
});

test('person: a note in parentheses that is neither party nor absence is kept as note', () => {
  const p = parsePerson('Poul Erik Nielsen (DH Hjørring)');
  assert.equal(p?.name, 'Poul Erik Nielsen');
  assert.equal(p?.note, 'DH Hjørring');
  assert.equal(p?.party, null);
});

const lists: [string, string[]][] = [
  ['Tommy Hummelose (C), Mark Grossmann (V) og Reza Javid (Ø)', ['Tommy Hummelose', 'Mark Grossmann', 'Reza Javid']],
  ['Jesper Kjeldsen, Steffen Wich, Gert Bjerregaard og Metin Lindved Aydin', ['Jesper Kjeldsen', 'Steffen Wich', 'Gert Bjerregaard', 'Metin Lindved Aydin']],
  ['Lars Hansen (V) og Mette Nielsen (A)', ['Lars Hansen', 'Mette Nielsen']],
  ['Lars Hansen (V) samt Mette Nielsen (A)', ['Lars Hansen', 'Mette Nielsen']],
];

for (const [input, expected] of lists) {
  test(`person list: ${JSON.stringify(input)} → ${expected.length} names`, () => {
    assert.deepEqual(parsePersonList(input).map((p) => p.name), expected);
  });
}

test('person list: a leading plural role applies to every name', () => {
  const ps = parsePersonList('Udvalgsmedlemmerne Tommy Hummelose (C) og Mark Grossmann (V)');
  assert.deepEqual(ps.map((p) => [p.name, p.party, p.role]), [
    ['Tommy Hummelose', 'C', 'udvalgsmedlem'],
    ['Mark Grossmann', 'V', 'udvalgsmedlem'],
  ]);
});

const splits: [string, string[]][] = [
  ['A (C), B (V) og C (A)', ['A (C)', 'B (V)', 'C (A)']],
  ['A, B samt C', ['A', 'B', 'C']],
  ['Bo Andersen (A, næstformand), Per Olsen (V)', ['Bo Andersen (A, næstformand)', 'Per Olsen (V)']],
  ['A; B', ['A', 'B']],
  ['A\nB\tC', ['A', 'B', 'C']],
  ['Anne Sørensen', ['Anne Sørensen']],
];

for (const [input, expected] of splits) {
  test(`split list: ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(splitList(input), expected);
  });
}

const roles: [string, string | null][] = [
  ['Borgmester', 'borgmester'],
  ['formanden', 'formand'],
  ['Næstformand', 'næstformand'],
  ['Rådmand', 'rådmand'],
  ['Udvalgsmedlemmerne', 'udvalgsmedlem'],
  ['Byrådsmedlem', 'udvalgsmedlem'],
  ['suppleant', 'suppleant'],
  ['Stedfortræder', 'stedfortræder'],
  ['Referent', 'sekretær'],
  ['Direktør', null],
  ['Fmd.', 'formand'],
  ['næstfmd', 'næstformand'],
];

for (const [input, expected] of roles) {
  test(`role: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(roleOf(input), expected);
  });
}

// A role field of an export names its role in any form; officials and guests are roles there too.
const fieldRoles: [string | null, string | null][] = [
  ['Formand', 'formand'],
  ['Udvalgsformand', 'formand'],
  ['Fmd.', 'formand'],
  ['Næstformand', 'næstformand'],
  ['MedlemNæstformand', 'næstformand'],
  ['Medlem', 'udvalgsmedlem'],
  ['Viceborgmester', 'borgmester'],
  ['Kommunaldirektør', 'embedsmand'],
  ['Konsulent i forvaltningen', 'embedsmand'],
  ['Inviteret gæst', 'gæst'],
  ['Referent', 'sekretær'],
  ['Observatør', 'other'],
  [' ', null],
  [null, null],
];

for (const [input, expected] of fieldRoles) {
  test(`role field: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(roleOfField(input), expected);
  });
}

const parties: [string, boolean][] = [
  ['A', true],
  ['Ø', true],
  ['Å', true],
  ['SF', true],
  ['Løsgænger', true],
  ['Uden for parti', true],
  ['Fravær', false],
  ['formand', false],
];

for (const [input, expected] of parties) {
  test(`party: ${JSON.stringify(input)} ${expected ? 'is' : 'is not'} a party`, () => {
    assert.equal(isParty(input), expected);
  });
}

const names: [string, boolean][] = [
  ['Reza Javid', true],
  ['Anne Marie la Cour', true],
  ['Elvin J. Hansen', true],
  ['Reza', false],
  ['udvalget godkender', false],
  ['Beskæftigelses- og Socialudvalget', false],
];

for (const [input, expected] of names) {
  test(`name: ${JSON.stringify(input)} ${expected ? 'looks' : 'does not look'} like a name`, () => {
    assert.equal(looksLikeName(input), expected);
  });
}
