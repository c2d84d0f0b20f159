import { useMemo } from 'react';
import { useLibraryFilterStore } from '../../state/libraryFilterStore';
import { filterExercises } from './filterExercises';

/** The exercises the library lists under the current filters, in order. */
export function useVisibleExercises() {
  const equipment = useLibraryFilterStore((s) => s.equipment);
  const muscle = useLibraryFilterStore((s) => s.muscle);
  return useMemo(() => filterExercises({ equipment, muscle }), [equipment, muscle]);
}

/** The same list, read once outside React (for keyboard shortcuts). */
export function visibleExercisesNow() {
  const { equipment, muscle } = useLibraryFilterStore.getState();
  return filterExercises({ equipment, muscle });
}
