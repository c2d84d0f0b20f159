import type { Exercise, PhaseId } from '../../domain/content/types';

/**
 * The step to highlight while a phase plays: the last step written for that phase. A phase with no step of its
 * own keeps the last step of the phases before it, so the highlight never jumps back to nothing mid-movement.
 * Returns -1 before any step applies.
 */
export function currentStepIndex(exercise: Exercise, phase: PhaseId | null): number {
  if (phase === null) return -1;
  const steps = exercise.steps;
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i].phase === phase) return i;
  const order = exercise.phases.indexOf(phase);
  for (let i = steps.length - 1; i >= 0; i--) {
    const at = exercise.phases.indexOf(steps[i].phase);
    if (at >= 0 && at < order) return i;
  }
  return -1;
}
