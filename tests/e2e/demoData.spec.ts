import { expect, test } from './helpers/interactions';
import { Desk } from './pages/Desk';
import { CaseListPage } from './pages/CaseListPage';

test('10,000 demo cases load, the list scrolls, and search answers', async ({ page }) => {
  await new Desk(page).setUp('宿州市埇桥区人民检察院', '341302', [
    { name: '刘检察官', role: '检察官' },
  ]);
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('combobox', { name: '数量' }).click();
  await page.getByRole('option', { name: '10000 件' }).click();
  const started = Date.now();
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByRole('status')).toContainText('已添加 10000 件演示案件', {
    timeout: 120_000,
  });

  const list = new CaseListPage(page);
  await list.open();
  await expect(list.count).toHaveText('共 10,000 件', { timeout: 60_000 });
  console.log(`10,000 demo cases imported and listed in ${Date.now() - started} ms`);

  const scroller = page.getByTestId('case-list-scroll');
  const firstTitle = await list.list.getByRole('listitem').first().getAttribute('aria-label');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect(list.list.getByRole('listitem').first()).not.toHaveAttribute(
    'aria-label',
    firstTitle ?? '',
  );
  // Virtualised: only the rows on screen are in the DOM.
  expect(await list.list.getByRole('listitem').count()).toBeLessThan(60);
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(list.list.getByRole('listitem').last()).toBeVisible();

  await list.search('农民工');
  await expect(list.count).not.toHaveText('共 10,000 件');
  await expect(list.list.getByRole('listitem').first().locator('mark').first()).toBeVisible();
});
