import type { Ref } from 'react';
import { SPEEDS, usePlaybackStore } from '../../state/playbackStore';
import { Icon } from '../common/Icon';
import { stepFrame, stepPhase, togglePlayback } from './playbackActions';
import { Timeline } from './Timeline';

/** Play, pause, step, speed, loop and the timeline for the exercise on screen. */
export function PlaybackBar({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const playing = usePlaybackStore((s) => s.playing);
  const speed = usePlaybackStore((s) => s.speed);
  const loop = usePlaybackStore((s) => s.loop);
  const ready = usePlaybackStore((s) => s.duration > 0);
  return (
    <div className="playback" role="group" aria-label="Playback" ref={ref}>
      <div className="playback__buttons">
        <button
          type="button"
          className="icon-button"
          onClick={() => stepPhase(-1)}
          disabled={!ready}
          aria-label="Previous phase"
          aria-keyshortcuts="["
          title="Previous phase ( [ )"
        >
          <Icon name="phase-back" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => stepFrame(-1)}
          disabled={!ready}
          aria-label="Back one frame"
          aria-keyshortcuts="ArrowLeft"
          title="Back one frame (←)"
        >
          <Icon name="frame-back" />
        </button>
        <button
          type="button"
          className="icon-button icon-button--primary"
          onClick={togglePlayback}
          aria-label={playing ? 'Pause' : 'Play'}
          aria-keyshortcuts="Space"
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
        >
          <Icon name={playing ? 'pause' : 'play'} size={20} />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => stepFrame(1)}
          disabled={!ready}
          aria-label="Forward one frame"
          aria-keyshortcuts="ArrowRight"
          title="Forward one frame (→)"
        >
          <Icon name="frame-forward" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => stepPhase(1)}
          disabled={!ready}
          aria-label="Next phase"
          aria-keyshortcuts="]"
          title="Next phase ( ] )"
        >
          <Icon name="phase-forward" />
        </button>
      </div>
      <Timeline />
      <div className="playback__settings">
        <label className="playback__speed">
          <span className="visually-hidden">Speed</span>
          <select value={speed} onChange={(e) => usePlaybackStore.getState().setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          aria-pressed={loop}
          aria-label="Loop"
          title={loop ? 'Looping' : 'Play once'}
          onClick={() => usePlaybackStore.getState().setLoop(!loop)}
        >
          <Icon name="loop" />
        </button>
      </div>
    </div>
  );
}
