import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

/**
 * Counts what a person really did to the pages of one test: mouse clicks, fields filled and keys
 * pressed. The counting happens in the page, on trusted events only (what reached the page, not
 * what a spec meant to do), and each event is reported to the test through a binding.
 */

/** What one test's user did. */
export type Tally = { clicks: number; fields: number; keys: number };

const BINDING = '__jianhuCountInteraction';

/**
 * Runs in every page before the app. A click is a trusted pointer press (a key that activates a
 * button dispatches a click too, but no pointer press, so keyboard use never counts as a click).
 * A field is counted when typing moves to a different field than the last one typed into; ticking
 * a box is a click or a key, not a field. A key is any trusted key press except a character typed
 * into a text field (that is filling the field) and a lone modifier (Shift+Tab is one key).
 */
function countInPage(binding: string): void {
  const report = (kind: string): void => {
    const send = (window as unknown as Record<string, unknown>)[binding];
    if (typeof send === 'function') void (send as (k: string) => Promise<void>)(kind);
  };
  const isTextField = (target: EventTarget | null): target is HTMLElement => {
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
    if (target instanceof HTMLInputElement) {
      return !['checkbox', 'radio', 'button', 'submit', 'reset', 'image'].includes(target.type);
    }
    return target instanceof HTMLElement && target.isContentEditable;
  };
  let lastField: EventTarget | null = null;
  const onFieldChange = (event: Event): void => {
    if (!event.isTrusted || !isTextField(event.target) || event.target === lastField) return;
    lastField = event.target;
    report('fields');
  };
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) report('clicks');
    },
    true,
  );
  window.addEventListener('input', onFieldChange, true);
  window.addEventListener('change', onFieldChange, true);
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.repeat) return;
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      if (event.key.length === 1 && event.key !== ' ' && isTextField(event.target)) return;
      report('keys');
    },
    true,
  );
}

/** The interactions of one test, across every page of every context it opened. */
export class InteractionCounter {
  private readonly total: Tally = { clicks: 0, fields: 0, keys: 0 };
  private readonly excluded: Tally = { clicks: 0, fields: 0, keys: 0 };
  private readonly contexts: BrowserContext[] = [];

  async watch(context: BrowserContext): Promise<void> {
    this.contexts.push(context);
    counters.set(context, this);
    await context.exposeBinding(BINDING, (_source, kind: unknown) => {
      if (kind === 'clicks' || kind === 'fields' || kind === 'keys') this.total[kind] += 1;
    });
    await context.addInitScript(countInPage, BINDING);
  }

  /**
   * Waits until every page has delivered the events it has reported so far: a round trip to each
   * page comes back after the binding calls it sent before it.
   */
  async settle(): Promise<void> {
    const pages = this.contexts.flatMap((context) => context.pages());
    await Promise.all(pages.map((page) => page.evaluate(() => 0).catch(() => 0)));
  }

  /** What the user did, less what was set aside with `uncounted`. */
  async counted(): Promise<Tally> {
    await this.settle();
    return {
      clicks: this.total.clicks - this.excluded.clicks,
      fields: this.total.fields - this.excluded.fields,
      keys: this.total.keys - this.excluded.keys,
    };
  }

  /** Runs `work` without counting it: preparing the workstation is not the scenario's path. */
  async uncounted<T>(work: () => Promise<T>): Promise<T> {
    await this.settle();
    const before = { ...this.total };
    try {
      return await work();
    } finally {
      await this.settle();
      for (const kind of ['clicks', 'fields', 'keys'] as const) {
        this.excluded[kind] += this.total[kind] - before[kind];
      }
    }
  }

  describe(tally: Tally): string {
    return `${String(tally.clicks)} clicks, ${String(tally.fields)} fields, ${String(tally.keys)} keys`;
  }
}

const counters = new WeakMap<BrowserContext, InteractionCounter>();

/** The counter watching this page's context, if the page belongs to a counted test. */
export function interactionsOf(page: Page): InteractionCounter | undefined {
  return counters.get(page.context());
}

/** Runs `work` uncounted when the page is watched, plainly otherwise. */
export function withoutCounting<T>(page: Page, work: () => Promise<T>): Promise<T> {
  const counter = interactionsOf(page);
  return counter ? counter.uncounted(work) : work();
}

type Fixtures = {
  interactions: InteractionCounter;
  /** `browser.newContext`, with the new context's pages counted as well. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
};

/** `test` from '@playwright/test' that counts and prints each test's interactions. */
export const test = base.extend<Fixtures>({
  // Automatic, so a test that only opens its own contexts prints its line too.
  interactions: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use, testInfo) => {
      const counter = new InteractionCounter();
      await use(counter);
      const line = `interactions: ${testInfo.title}: ${counter.describe(await counter.counted())}`;
      console.log(line);
      testInfo.annotations.push({ type: 'interactions', description: line });
    },
    { auto: true },
  ],
  context: async ({ context, interactions }, use) => {
    await interactions.watch(context);
    await use(context);
    // The last events reach the counter before the context closes.
    await interactions.settle();
  },
  newContext: async ({ browser, interactions }, use) => {
    await use(async (options) => {
      const context = await browser.newContext(options);
      await interactions.watch(context);
      return context;
    });
  },
});

export { expect };
