import { create } from 'zustand';

/** What the pointer is over and what has been picked, as structure keys (id, plus side for paired parts). */
interface SelectionState {
  hovered: string | null;
  selected: string | null;
  hover: (key: string | null) => void;
  select: (key: string | null) => void;
}

export const useSelectionStore = create<SelectionState>()((set, get) => ({
  hovered: null,
  selected: null,
  hover: (key) => {
    if (get().hovered !== key) set({ hovered: key });
  },
  select: (key) => {
    if (get().selected !== key) set({ selected: key });
  },
}));
