import { useSceneStatus } from '../state/sceneStatusStore';

/** Tells people what the 3D view is doing when it is not simply showing the model. */
export function StatusNotice() {
  const status = useSceneStatus((s) => s.status);
  const message = useSceneStatus((s) => s.message);
  if (status === 'ready') return null;
  if (status === 'loading') {
    return (
      <p className="status-notice" role="status" data-testid="loading">
        Loading the 3D model…
      </p>
    );
  }
  return (
    <p className="status-notice status-notice--problem" role="alert" data-testid="scene-problem">
      {message}
    </p>
  );
}
