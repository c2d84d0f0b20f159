import { useEffect } from 'react';
import { REDUCED_MOTION_QUERY, useMotionPreference } from '../../state/motionPreferenceStore';
import { usePlaybackStore } from '../../state/playbackStore';

/** Keeps the reduced-motion flag in step with the system setting; turning it on stops any playing movement. */
export function useReducedMotionSync() {
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(REDUCED_MOTION_QUERY);
    const update = () => {
      useMotionPreference.getState().setReducedMotion(list.matches);
      if (list.matches) usePlaybackStore.getState().pause();
    };
    useMotionPreference.getState().setReducedMotion(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
}
