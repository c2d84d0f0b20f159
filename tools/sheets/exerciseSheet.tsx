/**
 * Contact-sheet page (not part of the app build): mounts the app's own anatomy, body, equipment and player in an
 * R3F canvas, poses them at chosen instants through the stores, and draws side and front views of each instant into
 * one labelled picture. `window.renderExerciseSheet(id, width)` returns it as a PNG data URL.
 */
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { Canvas, advance } from '@react-three/fiber';
import type { RootState } from '@react-three/fiber';
import { Box3, OrthographicCamera, Vector3 } from 'three';
import { exerciseById } from '../../src/domain/content/exercises';
import { PHASE_LABELS } from '../../src/domain/content/types';
import { createMotionSample, sampleExercise } from '../../src/domain/motion';
import { exerciseTimeline } from '../../src/domain/motion/timeline';
import { Anatomy } from '../../src/scene/anatomy/Anatomy';
import { Equipment } from '../../src/scene/equipment/Equipment';
import { Body } from '../../src/scene/figure/Body';
import { ExercisePlayer } from '../../src/scene/figure/ExercisePlayer';
import { useExerciseStore } from '../../src/state/exerciseStore';
import { usePlaybackStore } from '../../src/state/playbackStore';
import { useViewStore } from '../../src/state/viewStore';
import { sheetFrames } from './sheetFrames';
import type { SheetFrame } from './sheetFrames';

declare global {
  interface Window {
    renderExerciseSheet: (id: string, width: number) => Promise<string>;
    sheetReady?: boolean;
  }
}

/** Canvas side in pixels: room for the largest cell. */
const STAGE = 800;
/** Most frames in one band of the sheet. */
const MAX_COLUMNS = 6;
const TITLE_HEIGHT = 54;
const GAP = 4;
/** Room around the joint centres for the body's own thickness, metres (an estimate that covers trunk and head). */
const BODY_MARGIN = 0.14;
const params = new URLSearchParams(location.search);
/** Opacity of the translucent skin on the sheet: more solid than in the app so contacts and shapes read. */
const SKIN_OPACITY = Number(params.get('skin') ?? 0.45);

/** Side and front nearly level, so floor contact reads; a raised three-quarter view shows what plates hide. */
const VIEWS = [
  { name: 'side', dir: new Vector3(1, 0.04, 0).normalize() },
  { name: 'front', dir: new Vector3(0, 0.04, 1).normalize() },
  { name: 'three-quarter, front left, from above', dir: new Vector3(1, 0.55, 1).normalize() },
] as const;

let three: RootState | null = null;
const camera = new OrthographicCamera(-1, 1, 1, -1, 0.01, 40);
const sample = createMotionSample();
const box = new Box3();
const part = new Box3();
const point = new Vector3();
const corner = new Vector3();

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function waitFor(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (test()) return;
    await nextFrame();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Runs the scene's frame callbacks twice so the player's pose reaches the held equipment too. */
function step(state: RootState) {
  advance(performance.now(), true, state);
  advance(performance.now(), true, state);
}

async function select(id: string, state: RootState) {
  const period = exerciseTimeline(id).period;
  useExerciseStore.getState().selectExercise(id);
  await waitFor(() => Math.abs(usePlaybackStore.getState().duration - period) < 1e-9, `the clip of ${id}`);
  await nextFrame();
  step(state);
}

function pose(t: number, state: RootState) {
  usePlaybackStore.getState().seek(t);
  step(state);
}

/** World bounds of the figure and the equipment over all frames. */
function bounds(id: string, frames: SheetFrame[], state: RootState): Box3 {
  box.makeEmpty();
  const equipment = state.scene.getObjectByName('equipment');
  for (const f of frames) {
    sampleExercise(id, f.t, sample);
    for (const j of sample.joints) box.expandByPoint(j);
    for (const l of Object.values(sample.landmarks)) box.expandByPoint(l);
    pose(f.t, state);
    if (equipment) box.union(part.setFromObject(equipment));
  }
  box.min.y = Math.min(box.min.y, 0);
  box.expandByScalar(BODY_MARGIN);
  box.min.y = Math.max(box.min.y, -0.06);
  return box;
}

/** Points the camera along a view at the box and returns the box's extent on screen: [minX, maxX, minY, maxY]. */
function aim(b: Box3, dir: Vector3): [number, number, number, number] {
  b.getCenter(point);
  camera.position.copy(point).addScaledVector(dir, 12);
  camera.up.set(0, 1, 0);
  camera.lookAt(point);
  camera.updateMatrixWorld();
  const e: [number, number, number, number] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < 8; i++) {
    corner.set(i & 1 ? b.max.x : b.min.x, i & 2 ? b.max.y : b.min.y, i & 4 ? b.max.z : b.min.z);
    corner.applyMatrix4(camera.matrixWorldInverse);
    e[0] = Math.min(e[0], corner.x);
    e[1] = Math.max(e[1], corner.x);
    e[2] = Math.min(e[2], corner.y);
    e[3] = Math.max(e[3], corner.y);
  }
  return e;
}

