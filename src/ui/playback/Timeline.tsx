import { useRef } from 'react';
import { PHASE_LABELS } from '../../domain/content/types';
import { playbackClock } from '../../state/playbackClock';
import { FRAME_STEP, usePlaybackStore, type PhaseSegment } from '../../state/playbackStore';
import { useAnimationFrame } from '../common/useAnimationFrame';
import { formatClock } from '../format';

function segmentName(segment: PhaseSegment): string {
  const side = segment.side ? `, ${segment.side} side` : '';
  return `${PHASE_LABELS[segment.phase]}${side}`;
}

/**
 * The scrubbable timeline: phase blocks above a range input. Clicking a block jumps to the start of its phase;
 * dragging the range seeks. The thumb follows the clock on each animation frame, written straight to the DOM.
 */
export function Timeline() {
  const duration = usePlaybackStore((s) => s.duration);
  const segments = usePlaybackStore((s) => s.segments);
  const segmentIndex = usePlaybackStore((s) => s.segmentIndex);
  const range = useRef<HTMLInputElement>(null);
  const time = useRef<HTMLSpanElement>(null);
  const dragging = useRef(false);
  const shown = useRef('');

  useAnimationFrame(() => {
    const t = Math.min(playbackClock.time, duration);
    const input = range.current;
    if (input && !dragging.current) {
      input.value = String(t);
      input.style.setProperty('--progress', duration > 0 ? `${(t / duration) * 100}%` : '0%');
    }
    const text = `${formatClock(t)} / ${formatClock(duration)}`;
    if (text !== shown.current && time.current && input) {
      shown.current = text;
      time.current.textContent = text;
      input.setAttribute('aria-valuetext', `${formatClock(t)} of ${formatClock(duration)}`);
    }
  });

  const disabled = duration <= 0;
  const current = segments[segmentIndex];
  return (
    <div className="timeline">
      <ol className="timeline__phases" aria-label="Phases">
        {segments.map((segment, i) => (
          <li
            key={`${segment.phase}-${segment.start}`}
            style={{ width: `${duration > 0 ? ((segment.end - segment.start) / duration) * 100 : 0}%` }}
          >
            <button
              type="button"
              className={i === segmentIndex ? 'timeline__phase timeline__phase--current' : 'timeline__phase'}
              aria-current={i === segmentIndex ? 'step' : undefined}
              aria-label={`Go to ${segmentName(segment)}`}
              title={segmentName(segment)}
              onClick={() => usePlaybackStore.getState().seek(segment.start)}
            >
              <span aria-hidden="true">{PHASE_LABELS[segment.phase]}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="timeline__row">
        <input
          ref={range}
          type="range"
          className="timeline__range"
          aria-label="Timeline"
          min={0}
          max={duration > 0 ? duration : 1}
          step={FRAME_STEP}
          defaultValue={0}
          disabled={disabled}
          onPointerDown={() => (dragging.current = true)}
          onPointerUp={() => (dragging.current = false)}
          onBlur={() => (dragging.current = false)}
          onChange={(e) => usePlaybackStore.getState().seek(Number(e.target.value))}
        />
        {current && (
          <span className="timeline__current" aria-hidden="true">
            {PHASE_LABELS[current.phase]}
          </span>
        )}
        <span className="timeline__time" ref={time}>
          0:00 / 0:00
        </span>
      </div>
    </div>
  );
}
