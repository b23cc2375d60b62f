import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, menuLabels, pickMenuLocale } from '../../../src-main/menu';
import { forwardResumeEvents, type EventTarget } from '../../../src-main/resume';
import { createTrust } from '../../../src-main/trustedSender';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('the application menu', () => {
  it('speaks Chinese on Chinese systems and English elsewhere', () => {
    expect(pickMenuLocale('zh-CN')).toBe('zh-CN');
    expect(pickMenuLocale('zh-TW')).toBe('zh-CN');
    expect(pickMenuLocale('en-US')).toBe('en');
    expect(buildMenuTemplate('zh-CN', { isDevToolsEnabled: false })[1]?.label).toBe('编辑');
    expect(buildMenuTemplate('de-DE', { isDevToolsEnabled: false })[1]?.label).toBe('Edit');
  });

  it('has the same labels in both languages', () => {
    expect(Object.keys(menuLabels.en).sort()).toEqual(Object.keys(menuLabels['zh-CN']).sort());
  });

  it('keeps the edit shortcuts and offers DevTools only when enabled', () => {
    const production = roles(buildMenuTemplate('zh-CN', { isDevToolsEnabled: false }));
    expect(production).toEqual(expect.arrayContaining(['copy', 'paste', 'undo', 'quit']));
    expect(production).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('zh-CN', { isDevToolsEnabled: true }))).toContain(
      'toggleDevTools',
    );
  });
});

describe('forwardResumeEvents', () => {
  function target(url: string, isDestroyed = false): EventTarget & { sent: string[] } {
    const sent: string[] = [];
    return { sent, isDestroyed: () => isDestroyed, getURL: () => url, send: (c) => sent.push(c) };
  }

  it('sends app:resumed to live app pages only, until stopped', () => {
    let resume: (() => void) | undefined;
    const power = {
      on: (_event: 'resume', listener: () => void) => (resume = listener),
      removeListener: vi.fn(() => (resume = undefined)),
    };
    const app = target('app://jianhu/index.html');
    const closed = target('app://jianhu/index.html', true);
    const foreign = target('https://evil.example/');
    const stop = forwardResumeEvents(
      power,
      () => [app, closed, foreign],
      createTrust(undefined).isTrustedUrl,
    );
    resume?.();
    expect(app.sent).toEqual(['app:resumed']);
    expect(closed.sent).toEqual([]);
    expect(foreign.sent).toEqual([]);
    stop();
    expect(power.removeListener).toHaveBeenCalledTimes(1);
    expect(resume).toBeUndefined();
  });
});
