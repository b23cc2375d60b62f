/**
 * Sync in Chromium against the real provincial server (started by playwright.config.ts): a case
 * made and edited while the server cannot be reached shows "not yet accepted"; once the server is
 * back, "sync now" delivers it; a second browser profile of the same unit receives it, and one of
 * another unit does not.
 *
 * The browsers reach the server directly (it allows the web build's origin through CORS); the
 * spec stops and starts the server's process itself, so "stopped" is a refused connection.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './helpers/interactions';
import { Desk } from './pages/Desk';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { SyncPages } from './sync/SyncPages';
import { startSyncServer, seedSyncServer, type ServerProcess } from './sync/serverProcess';
import { E2E_UNITS, SYNC_SERVER_ORIGIN, readCodes } from './sync/syncServer';

const TITLE = '王某等五人追索劳动报酬支持起诉案';
const EDITED = '王某等六人追索劳动报酬支持起诉案';

let server: ServerProcess | null = null;

test.beforeAll(async () => {
  seedSyncServer();
  server = await startSyncServer();
});

test.afterAll(async () => {
  await server?.stop();
});

async function openDevice(
  context: BrowserContext,
  unit: { code: string; name: string },
  code: string,
) {
  const page = await context.newPage();
  await new Desk(page).setUp(unit.name, unit.code, [{ name: '周检察官', role: '检察官' }]);
  const sync = new SyncPages(page);
  await sync.enrol(SYNC_SERVER_ORIGIN, code);
  await expect(page.getByText(`已登记到 ${unit.name}（${unit.code}）`)).toBeVisible();
  await expect(sync.indicator).toContainText('已全部同步');
  return { page, sync };
}

/** The cases in the server's view, through a device the test enrols from Node. */
async function serverTitles(): Promise<string[]> {
  const api = `${SYNC_SERVER_ORIGIN}/api/v1`;
  const enrolled = (await (
    await fetch(`${api}/devices/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: readCodes().probe }),
    })
  ).json()) as { token: string };
  const page = (await (
    await fetch(`${api}/sync/pull?cursor=0`, {
      headers: { authorization: `Bearer ${enrolled.token}` },
    })
  ).json()) as { changes: { entity: string; data: { title?: string } }[] };
  // The unit's users travel too (entity 'user'): only the cases are compared.
  return page.changes.filter((c) => c.entity === 'case').map((c) => c.data.title ?? '');
}

test('a case made offline reaches the server and its unit, and no other unit', async ({
  newContext,
}) => {
  const codes = readCodes();
  const first = await newContext();
  const { page, sync } = await openDevice(first, E2E_UNITS.yaohai, codes.firstDevice);

  await server?.stop();
  server = null;
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: TITLE, facts: '用工单位拖欠工资，申请人年老体弱。' });
  await form.fillParty(1, { name: '王某' });
  await form.save();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await page.getByRole('link', { name: '编辑' }).click();
  await page.getByLabel('案件名称').fill(EDITED);
  await form.save();
  await expect(page.getByRole('heading', { name: EDITED })).toBeVisible();
  await expect(page.getByText('尚未被省级服务器接收')).toBeVisible();

  await sync.syncNow();
  await expect(sync.indicator).toContainText('连不上省级服务器');
  await expect(sync.indicator).toContainText('2 项更改待上传');
  await expect(page.getByText('尚未被省级服务器接收')).toBeVisible();

  server = await startSyncServer();
  await sync.syncNow();
  await expect(sync.indicator).toContainText('已全部同步');
  await expect(page.getByText('尚未被省级服务器接收')).toHaveCount(0);
  expect(await serverTitles()).toEqual([EDITED]);

  const second = await newContext();
  const other = await openDevice(second, E2E_UNITS.yaohai, codes.secondDevice);
  const list = new CaseListPage(other.page);
  await list.open();
  await expect(list.row(EDITED)).toBeVisible();
  await expect(list.count).toHaveText('共 1 件');

  const elsewhere = await newContext();
  const stranger = await openDevice(elsewhere, E2E_UNITS.luyang, codes.otherUnitDevice);
  const strangerList = new CaseListPage(stranger.page);
  await strangerList.open();
  await expect(strangerList.count).toHaveText('共 0 件');
  await expect(strangerList.row(EDITED)).toHaveCount(0);

  for (const context of [first, second, elsewhere]) await context.close();
});
