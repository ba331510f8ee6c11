import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

/** System fonts only: nothing is fetched from another host. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Darker default shades keep text on filled buttons and badges above 4.5:1 contrast.
  primaryShade: { light: 7, dark: 5 },
  autoContrast: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "JetBrains Mono", Menlo, Consolas, "Liberation Mono", monospace',
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
});

/** Remembers the chosen light/dark scheme across visits. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'tryout-color-scheme' });
