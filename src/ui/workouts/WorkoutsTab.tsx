import { useWorkoutStore } from '../../state/workoutStore';
import { WorkoutList } from './WorkoutList';
import { WorkoutPlayer } from './WorkoutPlayer';

/** The workout list, or the player once a workout is running. */
export function WorkoutsTab() {
  const active = useWorkoutStore((s) => s.workoutId !== null);
  return active ? <WorkoutPlayer /> : <WorkoutList />;
}
