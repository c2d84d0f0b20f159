import { useEffect } from 'react';
import { useSceneStatus } from '../../state/sceneStatusStore';

/** Suspense fallback of a model: while mounted, the model counts as loading. */
export function Loading({ name }: { name: string }) {
  useEffect(() => {
    useSceneStatus.getState().modelLoading(name);
  }, [name]);
  return null;
}

/** Rendered beside a loaded model: once mounted, the model counts as loaded. */
export function Loaded({ name }: { name: string }) {
  useEffect(() => {
    useSceneStatus.getState().modelLoaded(name);
  }, [name]);
  return null;
}
