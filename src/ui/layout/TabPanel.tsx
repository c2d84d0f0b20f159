import { usePanelStore } from '../../state/panelStore';
import { AboutTab } from '../about/AboutTab';
import { AnatomyTab } from '../anatomy/AnatomyTab';
import { ExercisesTab } from '../exercise/ExercisesTab';
import { WorkoutsTab } from '../workouts/WorkoutsTab';
import { tabId, tabPanelId } from './Tabs';

/** The open section's content. */
export function TabPanel() {
  const tab = usePanelStore((s) => s.tab);
  return (
    <div
      key={tab}
      className="tab-panel"
      role="tabpanel"
      id={tabPanelId(tab)}
      aria-labelledby={tabId(tab)}
      data-testid="tab-panel"
    >
      {tab === 'exercises' && <ExercisesTab />}
      {tab === 'workouts' && <WorkoutsTab />}
      {tab === 'anatomy' && <AnatomyTab />}
      {tab === 'about' && <AboutTab />}
    </div>
  );
}
