import { useEffect, useRef } from 'react';
import { EXERCISE_GROUPS } from '../../domain/content/exercises';
import { EQUIPMENT_LABELS } from '../../domain/content/types';
import { useExerciseStore } from '../../state/exerciseStore';
import { openExercise } from '../openExercise';
import { formatPrescription } from '../format';
import { LibraryFilters } from './LibraryFilters';
import { takeFocusTarget } from './libraryFocus';
import { useVisibleExercises } from './useVisibleExercises';

/** The exercises in the article's groups, filterable; the first nine carry their number key. */
export function ExerciseLibrary() {
  const exerciseId = useExerciseStore((s) => s.exerciseId);
  const visible = useVisibleExercises();
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const id = takeFocusTarget();
    if (id && document.activeElement === document.body) {
      root.current?.querySelector<HTMLElement>(`[data-exercise="${id}"]`)?.focus();
    }
  }, []);
  return (
    <nav className="library" aria-label="Exercises" ref={root}>
      <LibraryFilters />
      <p className="library__count" aria-live="polite">
        {visible.length === 1 ? '1 exercise' : `${visible.length} exercises`}
      </p>
      {visible.length === 0 && <p className="muted">Nothing matches both filters. Try clearing one.</p>}
      {EXERCISE_GROUPS.map((group) => {
        const inGroup = visible.filter((exercise) => exercise.group === group.id);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.id} className="library__group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{group.name}</h2>
            <ul>
              {inGroup.map((exercise) => {
                const number = visible.indexOf(exercise) + 1;
                return (
                  <li key={exercise.id}>
                    <button
                      type="button"
                      className="library__item"
                      data-exercise={exercise.id}
                      aria-pressed={exercise.id === exerciseId}
                      aria-keyshortcuts={number <= 9 ? String(number) : undefined}
                      aria-describedby={`meta-${exercise.id}`}
                      onClick={() => openExercise(exercise.id)}
                    >
                      <span className="library__key" aria-hidden="true">
                        {number <= 9 ? number : ''}
                      </span>
                      <span className="library__name">{exercise.name}</span>
                      <span className="library__meta" id={`meta-${exercise.id}`} aria-hidden="true">
                        {exercise.equipment.map((id) => EQUIPMENT_LABELS[id]).join(' · ')} ·{' '}
                        {formatPrescription(exercise.prescription)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
