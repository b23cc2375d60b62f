import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';

/** WCAG 2 AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** #rgb or #rrggbb as one number. */
function parseHex(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? digits.replace(/./g, '$&$&') : digits;
  return Number.parseInt(full, 16);
}

function relativeLuminance(hex: string): number {
  const n = parseHex(hex);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

function darkenHex(hex: string, factor: number): string {
  const n = parseHex(hex);
  const part = (shift: number) =>
    Math.round(((n >> shift) & 255) * factor)
      .toString(16)
      .padStart(2, '0');
  return `#${part(16)}${part(8)}${part(0)}`;
}

/**
 * The lightest colour of a palette readable as text on every given background: shade 6 (Mantine's
 * own default) or darker, and for the palettes whose shade 9 is still too light (green, lime,
 * yellow, orange) shade 9 darkened until it is.
 */
export function readableColor(shades: MantineColorsTuple, backgrounds: readonly string[]): string {
  const passes = (color: string) =>
    backgrounds.every((bg) => contrastRatio(color, bg) >= MIN_TEXT_CONTRAST);
  const shade = shades.slice(6).find(passes);
  if (shade !== undefined) return shade;
  let color = shades[9];
  for (let factor = 0.95; !passes(color) && factor > 0; factor -= 0.05) {
    color = darkenHex(shades[9], factor);
  }
  return color;
}

/** The light scheme's page backgrounds: white, striped rows (gray 0), hovered rows (gray 1). */
export function pageBackgrounds(white: string, gray: MantineColorsTuple): string[] {
  return [white, gray[0], gray[1]];
}

/**
 * Mantine's light scheme draws filled buttons and badges, outlines, coloured text and dimmed text
 * with shade 6 (red: 3.28:1 on white, gray: 3.32:1), below AA. Every colour's filled, outline and
 * text variables move to its first colour readable on every page background, the light variant's text to one readable on
 * its tinted backgrounds, dimmed to gray 7, so no component has to pick a darker colour itself.
 */
export const readableColorsResolver: CSSVariablesResolver = (theme) => {
  // Text stands on white, on striped table rows (gray 0) and on hovered rows (gray 1).
  const page = pageBackgrounds(theme.white, theme.colors.gray);
  const light: Record<string, string> = {
    '--mantine-color-dimmed': readableColor(theme.colors.gray, page),
    '--mantine-color-error': readableColor(theme.colors.red, page),
    // A placeholder is text too: gray 5 (2.07:1) cannot be read by everyone.
    '--mantine-color-placeholder': readableColor(theme.colors.gray, page),
  };
  for (const [name, shades] of Object.entries(theme.colors)) {
    const onPage = readableColor(shades, page);
    // The light variant's background is shade 1, and shade 2 under the pointer.
    const onTint = readableColor(shades, [...page, shades[1], shades[2]]);
    light[`--mantine-color-${name}-filled`] = onPage;
    light[`--mantine-color-${name}-filled-hover`] = darkenHex(onPage, 0.9);
    light[`--mantine-color-${name}-outline`] = onPage;
    light[`--mantine-color-${name}-text`] = onPage;
    light[`--mantine-color-${name}-light-color`] = onTint;
  }
  light['--mantine-color-anchor'] = light[`--mantine-color-${theme.primaryColor}-text`] ?? '';
  return { variables: {}, light, dark: {} };
};
