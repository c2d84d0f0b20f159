import { useMemo } from 'react';
import { muscleInfo } from '../../domain/anatomy';
import { isMuscleId } from '../../domain/anatomy/ids';
import { EQUIPMENT_IDS, EQUIPMENT_LABELS, type EquipmentId } from '../../domain/content/types';
import { useLibraryFilterStore } from '../../state/libraryFilterStore';
import { loadedMuscles, usedEquipment } from './filterExercises';

function isEquipmentId(value: string): value is EquipmentId {
  return (EQUIPMENT_IDS as readonly string[]).includes(value);
}

/** Two drop-downs that narrow the library by equipment and by muscle. */
export function LibraryFilters() {
  const equipment = useLibraryFilterStore((s) => s.equipment);
  const muscle = useLibraryFilterStore((s) => s.muscle);
  const { setEquipment, setMuscle, clear } = useLibraryFilterStore.getState();
  const equipmentOptions = useMemo(() => usedEquipment(), []);
  const muscleOptions = useMemo(
    () =>
      loadedMuscles()
        .map((id) => ({ id, name: muscleInfo(id).name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );
  return (
    <div className="filters" role="group" aria-label="Filter exercises">
      <label className="field">
        <span className="field__label">Equipment</span>
        <select
          value={equipment ?? ''}
          onChange={(e) => setEquipment(isEquipmentId(e.target.value) ? e.target.value : null)}
        >
          <option value="">Any</option>
          {equipmentOptions.map((id) => (
            <option key={id} value={id}>
              {EQUIPMENT_LABELS[id]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Muscle</span>
        <select value={muscle ?? ''} onChange={(e) => setMuscle(isMuscleId(e.target.value) ? e.target.value : null)}>
          <option value="">Any</option>
          {muscleOptions.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {(equipment || muscle) && (
        <button type="button" className="link-button filters__clear" onClick={clear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
