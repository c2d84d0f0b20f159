import { useEffect, useRef } from 'react';

/**
 * Calls `onFrame` on every animation frame while the component is mounted. Fast values (clip time, the live
 * readout) go straight into the DOM from here, so they never cause a React render.
 */
export function useAnimationFrame(onFrame: () => void) {
  const callback = useRef(onFrame);
  useEffect(() => {
    callback.current = onFrame;
  });
  useEffect(() => {
    let id = 0;
    const loop = () => {
      callback.current();
      id = requestAnimationFrame(loop);
    };
    id = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(id);
  }, []);
}
