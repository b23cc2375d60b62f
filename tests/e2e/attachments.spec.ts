/**
 * Attachments in Chromium against the real provincial server: a file added to a case waits on the
 * device ("not yet uploaded") until "sync now" sends its bytes; a second workstation of the unit
 * receives the case, sees the file is on the server, and downloads exactly the bytes added.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './helpers/interactions';
import { CaseAttachmentsPanel } from './pages/CaseAttachmentsPanel';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { openDevice } from './sync/openDevice';
import { ServerProbe } from './sync/ServerProbe';
import { seedSyncServer, startSyncServer, type ServerProcess } from './sync/serverProcess';
import { ATTACHMENTS_SERVER, E2E_UNITS, readCodes } from './sync/syncServer';

const TITLE = '李某追索劳动报酬支持起诉案';
const NAME = '劳动仲裁裁决书（扫描件）.pdf';
/** 1.5 KB holding every byte value, so a text decode or a newline fix on the way would show. */
const BYTES = Buffer.concat([
  Buffer.from('%PDF-1.7\n', 'latin1'),
  Buffer.from(Array.from({ length: 1536 - 9 }, (_, i) => (i * 7 + 3) % 256)),
]);

let server: ServerProcess | null = null;

test.beforeAll(async () => {
  seedSyncServer(ATTACHMENTS_SERVER);
  server = await startSyncServer(ATTACHMENTS_SERVER);
});

test.afterAll(async () => {
  await server?.stop();
  server = null;
});

test('a file added to a case is uploaded by sync and another workstation downloads the same bytes', async ({
  newContext,
}) => {
  const codes = readCodes(ATTACHMENTS_SERVER);
  const probe = new ServerProbe(ATTACHMENTS_SERVER, codes.probe);
  const first = await newContext();
  const { page, sync } = await openDevice(
    first,
    ATTACHMENTS_SERVER,
    E2E_UNITS.yaohai,
    codes.firstDevice,
  );
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: TITLE, facts: '用人单位拖欠工资，已经劳动仲裁。' });
  await form.fillParty(1, { name: '李某' });
  await form.save();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  const attachments = new CaseAttachmentsPanel(page);
  await attachments.add({ name: NAME, mimeType: 'application/pdf', buffer: BYTES });
  await expect(attachments.row(NAME)).toContainText('1.5 KB');
  await expect(attachments.row(NAME)).toContainText('尚未上传至省院服务器');
  expect(await probe.blob(BYTES)).toBeNull();

  await sync.syncNow();
  await expect(sync.indicator).toContainText('已全部同步');
  // Uploaded and verified: the device drops the warning and the server holds every byte.
  await expect(attachments.row(NAME)).not.toContainText('尚未上传至省院服务器');
  expect(await probe.blob(BYTES)).toEqual({ received: BYTES.length, complete: true });

  const second = await newContext();
  const other = await openDevice(second, ATTACHMENTS_SERVER, E2E_UNITS.yaohai, codes.secondDevice);
  const list = new CaseListPage(other.page);
  await list.open();
  await list.row(TITLE).getByRole('link').click();
  await expect(other.page.getByRole('heading', { name: TITLE })).toBeVisible();
  const received = new CaseAttachmentsPanel(other.page);
  await expect(received.row(NAME)).toContainText('1.5 KB');
  await expect(received.row(NAME)).toContainText('在服务器上');
  await expect(received.openButton(NAME)).toHaveText('下载并打开');

  const download = await received.open(NAME);
  expect(download.suggestedFilename()).toBe(NAME);
  const saved = await readFile(await download.path());
  expect(saved.length).toBe(BYTES.length);
  expect(saved.equals(BYTES)).toBe(true);
  // The bytes are kept on this device now: opening again needs no server.
  await expect(received.row(NAME)).not.toContainText('在服务器上');
  await expect(received.openButton(NAME)).toHaveText('打开');

  for (const context of [first, second]) await context.close();
});
