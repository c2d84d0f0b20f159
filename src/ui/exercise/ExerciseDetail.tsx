import { useEffect, useRef } from 'react';
import { EQUIPMENT_LABELS, type Exercise } from '../../domain/content/types';
import { useExerciseStore } from '../../state/exerciseStore';
import { MedicalNotice } from '../common/MedicalNotice';
import { useIsPhone } from '../common/useMediaQuery';
import { formatPrescription } from '../format';
import { LiveReadout } from '../readout/LiveReadout';
import { CoachingNotes } from './CoachingNotes';
import { returnFocusTo } from './libraryFocus';
import { MuscleLegend } from './MuscleLegend';
import { StepList } from './StepList';

interface Props {
  exercise: Exercise;
}

/** Everything about one exercise: what it is for, how to do it, what it loads and how to adapt it. */
export function ExerciseDetail({ exercise }: Props) {
  const isPhone = useIsPhone();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Start at the top, not wherever the library was scrolled to.
    const panel = heading.current?.closest('.tab-panel');
    if (panel) panel.scrollTop = 0;
    // The library button that opened this is gone; keep keyboard focus in the panel.
    if (document.activeElement === document.body) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <article className="detail" aria-labelledby="detail-heading">
      <button
        type="button"
        className="back-button"
        onClick={() => {
          returnFocusTo(exercise.id);
          useExerciseStore.getState().selectExercise(null);
        }}
        aria-label="Back to all exercises"
      >
        <span aria-hidden="true">←</span> All exercises
      </button>
      <header className="detail__header">
        <h2 id="detail-heading" tabIndex={-1} ref={heading}>
          {exercise.name}
        </h2>
        <ul className="detail__facts" aria-label="At a glance">
          {exercise.equipment.map((id) => (
            <li key={id} className="chip">
              {EQUIPMENT_LABELS[id]}
            </li>
          ))}
          <li className="chip chip--accent">{formatPrescription(exercise.prescription)}</li>
          {exercise.sidedness === 'each-side' && <li className="chip">One side, then the other</li>}
        </ul>
      </header>
      <p className="detail__why">{exercise.why}</p>
      <MedicalNotice />
      <StepList exercise={exercise} />
      {isPhone && <LiveReadout exercise={exercise} />}
      <MuscleLegend exercise={exercise} />
      <CoachingNotes exercise={exercise} />
    </article>
  );
}