function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, size: number, colour: string) {
  ctx.font = `${size}px system-ui, sans-serif`;
  ctx.fillStyle = 'rgba(22, 25, 29, 0.7)';
  ctx.fillRect(x, y, ctx.measureText(text).width + 12, size + 8);
  ctx.fillStyle = colour;
  ctx.fillText(text, x + 6, y + size + 1);
}

function frameTitle(frame: SheetFrame, index: number): string {
  const side = frame.side ? ` (${frame.side} side)` : '';
  const note = frame.note ? `, ${frame.note}` : '';
  return `${index + 1}. ${PHASE_LABELS[frame.phase]}${side}${note} · ${frame.t.toFixed(2)} s`;
}

async function renderExerciseSheet(id: string, width: number): Promise<string> {
  const state = three;
  const exercise = exerciseById(id);
  if (!state || !exercise) throw new Error(`Cannot render ${id}`);
  useViewStore.getState().setLayerOpacity('skin', SKIN_OPACITY);
  await select(id, state);
  const frames = sheetFrames(id);
  const bands = Math.ceil(frames.length / MAX_COLUMNS);
  const columns = Math.ceil(frames.length / bands);
  const cellW = Math.floor((width - GAP * (columns - 1)) / columns);
  const b = bounds(id, frames, state);
  const extents = VIEWS.map(({ dir }) => aim(b, dir));
  const side = extents[0];
  const cellH = Math.round(Math.min(1.35, Math.max(0.6, (side[3] - side[2]) / (side[1] - side[0]))) * cellW);
  // Each view has its own scale: a 2.2 m bar seen from the front should not shrink the side view.
  const scales = extents.map((e) => Math.min(cellW / (e[1] - e[0]), cellH / (e[3] - e[2])));

  const sheet = document.createElement('canvas');
  sheet.width = width;
  sheet.height = TITLE_HEIGHT + bands * VIEWS.length * (cellH + GAP);
  const ctx = sheet.getContext('2d')!;
  ctx.fillStyle = '#101215';
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  label(ctx, exercise.name, 4, 4, 22, '#f2f4f7');
  label(
    ctx,
    'Rows of each band: side view from the figure’s left, front view, raised three-quarter view. Seconds into the loop.',
    4,
    32,
    13,
    '#aab3bf',
  );

  const { gl, scene } = state;
  const canvas = gl.domElement;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    pose(frame.t, state);
    const band = Math.floor(i / columns);
    const x = (i % columns) * (cellW + GAP);
    VIEWS.forEach((view, v) => {
      const y = TITLE_HEIGHT + (band * VIEWS.length + v) * (cellH + GAP);
      const e = aim(b, view.dir);
      const scale = scales[v];
      const cx = (e[0] + e[1]) / 2;
      const cy = (e[2] + e[3]) / 2;
      camera.left = cx - cellW / 2 / scale;
      camera.right = cx + cellW / 2 / scale;
      camera.top = cy + cellH / 2 / scale;
      camera.bottom = cy - cellH / 2 / scale;
      camera.updateProjectionMatrix();
      gl.setViewport(0, 0, cellW, cellH);
      gl.setScissor(0, 0, cellW, cellH);
      gl.setScissorTest(true);
      gl.render(scene, camera);
      gl.setScissorTest(false);
      ctx.drawImage(canvas, 0, canvas.height - cellH, cellW, cellH, x, y, cellW, cellH);
      label(ctx, v === 0 ? frameTitle(frame, i) : view.name, x + 4, y + 4, 14, '#e8ebef');
    });
  }
  return sheet.toDataURL('image/png');
}

function SheetScene() {
  return (
    <>
      <color attach="background" args={['#1b1f24']} />
      <hemisphereLight args={['#f4f1ea', '#3a3f46', 1.1]} />
      <directionalLight position={[2.5, 4, 3]} intensity={1.8} />
      <directionalLight position={[-3, 2.5, -2]} intensity={0.6} />
      <directionalLight position={[3, 1.5, 0.5]} intensity={0.5} />
      <mesh rotation-x={-Math.PI / 2} position-y={-0.001}>
        <planeGeometry args={[8, 8]} />
        <meshStandardMaterial color="#2a3037" roughness={0.95} />
      </mesh>
      <gridHelper args={[8, 80, '#56606b', '#3a424b']} />
      <Suspense fallback={null}>
        <Anatomy />
        <Body />
        <Equipment />
        <ExercisePlayer />
      </Suspense>
    </>
  );
}

useViewStore.getState().setQuality('high');
window.renderExerciseSheet = renderExerciseSheet;
createRoot(document.getElementById('stage')!).render(
  <Canvas
    frameloop="never"
    dpr={1}
    orthographic
    gl={{ antialias: true, preserveDrawingBuffer: true }}
    style={{ width: STAGE, height: STAGE }}
    onCreated={(state) => {
      three = state;
    }}
  >
    <SheetScene />
  </Canvas>,
);

await waitFor(
  () =>
    three !== null &&
    ['anatomy', 'body', 'equipment'].every((name) => three!.scene.getObjectByName(name) !== undefined),
  'the models',
);
window.sheetReady = true;
