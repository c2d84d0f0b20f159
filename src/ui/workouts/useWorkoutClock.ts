import { useEffect } from 'react';
import { useWorkoutStore } from '../../state/workoutStore';
import { repSecondsNow } from './useRepSeconds';

/** How often the workout timer moves on, in milliseconds; often enough for a smooth seconds display. */
const TICK_MS = 250;

/** Runs the workout timer while a workout is on and not paused, in real time. */
export function useWorkoutClock() {
  const running = useWorkoutStore((s) => s.workoutId !== null && !s.paused && !s.finished);
  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      useWorkoutStore.getState().tick((now - last) / 1000, repSecondsNow());
      last = now;
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running]);
}
