import { useSceneStatus } from '../state/sceneStatusStore';

/** Tells people what the 3D view is doing when it is not simply showing the model. */
export function StatusNotice() {
  const status = useSceneStatus((s) => s.status);
  const message = useSceneStatus((s) => s.message);
  const retry = useSceneStatus((s) => s.retry);
  const retryNow = useSceneStatus((s) => s.retryNow);
  if (status === 'ready') return null;
  if (status === 'loading') {
    return (
      <p className="status-notice" role="status" data-testid="loading">
        Loading the 3D model…
      </p>
    );
  }
  return (
    <div className="status-notice status-notice--problem" role="alert" data-testid="scene-problem">
      <p>{message}</p>
      {status === 'no-webgl' && <p>Everything else still works: the exercises, steps and anatomy cards are below.</p>}
      {retry && (
        <button type="button" className="button" onClick={retryNow}>
          Try again
        </button>
      )}
    </div>
  );
}
