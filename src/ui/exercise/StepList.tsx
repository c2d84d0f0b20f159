import { PHASE_LABELS, type Exercise } from '../../domain/content/types';
import { currentStepIndex } from './currentStep';
import { useCurrentSegment } from './useCurrentSegment';

interface Props {
  exercise: Exercise;
}

/** The numbered steps, with the one for the playing phase highlighted and read out to screen readers. */
export function StepList({ exercise }: Props) {
  const segment = useCurrentSegment();
  const current = currentStepIndex(exercise, segment?.phase ?? null);
  const step = exercise.steps[current];
  const side = segment?.side ? `${segment.side === 'right' ? 'Right' : 'Left'} side. ` : '';
  const announcement = step ? `${side}Step ${current + 1} of ${exercise.steps.length}: ${step.cue}.` : '';
  return (
    <section className="steps" aria-labelledby="steps-heading">
      <h3 id="steps-heading">How to do it</h3>
      <ol className="steps__list">
        {exercise.steps.map((s, i) => (
          <li
            key={i}
            className={i === current ? 'steps__item steps__item--current' : 'steps__item'}
            aria-current={i === current ? 'step' : undefined}
          >
            <span className="steps__phase">{PHASE_LABELS[s.phase]}</span>
            <span className="steps__cue">{s.cue}</span>
            <span className="steps__text">{s.text}</span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
        {announcement}
      </p>
    </section>
  );
}
