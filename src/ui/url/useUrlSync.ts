import { useEffect } from 'react';
import { useCameraStore } from '../../state/cameraStore';
import { useExerciseStore } from '../../state/exerciseStore';
import { usePanelStore } from '../../state/panelStore';
import { playbackClock } from '../../state/playbackClock';
import { usePlaybackStore } from '../../state/playbackStore';
import { useSelectionStore } from '../../state/selectionStore';
import { useToastStore } from '../../state/toastStore';
import { problemNotice } from '../../state/urlProblems';
import { historyKey, parseUrlState, serialiseUrlState } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { useWorkoutStore } from '../../state/workoutStore';
import { applyUrlState } from './applyUrlState';
import { readUrlState, segmentOfPhase, type PendingSeek } from './readUrlState';

/**
 * Keeps the address bar and the app in step. On load and on back/forward the link is read into the stores (a
 * notice names anything unusable); every change is written back, as a new history entry when the exercise,
 * selection, or workout changes, and in place for smaller changes.
 */
export function useUrlSync() {
  useEffect(() => {
    let restoring = false;
    let pending: PendingSeek | null = null;
    let pausedTime = 0;
    let lastKey = '';
    let scheduled = false;
    // Set when the exercise changed on restore, so only a clip loaded after that counts as its clip.
    let awaitingClip = false;

    const write = (mode: 'auto' | 'replace') => {
      const state = readUrlState(pausedTime, pending);
      const key = historyKey(state);
      const search = serialiseUrlState(state);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const push = mode === 'auto' && key !== lastKey;
      lastKey = key;
      if (search === window.location.search) return;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };

    const schedule = () => {
      if (restoring || scheduled) return;
      scheduled = true;
      // Several stores change together on one action; write them as one history step.
      queueMicrotask(() => {
        scheduled = false;
        write('auto');
      });
    };

    const trySeek = () => {
      const playback = usePlaybackStore.getState();
      if (!pending || awaitingClip || playback.duration <= 0) return;
      const target = pending;
      pending = null;
      if ('time' in target) {
        pausedTime = Math.min(target.time, playback.duration);
        playback.seek(target.time);
      } else {
        const index = segmentOfPhase(playback.segments, target.phase);
        if (index >= 0) playback.seek(playback.segments[index].start);
      }
    };

    const restore = (report: boolean) => {
      const { state, problems } = parseUrlState(window.location.search);
      const before = useExerciseStore.getState().exerciseId;
      restoring = true;
      try {
        pending = applyUrlState(state);
      } finally {
        restoring = false;
      }
      awaitingClip = pending !== null && before !== state.exercise;
      const notice = problemNotice(problems);
      if (report && notice) useToastStore.getState().show(notice);
      trySeek();
      lastKey = historyKey(readUrlState(pausedTime, pending));
      write('replace');
    };

    const stops = [
      useExerciseStore.subscribe(schedule),
      useSelectionStore.subscribe((s, prev) => s.selected !== prev.selected && schedule()),
      useCameraStore.subscribe(schedule),
      useViewStore.subscribe(schedule),
      usePanelStore.subscribe(schedule),
      useWorkoutStore.subscribe((s, prev) => {
        if (s.workoutId !== prev.workoutId || s.stepIndex !== prev.stepIndex || s.rounds !== prev.rounds) schedule();
      }),
      usePlaybackStore.subscribe((s, prev) => {
        if (s.segments !== prev.segments) awaitingClip = false;
        if (s.seekId !== prev.seekId) pausedTime = s.seekTo;
        else if (prev.playing && !s.playing) pausedTime = playbackClock.time;
        trySeek();
        if (
          s.playing !== prev.playing ||
          s.seekId !== prev.seekId ||
          s.segmentIndex !== prev.segmentIndex ||
          s.speed !== prev.speed ||
          s.duration !== prev.duration
        ) {
          schedule();
        }
      }),
    ];
    const onPopState = () => restore(true);
    window.addEventListener('popstate', onPopState);
    restore(true);
    return () => {
      window.removeEventListener('popstate', onPopState);
      for (const stop of stops) stop();
    };
  }, []);
}
