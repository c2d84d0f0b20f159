import { useState } from 'react';
import { exerciseById } from '../../domain/content/exercises';
import { WORKOUTS } from '../../domain/content/workouts';
import { planSeconds } from '../../domain/content/workoutPlan';
import type { Workout } from '../../domain/content/types';
import { useWorkoutStore, workoutPlan } from '../../state/workoutStore';

function WorkoutCard({ workout }: { workout: Workout }) {
  const [rounds, setRounds] = useState(workout.rounds.min);
  const minutes = Math.max(1, Math.round(planSeconds(workoutPlan(workout.id, rounds)) / 60));
  const names = workout.items.map((item) => exerciseById(item.exercise)?.name ?? item.exercise);
  const choice = workout.rounds.max > workout.rounds.min;
  return (
    <li className="card workout-card">
      <h3 id={`workout-${workout.id}`}>{workout.name}</h3>
      <p>{workout.intent}</p>
      <p className="workout-card__list">{names.join(' · ')}</p>
      <div className="workout-card__actions">
        <span className="muted">
          About {minutes} min · {workout.items.length} exercises
        </span>
        {choice && (
          <label className="field field--inline">
            <span className="field__label">Rounds</span>
            <select value={rounds} onChange={(e) => setRounds(Number(e.target.value))}>
              {Array.from(
                { length: workout.rounds.max - workout.rounds.min + 1 },
                (_, i) => workout.rounds.min + i,
              ).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="button"
          aria-label={`Start ${workout.name}`}
          onClick={() => useWorkoutStore.getState().start(workout.id, { rounds })}
        >
          Start
        </button>
      </div>
    </li>
  );
}

/** The five workouts with what each is for; starting one opens the player. */
export function WorkoutList() {
  return (
    <section aria-labelledby="workouts-heading">
      <h2 id="workouts-heading" className="section-title">
        Workouts
      </h2>
      <p className="caption">Times are a rough guide at an easy pace, rests included.</p>
      <ul className="workout-list">
        {WORKOUTS.map((workout) => (
          <WorkoutCard key={workout.id} workout={workout} />
        ))}
      </ul>
    </section>
  );
}
