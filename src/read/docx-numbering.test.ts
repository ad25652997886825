/**
 * Word's automatic numbers are printed into the text: item headings numbered through the year by a
 * heading style keep "45.", clauses in numbered lists keep "a)".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { formatNumber, numberParagraphs } from './docx-numbering.js';
import { readDocx } from './docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="45"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Overskrift2"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="20"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0"?><w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Punkt"><w:name w:val="Punkt"/><w:basedOn w:val="Overskrift2"/></w:style>
</w:styles>`;

const para = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const styled = (style: string): string => `<w:pStyle w:val="${style}"/>`;
const listed = (numId: number, ilvl = 0): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

const BODY = [
  para('Referat'),
  para('Godkendelse af dagsorden', styled('Overskrift2')),
  para('Lokalplan for Havnen', styled('Punkt')),
  para('Delpunkt', styled('Overskrift2') + listed(1, 1)),
  para('godkender planen', listed(2)),
  para('sender den i høring', listed(2)),
  para('Punktlisten', listed(4)),
  para('Eventuelt', styled('Overskrift2')),
  para('ny liste', listed(3)),
  para('Ikke nummereret', styled('Overskrift2') + '<w:numPr><w:numId w:val="0"/></w:numPr>'),
].join('');

const documentXml = (body: string): string => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

/** The texts of the paragraphs as Word prints them: the inserted label runs joined to the text. */
const texts = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

test('docx numbering: heading styles numbered through the year, sub-levels, letters, restarts; bullets and numId 0 print nothing', () => {
  assert.deepEqual(texts(numberParagraphs(documentXml(BODY), NUMBERING, STYLES)), [
    'Referat',
    '45. Godkendelse af dagsorden',
    '46. Lokalplan for Havnen', // a style based on the numbered heading style
    '46.1 Delpunkt',
    'a) godkender planen',
    'b) sender den i høring',
    'Punktlisten',
    '47. Eventuelt', // the sub-level does not interrupt the heading count
    'a) ny liste', // another list instance of the same numbering, restarted
    'Ikke nummereret',
  ]);
});

test('docx numbering: the label goes after the paragraph properties, and a revision of them is not the paragraph', () => {
  const xml = documentXml(
    `<w:p><w:pPr>${styled('Normal')}<w:pPrChange><w:pPr>${listed(2)}</w:pPr></w:pPrChange></w:pPr><w:r><w:t>Før ændringen nummereret</w:t></w:r></w:p>` +
      `<w:p><w:pPr>${listed(2)}<w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>Fed</w:t></w:r></w:p>`,
  );
  const out = numberParagraphs(xml, NUMBERING, STYLES);
  assert.deepEqual(texts(out), ['Før ændringen nummereret', 'a) Fed']);
  assert.match(out, /<\/w:pPr><w:r><w:t xml:space="preserve">a\) <\/w:t><\/w:r><w:r><w:t>Fed/);
});

test('docx numbering: formats', () => {
  assert.deepEqual(
    [formatNumber(7, 'decimal'), formatNumber(7, 'decimalZero'), formatNumber(27, 'lowerLetter'), formatNumber(2, 'upperLetter'), formatNumber(14, 'lowerRoman'), formatNumber(4, 'upperRoman'), formatNumber(3, 'bullet')],
    ['7', '07', 'aa', 'B', 'xiv', 'IV', null],
  );
});

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file('word/document.xml', documentXml(body));
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/styles.xml', STYLES);
  return zip.generateAsync({ type: 'uint8array' });
}

test('docx numbering: a Word file whose item headings are numbered by their style reads with the numbers printed', async () => {
  const blocks = await readDocx(await docx(BODY), 'numre.docx');
  const shown = blocks.map((b) => (b.type === 'heading' ? `#${b.level} ${b.text}` : b.type === 'list' ? `- ${b.items.join(' | ')}` : b.type === 'paragraph' ? b.lines.join(' / ') : b.type));
  assert.deepEqual(shown, [
    'Referat',
    '#2 45. Godkendelse af dagsorden',
    '46. Lokalplan for Havnen',
    '#2 46.1 Delpunkt',
    '- a) godkender planen | b) sender den i høring',
    '- Punktlisten',
    '#2 47. Eventuelt',
    '- a) ny liste',
    '#2 Ikke nummereret',
  ]);
});
