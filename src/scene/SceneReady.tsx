import { useEffect } from 'react';
import { useSceneStatus } from '../state/sceneStatusStore';

/** Mounted inside the Suspense boundary: it runs only once every model above it has loaded. */
export function SceneReady() {
  useEffect(() => {
    useSceneStatus.getState().setStatus('ready');
  }, []);
  return null;
}
