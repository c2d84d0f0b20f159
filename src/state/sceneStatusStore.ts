import { create } from 'zustand';

/** Where the 3D view stands; the overlay reads it to show loading and failure notices. */
export type SceneStatus = 'loading' | 'ready' | 'no-webgl' | 'context-lost' | 'error';

interface SceneStatusState {
  status: SceneStatus;
  /** A plain sentence for people when something went wrong. */
  message: string | null;
  setStatus: (status: SceneStatus, message?: string | null) => void;
}

export const useSceneStatus = create<SceneStatusState>()((set, get) => ({
  status: 'loading',
  message: null,
  setStatus: (status, message = null) => {
    if (get().status === status && get().message === message) return;
    set({ status, message });
  },
}));
