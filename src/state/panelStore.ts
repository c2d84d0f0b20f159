import { create } from 'zustand';

/** The overlay's sections. */
export const PANEL_TABS = ['exercises', 'workouts', 'anatomy', 'about'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export const PANEL_TAB_LABELS: Record<PanelTab, string> = {
  exercises: 'Exercises',
  workouts: 'Workouts',
  anatomy: 'Anatomy',
  about: 'About',
};

interface PanelState {
  tab: PanelTab;
  setTab: (tab: PanelTab) => void;
}

/** Which section of the overlay is open. */
export const usePanelStore = create<PanelState>()((set, get) => ({
  tab: 'exercises',
  setTab: (tab) => {
    if (get().tab !== tab) set({ tab });
  },
}));

/** True when the string names a panel section. */
export function isPanelTab(value: string): value is PanelTab {
  return (PANEL_TABS as readonly string[]).includes(value);
}
