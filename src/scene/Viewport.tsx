import { Suspense, useEffect, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import type { Camera, WebGLRenderer } from 'three';
import { Stage } from './Stage';
import { webglAtStart } from '../state/webglProbe';
import { useSceneStatus } from '../state/sceneStatusStore';
import { useViewStore } from '../state/viewStore';
import { Anatomy } from './anatomy/Anatomy';
import { ExercisePlayer } from './figure/ExercisePlayer';
import { Body } from './figure/Body';
import { Equipment } from './equipment/Equipment';

declare global {
  interface Window {
    /** The renderer, exposed for end-to-end tests and the benchmark. */
    __renderer?: WebGLRenderer;
    /** The camera, exposed for end-to-end tests of the camera presets. */
    __camera?: Camera;
  }
}

/** Share of CSS pixels a software renderer draws at low quality: about half the pixels, still sharp enough to read. */
const SOFTWARE_PIXEL_RATIO = 0.75;

/** Watches the GPU context so a lost context shows a notice instead of a frozen picture. */
function watchContext(gl: WebGLRenderer) {
  const canvas = gl.domElement;
  const { setStatus } = useSceneStatus.getState();
  canvas.addEventListener('webglcontextlost', (event) => {
    // Without preventDefault the browser will never offer the context back.
    event.preventDefault();
    setStatus('context-lost', 'The 3D view lost its graphics context. It will come back on its own in a moment.');
  });
  canvas.addEventListener('webglcontextrestored', () => setStatus('ready'));
}

/**
 * The 3D view: a canvas beside the panel, or a plain notice where WebGL is missing. The low quality level draws at one
 * device pixel per CSS pixel, and at three quarters of that on a software renderer, which pays for every pixel
 * on the CPU. A canvas that starts at low quality also goes without multisampling, which on a software renderer
 * doubles the cost of a frame. Multisampling is fixed when the canvas is made, so a later change of quality
 * leaves it as it was. The canvas is opaque: the scene always paints its own background, so the page compositor
 * need not blend it.
 */
export function Viewport() {
  const [supported] = useState(() => webglAtStart().supported);
  const quality = useViewStore((s) => s.quality);
  const software = useViewStore((s) => s.softwareRenderer);
  const [antialias] = useState(() => useViewStore.getState().quality === 'high');
  useEffect(() => {
    if (!supported) {
      useSceneStatus.getState().setStatus('no-webgl', 'This browser cannot show 3D graphics, so the 3D view is off.');
    }
  }, [supported]);
  if (!supported) return null;
  return (
    <div className="viewport" data-testid="viewport">
      <Canvas
        shadows={false}
        dpr={quality === 'low' ? (software ? SOFTWARE_PIXEL_RATIO : 1) : [1, 2]}
        camera={{ position: [0.8, 1.32, -1.2], fov: 40, near: 0.02, far: 50 }}
        gl={{ antialias, alpha: false, preserveDrawingBuffer: true }}
        onCreated={({ gl, camera }) => {
          window.__renderer = gl;
          window.__camera = camera;
          watchContext(gl);
        }}
      >
        <Suspense fallback={null}>
          <Stage />
          <Anatomy />
          <Body />
          <Equipment />
          <ExercisePlayer />
        </Suspense>
      </Canvas>
    </div>
  );
}
