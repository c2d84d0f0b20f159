import { exerciseById } from '../../domain/content/exercises';
import { useExerciseStore } from '../../state/exerciseStore';
import { useSelectionStore } from '../../state/selectionStore';
import { HoverLabel } from '../anatomy/HoverLabel';
import { InfoCard } from '../anatomy/InfoCard';
import { useIsPhone } from '../common/useMediaQuery';
import { PlaybackBar } from '../playback/PlaybackBar';
import { LiveReadout } from '../readout/LiveReadout';
import { ViewToolbar } from './ViewToolbar';
import { useReportInset } from './useReportInset';
import { useRef } from 'react';

/**
 * Controls laid over the 3D view: the hover label, the toolbar, the playback bar and, on larger screens, a side
 * column with the live readout and the picked part's card. The layer itself lets pointer events through to the
 * canvas; only its controls catch them.
 */
export function StageOverlay() {
  const exerciseId = useExerciseStore((s) => s.exerciseId);
  const selected = useSelectionStore((s) => s.selected);
  const isPhone = useIsPhone();
  const exercise = exerciseId ? exerciseById(exerciseId) : undefined;
  const sideColumn = useRef<HTMLDivElement>(null);
  const hasSideColumn = !isPhone && Boolean(selected || exercise);
  const playbackBar = useRef<HTMLDivElement>(null);
  useReportInset(sideColumn, hasSideColumn, 'right');
  useReportInset(playbackBar, Boolean(exercise), 'bottom');
  return (
    <div className="stage" data-testid="stage-overlay">
      <HoverLabel />
      <ViewToolbar />
      {hasSideColumn && (
        <div className="side-column" ref={sideColumn}>
          {selected && <InfoCard selectionKey={selected} />}
          {exercise && <LiveReadout key={exercise.id} exercise={exercise} />}
        </div>
      )}
      {exercise && <PlaybackBar ref={playbackBar} />}
    </div>
  );
}
