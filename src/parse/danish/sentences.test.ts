/**
 * Sentence splitting that keeps Danish abbreviations, initials and amounts inside their sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const cases: [string, string[]][] = [
  ['Godkendt. Taget til efterretning.', ['Godkendt.', 'Taget til efterretning.']],
  ['Elvin J. Hansen stemte imod. Næste sætning.', ['Elvin J. Hansen stemte imod.', 'Næste sætning.']],
  ['Udvalget godkendte jf. pkt. 3 ca. 12,2 mio. kr. til formålet. Slut.', ['Udvalget godkendte jf. pkt. 3 ca. 12,2 mio. kr. til formålet.', 'Slut.']],
  ['Mødet holdes d. 5. oktober. Alle deltog.', ['Mødet holdes d. 5. oktober.', 'Alle deltog.']],
  ['Bl.a. drøftedes budgettet. Godkendt.', ['Bl.a. drøftedes budgettet.', 'Godkendt.']],
  ['Første linje\nAnden linje', ['Første linje', 'Anden linje']],
  ['Er det godkendt? Ja!', ['Er det godkendt?', 'Ja!']],
  ['Beløbet er 1.200 kr. i alt', ['Beløbet er 1.200 kr. i alt']],
  ['Punktet udgik. 2. behandling følger.', ['Punktet udgik.', '2. behandling følger.']],
];

for (const [input, expected] of cases) {
  test(`sentences: ${JSON.stringify(input)} → ${expected.length}`, () => {
    assert.deepEqual(splitSentences(input), expected);
  });
}
