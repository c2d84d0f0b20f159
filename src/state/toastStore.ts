import { create } from 'zustand';

/** A short message that people can dismiss. */
export interface Toast {
  id: number;
  message: string;
}

interface ToastState {
  toasts: readonly Toast[];
  nextId: number;
  /** Shows a message, unless the same one is already showing; returns its id. */
  show: (message: string) => number;
  dismiss: (id: number) => void;
}

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  nextId: 1,
  show: (message) => {
    const existing = get().toasts.find((t) => t.message === message);
    if (existing) return existing.id;
    const id = get().nextId;
    set({ toasts: [...get().toasts, { id, message }], nextId: id + 1 });
    return id;
  },
  dismiss: (id) => {
    const toasts = get().toasts.filter((t) => t.id !== id);
    if (toasts.length !== get().toasts.length) set({ toasts });
  },
}));
