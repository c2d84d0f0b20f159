import { create } from 'zustand';

/**
 * How much of the 3D view the overlay covers on its right side, in CSS pixels. The scene shifts its projection
 * so the figure stays centred in the part people can see.
 */
interface LayoutState {
  rightInset: number;
  setRightInset: (px: number) => void;
}

export const useLayoutStore = create<LayoutState>()((set, get) => ({
  rightInset: 0,
  setRightInset: (px) => {
    const value = Math.max(0, Math.round(px));
    if (get().rightInset !== value) set({ rightInset: value });
  },
}));
