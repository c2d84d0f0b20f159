import { EXERCISE_GROUPS, exercisesInGroup } from '../domain/content/exercises';
import { useExerciseStore } from '../state/exerciseStore';

/** The exercises, listed in the article's groups; picking one shows it. */
export function ExerciseLibrary() {
  const exerciseId = useExerciseStore((s) => s.exerciseId);
  const selectExercise = useExerciseStore((s) => s.selectExercise);
  return (
    <nav className="library" aria-label="Exercises">
      {EXERCISE_GROUPS.map((group) => (
        <section key={group.id} className="library__group" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{group.name}</h2>
          <ul>
            {exercisesInGroup(group.id).map((exercise) => (
              <li key={exercise.id}>
                <button
                  type="button"
                  className="library__item"
                  aria-pressed={exercise.id === exerciseId}
                  onClick={() => selectExercise(exercise.id === exerciseId ? null : exercise.id)}
                >
                  {exercise.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
