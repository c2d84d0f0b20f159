import { create } from 'zustand';
import { useExerciseStore } from './exerciseStore';
import { useMotionPreference } from './motionPreferenceStore';

/** The camera views people can ask for; the scene flies the camera to each. */
export const CAMERA_PRESETS = ['front', 'back', 'left', 'right', 'top', 'lumbar'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

/** Readable names for the presets, for buttons and links. */
export const CAMERA_PRESET_LABELS: Record<CameraPreset, string> = {
  front: 'Front',
  back: 'Back',
  left: 'Left',
  right: 'Right',
  top: 'Top',
  lumbar: 'Lumbar spine',
};

interface CameraState {
  /** The preset the camera is at or flying to; null once people move the camera themselves. */
  preset: CameraPreset | null;
  /** A point to fly close to (world metres), e.g. after a double-click; null when a preset is asked for. */
  focus: [number, number, number] | null;
  /** Grows with every request, so asking for the same view twice flies the camera back to it. */
  requestId: number;
  /** Mirrors the reduced-motion preference: the camera jumps instead of flying. */
  reducedMotion: boolean;
  request: (preset: CameraPreset) => void;
  /**
   * Where the camera looks at a focus point from, as a direction from the point; null keeps the current side.
   */
  focusFrom: [number, number, number] | null;
  focusOn: (point: [number, number, number], from?: [number, number, number]) => void;
  /** People took the controls: the camera is no longer at a preset or focus point. */
  release: () => void;
}

export const useCameraStore = create<CameraState>()((set, get) => ({
  preset: null,
  focus: null,
  requestId: 0,
  reducedMotion: useMotionPreference.getState().reducedMotion,
  request: (preset) => set({ preset, focus: null, requestId: get().requestId + 1 }),
  focusFrom: null,
  focusOn: (point, from) =>
    set({ preset: null, focus: point, focusFrom: from ?? null, requestId: get().requestId + 1 }),
  release: () => {
    if (get().preset !== null || get().focus !== null) set({ preset: null, focus: null });
  },
}));

// One source of truth for the preference; the camera rig reads its copy here with the rest of its inputs.
useMotionPreference.subscribe((s) => {
  if (useCameraStore.getState().reducedMotion !== s.reducedMotion)
    useCameraStore.setState({ reducedMotion: s.reducedMotion });
});

// A side view shows hinges, bends and holds best, so a newly picked exercise starts there. This runs the moment
// the pick is made, so a link that names its own view can still ask for it straight after.
useExerciseStore.subscribe((s, prev) => {
  if (s.exerciseId && s.exerciseId !== prev.exerciseId) useCameraStore.getState().request('left');
});

/** True when the string names a camera preset. */
export function isCameraPreset(value: string): value is CameraPreset {
  return (CAMERA_PRESETS as readonly string[]).includes(value);
}
