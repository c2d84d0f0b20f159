import { create } from 'zustand';

/** What the pointer is over and what has been picked, as structure keys (id, plus side for paired parts). */
interface SelectionState {
  hovered: string | null;
  selected: string | null;
  hover: (key: string | null) => void;
  /** Grows each time a pick asks the camera to fly to the part (a pick from a list, where the part may be off view). */
  focusId: number;
  select: (key: string | null, options?: { focus?: boolean }) => void;
}

export const useSelectionStore = create<SelectionState>()((set, get) => ({
  hovered: null,
  selected: null,
  hover: (key) => {
    if (get().hovered !== key) set({ hovered: key });
  },
  focusId: 0,
  select: (key, options) => {
    if (key !== null && options?.focus) set({ selected: key, focusId: get().focusId + 1 });
    else if (get().selected !== key) set({ selected: key });
  },
}));
