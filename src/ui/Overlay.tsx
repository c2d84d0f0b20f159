import { ExerciseLibrary } from './ExerciseLibrary';
import { StatusNotice } from './StatusNotice';

/** The DOM side of the app: title, status notices and panels, laid over the canvas. */
export function Overlay() {
  return (
    <aside className="overlay" data-testid="overlay">
      <header className="overlay__header">
        <h1>Lumbar Lab</h1>
        <p className="overlay__purpose">See how the lower back is built and how each exercise trains it.</p>
      </header>
      <StatusNotice />
      <ExerciseLibrary />
    </aside>
  );
}
