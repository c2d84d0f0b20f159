/** The icons the overlay draws, as 24×24 SVG paths (stroked unless listed as filled). */
const PATHS = {
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  'phase-back': 'M6 5v14M19 5.5v13L9 12z',
  'phase-forward': 'M18 5v14M5 5.5v13L15 12z',
  'frame-back': 'M15 6l-6 6 6 6',
  'frame-forward': 'M9 6l6 6-6 6',
  loop: 'M4 12a7 7 0 0 1 12-5l2.5 2.5M20 12a7 7 0 0 1-12 5L5.5 14.5M18.5 4.5v5h-5M5.5 19.5v-5h5',
  camera: 'M4 8h3.5L9 5.5h6L16.5 8H20v11H4zM12 10.5a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  keyboard: 'M3 6.5h18v11H3zM6.5 10h1M10 10h1M13.5 10h1M17 10h1M7.5 14h9',
  close: 'M6 6l12 12M18 6L6 18',
  search: 'M10.5 4.5a6 6 0 1 0 0 12 6 6 0 0 0 0-12zM15 15l5 5',
  back: 'M14.5 6l-6 6 6 6',
  skip: 'M5 5.5v13L14 12zM17 5v14',
} as const;

const FILLED: ReadonlySet<IconName> = new Set(['play', 'pause']);

export type IconName = keyof typeof PATHS;

interface Props {
  name: IconName;
  /** Pixels. */
  size?: number;
}

/** A decorative icon; the control around it carries the accessible name. */
export function Icon({ name, size = 18 }: Props) {
  const filled = FILLED.has(name);
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
