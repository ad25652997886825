/**
 * The header before the first item: kind, committee and term, date, times, place and participants
 * with absence, in labelled and unlabelled layouts. Also term splitting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToBlocks } from '../read/html.js';
import { markdownToBlocks } from '../read/markdown.js';
import { textToBlocks } from '../read/text.js';
import type { Header } from './header.js';
import { headerFromTitle, parseHeader, splitTerm } from './header.js';
import { toLines } from './lines.js';

const header = (text: string, markdown = false): Header => parseHeader(toLines(markdown ? markdownToBlocks(text) : textToBlocks(text)));
const people = (h: Header): string[] => h.participants.map((p) => `${p.name}${p.party ? ` (${p.party})` : ''}${p.absent ? ' ABSENT' : ''}`);

test('header: seed 000 (Odense): title line with term, date line, two places', () => {
  const h = header(
    'REFERAT Beskæftigelses- og Socialudvalget 2018-2021\n\nd. 05-10-2021\n\nMødedato Tirsdag d. 05. oktober 2021 kl. 08:30\n\nMødested Udvalgmødet starter på Rådhuset i lokale 224 og fortsætter i\nUdvalgsværelset på Skulkenborg\n',
  );
  assert.equal(h.kind, 'minutes');
  assert.deepEqual(h.committee, { name: 'Beskæftigelses- og Socialudvalget', term: '2018-2021' });
  assert.equal(h.date, '2021-10-05');
  assert.equal(h.startTime, '08:30');
  assert.equal(h.location, 'Udvalgmødet starter på Rådhuset i lokale 224 og fortsætter i Udvalgsværelset på Skulkenborg');
});

test('header: seed 004 (Odder): wrapped participant list with "(Fravær)"', () => {
  const h = header(
    'REFERAT Arbejdsmarkedsudvalget 2018 - 2021 d. 22-10-2020\n\nMødedato Torsdag d. 22. oktober 2020 kl. 14:00\n\nMødested Mødelokale 2\n\nMødedeltagere Hans Hammann (Fravær), Linda Ann Wienand, John\nRosenhøj, Marianne Hundebøll, Leif Gjørtz Christensen, Torben\nSørensen, Elvin J. Hansen\n',
  );
  assert.deepEqual(h.committee, { name: 'Arbejdsmarkedsudvalget', term: '2018-2021' });
  assert.equal(h.date, '2020-10-22');
  assert.equal(h.startTime, '14:00');
  assert.equal(h.location, 'Mødelokale 2');
  assert.deepEqual(people(h), [
    'Hans Hammann ABSENT',
    'Linda Ann Wienand',
    'John Rosenhøj',
    'Marianne Hundebøll',
    'Leif Gjørtz Christensen',
    'Torben Sørensen',
    'Elvin J. Hansen',
  ]);
});

test('header: Markdown bold labels (seed 003)', () => {
  const h = header(
    '# **REFERAT Beskæftigelses- og Socialudvalget 2018-2021 d. 01-09-2020**\n\n**Mødedato** Tirsdag d. 01. september 2020 kl. 08:30\n\n**Mødested** Udvalgsværelset, stuen, Skulkenborg 1, 5000 Odense C\n',
    true,
  );
  assert.equal(h.committee?.name, 'Beskæftigelses- og Socialudvalget');
  assert.equal(h.date, '2020-09-01');
  assert.equal(h.startTime, '08:30');
  assert.equal(h.location, 'Udvalgsværelset, stuen, Skulkenborg 1, 5000 Odense C');
});

test('header: "Dato:", "Tid:" with a range, "Sted:"', () => {
  const h = header('Teknisk Udvalg\n\nDagsorden\n\nDato: 3. juni 2024\n\nTid: kl. 13.00-15.30\n\nSted: Mødelokale 3\n');
  assert.equal(h.kind, 'agenda');
  assert.equal(h.committee?.name, 'Teknisk Udvalg');
  assert.equal(h.date, '2024-06-03');
  assert.equal(h.startTime, '13:00');
  assert.equal(h.endTime, '15:30');
  assert.equal(h.location, 'Mødelokale 3');
});

test('header: "Starttidspunkt" / "Sluttidspunkt" / "Sted" in one paragraph', () => {
  const h = header('Byrådet\n\nReferat\n\nDato: Onsdag den 13. december 2023\nStarttidspunkt: 18:00\nSluttidspunkt: 21:10\nSted: Byrådssalen, Rådhuset, Frederiksværk\n');
  assert.equal(h.committee?.name, 'Byrådet');
  assert.equal(h.date, '2023-12-13');
  assert.equal(h.startTime, '18:00');
  assert.equal(h.endTime, '21:10');
  assert.equal(h.location, 'Byrådssalen, Rådhuset, Frederiksværk');
});

test('header: "Mødet sluttede kl." gives the end time', () => {
  const h = header('Kommunalbestyrelsen\n\nReferat\n\nMødedato: 28. februar 2024 kl. 19.00\n\nMødet sluttede kl. 22.40\n');
  assert.equal(h.startTime, '19:00');
  assert.equal(h.endTime, '22:40');
});

test('header: "Afbud:" marks a listed participant absent', () => {
  const h = header('Deltagere: Jens Hansen (A), Mette Lund (V), Bo Andersen (C)\n\nAfbud: Mette Lund (V)\n');
  assert.deepEqual(people(h), ['Jens Hansen (A)', 'Mette Lund (V) ABSENT', 'Bo Andersen (C)']);
});

test('header: "Fraværende:" adds an unlisted member as absent', () => {
  const h = header('Deltagere: Jens Hansen (A), Bo Andersen (C)\n\nFraværende: Karsten Nielsen (V)\n');
  assert.deepEqual(people(h), ['Jens Hansen (A)', 'Bo Andersen (C)', 'Karsten Nielsen (V) ABSENT']);
});

test('header: one member per line under a label line', () => {
  const h = header('Medlemmer:\nLisbeth Kjær (A)\nJens Ejner Christensen (V)\nAnne Marie Vedsø (B)\n\nFraværende:\nPeter Sørensen (O)\n');
  assert.deepEqual(people(h), ['Lisbeth Kjær (A)', 'Jens Ejner Christensen (V)', 'Anne Marie Vedsø (B)', 'Peter Sørensen (O) ABSENT']);
});

test('header: members as a bulleted list after the label', () => {
  const h = header('Til stede:\n\n- Jens Hansen (A)\n- Bo Andersen (C)\n');
  assert.deepEqual(people(h), ['Jens Hansen (A)', 'Bo Andersen (C)']);
});

test('header: the secretary is not a participant', () => {
  const h = header('Deltagere: Jens Hansen (A), Bo Andersen (C)\n\nReferent: Susanne Holm\n');
  assert.deepEqual(people(h), ['Jens Hansen (A)', 'Bo Andersen (C)']);
});

test('header: a regional cover with an unlabelled place after the date', () => {
  const h = header('Beslutningsprotokol\n\nOnsdag den 22. maj 2024 kl. 10.00\ni Regionshuset Viborg, Regionsrådssalen\n');
  assert.equal(h.kind, 'minutes');
  assert.equal(h.date, '2024-05-22');
  assert.equal(h.startTime, '10:00');
  assert.equal(h.location, 'Regionshuset Viborg, Regionsrådssalen');
});

test('header: a Markdown header table ("Udvalg: | Teknisk Udvalg")', () => {
  const h = header('| Udvalg: | Teknisk Udvalg |\n|---|---|\n| Mødedato: | 01-10-2025 |\n| Mødested: | Udvalgsværelse 398 |\n', true);
  assert.equal(h.committee?.name, 'Teknisk Udvalg');
  assert.equal(h.date, '2025-10-01');
  assert.equal(h.location, 'Udvalgsværelse 398');
});

const kinds: [string, 'agenda' | 'minutes'][] = [
  ['Referat', 'minutes'],
  ['REFERAT', 'minutes'],
  ['Åbent referat', 'minutes'],
  ['Beslutningsprotokol', 'minutes'],
  ['Dagsorden', 'agenda'],
  ['Åben dagsorden', 'agenda'],
  ['Tillægsdagsorden', 'agenda'],
  ['Mødeprotokol', 'minutes'],
  ['Udskrift af forhandlingsprotokollen', 'minutes'],
];

test('header: "Udskrift af forhandlingsprotokollen for Kommunalbestyrelsen" names the body', () => {
  const h = header('Udskrift af forhandlingsprotokollen for Kommunalbestyrelsen\n\nOrdinært møde torsdag den 22. februar 2024 kl. 18.00 i Mødesalen\n');
  assert.equal(h.kind, 'minutes');
  assert.equal(h.committee?.name, 'Kommunalbestyrelsen');
  assert.equal(h.date, '2024-02-22');
});

for (const [line, kind] of kinds) {
  test(`header kind: ${JSON.stringify(line)} → ${kind}`, () => {
    assert.equal(header(`${line}\n\nTeknisk Udvalg\n\nDato: 3. juni 2024\n`).kind, kind);
  });
}

const terms: [string, { name: string; term: string | null }][] = [
  ['Beskæftigelses- og Socialudvalget 2018-2021', { name: 'Beskæftigelses- og Socialudvalget', term: '2018-2021' }],
  ['Arbejdsmarkedsudvalget 2018 - 2021', { name: 'Arbejdsmarkedsudvalget', term: '2018-2021' }],
  ['Teknik- og Miljøudvalget (2022-2025)', { name: 'Teknik- og Miljøudvalget', term: '2022-2025' }],
  ['Teknik- og Miljøudvalget 2022–2025', { name: 'Teknik- og Miljøudvalget', term: '2022-2025' }],
  ['Økonomiudvalget', { name: 'Økonomiudvalget', term: null }],
  ['Beskæftigelsesudvalget, 2018-2021', { name: 'Beskæftigelsesudvalget', term: '2018-2021' }],
  ['Magistratsafdelingerne B2026-2029', { name: 'Magistratsafdelingerne B2026-2029', term: null }],
];

for (const [input, expected] of terms) {
  test(`term: ${JSON.stringify(input)} → ${expected.name} / ${expected.term}`, () => {
    assert.deepEqual(splitTerm(input), expected);
  });
}

test('a dotted time after a time label, without "kl."', () => {
  const h = parseHeader(toLines([{ type: 'paragraph', lines: ['Mødedato: 12.01.2021'] }, { type: 'paragraph', lines: ['Tidspunkt: 16.00'] }]));
  assert.equal(h.date, '2021-01-12');
  assert.equal(h.startTime, '16:00');
});

test('header: one title sentence with weekday, date, time and place; "Mødelokale 3, …" is a place, not a label', () => {
  const h = header('Beslutningsprotokol\n\nReferat af mødet i Klima- og Miljøudvalget mandag den 6. november 2023 kl. 16:00 i Mødelokale 2\n\nTil stede: Ole Vind (O)');
  assert.deepEqual(h.committee, { name: 'Klima- og Miljøudvalget', term: null });
  assert.equal(h.date, '2023-11-06');
  assert.equal(h.startTime, '16:00');
  assert.equal(h.location, 'Mødelokale 2');
  assert.equal(header('Sted\nMødelokale 3, Hillerød Rådhus').location, 'Mødelokale 3, Hillerød Rådhus');
  assert.equal(header('Mødelokale: Byrådssalen').location, 'Byrådssalen');
});

test('header: a participant table is read by its columns (Navn | Parti | Bemærkning)', () => {
  const h = parseHeader(toLines(htmlToBlocks(
    '<h2>Deltagere</h2><table><tr><th>Navn</th><th>Parti</th><th>Bemærkning</th></tr>' +
      '<tr><td>Anne Sørensen</td><td>A</td><td>Formand</td></tr><tr><td>Lone Hansen</td><td>O</td><td>Afbud</td></tr>' +
      '<tr><td>Mads Jakobsen</td><td>K</td><td></td></tr></table>',
  )));
  assert.deepEqual(people(h), ['Anne Sørensen (A)', 'Lone Hansen (O) ABSENT', 'Mads Jakobsen (K)']);
  assert.equal(h.participants[0]!.role, 'formand');
});

test('header: one member per line, with roles after the party ("(V), borgmester, formand", "1. næstformand")', () => {
  const h = header('Medlemmer:\nDorte Møller Skov (V), borgmester, formand\nLars Krarup Holm (A), 1. næstformand\nJens Erik Bach (C)');
  assert.deepEqual(people(h), ['Dorte Møller Skov (V)', 'Lars Krarup Holm (A)', 'Jens Erik Bach (C)']);
  assert.deepEqual(h.participants.map((p) => p.role), ['borgmester', 'næstformand', null]);
});

test('header: members printed in two columns beside their label (pdftotext -layout), the last one on a line of its own', () => {
  const h = header(
    'Dato               03.10.2023\nDeltagere          Jesper Kiel (Ø), formand               Lars Hornemann (V), næstformand\n                   Birgitte Kehlet (A)                    Susanne Gustavsen (C)\n                   Thomas Lindgaard (O)\n\nFraværende         Susanne Gustavsen (C)',
  );
  assert.equal(h.date, '2023-10-03');
  assert.deepEqual(people(h), ['Jesper Kiel (Ø)', 'Lars Hornemann (V)', 'Birgitte Kehlet (A)', 'Susanne Gustavsen (C) ABSENT', 'Thomas Lindgaard (O)']);
  assert.deepEqual(h.participants.slice(0, 2).map((p) => p.role), ['formand', 'næstformand']);
});

test('header: council members with the organisation they represent ("Jens Hansen, DH Lolland (formand)")', () => {
  const h = header('Til stede:\nJens Hansen, DH Lolland (formand)\nKurt Mogensen, Ældrerådet\nBirthe Olsen, Ældre Sagen\nMette Kruse, Center for Handicap og Psykiatri\n\nAfbud:\nLis Pedersen, Scleroseforeningen, DH Lolland');
  assert.deepEqual(people(h), ['Jens Hansen', 'Kurt Mogensen', 'Birthe Olsen', 'Mette Kruse', 'Lis Pedersen ABSENT']);
  assert.equal(h.participants[0]!.role, 'formand');
});

test('header: a table row "Medlemmer: | A (V)<br>B (A)" lists one member per line break; a layout cell is read line by line', () => {
  const h = parseHeader(toLines(htmlToBlocks(
    '<table><tr><td>Dagsorden<br>Hennys testudvalg<br>2. maj 2017 kl. 10:00</td></tr></table>' +
      '<table><tr><td><b>Medlemmer:</b></td><td>Mette Jensen (V), formand<br>Peter Askjær (A)</td></tr><tr><td>Fraværende:</td><td>Peter Askjær (A)</td></tr></table>',
  )));
  assert.equal(h.committee?.name, 'Hennys testudvalg');
  assert.equal(h.date, '2017-05-02');
  assert.deepEqual(people(h), ['Mette Jensen (V)', 'Peter Askjær (A) ABSENT']);
});

test('header: substitutes take part ("Stedfortræder: X (A) deltog for Y (A)", "Afbud: Y (F). Stedfortræder X (F) deltog."); "Stedfortræder" is no place', () => {
  const h = header('Afbud:\nIb Jensen (A)\n\nStedfortræder:\nSusanne Larsen (A) deltog for Ib Jensen (A)');
  assert.deepEqual(people(h), ['Ib Jensen (A) ABSENT', 'Susanne Larsen (A)']);
  assert.equal(h.participants[1]!.substituteFor, 'Ib Jensen');
  assert.equal(h.location, null);
  const g = header('Afbud:\nKlaus Holdorf (F). Stedfortræder Susanne Kjær (F) deltog.');
  assert.deepEqual(people(g), ['Klaus Holdorf (F) ABSENT', 'Susanne Kjær (F)']);
});

test('header: a <dl> of labels and values on their own lines ("Tidspunkt" / "15:00", "Sted" / "Udvalgsværelse 2")', () => {
  const h = parseHeader(toLines(htmlToBlocks('<dl><dt>Dato</dt><dd>05.03.2024</dd><dt>Tidspunkt</dt><dd>15:00</dd><dt>Sted</dt><dd>Udvalgsværelse 2, Lemvig Rådhus</dd></dl>')));
  assert.deepEqual([h.date, h.startTime, h.location], ['2024-03-05', '15:00', 'Udvalgsværelse 2, Lemvig Rådhus']);
});

test('header: a place holds no member; a label printed between the two lines of its value (PDF table cell)', () => {
  const h = parseHeader(toLines([{ type: 'paragraph', lines: ['Mødested:\tMødelokale 1, Rådhuset', 'Anne Lund (V), formand, Peter Bak (A), Karsten Holm', 'Deltagere:', '(F), Lars Ravn (O)', 'Fraværende:\tLars Ravn (O)'] }]));
  assert.equal(h.location, 'Mødelokale 1, Rådhuset');
  assert.deepEqual(people(h), ['Anne Lund (V)', 'Peter Bak (A)', 'Karsten Holm (F)', 'Lars Ravn (O) ABSENT']);
});

test('header: "Udvalget for Natur og Miljø" is a committee; "Fra kl. 13:00 til 15:30" gives start and end', () => {
  const h = header('Beslutningsprotokol\n\nUdvalget for Natur og Miljø\n\nMødedato: 14.02.2024\n\nFra kl. 13:00 til 15:30');
  assert.equal(h.committee?.name, 'Udvalget for Natur og Miljø');
  assert.deepEqual([h.date, h.startTime, h.endTime], ['2024-02-14', '13:00', '15:30']);
});

test('header: the body named in the genitive or in one word with its meeting ("Økonomiudvalgets møde", "Byrådsmøde")', () => {
  assert.equal(header('Referat fra Økonomiudvalgets møde den 12. marts 2024 kl. 17.00').committee?.name, 'Økonomiudvalget');
  assert.equal(header('Referat af Kommunalbestyrelsens ekstraordinære møde den 3. april 2024').committee?.name, 'Kommunalbestyrelsen');
  assert.equal(header('Byrådsmøde 12. marts 2024').committee?.name, 'Byrådet');
  assert.equal(header('Referat\n\nBorgerrepræsentationen\n\nMødedato: 7. maj 2024').committee?.name, 'Borgerrepræsentationen');
  // A name set in capitals is written as names are.
  assert.equal(header('REFERAT\nTEKNIK- OG MILJØUDVALGET\nMØDEDATO: 4. JUNI 2024').committee?.name, 'Teknik- og Miljøudvalget');
  assert.equal(header('Referat\nUDVALGET FOR BØRN OG UNGE\nDato: 4. juni 2024').committee?.name, 'Udvalget for Børn og Unge');
  // Parts of one title line, the kind among them.
  assert.equal(header('Økonomiudvalget - referat\n4. juni 2024, kl. 08.00, Rådhuset').committee?.name, 'Økonomiudvalget');
  assert.equal(header('Lemvig Kommune · Økonomiudvalget · Referat · 04.06.2024').committee?.name, 'Økonomiudvalget');
  assert.equal(header('Økonomiudvalgsmøde den 12. marts 2024').committee?.name, 'Økonomiudvalget');
});

test('header: "Afbud fra:" and "Fraværende med afbud:" list the absent', () => {
  assert.deepEqual(people(header('Mødedeltagere: Jens Hansen, Ole Bak og Lis Berg\nAfbud fra: Ole Bak')), ['Jens Hansen', 'Ole Bak ABSENT', 'Lis Berg']);
  assert.deepEqual(people(header('Til stede: Jens Hansen (A), Lis Berg (C)\nFraværende med afbud: Lis Berg (C)')), ['Jens Hansen (A)', 'Lis Berg (C) ABSENT']);
  assert.deepEqual(people(header('Mødt: Ruben Kidde (B), Laura Lindahl (F)\nIkke mødt: Jan E. Jørgensen (V)')), ['Ruben Kidde (B)', 'Laura Lindahl (F)', 'Jan E. Jørgensen (V) ABSENT']);
  // A label the header does not read ends the list of absentees: its names are not absent.
  assert.deepEqual(people(header('Afbud fra Jens Hansen (V).\nØvrige deltagere: Karen Smed, direktør\nKim Lund, sekretær')), ['Jens Hansen (V) ABSENT']);
});

test('header: a portal\'s "Hvornår:" and "Hvor:"; "Hvor" opening a sentence is no place', () => {
  const h = header('Hvornår: Tirsdag 7. maj 2024, 15:00-17:00\nHvor: Borgerservice, 1. sal');
  assert.deepEqual([h.date, h.startTime, h.endTime, h.location], ['2024-05-07', '15:00', '17:00', 'Borgerservice, 1. sal']);
  assert.equal(header('Dato: 7. maj 2024\n\nHvor mange borgere der møder op, vides ikke.').location, null);
});

test('header: the place after the time and a comma; absence given as a list under its heading', () => {
  const h = parseHeader(toLines(htmlToBlocks('<p>Torsdag den 18. april 2024 kl. 17.00, Mødelokale 4, Rådhusvej 8, Sorø</p><h2>Deltagere</h2><ul><li>Gert Jørgensen (V)</li><li>Peter Evald (F)</li></ul><h2>Afbud</h2><ul><li>Peter Evald (F)</li></ul>')));
  assert.equal(h.location, 'Mødelokale 4, Rådhusvej 8, Sorø');
  assert.deepEqual(people(h), ['Gert Jørgensen (V)', 'Peter Evald (F) ABSENT']);
});

test('header: several labelled fields on one line are read one by one', () => {
  const h = header('Mødedato: 02.05.2024 Mødetidspunkt: 08:00 Mødested: Mødelokale 2.4, Østergade 11, Middelfart');
  assert.deepEqual([h.date, h.startTime, h.location], ['2024-05-02', '08:00', 'Mødelokale 2.4, Østergade 11, Middelfart']);
});

test('header: the party after a role ("Anni Kjær, formand (DH), Bent Rasmussen (DH)") belongs to the member before it', () => {
  const h = header('Deltagere: Anni Kjær, formand (DH), Bent Rasmussen (DH), Søren Kjær, næstformand (V)');
  assert.deepEqual(people(h), ['Anni Kjær (DH)', 'Bent Rasmussen (DH)', 'Søren Kjær (V)']);
  assert.deepEqual(h.participants.map((p) => p.role), ['formand', null, 'næstformand']);
});

test('header: "Mødet afholdtes … fra kl. 16 til ca. 18 på Rådhuset, mødelokale 2." gives times and place', () => {
  const h = header('Referat\n\nSocialudvalget\n\nMødet afholdtes mandag d. 4/3-2024 fra kl. 16 til ca. 18 på Rådhuset, mødelokale 2.\n');
  assert.equal(h.date, '2024-03-04');
  assert.equal(h.startTime, '16:00');
  assert.equal(h.endTime, '18:00');
  assert.equal(h.location, 'Rådhuset, mødelokale 2');
});

test('header: a label the header does not read ends the participant list ("Gæster: …"); "Meldt afbud:", "Forhindret:" are absence', () => {
  const h = header('Referat\nØkonomiudvalget\nDeltagere: Anne Berg (A), Per Hansen (V), Ole Mik (C)\nGæster: Jens Jensen, konsulent\nMeldt afbud: Per Hansen (V)\n');
  assert.deepEqual(people(h), ['Anne Berg (A)', 'Per Hansen (V) ABSENT', 'Ole Mik (C)']);
  const f = header('Referat\nØkonomiudvalget\nDeltagere: Anne Berg (A), Per Hansen (V)\nForhindret: Anne Berg (A) og Per Hansen (V)\n');
  assert.deepEqual(people(f), ['Anne Berg (A) ABSENT', 'Per Hansen (V) ABSENT']);
});

test('header: "Formand:", "Næstformand:" and "Øvrige medlemmer:" lines are the members, the role from the label', () => {
  const h = header('Referat\nØkonomiudvalget\nFormand: Jens Hansen (V)\nNæstformand: Lone Berg (A)\nØvrige medlemmer: Per Dam (C), Ida Ravn (F)\nFraværende: Ida Ravn (F)\n');
  assert.deepEqual(people(h), ['Jens Hansen (V)', 'Lone Berg (A)', 'Per Dam (C)', 'Ida Ravn (F) ABSENT']);
  assert.deepEqual(h.participants.map((p) => p.role), ['formand', 'næstformand', null, null]);
});

test('header: a first name alone under "Afbud:" is the one member of that first name', () => {
  const h = header('Referat\nMødesystemgruppen\nDeltagere: Jeppe Kirkegaard\nTilde Ølholm\nTilde Holm Berg\nPeter Marker\n\nAfbud: Peter,\n');
  assert.deepEqual(people(h), ['Jeppe Kirkegaard', 'Tilde Ølholm', 'Tilde Holm Berg', 'Peter Marker ABSENT']);
  // Two members of that first name: nobody is marked.
  const t = header('Referat\nMødesystemgruppen\nDeltagere: Jeppe Kirkegaard\nTilde Ølholm\nTilde Holm Berg\n\nAfbud: Tilde\n');
  assert.deepEqual(people(t).filter((p) => p.endsWith('ABSENT')), []);
});

test('header: a list after the place label is part of the place only when its items are short', () => {
  const short = parseHeader(toLines(htmlToBlocks('<p>Mødested:</p><ul><li>Rådhuset</li><li>Lokale 3</li></ul>')));
  assert.equal(short.location, 'Rådhuset, Lokale 3');
  const long = parseHeader(toLines(htmlToBlocks(`<p>Mødested: Rådhuset</p><ul><li>${'1. Godkendelse af dagsorden Sagsnr.: 24/5501 Beslutning Godkendt. '.repeat(2)}</li></ul>`)));
  assert.equal(long.location, 'Rådhuset');
});

test('header from a page title: the last body a breadcrumb trail names, and its date', () => {
  assert.deepEqual(headerFromTitle('Referat | Kalundborg Kommune - Forside - Udvalg - Økonomiudvalget - Møde 12. marts 2024'), {
    committee: { name: 'Økonomiudvalget', term: null },
    date: '2024-03-12',
  });
  assert.deepEqual(headerFromTitle('Forside'), { committee: null, date: null });
  assert.deepEqual(headerFromTitle('Referat - Forside - Byråd og udvalg - Publiceret 20. marts 2024'), { committee: null, date: null });
  // The body before the date in one part ("Økonomiudvalget 10.04.2024").
  assert.deepEqual(headerFromTitle('Økonomiudvalget den 10.04.2024'), { committee: { name: 'Økonomiudvalget', term: null }, date: '2024-04-10' });
  // A printout's running footer: its date is the print's.
  assert.deepEqual(headerFromTitle('Økonomiudvalget - Udskrevet 20.03.2024 kl. 10:12'), { committee: { name: 'Økonomiudvalget', term: null }, date: null });
});

test('header: a column beside the fields (a logo\'s caption), and a committee joined to the date\'s line', () => {
  // As a PDF reader gives the lines: one paragraph, the columns set apart by tabs.
  const lines = ['SKIVE KOMMUNE\tTeknisk Udvalg Mødedato: 5. marts 2024', 'Teknik og Miljø\tMødetid: 15:00 - 17:20', 'Mødested: Rådhuset, mødelokale 1'];
  const h = parseHeader(toLines([{ type: 'paragraph', lines: ['Referat'] }, { type: 'paragraph', lines }]));
  assert.equal(h.committee?.name, 'Teknisk Udvalg');
  assert.equal(h.date, '2024-03-05');
  assert.equal(h.startTime, '15:00');
  assert.equal(h.location, 'Rådhuset, mødelokale 1');
});

test('header: a participant table printed as lines with column gaps (Navn | Parti | Funktion | Bemærkning)', () => {
  const h = header('Dagsorden\n\nMødedato: 07-05-2024\n\nDeltagere\n\nNavn\tParti\tFunktion\tBemærkning\nMette Bach Jeppesen\tA\tFormand\nJakob Thorsen Lund\tV\tMedlem\tAfbud\nPia Koldsø\tC\tMedlem');
  assert.deepEqual(h.participants.map((p) => [p.name, p.party, p.role, p.absent]), [
    ['Mette Bach Jeppesen', 'A', 'formand', false],
    ['Jakob Thorsen Lund', 'V', 'udvalgsmedlem', true],
    ['Pia Koldsø', 'C', 'udvalgsmedlem', false],
  ]);
});

test('header: the body in the genitive on the title\'s second line ("Beslutningsprotokol" / "for Økonomiudvalgets møde …")', () => {
  const h = header('LÆSØ KOMMUNE\n\nBeslutningsprotokol\n\nfor Økonomiudvalgets møde torsdag den 7. marts 2024 kl. 14.00 i Mødelokalet, Rådhuset.');
  assert.equal(h.committee?.name, 'Økonomiudvalget');
  assert.equal(h.date, '2024-03-07');
});

test('header: members one per line with what they represent, and the absent one named so too', () => {
  const h = header('Protokol\nDato: 14. maj 2024\nTil stede:\nBirgit Kjeldsen, Samsø Gymnastikforening (formand)\nPoul Erik Holm, Samsø Idrætsforening (næstformand)\nLone Vestergaard, FOF Samsø\nKasper Bjerre, Samsø Spejderne\nInger Marie Dahl, kommunalbestyrelsesmedlem\nAfbud:\nKasper Bjerre, Samsø Spejderne');
  assert.deepEqual(h.participants.map((p) => [p.name, p.absent]), [
    ['Birgit Kjeldsen', false],
    ['Poul Erik Holm', false],
    ['Lone Vestergaard', false],
    ['Kasper Bjerre', true],
    ['Inger Marie Dahl', false],
  ]);
});

test('header: members alone on their lines before the list\'s label ("Erik Nørreby (V), formand" / "Medlemmer: …")', () => {
  const h = header('Referat\nDato: 9. april 2024\nErik Nørreby (V), formand\nSofie Ravn Lauridsen (A), næstformand\nMedlemmer: Jesper Bøgh Andersen (FL)\nHanne Klitgaard (C)\nFraværende: Hanne Klitgaard (C)');
  assert.deepEqual(h.participants.map((p) => [p.name, p.role, p.absent]), [
    ['Erik Nørreby', 'formand', false],
    ['Sofie Ravn Lauridsen', 'næstformand', false],
    ['Jesper Bøgh Andersen', null, false],
    ['Hanne Klitgaard', null, true],
  ]);
});

test('header: the meeting\'s facts as a list of labelled items (a portal\'s <ul>)', () => {
  const h = parseHeader(toLines(htmlToBlocks('<p>Referat</p><h1>Kultur- og Fritidsudvalget</h1><ul><li>Mødedato Tirsdag den 9. april 2024</li><li>Mødetid 17.00 - 19.15</li><li>Mødested Gladsaxe Rådhus, mødelokale B</li></ul><p>Hent referatet som PDF Print</p>')));
  assert.equal(h.date, '2024-04-09');
  assert.equal(h.startTime, '17:00');
  assert.equal(h.location, 'Gladsaxe Rådhus, mødelokale B');
});

test('header: the body on the title\'s second line ("REFERAT" / "fra mødet i Børne- og Ungeudvalget"), and "Dagsorden til Kommunalbestyrelsens møde"', () => {
  assert.equal(header('REFERAT\nfra mødet i Børne- og Ungeudvalget\nden 5. marts 2024 kl. 15.00 på Rådhuset').committee?.name, 'Børne- og Ungeudvalget');
  assert.equal(header('Dagsorden til Kommunalbestyrelsens møde\nOnsdag d. 6. marts 2024, kl. 19:00').committee?.name, 'Kommunalbestyrelsen');
});

test('header: an absence list before the members\' list names each member once', () => {
  const h = header('Referat\nDato: 5. marts 2024\nAfbud fra Bo Ibsen (F) og Mette Lund (A).\nDeltagere: Jens Hansen (V), Mette Lund (A), Bo Ibsen (F), Ida Holm (Ø)');
  assert.deepEqual(h.participants.map((p) => [p.name, p.absent]).sort(), [['Bo Ibsen', true], ['Ida Holm', false], ['Jens Hansen', false], ['Mette Lund', true]]);
});

test('header: "Jens Hansen, V": the party letter after a comma, one member per line', () => {
  const h = header('Referat\nDato: 5. marts 2024\nDeltagere:\nJens Hansen, V\nMette Lund, A\nFraværende: Mette Lund');
  assert.deepEqual(h.participants.map((p) => [p.name, p.party, p.absent]), [['Jens Hansen', 'V', false], ['Mette Lund', 'A', true]]);
});

test('header: the place after a time written without "kl." ("fra 16:00 til 18:00 i Byrådssalen", "· 16:30 · Rådhuset")', () => {
  assert.equal(header('Referat\nØkonomiudvalget\nMødet afholdtes den 5. marts 2024 fra 16:00 til 18:00 i Byrådssalen').location, 'Byrådssalen');
  assert.equal(header('Referat\nØkonomiudvalget\nTirsdag 5. marts 2024 · 16:30 · Rådhuset, lokale 2').location, 'Rådhuset, lokale 2');
});

test('header: a participant table with its column names but no label before it ("Medlemmer | Parti | Bemærkning")', () => {
  const h = header('Beslutningsprotokol\n\nMødedato 10.04.2024\n\nMedlemmer          Parti     Bemærkning\nLis Nielsen        V         Formand\nBirgit Jensen      A\nSøren Kristensen   F         Afbud');
  assert.deepEqual(people(h), ['Lis Nielsen (V)', 'Birgit Jensen (A)', 'Søren Kristensen (F) ABSENT']);
  const html = parseHeader(toLines(htmlToBlocks('<table><tr><th>Navn</th><th>Parti</th><th>Fravær</th></tr><tr><td>Anne Sørensen</td><td>A</td><td></td></tr><tr><td>Lone Hansen</td><td>O</td><td>Afbud</td></tr></table>')));
  assert.deepEqual(people(html), ['Anne Sørensen (A)', 'Lone Hansen (O) ABSENT']);
  // Columns of marks: "X" under "Afbud", or an empty cell where the others are marked "Til stede".
  const marks = parseHeader(toLines(htmlToBlocks('<table><tr><th>Navn</th><th>Parti</th><th>Til stede</th><th>Afbud</th></tr><tr><td>Mette Dahl</td><td>A</td><td>X</td><td></td></tr><tr><td>Jonas Krog</td><td>V</td><td></td><td>X</td></tr></table>')));
  assert.deepEqual(people(marks), ['Mette Dahl (A)', 'Jonas Krog (V) ABSENT']);
  const present = parseHeader(toLines(htmlToBlocks('<table><tr><th>Medlem</th><th>Til stede</th></tr><tr><td>Mette Dahl (A)</td><td>✓</td></tr><tr><td>Jonas Krog (V)</td><td></td></tr><tr><td>Sara Bech (Ø)</td><td>Nej</td></tr></table>')));
  assert.deepEqual(people(present), ['Mette Dahl (A)', 'Jonas Krog (V) ABSENT', 'Sara Bech (Ø) ABSENT']);
});

test('header: the labels in a row of their own over a row of values ("Dato | Tidspunkt | Sted"), as lines with column gaps or as a table', () => {
  const h = header('Referat\nTeknik- og Miljøudvalget\nDato\tTidspunkt\tSted\n14. maj 2024\tkl. 09.00\tMødelokale B, Rådhuset, Aabybro\nNavn\tParti\tBemærkning\nMogens Gade\tV\tFormand\nKasper Bjerregaard\tC\tFraværende');
  assert.equal(h.date, '2024-05-14');
  assert.equal(h.startTime, '09:00');
  assert.equal(h.location, 'Mødelokale B, Rådhuset, Aabybro');
  assert.deepEqual(people(h), ['Mogens Gade (V)', 'Kasper Bjerregaard (C) ABSENT']);
  const t = parseHeader(toLines(htmlToBlocks('<table><tr><td>Mødedato</td><td>Mødetidspunkt</td><td>Mødested</td></tr><tr><td>10.04.2024</td><td>kl. 8.30</td><td>Mødelokale 2, Rådhuset</td></tr></table>')));
  assert.deepEqual([t.date, t.startTime, t.location], ['2024-04-10', '08:30', 'Mødelokale 2, Rådhuset']);
});

test('header: "Stedfortræder: Anne Holm (A) for Susan Richter (A)": the substitute takes part, the member is away', () => {
  const h = header('Referat\nMedlemmer: Steffen Jensen (A), Michael Thomsen (Ø)\nStedfortræder: Anne Holm (A) for Susan Richter (A)');
  assert.deepEqual(people(h), ['Steffen Jensen (A)', 'Michael Thomsen (Ø)', 'Susan Richter ABSENT', 'Anne Holm (A)']);
});

test('header: a committee\'s name wrapped onto the title\'s next line ("Beslutningsprotokol – Udvalget for Børn, Unge" / "og Kultur")', () => {
  assert.equal(header('Beslutningsprotokol – Udvalget for Børn, Unge\nog Kultur\nMødedato: 11. juni 2024').committee?.name, 'Udvalget for Børn, Unge og Kultur');
});

test('header: "Referat af ordinært møde i Kommunalbestyrelsen" names the body', () => {
  assert.equal(header('Referat af ordinært møde i Kommunalbestyrelsen\nden 26. september 2024 kl. 19.00 på Rådhuset').committee?.name, 'Kommunalbestyrelsen');
  assert.equal(header('Referat\nfra ekstraordinært møde i Økonomiudvalget').committee?.name, 'Økonomiudvalget');
});
