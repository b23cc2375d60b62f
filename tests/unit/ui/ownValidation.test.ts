/**
 * Issue 15 ("Also"): Chromium's own "Please fill out this field." never shows. Every form of the
 * app is `noValidate` and checks its required fields itself, in the user's language.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingRequired } from '../../../src-renderer/src/ui/issues';
import { ROOT, walk } from '../i18n/localeFiles';

describe('the app’s own required-field check', () => {
  it('keys every blank field, and only those, to the translated message', () => {
    expect(missingRequired({ name: '  ', role: null, key: undefined, note: '理由' })).toEqual({
      name: 'validation.required',
      role: 'validation.required',
      key: 'validation.required',
    });
    expect(missingRequired({ password: 'x' })).toEqual({});
  });
});

describe('forms', () => {
  it('issue 15: no form of the app leaves validation to the browser', () => {
    const files = walk(join(ROOT, 'src-renderer', 'src'), (f) => f.endsWith('.tsx'));
    const native: string[] = [];
    let forms = 0;
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/<form\b([^>]*)>/g)) {
        forms += 1;
        if (!/\bnoValidate\b/.test(match[1] ?? '')) native.push(relative(ROOT, file));
      }
    }
    expect(forms).toBeGreaterThan(10);
    expect(native).toEqual([]);
  });
});
