import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useCameraStore } from '../../state/cameraStore';
import { exerciseBounds } from '../../domain/motion/framing';
import { useExerciseStore } from '../../state/exerciseStore';
import { useLayoutStore } from '../../state/layoutStore';
import { CAMERA_VIEWS } from './cameraPresets';
import { coveredBy } from './applyViewOffset';
import { framedView } from './framedView';

const goalPosition = new Vector3();
const goalTarget = new Vector3();
const offset = new Vector3();
/** Distance kept from a double-clicked point, in metres. */
const FOCUS_DISTANCE = 0.75;
/** Per-second approach rate of a camera flight; higher is snappier. */
const FLIGHT_RATE = 4;

/** Flies the camera to presets and focus points; a flight ends when close or when people grab the controls. */
export function CameraRig() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const getState = useThree((s) => s.get);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const flying = useRef(false);

  useEffect(() => {
    const start = () => {
      const { preset, focus, focusFrom } = useCameraStore.getState();
      if (preset) {
        const exerciseId = useExerciseStore.getState().exerciseId;
        const { size } = getState();
        const { rightInset, bottomInset } = useLayoutStore.getState();
        const covered = coveredBy(size.width, size.height, rightInset, bottomInset);
        const area = {
          imageHeight: size.height + covered.bottom,
          visibleWidth: size.width - covered.right,
          visibleHeight: size.height - covered.bottom,
        };
        const framed =
          exerciseId !== null &&
          framedView(preset, exerciseBounds(exerciseId), camera.fov, area, goalPosition, goalTarget);
        if (!framed) {
          goalPosition.fromArray(CAMERA_VIEWS[preset].position);
          goalTarget.fromArray(CAMERA_VIEWS[preset].target);
        }
      } else if (focus && controls) {
        goalTarget.fromArray(focus);
        if (focusFrom) offset.fromArray(focusFrom).setLength(FOCUS_DISTANCE);
        else offset.copy(camera.position).sub(controls.target).setLength(FOCUS_DISTANCE);
        goalPosition.copy(goalTarget).add(offset);
      } else return;
      flying.current = true;
    };
    start();
    const stopRequests = useCameraStore.subscribe((s, prev) => {
      if (s.requestId !== prev.requestId) start();
    });
    // While the camera sits at a preset, a panel opening or closing reframes the figure in what is left.
    const stopLayout = useLayoutStore.subscribe(() => {
      if (useCameraStore.getState().preset) start();
    });
    return () => {
      stopRequests();
      stopLayout();
    };
  }, [camera, controls, getState, width, height]);

  useEffect(() => {
    if (!controls) return;
    const grab = () => {
      flying.current = false;
      useCameraStore.getState().release();
    };
    controls.addEventListener('start', grab);
    return () => controls.removeEventListener('start', grab);
  }, [controls]);

  useFrame((_, delta) => {
    if (!flying.current || !controls) return;
    const jump = useCameraStore.getState().reducedMotion;
    const k = jump ? 1 : 1 - Math.exp(-FLIGHT_RATE * delta);
    camera.position.lerp(goalPosition, k);
    controls.target.lerp(goalTarget, k);
    const arrived =
      camera.position.distanceToSquared(goalPosition) < 1e-6 && controls.target.distanceToSquared(goalTarget) < 1e-6;
    if (arrived) flying.current = false;
    controls.update();
  });
  return null;
}
