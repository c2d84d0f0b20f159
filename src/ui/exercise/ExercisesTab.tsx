import { exerciseById } from '../../domain/content/exercises';
import { useExerciseStore } from '../../state/exerciseStore';
import { ExerciseDetail } from './ExerciseDetail';
import { ExerciseLibrary } from './ExerciseLibrary';

/** The library, or the chosen exercise's detail in its place. */
export function ExercisesTab() {
  const exerciseId = useExerciseStore((s) => s.exerciseId);
  const exercise = exerciseId ? exerciseById(exerciseId) : undefined;
  return exercise ? <ExerciseDetail key={exercise.id} exercise={exercise} /> : <ExerciseLibrary />;
}
