import type { Exercise, ExerciseGroup } from '../types';
import { STRENGTH_EXERCISES } from './strength';
import { PAIN_RELIEF_EXERCISES } from './painRelief';

/** All exercises, in the article's order: its strength group, then its pain-relief group, each followed by the extras. */
export const EXERCISES: readonly Exercise[] = [...STRENGTH_EXERCISES, ...PAIN_RELIEF_EXERCISES];

/** The article's two groups, in its order, with their display names. */
export const EXERCISE_GROUPS: readonly { id: ExerciseGroup; name: string }[] = [
  { id: 'strength', name: 'For strength' },
  { id: 'pain-relief', name: 'For pain relief and control' },
];

const byId = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

/** The exercise with this id, or undefined. */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

/** The exercises of one group, in order. */
export function exercisesInGroup(group: ExerciseGroup): Exercise[] {
  return EXERCISES.filter((exercise) => exercise.group === group);
}
