import { BONES, DISCS, MUSCLES, VERTEBRAE } from '../../domain/anatomy';
import type { StructureId } from '../../domain/anatomy/ids';
import { useSelectionStore } from '../../state/selectionStore';
import { parseStructureKey } from '../../state/structureKey';
import { listKey } from './listKey';
import { MUSCLE_GROUP_LABELS } from './structureLabel';

interface GroupProps {
  title: string;
  items: readonly { id: StructureId; name: string }[];
  selectedId: StructureId | null;
  open?: boolean;
}

function Group({ title, items, selectedId, open }: GroupProps) {
  return (
    <details className="browser__group" open={open}>
      <summary>
        {title} <span className="muted">({items.length})</span>
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="browser__item"
              aria-pressed={item.id === selectedId}
              onClick={() => useSelectionStore.getState().select(listKey(item.id), { focus: true })}
            >
              {item.name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Every structure as a list to pick from, for people who can't or don't want to click the model. */
export function StructureBrowser() {
  const selected = useSelectionStore((s) => s.selected);
  const selectedId = selected ? (parseStructureKey(selected)?.id ?? null) : null;
  const groups = new Map<string, { id: StructureId; name: string }[]>();
  for (const m of MUSCLES) {
    const label = MUSCLE_GROUP_LABELS[m.group];
    groups.set(label, [...(groups.get(label) ?? []), m]);
  }
  return (
    <section className="browser" aria-labelledby="browser-heading">
      <h2 id="browser-heading" className="subhead">
        Pick a part
      </h2>
      <Group title="Lumbar vertebrae" items={VERTEBRAE} selectedId={selectedId} open />
      <Group title="Discs" items={DISCS} selectedId={selectedId} />
      <Group title="Other bones" items={BONES} selectedId={selectedId} />
      {[...groups].map(([label, items]) => (
        <Group key={label} title={`Muscles: ${label.toLowerCase()}`} items={items} selectedId={selectedId} />
      ))}
    </section>
  );
}
