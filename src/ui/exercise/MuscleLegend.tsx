import { muscleInfo } from '../../domain/anatomy';
import { WORK_COLOURS } from '../../domain/content/workColours';
import type { Exercise, MuscleLoad, PhaseId } from '../../domain/content/types';
import { useHighlightStore } from '../../state/highlightStore';
import { formatPercent, ROLE_LABELS } from '../format';
import { ColourKey } from './ColourKey';
import { LoadSource } from './LoadSource';
import { useCurrentSegment } from './useCurrentSegment';

const NOW_LABELS = { concentric: 'Shortening', eccentric: 'Lengthening', isometric: 'Holding' } as const;

interface RowProps {
  load: MuscleLoad;
  phase: PhaseId | null;
  on: boolean;
}

function LegendRow({ load, phase, on }: RowProps) {
  const name = muscleInfo(load.muscle).name;
  const work = phase ? load.phases[phase] : undefined;
  const id = `legend-${load.muscle}`;
  return (
    <li className={on ? 'legend__row' : 'legend__row legend__row--off'} data-testid={id}>
      <div className="legend__head">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          id={id}
          checked={on}
          onChange={() => useHighlightStore.getState().toggle(load.muscle)}
          aria-label={`Highlight ${name}`}
        />
        <label htmlFor={id} className="legend__name">
          {name}
        </label>
        <span className="legend__percent">{formatPercent(load.load)}</span>
      </div>
      <div className="legend__bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, load.load * 100)}%` }} />
      </div>
      <div className="legend__meta">
        <span className="legend__role">{ROLE_LABELS[load.role]}</span>
        {work && (
          <span className="legend__now">
            <span
              className="swatch swatch--small"
              aria-hidden="true"
              style={{ background: WORK_COLOURS[work.contraction], opacity: 0.35 + 0.65 * work.effort }}
            />
            {NOW_LABELS[work.contraction]} now
          </span>
        )}
        <LoadSource source={load.loadSource} />
      </div>
    </li>
  );
}

interface Props {
  exercise: Exercise;
}

/** The muscles an exercise loads, with role, load, source, live kind of work and a highlight switch for each. */
export function MuscleLegend({ exercise }: Props) {
  const off = useHighlightStore((s) => s.off);
  const phase = useCurrentSegment()?.phase ?? null;
  const muscles = exercise.loads.map((load) => load.muscle);
  const allOn = muscles.every((m) => !off.has(m));
  const allOff = muscles.every((m) => off.has(m));
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <div className="section-head">
        <h3 id="legend-heading">Muscles it loads</h3>
        <div className="button-row" role="group" aria-label="Highlight every muscle">
          <button
            type="button"
            className="chip-button"
            aria-label="Highlight all"
            disabled={allOn}
            onClick={() => useHighlightStore.getState().setAll(muscles, true)}
          >
            All
          </button>
          <button
            type="button"
            className="chip-button"
            aria-label="Highlight none"
            disabled={allOff}
            onClick={() => useHighlightStore.getState().setAll(muscles, false)}
          >
            None
          </button>
        </div>
      </div>
      <p className="caption">
        Load: how hard each muscle works at the toughest point, as a share of its maximum. Each figure is cited or
        marked as an estimate.
      </p>
      <ul className="legend__list" aria-label="Loaded muscles">
        {exercise.loads.map((load) => (
          <LegendRow key={load.muscle} load={load} phase={phase} on={!off.has(load.muscle)} />
        ))}
      </ul>
      <ColourKey />
    </section>
  );
}
