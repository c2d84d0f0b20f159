import { Vector3 } from 'three';
import type { Bounds } from '../../domain/motion/framing';
import type { CameraPreset } from '../../state/cameraStore';
import { CAMERA_VIEWS } from './cameraPresets';
import { fitDistance } from './fitDistance';

/** The part of the canvas people can see, in CSS pixels. */
export interface VisibleArea {
  /** Height the field of view spans, pixels (the virtual image's when a view offset is set). */
  imageHeight: number;
  visibleWidth: number;
  visibleHeight: number;
}

/** Presets that look at the whole figure and so are framed to the exercise; the others keep their fixed spot. */
const FRAMED: ReadonlySet<CameraPreset> = new Set(['front', 'back', 'left', 'right']);
/** Share of the visible area left around the figure. */
const MARGIN = 0.16;
/** Nearest and farthest framed distances, metres: no closer than a hand's reach, no farther than the floor shows. */
const DISTANCE_RANGE = [1.6, 5.5] as const;

const direction = new Vector3();

/**
 * Where the camera goes for a preset: along the preset's own direction, aimed at the middle of the box the
 * exercise sweeps, just far enough back for that box to fill the visible part of the canvas. Returns false for
 * presets that are not framed, leaving the outputs untouched.
 */
export function framedView(
  preset: CameraPreset,
  bounds: Bounds,
  fov: number,
  area: VisibleArea,
  position: Vector3,
  target: Vector3,
): boolean {
  if (!FRAMED.has(preset)) return false;
  const view = CAMERA_VIEWS[preset];
  direction.fromArray(view.position).sub(target.fromArray(view.target)).normalize();
  const size = [bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]];
  // Side views look along x, front and back views along z.
  const alongX = preset === 'left' || preset === 'right';
  const distance = fitDistance({
    across: alongX ? size[2] : size[0],
    up: size[1],
    depth: alongX ? size[0] : size[2],
    fovDeg: fov,
    imageHeight: area.imageHeight,
    visibleWidth: area.visibleWidth,
    visibleHeight: area.visibleHeight,
    margin: MARGIN,
  });
  target.set(
    (bounds.min[0] + bounds.max[0]) / 2,
    (bounds.min[1] + bounds.max[1]) / 2,
    (bounds.min[2] + bounds.max[2]) / 2,
  );
  const clamped = Math.min(DISTANCE_RANGE[1], Math.max(DISTANCE_RANGE[0], distance));
  position.copy(direction).multiplyScalar(clamped).add(target);
  return true;
}
