import { useRef, type KeyboardEvent } from 'react';
import { PANEL_TAB_LABELS, PANEL_TABS, usePanelStore, type PanelTab } from '../../state/panelStore';

/** The id of a tab's panel, for aria-controls. */
export const tabPanelId = (tab: PanelTab) => `panel-${tab}`;
/** The id of a tab button, for aria-labelledby. */
export const tabId = (tab: PanelTab) => `tab-${tab}`;

/** The section switcher: a tab list that arrow keys move along. */
export function Tabs() {
  const current = usePanelStore((s) => s.tab);
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const edge = e.key === 'Home' ? 0 : e.key === 'End' ? PANEL_TABS.length - 1 : -1;
    if (step === 0 && edge < 0) return;
    e.preventDefault();
    // Stop here so the app's arrow-key shortcuts don't also step the clip.
    e.stopPropagation();
    const index = edge >= 0 ? edge : (PANEL_TABS.indexOf(current) + step + PANEL_TABS.length) % PANEL_TABS.length;
    const tab = PANEL_TABS[index];
    usePanelStore.getState().setTab(tab);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Sections" ref={list} onKeyDown={onKeyDown}>
      {PANEL_TABS.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={tab === current}
          aria-controls={tabPanelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => usePanelStore.getState().setTab(tab)}
        >
          {PANEL_TAB_LABELS[tab]}
        </button>
      ))}
    </div>
  );
}
