import { lazy, Suspense } from 'react';
import { Overlay } from './ui/Overlay';
import { PanelBoundary } from './ui/PanelBoundary';

// The 3D view (three.js, react-three-fiber, drei) and the leva display panel are fetched after the overlay, so the
// first paint needs neither; the overlay's status notice says the 3D view is loading meanwhile.
const Viewport = lazy(() => import('./scene/Viewport').then((m) => ({ default: m.Viewport })));
const DisplayPanel = lazy(() => import('./debug/DisplayPanel').then((m) => ({ default: m.DisplayPanel })));

/**
 * The composition root: the 3D viewport and the DOM overlay are siblings that share state only
 * through the zustand stores in src/state.
 */
export function App() {
  return (
    <main className="app">
      <PanelBoundary name="3D view">
        <Suspense fallback={<div className="viewport" />}>
          <Viewport />
        </Suspense>
      </PanelBoundary>
      <PanelBoundary name="panel">
        <Overlay />
      </PanelBoundary>
      <Suspense fallback={null}>
        <DisplayPanel />
      </Suspense>
    </main>
  );
}
