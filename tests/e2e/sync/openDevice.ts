import { expect, type BrowserContext, type Page } from '@playwright/test';
import { Desk, type Colleague } from '../pages/Desk';
import { SyncPages } from './SyncPages';
import type { E2eServer } from './syncServer';

/**
 * A fresh browser profile as a new workstation: first run for the unit (its administrator adds
 * `colleagues`, the first stays signed in), then enrolled in the
 * server with a one-time code (named `deviceName` when given); enrolling syncs, so it returns with everything the unit holds.
 */
export async function openDevice(
  context: BrowserContext,
  server: E2eServer,
  unit: { code: string; name: string },
  code: string,
  colleagues: readonly Colleague[] = [{ name: '周检察官', role: '检察官' }],
  deviceName?: string,
): Promise<{ page: Page; sync: SyncPages }> {
  const page = await context.newPage();
  await new Desk(page).setUp(unit.name, unit.code, colleagues);
  const sync = new SyncPages(page);
  await sync.enrol(server.origin, code, deviceName);
  await expect(page.getByText(`已登记到 ${unit.name}（${unit.code}）`)).toBeVisible();
  await expect(sync.indicator).toContainText('已全部同步');
  return { page, sync };
}
