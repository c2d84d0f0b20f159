import type { CameraPreset } from '../../state/cameraStore';

/** Where the camera sits and what it looks at for each preset, in world metres (the figure faces +Z). */
export const CAMERA_VIEWS: Record<
  CameraPreset,
  { position: [number, number, number]; target: [number, number, number] }
> = {
  front: { position: [0, 1.1, 3.4], target: [0, 0.85, 0] },
  back: { position: [0, 1.1, -3.4], target: [0, 0.85, 0] },
  // The figure's left is +X.
  left: { position: [3.4, 1.1, 0], target: [0, 0.85, 0] },
  right: { position: [-3.4, 1.1, 0], target: [0, 0.85, 0] },
  top: { position: [0, 3.8, 0.01], target: [0, 0.95, 0] },
  // A posterolateral view of L1–L5 and the erector spinae, close enough to tell the levels apart.
  lumbar: { position: [0.8, 1.32, -1.2], target: [0, 1.05, -0.06] },
};
