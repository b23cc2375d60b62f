import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_CSS,
  OFFICIAL_NUMBER_PLACEHOLDER,
  renderDocument,
  toHtml,
  toHtmlFragment,
} from '../../../src-shared/documents';
import type { DocumentModel } from '../../../src-shared/documents';
import { documentFixtures } from './documentFixtures';

const SCRIPT = '<script>alert("x")</script>';

function hostileModel(): DocumentModel {
  const data = documentFixtures['assistance.approvalForm'];
  const result = renderDocument('assistance.approvalForm', {
    ...data,
    caseRef: { title: `案件${SCRIPT}` },
    applicant: { ...data.applicant, name: `张三${SCRIPT}`, address: `a & b 'c' "d"` },
    harm: `第一行\n${SCRIPT}`,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('toHtml', () => {
  it('escapes every piece of text, in paragraphs and table cells alike', () => {
    const html = toHtml(hostileModel());
    expect(html).not.toContain('<script>');
    expect(html).toContain('案件&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('张三&lt;script&gt;');
    expect(html).toContain('a &amp; b &apos;c&apos; &quot;d&quot;');
    // A line break inside a cell becomes <br>, after escaping.
    expect(html).toContain('第一行<br>&lt;script&gt;');
  });

  it('escapes the title in the page head too', () => {
    const model = { ...hostileModel(), title: `标题${SCRIPT}` };
    expect(toHtml(model)).toContain('<title>标题&lt;script&gt;');
  });

  it('prints the blank official number line and the signature of an issued document', () => {
    const result = renderDocument('assistance.decision', documentFixtures['assistance.decision']);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const html = toHtmlFragment(result.value);
    expect(html.startsWith('<article class="jh-doc">')).toBe(true);
    expect(html).toContain(`<p class="jh-number">${OFFICIAL_NUMBER_PLACEHOLDER}</p>`);
    expect(html).toContain('<h1 class="jh-title">国家司法救助决定书</h1>');
    expect(html).toContain('<p>二〇二六年十一月二十九日</p>');
    expect(html).toContain('叁万陆仟元整（36,000.00元）');
  });

  it('lays the page out as A4 with the GB/T 9704 margins and fonts', () => {
    expect(DOCUMENT_CSS).toContain('size: 210mm 297mm');
    expect(DOCUMENT_CSS).toContain('margin: 37mm 26mm 35mm 28mm');
    expect(DOCUMENT_CSS).toContain('"方正小标宋简体", "宋体"');
    expect(DOCUMENT_CSS).toContain('"仿宋_GB2312", "仿宋"');
    expect(DOCUMENT_CSS).toContain('font-size: 22pt');
    expect(DOCUMENT_CSS).toContain('font-size: 16pt; line-height: 28.95pt');
    expect(DOCUMENT_CSS).toContain('"— " counter(page) " —"');
  });

  it('writes no inline style attributes, so a strict CSP does not strip the layout', () => {
    expect(toHtmlFragment(hostileModel())).not.toMatch(/\sstyle=/);
  });
});
