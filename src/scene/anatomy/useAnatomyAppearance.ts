import { useEffect } from 'react';
import { exerciseById } from '../../domain/content/exercises';
import { useExerciseStore } from '../../state/exerciseStore';
import { useHighlightStore } from '../../state/highlightStore';
import { usePlaybackStore } from '../../state/playbackStore';
import { useSelectionStore } from '../../state/selectionStore';
import { useViewStore } from '../../state/viewStore';
import { applyAppearance } from './appearance';
import type { PreparedModel } from './prepareModel';

function currentInput() {
  const view = useViewStore.getState();
  const exerciseId = useExerciseStore.getState().exerciseId;
  const playback = usePlaybackStore.getState();
  const selection = useSelectionStore.getState();
  return {
    layerOpacity: view.layerOpacity,
    highlightScale: view.highlightScale,
    isolate: view.isolate,
    quality: view.quality,
    exercise: exerciseId ? (exerciseById(exerciseId) ?? null) : null,
    phase: playback.segments[playback.segmentIndex]?.phase ?? null,
    highlightOff: useHighlightStore.getState().off,
    selected: selection.selected,
    hovered: selection.hovered,
  };
}

/** Re-applies the anatomy's look whenever a store that shapes it changes. */
export function useAnatomyAppearance(model: PreparedModel) {
  useEffect(() => {
    const apply = () => applyAppearance(model, currentInput());
    apply();
    const stops = [
      useViewStore.subscribe(apply),
      useExerciseStore.subscribe(apply),
      usePlaybackStore.subscribe((s, prev) => {
        if (s.segmentIndex !== prev.segmentIndex || s.segments !== prev.segments) apply();
      }),
      useHighlightStore.subscribe(apply),
      useSelectionStore.subscribe(apply),
    ];
    return () => stops.forEach((stop) => stop());
  }, [model]);
}
