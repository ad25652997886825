/**
 * The publishing municipality or region: from a field that names it, from "X Kommune" / "Region X"
 * mentions in the text, or from e-mail domains. Only the 98 municipalities and 5 regions count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMunicipality, municipalityFromEmails, municipalityFromField, municipalityFromText } from './municipalities.js';

const texts: [string, string | null][] = [
  ['For Odense Kommune betyder det … en Odense Kommune udfordring … Aarhus Kommune', 'Odense'],
  ['Sagen vedrører Region Hovedstaden.', 'Region Hovedstaden'],
  ['REFERAT Aarhus Byråd d. 27-08-2025', 'Aarhus'],
  ['Covid-19 situationen i Odder Kommune', 'Odder'],
  ['Ringkøbing-Skjern Kommune', 'Ringkøbing-Skjern'],
  ['Københavns Kommune', 'København'],
  ['Bornholms Regionskommune', 'Bornholm'],
  ['Mødested: Byrådssalen, Ballerup Rådhus', 'Ballerup'],
  ['Århus Kommune', 'Aarhus'],
  ['Den Kommune der …', null],
  ['Ingen kommune nævnt her.', null],
  ['Nordisk Kommune', null],
];

for (const [input, expected] of texts) {
  test(`municipality in text: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(municipalityFromText(input), expected);
  });
}

const fields: [string | null, string | null][] = [
  ['Syddjurs Administration', 'Syddjurs'],
  ['Byrådssalen, Ballerup Rådhus', 'Ballerup'],
  ['Region Midtjylland', 'Region Midtjylland'],
  ['Udvalgsværelse 398', null],
  [null, null],
];

for (const [input, expected] of fields) {
  test(`municipality in a field: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(municipalityFromField(input), expected);
  });
}

const emails: [string, string | null][] = [
  ['Kontakt jesma@syddjurs.dk eller abc@syddjurs.dk', 'Syddjurs'],
  ['sagsbehandler@balk.dk', 'Ballerup'],
  ['info@regionh.dk', 'Region Hovedstaden'],
  ['someone@gmail.com', null],
];

for (const [input, expected] of emails) {
  test(`municipality from e-mail: ${JSON.stringify(input)} → ${expected}`, () => {
    assert.equal(municipalityFromEmails(input), expected);
  });
}

test('municipality: a field naming the body, then the text, then a bare name in a field, then e-mail', () => {
  assert.equal(detectMunicipality(['Mødelokale 3, Ballerup Rådhus'], 'Aarhus Kommune', 'x@balk.dk'), 'Ballerup');
  assert.equal(detectMunicipality(['Syddjurs Administration'], 'Aarhus Kommune', 'x@balk.dk'), 'Aarhus');
  assert.equal(detectMunicipality(['Regionshuset Viborg'], 'Region Midtjylland … Region Midtjylland', ''), 'Region Midtjylland');
  assert.equal(detectMunicipality(['Syddjurs Administration'], 'Ingen', 'x@balk.dk'), 'Syddjurs');
  assert.equal(detectMunicipality([null, 'Udvalgsværelse 2'], 'Aarhus Kommune', 'x@balk.dk'), 'Aarhus');
  assert.equal(detectMunicipality([], 'Ingen', 'x@balk.dk'), 'Ballerup');
  assert.equal(detectMunicipality([], 'Ingen'), null);
  // A web address names the body as an e-mail domain does; other sites name none.
  assert.equal(detectMunicipality([], 'Se mere på www.koege.dk og på www.borger.dk', 'Se mere på www.koege.dk og på www.borger.dk'), 'Køge');
  assert.equal(detectMunicipality([], 'Læs https://www.sundhed.dk', 'Læs https://www.sundhed.dk'), null);
  // Only Copenhagen has a Borgerrepræsentation.
  assert.equal(detectMunicipality(['Borgerrepræsentationen'], 'Ingen'), 'København');
});
