import { useState } from 'react';
import { useReducedMotionSync } from './common/useReducedMotionSync';
import { Toasts } from './common/Toasts';
import { useIsPhone } from './common/useMediaQuery';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog';
import { useKeyboardShortcuts } from './keyboard/useKeyboardShortcuts';
import { SheetToggle } from './layout/SheetToggle';
import { StageOverlay } from './layout/StageOverlay';
import { TabPanel } from './layout/TabPanel';
import { usePhoneCardFollowsSelection } from './layout/usePhoneCardFollowsSelection';
import { Tabs } from './layout/Tabs';
import { Search } from './search/Search';
import { StatusNotice } from './StatusNotice';
import { useUrlSync } from './url/useUrlSync';
import { useWorkoutClock } from './workouts/useWorkoutClock';
import { useWorkoutDriver } from './workouts/useWorkoutDriver';

/** The DOM side of the app: the panel (a bottom sheet on phones), the controls over the canvas, and notices. */
export function Overlay() {
  useReducedMotionSync();
  usePhoneCardFollowsSelection();
  useWorkoutDriver();
  useWorkoutClock();
  useUrlSync();
  useKeyboardShortcuts();
  const isPhone = useIsPhone();
  const [expanded, setExpanded] = useState(false);
  const sheetExpanded = isPhone && expanded;
  return (
    <>
      <aside
        className={sheetExpanded ? 'overlay overlay--expanded' : 'overlay'}
        data-testid="overlay"
        aria-label="Lumbar Lab panel"
      >
        {isPhone && <SheetToggle expanded={expanded} onToggle={() => setExpanded(!expanded)} />}
        <header className="overlay__header">
          <h1>Lumbar Lab</h1>
          <p className="overlay__purpose">See how the lower back is built and how each exercise trains it.</p>
        </header>
        <Search />
        <Tabs />
        <StatusNotice />
        <TabPanel />
      </aside>
      <StageOverlay />
      <Toasts />
      <ShortcutsDialog />
    </>
  );
}
