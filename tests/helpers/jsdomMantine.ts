/** What Mantine needs from a browser that jsdom lacks. */

/** Mantine reads the colour scheme through matchMedia; jsdom has none. */
export function stubMatchMedia(): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}
