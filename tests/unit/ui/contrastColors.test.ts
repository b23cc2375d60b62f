import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import {
  MIN_TEXT_CONTRAST,
  contrastRatio,
  pageBackgrounds,
  readableColorsResolver,
} from '../../../src-renderer/src/ui/contrastColors';
import { theme } from '../../../src-renderer/src/ui/theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const light: Record<string, string> = readableColorsResolver(full).light;
const page = pageBackgrounds(full.white, full.colors.gray);

describe('readable theme colours', () => {
  it('measures contrast as WCAG does (Mantine gray 6 and red 6 on white)', () => {
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
    expect(contrastRatio('#fff', '#fa5252')).toBeCloseTo(3.28, 2);
  });

  it('gives dimmed, error and placeholder text at least 4.5:1 on white, striped and hovered rows', () => {
    for (const name of ['dimmed', 'error', 'placeholder'].map((n) => `--mantine-color-${n}`)) {
      for (const bg of page) {
        expect(contrastRatio(light[name] ?? '', bg)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
    }
  });

  it.each(Object.keys(DEFAULT_THEME.colors))(
    'makes %s filled, outline and text readable on every page background, and light text on its tints',
    (name) => {
      for (const variant of ['filled', 'outline', 'text']) {
        const color = light[`--mantine-color-${name}-${variant}`] ?? '';
        for (const bg of page) {
          expect(contrastRatio(color, bg)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        }
      }
      const lightText = light[`--mantine-color-${name}-light-color`] ?? '';
      for (const tint of [full.colors[name]?.[1], full.colors[name]?.[2]]) {
        expect(contrastRatio(lightText, tint ?? '')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
    },
  );

  it('keeps a palette shade where one is readable (red 9), darkening only beyond it', () => {
    expect(light['--mantine-color-red-filled']).toBe(DEFAULT_THEME.colors.red[9]);
    expect(light['--mantine-color-gray-text']).toBe(DEFAULT_THEME.colors.gray[7]);
  });
});
