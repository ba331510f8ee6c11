import { createTheme, localStorageColorSchemeManager, type CSSVariablesResolver } from '@mantine/core';

/** System fonts only: nothing is fetched from another host. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 7 },
  // Filled buttons and badges pick black or white text, whichever contrasts more (the crossover
  // luminance is ~0.18), so every colour stays above WCAG AA's 4.5:1.
  autoContrast: true,
  luminanceThreshold: 0.18,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "JetBrains Mono", Menlo, Consolas, "Liberation Mono", monospace',
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
  // Users who ask their system for less motion get modals and menus without transitions.
  respectReducedMotion: true,
});

/** Remembers the chosen light/dark scheme across visits. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'tryout-color-scheme' });

/**
 * Mantine's default "dimmed" grey is below 4.5:1 on both backgrounds; these shades pass. In light
 * mode the verdict colours' text (Accepted teal, error red, compile orange, on white and on their
 * own light badges) is darkened to stay above 4.5:1 too.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-teal-text': '#066b4d',
    '--mantine-color-teal-light-color': '#066b4d',
    '--mantine-color-red-text': t.colors.red[9],
    '--mantine-color-red-light-color': t.colors.red[9],
    '--mantine-color-orange-text': '#a35200',
    '--mantine-color-orange-light-color': '#a35200',
  },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] },
});
