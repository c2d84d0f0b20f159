import { create } from 'zustand';
import type { MuscleId } from '../domain/anatomy/ids';

/** Which loaded muscles are highlighted. All are on by default; people switch single ones off. */
interface HighlightState {
  off: ReadonlySet<MuscleId>;
  toggle: (muscle: MuscleId) => void;
  setAll: (muscles: readonly MuscleId[], on: boolean) => void;
}

export const useHighlightStore = create<HighlightState>()((set, get) => ({
  off: new Set(),
  toggle: (muscle) => {
    const off = new Set(get().off);
    if (off.has(muscle)) off.delete(muscle);
    else off.add(muscle);
    set({ off });
  },
  setAll: (muscles, on) => {
    const off = new Set(get().off);
    for (const m of muscles) {
      if (on) off.delete(m);
      else off.add(m);
    }
    set({ off });
  },
}));
