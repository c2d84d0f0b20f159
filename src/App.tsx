import { Viewport } from './scene/Viewport';
import { Overlay } from './ui/Overlay';
import { DisplayPanel } from './debug/DisplayPanel';
import { PanelBoundary } from './ui/PanelBoundary';

/**
 * The composition root: the 3D viewport and the DOM overlay are siblings that share state only
 * through the zustand stores in src/state.
 */
export function App() {
  return (
    <main className="app">
      <PanelBoundary name="3D view">
        <Viewport />
      </PanelBoundary>
      <PanelBoundary name="panel">
        <Overlay />
      </PanelBoundary>
      <DisplayPanel />
    </main>
  );
}
