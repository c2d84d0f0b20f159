import type { MuscleId } from '../../domain/anatomy/ids';
import { EXERCISES } from '../../domain/content/exercises';
import type { EquipmentId, Exercise } from '../../domain/content/types';

/** The library's filters: equipment and muscle, either left open with null. */
export interface ExerciseFilter {
  equipment: EquipmentId | null;
  muscle: MuscleId | null;
}

/** The exercises that pass the filter, in library order. */
export function filterExercises(filter: ExerciseFilter, exercises: readonly Exercise[] = EXERCISES): Exercise[] {
  return exercises.filter(
    (exercise) =>
      (filter.equipment === null || exercise.equipment.includes(filter.equipment)) &&
      (filter.muscle === null || exercise.loads.some((load) => load.muscle === filter.muscle)),
  );
}

/** Equipment that at least one exercise uses, in the catalogue's order. */
export function usedEquipment(exercises: readonly Exercise[] = EXERCISES): EquipmentId[] {
  const used = new Set(exercises.flatMap((exercise) => exercise.equipment));
  return [...used];
}

/** Muscles that at least one exercise loads. */
export function loadedMuscles(exercises: readonly Exercise[] = EXERCISES): MuscleId[] {
  return [...new Set(exercises.flatMap((exercise) => exercise.loads.map((load) => load.muscle)))];
}
