/**
 * Backup and restore in Chromium (web build): a case with an ID number and an attachment is backed
 * up (a download); a NEW browser profile restores it from the first-run page with the
 * administrator's password, signs in, and finds the case and the attachment's exact bytes. A
 * tampered or cut-off copy of the same file is refused with the translated message first. The
 * schedule keeps an automatic backup in the origin-private file system, which the administrator
 * restores over the device's data.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './helpers/interactions';
import { BackupPanel, RestoreFromBackup } from './pages/BackupPanel';
import { CaseAttachmentsPanel } from './pages/CaseAttachmentsPanel';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { ADMIN_PASSWORD, Desk } from './pages/Desk';

const UNIT = '合肥市瑶海区人民检察院';
const ADMIN = '赵管理员';
const TITLE = '李某追索劳动报酬支持起诉案';
const ID_NUMBER = '11010519491231002X';
const NAME = '劳动仲裁裁决书（扫描件）.pdf';
/** 1.5 KB holding every byte value, so a text decode or a newline fix on the way would show. */
const BYTES = Buffer.concat([
  Buffer.from('%PDF-1.7\n', 'latin1'),
  Buffer.from(Array.from({ length: 1536 - 9 }, (_, i) => (i * 7 + 3) % 256)),
]);

test('a backup restores on a fresh profile with the case and every attachment byte; tampered copies are refused', async ({
  newContext,
}) => {
  const first = await newContext();
  const page = await first.newPage();
  await new Desk(page).firstRun(UNIT, '340102', ADMIN);
  const form = new CaseFormPage(page);
  await form.open();
  await form.fillBasics({ title: TITLE, facts: '用人单位拖欠工资，已经劳动仲裁。' });
  await form.fillParty(1, { name: '李某', idNumber: ID_NUMBER });
  await form.save();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const attachments = new CaseAttachmentsPanel(page);
  await attachments.add({ name: NAME, mimeType: 'application/pdf', buffer: BYTES });
  await expect(attachments.row(NAME)).toContainText('1.5 KB');

  const panel = new BackupPanel(page);
  await panel.open();
  const download = await panel.backUpNow();
  expect(download.suggestedFilename()).toMatch(/^检护备份-340102-\d{8}-\d{6}\.jhbak$/);
  const archive = await readFile(await download.path());
  await expect(page.getByRole('status')).toContainText('备份已保存');
  // Encrypted: neither the ID number nor the file's bytes are in the file as they are.
  expect(archive.includes(Buffer.from(ID_NUMBER))).toBe(false);
  expect(archive.includes(BYTES.subarray(0, 64))).toBe(false);
  await first.close();

  const second = await newContext();
  const fresh = await second.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  const restore = new RestoreFromBackup(fresh);

  const cut = archive.subarray(0, archive.length - 1000);
  await restore.pick({ name: 'cut.jhbak', mimeType: 'application/octet-stream', buffer: cut });
  await expect(fresh.getByRole('alert')).toContainText('备份文件不完整');

  const tampered = Buffer.from(archive);
  tampered[tampered.length - 100] = (tampered[tampered.length - 100] ?? 0) ^ 0x01;
  await restore.pick({
    name: 'tampered.jhbak',
    mimeType: 'application/octet-stream',
    buffer: tampered,
  });
  await restore.unlock(ADMIN, ADMIN_PASSWORD);
  await expect(restore.dialog.getByRole('alert')).toHaveText(
    '备份文件已损坏或被篡改，无法恢复。本机数据未作任何改动。',
  );
  await restore.dialog.getByRole('button', { name: '取消' }).click();

  await restore.pick({
    name: 'backup.jhbak',
    mimeType: 'application/octet-stream',
    buffer: archive,
  });
  await expect(restore.dialog).toContainText(UNIT);
  await restore.unlock(ADMIN, ADMIN_PASSWORD);
  // The app restarts on the restored database, at its sign-in.
  await expect(fresh.getByRole('heading', { name: '登录检护' })).toBeVisible({ timeout: 30_000 });
  const desk = new Desk(fresh);
  await desk.trySignIn(ADMIN, ADMIN_PASSWORD);
  await expect(desk.banner.getByText(ADMIN, { exact: true })).toBeVisible();
  // The fresh profile's empty database made way for the restored one; nothing else is left.
  const names = await fresh.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name),
  );
  expect(names).toEqual([expect.stringMatching(/^jianhu-restore-[0-9a-z]+$/)]);

  const list = new CaseListPage(fresh);
  await list.open();
  await list.row(TITLE).getByRole('link').click();
  await expect(fresh.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(fresh.getByRole('cell', { name: ID_NUMBER })).toBeVisible();
  const restored = new CaseAttachmentsPanel(fresh);
  await expect(restored.row(NAME)).toContainText('1.5 KB');
  const opened = await restored.open(NAME);
  expect(opened.suggestedFilename()).toBe(NAME);
  expect(Buffer.compare(await readFile(await opened.path()), BYTES)).toBe(0);
  await second.close();
});

test('the schedule keeps an automatic backup in the browser’s private storage, listed in the settings', async ({
  page,
}) => {
  // The schedule's first look comes a few minutes after sign-in: the test moves the clock on.
  await page.clock.install();
  await new Desk(page).firstRun(UNIT, '340102', ADMIN);
  const panel = new BackupPanel(page);
  await panel.open();
  await expect(page.getByText('暂无自动备份。')).toBeVisible();
  await expect(page.getByText('已启用：每 24 小时备份一次，保留最近 7 份。')).toBeVisible();

  await page.clock.fastForward('03:05');

  const kept = page.getByRole('table').filter({ hasText: '备份时间' });
  await expect(kept.getByRole('row')).toHaveCount(2, { timeout: 30_000 });
  await expect(kept.getByRole('button', { name: '恢复' })).toBeVisible();
  const stored = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('backups');
    const names: string[] = [];
    for await (const name of folder.keys()) names.push(name);
    return names;
  });
  expect(stored).toEqual([expect.stringMatching(/^jianhu-backup-\d{8}T\d{9}Z\.jhbak$/)]);

  // The administrator restores it over the device's data, after confirming.
  await kept.getByRole('button', { name: '恢复' }).click();
  const restore = new RestoreFromBackup(page);
  await expect(restore.dialog).toContainText('自动备份');
  await restore.dialog.getByLabel('我已了解，确认用备份替换本机数据').check();
  // The window reloads onto the restored database: wait for that page, not the one leaving.
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await restore.unlock(ADMIN, ADMIN_PASSWORD);
  await reloaded;
  await expect(page.getByRole('heading', { name: '登录检护' })).toBeVisible({ timeout: 30_000 });
  const names = await page.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name),
  );
  expect(names).toEqual([expect.stringMatching(/^jianhu-restore-[0-9a-z]+$/)]);
});
