import { create } from 'zustand';
import type { MuscleId } from '../domain/anatomy/ids';
import type { EquipmentId } from '../domain/content/types';

interface LibraryFilterState {
  /** Show only exercises that use this equipment; null for all. */
  equipment: EquipmentId | null;
  /** Show only exercises that load this muscle; null for all. */
  muscle: MuscleId | null;
  setEquipment: (equipment: EquipmentId | null) => void;
  setMuscle: (muscle: MuscleId | null) => void;
  clear: () => void;
}

/** The exercise library's filters. The keyboard shortcuts 1–9 read them to know which exercises are listed. */
export const useLibraryFilterStore = create<LibraryFilterState>()((set, get) => ({
  equipment: null,
  muscle: null,
  setEquipment: (equipment) => {
    if (get().equipment !== equipment) set({ equipment });
  },
  setMuscle: (muscle) => {
    if (get().muscle !== muscle) set({ muscle });
  },
  clear: () => {
    if (get().equipment !== null || get().muscle !== null) set({ equipment: null, muscle: null });
  },
}));
