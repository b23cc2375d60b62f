import { expect, test } from './helpers/interactions';

/** A page of its own, so the counter is checked against known gestures and nothing else. */
const PROBE = `<!doctype html><html lang="en"><body>
<label>Name <input id="name"></label>
<label>Note <textarea id="note"></textarea></label>
<label><input type="checkbox" id="agree"> Agree</label>
<button type="button" id="go">Go</button>
</body></html>`;

test.beforeEach(async ({ page }) => {
  await page.route('**/interactions-probe', (route) =>
    route.fulfill({ contentType: 'text/html', body: PROBE }),
  );
  await page.goto('/interactions-probe');
});

test('the counter sees mouse clicks, fields filled and keys, each once', async ({
  page,
  interactions,
}) => {
  await page.getByRole('button', { name: 'Go' }).click();
  await page.getByRole('checkbox', { name: 'Agree' }).check();
  await page.getByLabel('Name').fill('张小明');
  // Typing on into the same field is still one field; a character typed is not a key.
  await page.getByLabel('Name').pressSequentially('abc');
  await page.getByLabel('Note').fill('说明');
  await page.getByLabel('Note').press('Shift+Tab');
  expect(await interactions.counted()).toEqual({ clicks: 2, fields: 2, keys: 1 });
});

test('keys that activate a button or a box are keys, never clicks', async ({
  page,
  interactions,
}) => {
  await page.getByRole('checkbox', { name: 'Agree' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Agree' })).toBeChecked();
  expect(await interactions.counted()).toEqual({ clicks: 0, fields: 0, keys: 3 });
});

test('what is done uncounted is left out', async ({ page, interactions }) => {
  await interactions.uncounted(async () => {
    await page.getByRole('button', { name: 'Go' }).click();
    await page.getByLabel('Name').fill('x');
  });
  await page.getByLabel('Note').fill('y');
  expect(await interactions.counted()).toEqual({ clicks: 0, fields: 1, keys: 0 });
});
