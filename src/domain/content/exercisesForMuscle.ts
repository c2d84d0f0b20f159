import type { MuscleId } from '../anatomy/ids';
import { EXERCISES } from './exercises';
import type { Exercise, MuscleLoad } from './types';

export interface MuscleUse {
  exercise: Exercise;
  load: MuscleLoad;
}

const uses = new Map<MuscleId, MuscleUse[]>();
for (const exercise of EXERCISES) {
  for (const load of exercise.loads) {
    const list = uses.get(load.muscle) ?? [];
    list.push({ exercise, load });
    uses.set(load.muscle, list);
  }
}
for (const list of uses.values()) list.sort((a, b) => b.load.load - a.load.load);

/** The exercises that load a muscle, heaviest load first; derived from the exercise data, never kept by hand. */
export function exercisesForMuscle(muscle: MuscleId): readonly MuscleUse[] {
  return uses.get(muscle) ?? [];
}
