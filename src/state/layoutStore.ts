import { create } from 'zustand';

/**
 * How much of the 3D view the overlay covers on its right side, in CSS pixels. The scene shifts its projection
 * so the figure stays centred in the part people can see.
 */
interface LayoutState {
  rightInset: number;
  /** How much the playback bar covers at the bottom of the 3D view, in CSS pixels. */
  bottomInset: number;
  setRightInset: (px: number) => void;
  setBottomInset: (px: number) => void;
}

export const useLayoutStore = create<LayoutState>()((set, get) => ({
  rightInset: 0,
  bottomInset: 0,
  setBottomInset: (px) => {
    const value = Math.max(0, Math.round(px));
    if (get().bottomInset !== value) set({ bottomInset: value });
  },
  setRightInset: (px) => {
    const value = Math.max(0, Math.round(px));
    if (get().rightInset !== value) set({ rightInset: value });
  },
}));
