interface Props {
  expanded: boolean;
  onToggle: () => void;
}

/** The grab handle of the phone's bottom sheet: a button that gives the panel more or less of the screen. */
export function SheetToggle({ expanded, onToggle }: Props) {
  return (
    <button
      type="button"
      className="sheet-toggle"
      aria-expanded={expanded}
      aria-label={expanded ? 'Show less of the panel' : 'Show more of the panel'}
      onClick={onToggle}
    >
      <span aria-hidden="true" className="sheet-toggle__bar" />
    </button>
  );
}
