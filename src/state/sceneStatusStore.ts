import { create } from 'zustand';

/** Where the 3D view stands; the overlay reads it to show loading and failure notices. */
export type SceneStatus = 'loading' | 'ready' | 'no-webgl' | 'context-lost' | 'error';

interface SceneStatusState {
  status: SceneStatus;
  /** A plain sentence for people when something went wrong. */
  message: string | null;
  /** Set while a failed model can be loaded again. */
  retry: (() => void) | null;
  /** Models still loading, by name. */
  pending: ReadonlySet<string>;
  /** A model started loading. */
  modelLoading: (name: string) => void;
  /** A model finished loading; the scene is ready when none is pending. */
  modelLoaded: (name: string) => void;
  setStatus: (status: SceneStatus, message?: string | null) => void;
  /** A model failed: say which, and keep a way to try again. */
  reportModelFailure: (message: string, retry: () => void) => void;
  /** Runs the pending retry, if any, and goes back to loading. */
  retryNow: () => void;
}

export const useSceneStatus = create<SceneStatusState>()((set, get) => ({
  status: 'loading',
  message: null,
  retry: null,
  pending: new Set(),
  modelLoading: (name) => {
    const s = get();
    if (s.pending.has(name)) return;
    const pending = new Set(s.pending).add(name);
    set(s.status === 'ready' ? { pending, status: 'loading', message: null } : { pending });
  },
  modelLoaded: (name) => {
    const s = get();
    const pending = new Set(s.pending);
    pending.delete(name);
    set({ pending });
    if (pending.size === 0 && s.status === 'loading') set({ status: 'ready' });
  },
  setStatus: (status, message = null) => {
    const s = get();
    // A model failure stays on screen until its retry is used, even if other parts report ready.
    if (s.status === 'error' && s.retry && status === 'ready') return;
    if (s.status === status && s.message === message) return;
    set({ status, message, retry: null });
  },
  reportModelFailure: (message, retry) => set({ status: 'error', message, retry }),
  retryNow: () => {
    const { retry } = get();
    set({ status: 'loading', message: null, retry: null });
    retry?.();
  },
}));
