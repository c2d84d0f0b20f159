import { useSelectionStore } from '../../state/selectionStore';
import { structureLabel } from './structureLabel';

/** The name of the structure under the pointer, shown near the top of the 3D view. */
export function HoverLabel() {
  const hovered = useSelectionStore((s) => s.hovered);
  const label = hovered ? structureLabel(hovered) : null;
  if (!label) return null;
  return (
    <div className="hover-label" data-testid="hover-label">
      {label}
    </div>
  );
}
