import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexText, partsOf, TermSink, termOf, words } from './analyze.js';
import { highlighter, parseQuery, toFts5, toTsquery } from './query.js';
import { escapeHtml, highlightText, makeSnippet } from './snippet.js';
import { stemDanish } from './stem-da.js';

test('Danish Snowball stemmer (checked against the reference implementation)', () => {
  const cases: [string, string][] = [
    ['godkendte', 'godkend'], ['godkender', 'godkend'], ['godkendelse', 'godkend'], ['borgerne', 'borg'], ['borger', 'borg'],
    ['beskæftigelse', 'beskæftig'], ['beskæftigelsesindsatsen', 'beskæftigelsesindsats'], ['indsats', 'indsat'], ['indsatsen', 'indsats'],
    ['stofbehandling', 'stofbehandling'], ['friskt', 'frisk'], ['bestemmelse', 'bestem'], ['hurtigst', 'hurt'], ['løst', 'løst'],
    ['udvalget', 'udvalg'], ['udvalgene', 'udvalg'], ['kommunens', 'kommun'], ['drøftede', 'drøfted'], ['anbefaler', 'anbefal'], ['ø', 'ø'],
  ];
  for (const [w, s] of cases) assert.equal(stemDanish(w), s, w);
});

test('words: lower case, accents folded, æøå kept, numbers and case numbers split', () => {
  assert.deepEqual(words('Nazim Gürkan (A) – Ærø Kommune, 15.00.00-G01-86-20'), ['nazim', 'gurkan', 'a', 'ærø', 'kommune', '15', '00', '00', 'g01', '86', '20']);
  assert.equal(termOf('godkendte'), 'godkend');
  assert.equal(termOf('2021'), '2021');
});

test('compound parts: the stems of long words\' tails', () => {
  assert.ok(partsOf('beskæftigelsesindsatsen').includes('indsats'));
  assert.ok(partsOf('stofbehandling').includes('behandling'));
  assert.deepEqual(partsOf('borger'), []);
  const t = indexText(new TermSink().add('Udviklingsplan for stofbehandling'), new TermSink().add('Borgerne godkender.'));
  assert.equal(t.title, 'udviklingsplan for stofbehandling');
  assert.equal(t.body, 'borg godkend');
  assert.ok(t.parts.split(' ').includes('behandling'));
});

test('query language: words, phrases, exclusion, OR, stop words', () => {
  const q = parseQuery('stofbehandling "til voksne" -misbrug budget OR regnskab og');
  assert.equal(q.must.length, 3);
  assert.equal(q.not.length, 1);
  assert.equal(q.normalized, 'stofbehandling "til voksne" budget OR regnskab -misbrug');
  assert.equal(parseQuery('og i til').must.length, 3, 'only stop words: kept');
  assert.ok(parseQuery('-borger').empty);
});

test('hostile input compiles to well-formed engine queries from analysed tokens only', () => {
  for (const input of ['"', '*', 'NEAR(', '-', 'OR', 'AND', '"a', "'; drop table x; --", 'x:*', 'a & !b', '{title}: x', '\u0000', '𝔘', 'ß ø']) {
    const q = parseQuery(input);
    const f = toFts5(q);
    const t = toTsquery(q);
    if (f) assert.match(f, /^[({"]/, input);
    for (const s of [f ?? '', t ?? '']) assert.ok(!/NEAR|;|--|\\u0000/.test(s), `${input} → ${s}`);
  }
  assert.equal(toFts5(parseQuery('borger')), '({title body} : ("borg" OR "borger"*) OR {parts} : ("borg" OR "borger"*))');
  assert.equal(toTsquery(parseQuery('"model 1"')), "('model':AB <-> '1':AB)");
});

test('snippets: escaped, marked, around the best matches', () => {
  const m = highlighter(parseQuery('godkendte'));
  assert.equal(highlightText('Udvalget <b>godkender</b> & mere', m), 'Udvalget &lt;b&gt;<mark>godkender</mark>&lt;/b&gt; &amp; mere');
  const long = 'Indledning. '.repeat(40) + 'Udvalget godkender indstillingen og godkendte budgettet.' + ' Afslutning.'.repeat(40);
  const s = makeSnippet([long], m)!;
  assert.match(s, /<mark>godkender<\/mark>.*<mark>godkendte<\/mark>/);
  assert.ok(s.length < 400);
  assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
  assert.equal(makeSnippet([], m), null);
});
