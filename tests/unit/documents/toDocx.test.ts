import { describe, expect, it } from 'vitest';
import { OFFICIAL_NUMBER_PLACEHOLDER, renderDocument } from '../../../src-shared/documents';
import { toDocx } from '../../../src-shared/documents/toDocx';
import type { DocumentModel } from '../../../src-shared/documents';
import { documentFixtures } from './documentFixtures';
import { zipEntries } from './zipEntries';

function decisionModel(): DocumentModel {
  const result = renderDocument('assistance.decision', documentFixtures['assistance.decision']);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

async function packageOf(model: DocumentModel, createdAt?: string): Promise<Map<string, string>> {
  const bytes = await toDocx(model, createdAt === undefined ? {} : { createdAt });
  expect(bytes).toBeInstanceOf(Uint8Array);
  return zipEntries(bytes);
}

function part(files: Map<string, string>, name: string): string {
  const xml = files.get(name);
  if (xml === undefined) throw new Error(`${name} missing from the package`);
  return xml;
}

describe('toDocx', () => {
  it('sets A4 and the GB/T 9704 margins in twips', async () => {
    const xml = part(await packageOf(decisionModel()), 'word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 37, 26, 35 and 28 mm.
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('sets the title in 二号 方正小标宋简体 and the text in 三号 仿宋_GB2312 at 28.95 pt', async () => {
    const files = await packageOf(decisionModel());
    const document = part(files, 'word/document.xml');
    const styles = part(files, 'word/styles.xml');
    expect(document).toMatch(
      /<w:rFonts [^>]*w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>.*?国家司法救助决定书/,
    );
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
    expect(styles).toContain('<w:sz w:val="32"/>');
    expect(styles).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
    expect(document).toContain('w:firstLineChars="200"');
  });

  it('names a fallback for each Chinese font in the font table', async () => {
    const fonts = part(await packageOf(decisionModel()), 'word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('numbers pages "— 1 —" on odd and even pages', async () => {
    const files = await packageOf(decisionModel());
    const footers = [...files.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(2);
    for (const name of footers) {
      const xml = part(files, name);
      expect(xml).toContain('— ');
      expect(xml).toContain('PAGE');
      expect(xml).toContain(' —');
    }
    expect(part(files, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('keeps the number line blank and escapes text', async () => {
    const model = decisionModel();
    const xml = part(
      await packageOf({ ...model, addressee: '<script>alert(1)</script>：' }),
      'word/document.xml',
    );
    expect(xml).toContain(OFFICIAL_NUMBER_PLACEHOLDER);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
  });

  it('stamps the time the caller gives, and none when none is given', async () => {
    const stamped = part(
      await packageOf(decisionModel(), '2026-11-29T08:00:00Z'),
      'docProps/core.xml',
    );
    expect(stamped).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-29T08:00:00Z');
    expect(stamped).toContain('<dc:title>国家司法救助决定书</dc:title>');
    const unstamped = part(await packageOf(decisionModel()), 'docProps/core.xml');
    expect(unstamped).not.toContain('dcterms:created');
  });

  it('rejects a creation time that is not an ISO instant', async () => {
    await expect(toDocx(decisionModel(), { createdAt: 'yesterday' })).rejects.toThrow(RangeError);
  });
});
