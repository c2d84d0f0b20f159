import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { useLayoutStore } from '../../state/layoutStore';

/**
 * Shifts the projection so the middle of the scene sits in the middle of the uncovered part of the canvas
 * when a panel covers its right side. The field of view stays the same; only the centre moves.
 */
export function ViewOffset() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const rightInset = useLayoutStore((s) => s.rightInset);

  useEffect(() => {
    const shift = Math.min(rightInset, width * 0.6) / 2;
    if (shift < 1) camera.clearViewOffset();
    // Render the left part of a wider virtual image whose centre is `shift` pixels left of the canvas centre.
    else camera.setViewOffset(width + 2 * shift, height, 2 * shift, 0, width, height);
    camera.updateProjectionMatrix();
  }, [camera, width, height, rightInset]);
  return null;
}
