import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm petrol blue: trustworthy without the loudness of a pure blue. */
const usta: MantineColorsTuple = [
  '#e7f5fa',
  '#d3e8f1',
  '#a4cfe3',
  '#72b5d5',
  '#4a9fc9',
  '#3091c2',
  '#2089c0',
  '#0f76aa',
  '#006999',
  '#005b87',
];

const fontStack =
  "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'usta',
  primaryShade: { light: 7, dark: 5 },
  colors: { usta },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Modal: {
      defaultProps: {
        centered: true,
        radius: 'lg',
        padding: 'lg',
        overlayProps: { backgroundOpacity: 0.4, blur: 2 },
      },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Paper: { defaultProps: { radius: 'lg' } },
    // Sentence case reads calmer than the default capitals, and avoids CSS upper-casing of
    // Turkish words under an English page (i → I instead of İ).
    Badge: { defaultProps: { radius: 'sm' }, styles: { root: { textTransform: 'none', fontWeight: 600 } } },
  },
});

/** The page background sits one step below the cards so content panels read as surfaces. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--usta-page-bg': '#f5f7fa' },
  dark: { '--usta-page-bg': 'var(--mantine-color-dark-8)' },
});
