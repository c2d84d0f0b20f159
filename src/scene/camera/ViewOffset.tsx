import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { useLayoutStore } from '../../state/layoutStore';
import { applyViewOffset } from './applyViewOffset';

/**
 * Shifts the projection so the middle of the scene sits in the middle of the uncovered part of the canvas when a
 * panel covers its right side or the playback bar its bottom. The field of view stays the same; only the centre
 * moves.
 */
export function ViewOffset() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const rightInset = useLayoutStore((s) => s.rightInset);
  const bottomInset = useLayoutStore((s) => s.bottomInset);

  useEffect(() => {
    applyViewOffset(camera, width, height, rightInset, bottomInset);
  }, [camera, width, height, rightInset, bottomInset]);
  return null;
}
