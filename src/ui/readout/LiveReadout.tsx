import { useRef } from 'react';
import { muscleInfo } from '../../domain/anatomy';
import { DISC_IDS } from '../../domain/anatomy/ids';
import type { Exercise } from '../../domain/content/types';
import { liveReadout } from '../../state/liveReadout';
import { useAnimationFrame } from '../common/useAnimationFrame';
import { drawHip, drawMuscle, drawNeutral, drawSegment, type MuscleRowRefs, type SegmentRowRefs } from './drawReadout';

interface Props {
  exercise: Exercise;
}

/**
 * The card redraws about twelve times a second: quick enough to follow a rep, slow enough to read, and it spares
 * weak devices repainting the card on every frame. A reading that arrives between redraws is drawn at the next.
 */
const REDRAW_INTERVAL_MS = 80;

/**
 * The lower back as it moves: each lumbar joint's bend against its range, the hip angle, whether the spine is
 * neutral, and which loaded muscles are lengthening, shortening or holding. Values go straight into the DOM from
 * the latest reading of the scene.
 */
export function LiveReadout({ exercise }: Props) {
  const root = useRef<HTMLElement>(null);
  const segments = useRef<SegmentRowRefs[]>([]);
  const muscles = useRef<MuscleRowRefs[]>([]);
  const hip = useRef<HTMLSpanElement>(null);
  const neutral = useRef<HTMLSpanElement>(null);
  const seen = useRef(-1);
  const drawnAt = useRef(-Infinity);

  useAnimationFrame(() => {
    if (liveReadout.version === seen.current || !root.current) return;
    const now = performance.now();
    if (now - drawnAt.current < REDRAW_INTERVAL_MS) return;
    drawnAt.current = now;
    seen.current = liveReadout.version;
    root.current.dataset.active = String(liveReadout.active);
    for (let i = 0; i < liveReadout.segments.length; i++) {
      const row = segments.current[i];
      if (row) drawSegment(row, liveReadout.segments[i]);
    }
    if (hip.current) drawHip(hip.current, liveReadout.hipFlexion);
    if (neutral.current) drawNeutral(neutral.current, liveReadout.spineNeutral, liveReadout.lumbarFlexion);
    // Index loops, not forEach and find: no closure is made on each redraw.
    for (let r = 0; r < muscles.current.length; r++) {
      const row = muscles.current[r];
      let rate: number | null = null;
      for (let i = 0; i < liveReadout.muscles.length; i++) {
        if (liveReadout.muscles[i].muscle === row.muscle) rate = liveReadout.muscles[i].lengthRate;
      }
      drawMuscle(row, rate);
    }
  });

  return (
    <section className="readout" aria-labelledby="readout-heading" ref={root} data-active="false">
      <header className="readout__head">
        <h3 id="readout-heading">Your lower back, live</h3>
        <span className="readout__neutral" ref={neutral}>
          Waiting
        </span>
      </header>
      <p className="readout__idle">Press play to watch each joint move.</p>
      <ol className="readout__segments" aria-label="Bend at each lumbar joint">
        {DISC_IDS.map((segment, i) => (
          <li key={segment} className="segment">
            <span className="segment__label">{segment.replace('-', '/')}</span>
            <span
              className="segment__track"
              ref={(el) => {
                segments.current[i] = { ...segments.current[i], track: el };
              }}
            >
              <span className="segment__near segment__near--ext" />
              <span className="segment__near segment__near--flex" />
              <span className="segment__zero" />
              <span
                className="segment__fill"
                ref={(el) => {
                  segments.current[i] = { ...segments.current[i], fill: el };
                }}
              />
            </span>
            <span
              className="segment__value"
              ref={(el) => {
                segments.current[i] = { ...segments.current[i], value: el };
              }}
            >
              0°
            </span>
          </li>
        ))}
      </ol>
      <p className="caption readout__caption">
        Each bar shows how far one joint bends within its normal range: extension (arching) to the left, flexion
        (bending forward) to the right. Green sits comfortably inside; amber is near the end of the range.
      </p>
      <p className="readout__hip">
        Hip <span ref={hip}>0°</span>
      </p>
      <ul className="readout__muscles" aria-label="Loaded muscles right now">
        {exercise.loads.map((load, i) => (
          <li
            key={load.muscle}
            className="muscle-motion"
            data-motion="none"
            ref={(el) => {
              muscles.current[i] = { ...muscles.current[i], muscle: load.muscle, row: el };
            }}
          >
            <span className="muscle-motion__icon" aria-hidden="true" />
            <span className="muscle-motion__name">{muscleInfo(load.muscle).name}</span>
            <span
              className="muscle-motion__state"
              ref={(el) => {
                muscles.current[i] = { ...muscles.current[i], muscle: load.muscle, state: el };
              }}
            >
              –
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
