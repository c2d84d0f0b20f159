/** The keyboard shortcuts, as the help dialog lists them. */
export const SHORTCUTS: readonly { keys: string[]; action: string }[] = [
  { keys: ['Space'], action: 'Play or pause' },
  { keys: ['←', '→'], action: 'Step back or forward one frame' },
  { keys: ['[', ']'], action: 'Jump to the previous or next phase' },
  { keys: ['1', '…', '9'], action: 'Pick an exercise from the list' },
  { keys: ['/'], action: 'Search' },
  { keys: ['Esc'], action: 'Clear the selection, then the exercise' },
  { keys: ['?'], action: 'Show these shortcuts' },
];
