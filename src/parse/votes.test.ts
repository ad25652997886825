/**
 * Votes in decision prose: named members per option, "stemte imod", "undlod at stemme",
 * reservations, "kunne (ikke) tiltræde", and party letters in "For stemte:" lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { VoteOption } from '../model/index.js';
import { parseVoteTables, parseVotes } from './votes.js';

/** Compact view: option → choice → names (or party letters). */
function shape(votes: VoteOption[]): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const v of votes) {
    const o: Record<string, string[]> = {};
    for (const k of ['for', 'against', 'abstain', 'reservation'] as const) if (v[k].length) o[k] = v[k].map((p) => p.name);
    if (v.partiesFor) o.partiesFor = v.partiesFor;
    if (v.partiesAgainst) o.partiesAgainst = v.partiesAgainst;
    if (v.partiesAbstain) o.partiesAbstain = v.partiesAbstain;
    out[v.option ?? '(indstillingen)'] = o;
  }
  return out;
}

test('seed 000 item 1: two groups, model 2 and model 1', () => {
  const votes = parseVotes(
    'Udvalgsmedlemmerne Tommy Hummelose (C), Mark Grossmann (V), Nazim Gürkan (A), Michael Eskamp Witek (A) og Cæcilie Crawley (A) stemmer for model 2.\n' +
      'Udvalgsmedlem Reza Javid (Ø) stemmer for model 1.\n' +
      'Beskæftigelses- og Socialudvalget godkender forvaltningens indstilling og vælger model 2.\n' +
      'Rådmand Brian Dybro deltog ikke i behandlingen af dette punkt.',
  );
  assert.deepEqual(shape(votes), {
    'model 2': { for: ['Tommy Hummelose', 'Mark Grossmann', 'Nazim Gürkan', 'Michael Eskamp Witek', 'Cæcilie Crawley'] },
    'model 1': { for: ['Reza Javid'] },
  });
  assert.deepEqual(votes[0]!.for.map((p) => [p.party, p.role]), [
    ['C', 'udvalgsmedlem'],
    ['V', 'udvalgsmedlem'],
    ['A', 'udvalgsmedlem'],
    ['A', 'udvalgsmedlem'],
    ['A', 'udvalgsmedlem'],
  ]);
});

const cases: [string, Record<string, Record<string, string[]>>][] = [
  ['Udvalgsmedlem Reza Javid (Ø) stemte imod.', { '(indstillingen)': { against: ['Reza Javid'] } }],
  ['Mette Hansen (F) undlod at stemme.', { '(indstillingen)': { abstain: ['Mette Hansen'] } }],
  ['Anders Lindgreen (Ø) undlod at stemme.', { '(indstillingen)': { abstain: ['Anders Lindgreen'] } }],
  ['Lars Hansen (Ø) stemte imod.', { '(indstillingen)': { against: ['Lars Hansen'] } }],
  ['Pia Nyring (A) og Sofie Rønnow (F) stemte imod.', { '(indstillingen)': { against: ['Pia Nyring', 'Sofie Rønnow'] } }],
  ['For stemte: A, V og C', { '(indstillingen)': { partiesFor: ['A', 'V', 'C'] } }],
  ['For stemte: A, V og C\nImod stemte: Ø', { '(indstillingen)': { partiesFor: ['A', 'V', 'C'], partiesAgainst: ['Ø'] } }],
  ['A, V og C stemte for.', { '(indstillingen)': { partiesFor: ['A', 'V', 'C'] } }],
  ['Solveig Munk kunne ikke tiltræde indstillingen.', { '(indstillingen)': { against: ['Solveig Munk'] } }],
  [
    'Jesper Kjeldsen, Steffen Wich, Gert Bjerregaard og Metin Lindved Aydin kunne tiltræde indstillingen.',
    { '(indstillingen)': { for: ['Jesper Kjeldsen', 'Steffen Wich', 'Gert Bjerregaard', 'Metin Lindved Aydin'] } },
  ],
  ['Jakob Søgaard Clausen tog forbehold.', { '(indstillingen)': { reservation: ['Jakob Søgaard Clausen'] } }],
  ['Godkendt.', {}],
  ['Udvalget drøftede sagen.', {}],
];

for (const [input, expected] of cases) {
  test(`votes: ${JSON.stringify(input)}`, () => {
    assert.deepEqual(shape(parseVotes(input)), expected);
  });
}

test('votes: the Aarhus item with for, reservation, against and an absent member', () => {
  const votes = parseVotes(
    'Et flertal i udvalget kunne tiltræde indstillingen i overensstemmelse med Magistratens anbefaling.\n' +
      'Jesper Kjeldsen, Steffen Wich, Gert Bjerregaard og Metin Lindved Aydin kunne tiltræde indstillingen.\n' +
      'Jakob Søgaard Clausen tog forbehold.\n' +
      'Solveig Munk kunne ikke tiltræde indstillingen.\n' +
      'Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen.',
  );
  const names = (k: 'for' | 'against' | 'reservation'): string[] => votes.flatMap((v) => v[k].map((p) => p.name));
  assert.deepEqual(names('for'), ['Jesper Kjeldsen', 'Steffen Wich', 'Gert Bjerregaard', 'Metin Lindved Aydin']);
  assert.deepEqual(names('against'), ['Solveig Munk']);
  assert.deepEqual(names('reservation'), ['Jakob Søgaard Clausen']);
});

