/**
 * The page header of a Word document is read before the body: the first-page header when the
 * section turns it on, else the default header; field codes and deleted text are no text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { pageHeaderBlocks } from './docx-header.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const para = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;

async function docx(sectPr: string, headers: Record<string, string>): Promise<JSZip> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<w:document ${W}><w:body>${para('<w:t>Brødtekst</w:t>')}<w:sectPr>${sectPr}</w:sectPr></w:body></w:document>`);
  const rels = Object.keys(headers).map((f, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="${f}"/>`);
  zip.file('word/_rels/document.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  for (const [f, body] of Object.entries(headers)) zip.file(`word/${f}`, `<w:hdr ${W}>${body}</w:hdr>`);
  return zip;
}

const lines = async (zip: JSZip) => (await pageHeaderBlocks(zip)).map((b) => (b.type === 'paragraph' ? b.lines.join('|') : ''));

test('docx header: the default header, with tabs and breaks; field codes and deleted text left out', async () => {
  const zip = await docx('<w:headerReference w:type="default" r:id="rId1"/>', {
    'header1.xml':
      para('<w:t>Økonomiudvalget</w:t>', '<w:tab/>', '<w:t>Referat</w:t>') +
      para('<w:t>Mødedato: 12. marts 2024</w:t>', '<w:br/>', '<w:t xml:space="preserve">Side </w:t>', '<w:instrText> PAGE </w:instrText>', '<w:t>1</w:t>') +
      para('<w:delText>slettet</w:delText>'),
  });
  assert.deepEqual(await lines(zip), ['Økonomiudvalget\tReferat', 'Mødedato: 12. marts 2024', 'Side 1']);
});

test('docx header: the first-page header when the section shows one, else the default', async () => {
  const headers = { 'header1.xml': para('<w:t>Løbende sidehoved</w:t>'), 'header2.xml': para('<w:t>Referat – Byrådet</w:t>') };
  const refs = '<w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/>';
  assert.deepEqual(await lines(await docx(`${refs}<w:titlePg/>`, headers)), ['Referat – Byrådet']);
  assert.deepEqual(await lines(await docx(refs, headers)), ['Løbende sidehoved']);
  assert.deepEqual(await lines(await docx('', headers)), []);
});

test('docx header: a text box is read once (its fallback skipped), its paragraphs after the text before it', async () => {
  const box = (text: string) => `<w:txbxContent>${para(`<w:t>${text}</w:t>`)}</w:txbxContent>`;
  const drawing =
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
    `<mc:Choice Requires="wps"><w:drawing>${box('Mødedato: 12. marts 2024')}</w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict>${box('Mødedato: 12. marts 2024')}</w:pict></mc:Fallback></mc:AlternateContent>`;
  const zip = await docx('<w:headerReference w:type="default" r:id="rId1"/>', {
    'header1.xml': `<w:p><w:r><w:t>Økonomiudvalget</w:t></w:r><w:r>${drawing}</w:r><w:r><w:t>Referat</w:t></w:r></w:p>`,
  });
  assert.deepEqual(await lines(zip), ['Økonomiudvalget', 'Mødedato: 12. marts 2024', 'Referat']);
});
