import { exerciseById } from '../../domain/content/exercises';
import { workoutById } from '../../domain/content/workouts';
import { nextWork, repsDone, stepSeconds, type PlanStep, type WorkStep } from '../../domain/content/workoutPlan';
import { usePanelStore } from '../../state/panelStore';
import { useWorkoutStore, workoutPlan } from '../../state/workoutStore';
import { Icon } from '../common/Icon';
import { MedicalNotice } from '../common/MedicalNotice';
import { formatClock, formatDuration, formatPrescription } from '../format';
import { useRepSeconds } from './useRepSeconds';

const nameOf = (id: string) => exerciseById(id)?.name ?? id;

/** A sentence for screen readers when a new step begins; it never contains the ticking timer. */
function stepAnnouncement(step: PlanStep | undefined, finished: boolean): string {
  if (finished) return 'Workout finished. Well done.';
  if (!step) return '';
  if (step.kind === 'rest') return `Rest for ${formatDuration(step.seconds)}. Next up: ${nameOf(step.next)}.`;
  const side = step.side ? `, ${step.side} side` : '';
  return `${nameOf(step.exercise)}, set ${step.set} of ${step.sets}${side}: ${formatPrescription(step.prescription)}.`;
}

function WorkCounter({ step, elapsed }: { step: WorkStep; elapsed: number }) {
  const repSeconds = useRepSeconds();
  const p = step.prescription;
  if (p.kind === 'reps') {
    const done = repsDone(step, elapsed, repSeconds);
    return (
      <div className="counter" data-testid="workout-counter">
        <span className="counter__big">
          {done}
          <span className="counter__of"> / {p.reps}</span>
        </span>
        <span className="counter__label">reps{p.perSide ? ' each side' : ''}</span>
      </div>
    );
  }
  return (
    <div className="counter" data-testid="workout-counter">
      <span className="counter__big">{formatClock(Math.max(0, p.seconds - elapsed))}</span>
      <span className="counter__label">hold{step.side ? `, ${step.side} side` : ''}</span>
    </div>
  );
}

/** The workout as it runs: the current exercise with its counter, rests, what's next, and progress. */
export function WorkoutPlayer() {
  const { workoutId, rounds, stepIndex, elapsed, paused, finished } = useWorkoutStore();
  const workout = workoutId ? workoutById(workoutId) : undefined;
  const repSeconds = useRepSeconds();
  if (!workout) return null;
  const steps = workoutPlan(workout.id, rounds);
  const step = steps[stepIndex];
  const upcoming = nextWork(steps, stepIndex);
  const { back, next, setPaused, stop, start } = useWorkoutStore.getState();
  const done = finished ? steps.length : stepIndex;
  const work = step?.kind === 'work' ? step : null;
  const rest = step?.kind === 'rest' ? step : null;
  return (
    <section className="player" aria-labelledby="player-heading" data-testid="workout-player">
      <header className="player__head">
        <div>
          <p className="eyebrow">Workout</p>
          <h2 id="player-heading">{workout.name}</h2>
        </div>
        <button type="button" className="chip-button" onClick={stop}>
          End workout
        </button>
      </header>
      <div
        className="progress"
        role="progressbar"
        aria-label="Workout progress"
        aria-valuemin={0}
        aria-valuemax={steps.length}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${steps.length} steps done`}
      >
        <span style={{ width: `${(done / Math.max(1, steps.length)) * 100}%` }} />
      </div>
      {work && !finished && (
        <p className="player__where">
          Exercise {work.itemIndex + 1} of {workout.items.length}
          {work.rounds > 1 && ` · Round ${work.round} of ${work.rounds}`}
        </p>
      )}
      {rest && !finished && rest.rounds > 1 && (
        <p className="player__where">
          Round {rest.round} of {rest.rounds}
        </p>
      )}
      {finished ? (
        <div className="player__done">
          <p className="player__big-text">All done. Nice work.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => start(workout.id, { rounds, stepIndex: 0 })}>
              Do it again
            </button>
            <button type="button" className="button button--quiet" onClick={stop}>
              Back to workouts
            </button>
          </div>
        </div>
      ) : work ? (
        <div className="player__now">
          <p className="eyebrow">
            Set {work.set} of {work.sets}
            {work.side && ` · ${work.side} side`}
          </p>
          <h3 className="player__exercise">{nameOf(work.exercise)}</h3>
          <p className="muted">{formatPrescription(work.prescription)}</p>
          <WorkCounter step={work} elapsed={elapsed} />
          {work.note && <p className="note">{work.note}</p>}
          <button type="button" className="link-button" onClick={() => usePanelStore.getState().setTab('exercises')}>
            See the steps and muscles
          </button>
        </div>
      ) : (
        rest && (
          <div className="player__rest">
            <p className="eyebrow">Rest</p>
            <p className="counter__big" data-testid="rest-countdown">
              {formatClock(Math.max(0, rest.seconds - elapsed))}
            </p>
            <p className="caption">Breathe, shake out, get ready.</p>
          </div>
        )
      )}
      {!finished && upcoming && (
        <p className="player__next">
          <span className="muted">Next up</span> <strong>{nameOf(upcoming.exercise)}</strong>
          {upcoming.sets > 1 && <span className="muted"> · set {upcoming.set}</span>}
        </p>
      )}
      {!finished && step && (
        <div className="player__controls">
          <button type="button" className="icon-button" onClick={back} aria-label="Back">
            <Icon name="back" />
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setPaused(!paused)}
            aria-label={paused ? 'Resume workout' : 'Pause workout'}
          >
            <Icon name={paused ? 'play' : 'pause'} /> {paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" className="icon-button" onClick={next} aria-label="Skip">
            <Icon name="skip" />
          </button>
          <span className="player__timer">
            <span className="visually-hidden">Time in this step: </span>
            {formatClock(elapsed)} / {formatClock(stepSeconds(step, repSeconds))}
          </span>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="workout-announcer">
        {stepAnnouncement(step, finished)}
      </p>
      <MedicalNotice />
    </section>
  );
}
