/** Leva's default greys are too faint on our dark panel; these keep its text readable (WCAG AA contrast). */
export const LEVA_THEME = {
  colors: {
    elevation1: '#1c2026',
    elevation2: '#232a31',
    elevation3: '#2f363e',
    highlight1: '#b9c0ca',
    highlight2: '#dfe3e8',
    highlight3: '#ffffff',
    accent1: '#ff8a4c',
    accent2: '#ff9d66',
    accent3: '#ffb48a',
  },
  // Wide enough for "Highlight strength" and the opacity labels to show whole.
  sizes: { rootWidth: '330px', controlWidth: '150px' },
  fonts: { mono: 'ui-monospace, SFMono-Regular, Menlo, monospace', sans: 'system-ui, sans-serif' },
};
