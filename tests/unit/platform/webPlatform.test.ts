// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlatformError } from '../../../src-renderer/src/platform';
import {
  PRINTING_ATTRIBUTE,
  createWebPlatform,
} from '../../../src-renderer/src/platform/webPlatform';

const jsonFilter = [{ name: 'JSON', extensions: ['json'] }];

/** jsdom has no object URLs; these remember the blobs so the test can read them back. */
function stubObjectUrls() {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  window.URL.createObjectURL = (blob: Blob) => {
    const url = `blob:jianhu/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  window.URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  return { blobs, revoked };
}

/** Catches the download link's click before jsdom tries to navigate. */
function catchClicks() {
  const clicked: HTMLElement[] = [];
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof HTMLElement) clicked.push(event.target);
    event.preventDefault();
  };
  document.addEventListener('click', onClick);
  return {
    clicked,
    stop: () => {
      document.removeEventListener('click', onClick);
    },
  };
}

describe('the web platform', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('saves a file as a download of the exact bytes, then releases the URL', async () => {
    const urls = stubObjectUrls();
    const clicks = catchClicks();
    const bytes = new TextEncoder().encode('{"案件":1}');
    const platform = createWebPlatform(window);

    await expect(platform.saveFile('jianhu-export.json', bytes, jsonFilter)).resolves.toBe(
      'jianhu-export.json',
    );

    const [link] = clicks.clicked;
    if (!(link instanceof HTMLAnchorElement)) throw new Error('no download link was clicked');
    expect(link.download).toBe('jianhu-export.json');
    expect(link.href).toBe('blob:jianhu/1');
    expect(link.isConnected).toBe(false);
    const blob = urls.blobs.get('blob:jianhu/1');
    expect(blob?.type).toBe('application/json');
    // Compared as plain arrays: jsdom's Uint8Array is another realm's constructor.
    const saved = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...saved]).toEqual([...bytes]);
    expect(urls.revoked).toEqual([]);
    vi.runAllTimers();
    expect(urls.revoked).toEqual(['blob:jianhu/1']);
    clicks.stop();
  });

  it.each(['../evil.json', 'run.exe', 'a.docx'])(
    'refuses to download %s, like the desktop would',
    async (name) => {
      stubObjectUrls();
      const clicks = catchClicks();
      const saving = createWebPlatform(window).saveFile(name, new Uint8Array(1), jsonFilter);
      await expect(saving).rejects.toBeInstanceOf(PlatformError);
      await expect(saving).rejects.toMatchObject({ code: 'invalid-request' });
      expect(clicks.clicked).toEqual([]);
      clicks.stop();
    },
  );

  it('opens the file picked in a hidden input and reads its bytes', async () => {
    const clicks = catchClicks();
    const opening = createWebPlatform(window).openFile(jsonFilter);
    const [input] = clicks.clicked;
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input was clicked');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json');
    Object.defineProperty(input, 'files', {
      value: [new File(['{}'], '导入.json', { type: 'application/json' })],
    });
    input.dispatchEvent(new Event('change'));
    await expect(opening).resolves.toEqual({ name: '导入.json', data: new Uint8Array([123, 125]) });
    expect(input.isConnected).toBe(false);
    clicks.stop();
  });

  it('answers null when the picker is cancelled and too-large over the cap', async () => {
    const clicks = catchClicks();
    const platform = createWebPlatform(window);
    const cancelled = platform.openFile(jsonFilter);
    clicks.clicked[0]?.dispatchEvent(new Event('cancel'));
    await expect(cancelled).resolves.toBeNull();

    const large = platform.openFile(jsonFilter, 1);
    const input = clicks.clicked[1];
    if (!input) throw new Error('no second picker');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'a.json')] });
    input.dispatchEvent(new Event('change'));
    await expect(large).rejects.toMatchObject({ code: 'too-large' });
    clicks.stop();
  });

  it('prints through the browser with the page rule and restores the page after', async () => {
    document.title = '检护';
    const seen: { title: string; printing: boolean; rule: string }[] = [];
    window.print = () => {
      seen.push({
        title: document.title,
        printing: document.documentElement.hasAttribute(PRINTING_ATTRIBUTE),
        rule: document.head.querySelector('style')?.textContent ?? '',
      });
    };
    const platform = createWebPlatform(window);
    await expect(platform.printToPdf('案件登记表.pdf', { landscape: true })).resolves.toBeNull();
    expect(seen).toEqual([
      { title: '案件登记表', printing: true, rule: '@page { size: A4 landscape; }' },
    ]);
    expect(document.title).toBe('检护');
    expect(document.documentElement.hasAttribute(PRINTING_ATTRIBUTE)).toBe(false);
    expect(document.head.querySelector('style')).toBeNull();
    await expect(platform.printToPdf('a.docx')).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('reports a resume when the tab becomes visible again', () => {
    const listener = vi.fn();
    let visibility: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => visibility,
    });
    const stop = createWebPlatform(window).onResumed(listener);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).not.toHaveBeenCalled();
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('describes itself as the web build', async () => {
    const info = await createWebPlatform(window).appInfo();
    expect(info).toMatchObject({ name: 'Jianhu', platform: 'web', locale: navigator.language });
  });

  it('keeps secrets as they are and leaves trust to the browser', async () => {
    const platform = createWebPlatform(window);
    await expect(platform.secretStatus()).resolves.toEqual({ protection: 'browser' });
    await expect(platform.wrapSecret('tok')).resolves.toEqual({ clear: 'tok' });
    await expect(platform.unwrapSecret({ clear: 'tok' })).resolves.toEqual({
      plain: 'tok',
      restore: null,
    });
    await expect(platform.unwrapSecret({ wrapped: 'AAAA' })).rejects.toMatchObject({
      code: 'secret-unreadable',
    });
    await expect(platform.caStatus()).resolves.toEqual({ kind: 'browser' });
    await expect(platform.importCa('https://jianhu.prov.test')).resolves.toBeNull();
    // No main process to hold the allowed server: the call just resolves.
    await expect(platform.allowSyncServer('https://jianhu.prov.test')).resolves.toBeUndefined();
    await expect(platform.allowSyncServer(null)).resolves.toBeUndefined();
  });
});
