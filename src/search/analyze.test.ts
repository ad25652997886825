import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWord, indexText, partsOf, TermSink, termOf, words } from './analyze.js';
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

test('words: the same as splitting on [\\p{L}\\p{N}]+ and folding each, for any text', () => {
  const reference = (t: string): string[] => [...t.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => foldWord(m[0])).filter(Boolean);
  const pool = ['a', 'Z', 'æ', 'Ø', 'å', 'É', 'é', 'e\u0301', 'ß', 'Σ', 'ς', 'İ', '1', '٣', '²', '𝔘', '😀', '\ud800', '\udc00', '-', ' ', '.', "'", 'ǅ', 'ﬁ', '中', '\u0000', 'K', 'Å'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let r = 0; r < 3000; r++) {
    let t = '';
    for (let i = Math.floor(next() * 24); i > 0; i--) t += pool[Math.floor(next() * pool.length)];
    assert.deepEqual(words(t), reference(t), JSON.stringify(t));
  }
  const long = 'x'.repeat(80);
  assert.deepEqual(words(`${long} Ærø`), reference(`${long} Ærø`));
});

test('compound parts: the stems of long words\' tails', () => {
  assert.ok(partsOf('beskæftigelsesindsatsen').includes('indsats'));
  assert.ok(partsOf('stofbehandling').includes('behandling'));
  assert.deepEqual(partsOf('borger'), []);
  // Middle parts, for a query word as a prefix of a tail: "skole" in "folkeskolereformen".
  assert.ok(partsOf('folkeskolereformen').includes('skolereform'));
  assert.ok(partsOf('byudviklingsplanen').includes('udviklingsplan'));
  // Only tails that start as a word can: a vowel among the first two letters or an onset ("st", "kr" …).
  assert.ok(partsOf('integrationsstrategien').includes('strategi'));
  for (const junk of ['ftigelsesindsats', 'ndsats', 'dsats', 'lsesindsats']) assert.ok(!partsOf('beskæftigelsesindsatsen').includes(junk), junk);
  const t = indexText(new TermSink().add('Udviklingsplan for stofbehandling'), new TermSink().add('Borgerne godkender.'));
  assert.equal(t.title, 'udviklingsplan for stofbehandling');
  assert.equal(t.body, 'borg godkend');
  assert.ok(t.parts.split(' ').includes('behandling'));
  // Title and body sharing their parts (as analyzeItem does) give the same index text.
  const title = new TermSink().add('Udviklingsplan for stofbehandling');
  const shared = indexText(title, new TermSink(title).add('Borgerne godkender. Stofbehandlingen og behandling.'));
  const apart = indexText(new TermSink().add('Udviklingsplan for stofbehandling'), new TermSink().add('Borgerne godkender. Stofbehandlingen og behandling.'));
  assert.deepEqual(shared, apart);
  assert.ok(!shared.parts.split(' ').includes('behandling'), 'a part that is also a term of the item is left out');
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
    for (const use of ['rank', 'match'] as const) {
      const f = toFts5(q, use);
      const t = toTsquery(q, true, use);
      if (f) assert.match(f, /^[({"]/, input);
      for (const s of [f ?? '', t ?? '']) assert.ok(!/NEAR|;|--|\\u0000/.test(s), `${input} → ${s}`);
    }
  }
  // Ranking: each alternative its own phrase per column (bm25 and ts_rank score them so) …
  assert.equal(toFts5(parseQuery('borger')), '({title body} : ("borg" OR "borger"*) OR {parts} : ("borg" OR "borger"*))');
  assert.equal(toTsquery(parseQuery('borger')), "('borg' | 'borger':*AB | 'borger':*D)");
  // … matching: the same items with fewer phrases: stem or prefix in every column …
  assert.equal(toFts5(parseQuery('borger'), 'match'), '("borg" OR "borger"*)');
  assert.equal(toTsquery(parseQuery('borger'), true, 'match'), "('borg' | 'borger':*)");
  // … the prefix alone when it covers the stem, the stem alone in the text for a quoted word (not a compound part) …
  assert.equal(toFts5(parseQuery('stofbehandling'), 'match'), '"stofbehandling"*');
  assert.equal(toTsquery(parseQuery('stofbehandling'), true, 'match'), "'stofbehandling':*");
  assert.equal(toFts5(parseQuery('"borger"'), 'match'), '{title body} : "borg"');
  assert.equal(toTsquery(parseQuery('"borger"'), true, 'match'), "'borg':AB");
  // … and a four-letter word is a prefix in the text only (compound parts need five letters).
  assert.equal(toFts5(parseQuery('skat'), 'match'), '("skat" OR {title body} : "skat"*)');
  assert.equal(toTsquery(parseQuery('skat'), true, 'match'), "('skat' | 'skat':*AB)");
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
