import { expect, type Locator, type Page } from '@playwright/test';

/** Most Tab presses one move may take before the target counts as unreachable. */
const MAX_TABS = 250;
/** Most arrow presses to reach an option in a list. */
const MAX_ARROWS = 60;

/**
 * A person who uses only the keyboard: moves focus with Tab / Shift+Tab in the page's own focus
 * order, types, and acts with Enter, Space and the arrow keys. Nothing here clicks or focuses an
 * element by script, so a control that cannot be reached or worked this way fails the test.
 */
export class KeyboardUser {
  constructor(readonly page: Page) {}

  private async hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate(
      (el) => el === document.activeElement || el.contains(document.activeElement),
    );
  }

  /** Whether `target` comes after the focused element in document order. */
  private async isAhead(target: Locator): Promise<boolean> {
    return target.evaluate((el) => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return true;
      return Boolean(focused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
  }

  /** Tabs (forwards or backwards, whichever way the target lies) until `target` has focus. */
  async tabTo(target: Locator): Promise<void> {
    await expect(target).toBeVisible();
    const key = (await this.isAhead(target)) ? 'Tab' : 'Shift+Tab';
    for (let i = 0; i < MAX_TABS; i += 1) {
      if (await this.hasFocus(target)) return;
      await this.page.keyboard.press(key);
    }
    await expect(target, `not reachable with ${key}`).toBeFocused();
  }

  /** Types into a text field (a Chinese text arrives whole, as an input method commits it). */
  async type(field: Locator, text: string): Promise<void> {
    await this.tabTo(field);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
    // A number field shows its thousands separator.
    await expect.poll(async () => (await field.inputValue()).replaceAll(',', '')).toBe(text);
  }

  /** Presses a button or a link with Enter. */
  async press(control: Locator): Promise<void> {
    await this.tabTo(control);
    await this.page.keyboard.press('Enter');
  }

  /** Ticks a box with Space. */
  async tick(box: Locator): Promise<void> {
    await this.tabTo(box);
    await this.page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  /**
   * Presses ArrowDown in a combobox and lets the timers it set run. Opening a Mantine combobox
   * queues a zero-delay timer that resets the option Enter takes; a key pressed before it runs
   * (a loaded machine, never a person's pace) is undone by it, and Enter then takes nothing.
   */
  private async arrowDown(): Promise<void> {
    await this.page.keyboard.press('ArrowDown');
    await this.page.evaluate(() => new Promise((settled) => setTimeout(settled, 0)));
  }

  /**
   * The text of the option Enter would take: the one the list marks as selected (what Mantine's
   * Enter reads), not `aria-activedescendant`, which a re-render can leave pointing at an option
   * the list no longer holds selected.
   */
  private async selectedOption(combobox: Locator): Promise<string | null> {
    const list = await combobox.getAttribute('aria-controls');
    if (!list) return null;
    const selected = this.page.locator(`[id="${list}"] [data-combobox-selected]`);
    if ((await selected.count()) === 0) return null;
    return (await selected.first().innerText()).trim();
  }

  /**
   * Opens a combobox with ArrowDown, moves to the option, takes it with Enter. When Enter took
   * nothing (the list reset its selection between the look and the key, which keys sent
   * microseconds apart can meet), the person does what anyone would: arrows to it again and
   * presses Enter again, at most three times in all.
   */
  async choose(combobox: Locator, option: string): Promise<void> {
    await this.tabTo(combobox);
    for (let attempt = 1; ; attempt += 1) {
      await this.arrowDown();
      for (let i = 0; i < MAX_ARROWS; i += 1) {
        if ((await this.selectedOption(combobox)) === option) break;
        await this.arrowDown();
      }
      await this.page.keyboard.press('Enter');
      try {
        await expect(combobox).toHaveValue(option, { timeout: 2000 });
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  /** A yes/no radio group: Tab lands on its first radio (是); Space takes it, ArrowDown moves to 否. */
  async answer(group: Locator, isYes: boolean): Promise<void> {
    await this.tabTo(group);
    await this.page.keyboard.press(isYes ? 'Space' : 'ArrowDown');
    await expect(group.getByRole('radio', { name: isYes ? '是' : '否' })).toBeChecked();
  }
}