test('counted votes by party: "For stemte 2 medlemmer: Ø og F" and "15 stemmer for (A, B, …)"', () => {
  assert.deepEqual(shape(parseVotes('For stemte 2 medlemmer: Ø og F.\nImod stemte 5 medlemmer: A, C, V og O.')), {
    '(indstillingen)': { partiesFor: ['Ø', 'F'], partiesAgainst: ['A', 'C', 'V', 'O'] },
  });
  assert.deepEqual(shape(parseVotes('Forslaget blev vedtaget med 15 stemmer for (A, B, C, F, V) og 4 stemmer imod (Ø, O).')), {
    '(indstillingen)': { partiesFor: ['A', 'B', 'C', 'F', 'V'], partiesAgainst: ['Ø', 'O'] },
  });
});

test('counted votes: "mod 6 stemmer (F, Ø)", "2 undlod at stemme (O)", and members named in the count', () => {
  assert.deepEqual(shape(parseVotes('Forslaget blev vedtaget med 15 stemmer for (A, V, C) mod 6 stemmer (F, Ø). 2 undlod at stemme (O).')), {
    '(indstillingen)': { partiesFor: ['A', 'V', 'C'], partiesAgainst: ['F', 'Ø'], partiesAbstain: ['O'] },
  });
  assert.deepEqual(shape(parseVotes('Godkendt med 21 stemmer for og 2 imod (Kim Ryd (Ø) og Bo Lund (O)).')), {
    '(indstillingen)': { against: ['Kim Ryd', 'Bo Lund'] },
  });
  assert.deepEqual(parseVotes('Sagen udsættes til mødet i marts, jf. tidsplanen mod 3 (se bilag).'), []);
});

test('party names are parties, not people', () => {
  assert.deepEqual(shape(parseVotes('Dansk Folkeparti (1 stemme) stemte imod.')), { '(indstillingen)': { partiesAgainst: ['O'] } });
  assert.deepEqual(shape(parseVotes('Socialdemokratiet, Venstre og Det Konservative Folkeparti stemte for.')), {
    '(indstillingen)': { partiesFor: ['A', 'V', 'C'] },
  });
});

test('what follows "stemte imod og …" or "tog forbehold for …" is no option', () => {
  assert.deepEqual(shape(parseVotes('Lars Hansen (Ø) stemte imod og ønskede sin holdning ført til protokol.')), {
    '(indstillingen)': { against: ['Lars Hansen'] },
  });
  assert.deepEqual(shape(parseVotes('Jakob Søgaard Clausen tog forbehold for vedligeholdelsen.')), {
    '(indstillingen)': { reservation: ['Jakob Søgaard Clausen'] },
  });
});

test('votes: labels run together on one line each start a group; a count may follow the parties; a reason is no option', () => {
  const [v] = parseVotes('For stemte: A, C og V (6) Imod stemte: O og Ø (2) Undlod at stemme: F (1)');
  assert.deepEqual([v?.partiesFor, v?.partiesAgainst, v?.partiesAbstain], [['A', 'C', 'V'], ['O', 'Ø'], ['F']]);
  assert.deepEqual(parseVotes('Godkendt med 24 stemmer for og 3 imod (O).')[0]?.partiesAgainst, ['O']);
  const [r] = parseVotes('Godkendt. Mette Hansen (A) stemte imod, idet hun ønsker en lavere andel af parcelhuse.');
  assert.equal(r?.option, null);
  assert.deepEqual(r?.against.map((p) => p.name), ['Mette Hansen']);
});

test('vote tables: "Parti | For | Imod | Undlod" with a mark per row; members by name; other tables are no votes', () => {
  assert.deepEqual(
    shape(parseVoteTables([[['Parti', 'For', 'Imod', 'Undlod'], ['Socialdemokratiet (A)', 'X', '', ''], ['V', 'X', '', ''], ['Enhedslisten (Ø)', '', 'X', ''], ['Dansk Folkeparti (O)', '', '', '3']]])),
    { '(indstillingen)': { partiesFor: ['A', 'V'], partiesAgainst: ['Ø'], partiesAbstain: ['O'] } },
  );
  assert.deepEqual(shape(parseVoteTables([[['Medlem', 'For', 'Imod'], ['Anne Berg (A)', 'X', ''], ['Per Hansen (V)', '', '✓']]])), {
    '(indstillingen)': { for: ['Anne Berg'], against: ['Per Hansen'] },
  });
  assert.deepEqual(parseVoteTables([[['Område', 'Budget', 'Regnskab'], ['Drift', '1', '2']]]), []);
});
