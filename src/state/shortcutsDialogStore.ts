import { create } from 'zustand';

interface ShortcutsDialogState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/** Whether the keyboard shortcuts dialog is showing. */
export const useShortcutsDialog = create<ShortcutsDialogState>()((set, get) => ({
  open: false,
  setOpen: (open) => {
    if (get().open !== open) set({ open });
  },
}));
