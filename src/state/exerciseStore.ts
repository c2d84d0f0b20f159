import { create } from 'zustand';
import { exerciseById } from '../domain/content/exercises';

interface ExerciseState {
  /** The exercise being shown, or null when exploring the anatomy. */
  exerciseId: string | null;
  selectExercise: (id: string | null) => void;
}

export const useExerciseStore = create<ExerciseState>()((set, get) => ({
  exerciseId: null,
  selectExercise: (id) => {
    const next = id !== null && exerciseById(id) ? id : null;
    if (get().exerciseId !== next) set({ exerciseId: next });
  },
}));
