import { create } from 'zustand';

const QUERY = '(prefers-reduced-motion: reduce)';

/** The system setting at start-up; false where the browser cannot tell. */
function systemPrefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

interface MotionPreferenceState {
  /** True when people asked their system for less motion: no autoplay and no camera flights. */
  reducedMotion: boolean;
  setReducedMotion: (reduced: boolean) => void;
}

export const useMotionPreference = create<MotionPreferenceState>()((set, get) => ({
  reducedMotion: systemPrefersReducedMotion(),
  setReducedMotion: (reducedMotion) => {
    if (get().reducedMotion !== reducedMotion) set({ reducedMotion });
  },
}));

/** The media query the overlay watches to keep the flag in step with the system. */
export const REDUCED_MOTION_QUERY = QUERY;
