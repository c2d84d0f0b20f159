// The renderer's floor for the benchmark: an R3F canvas of the same size and settings as the app's, drawing nothing.
import { createRoot } from 'react-dom/client';
import { Canvas } from '@react-three/fiber';

createRoot(document.getElementById('root')!).render(
  <Canvas
    dpr={[1, 2]}
    gl={{ antialias: true, preserveDrawingBuffer: true }}
    onCreated={({ gl }) => {
      (window as { __renderer?: unknown }).__renderer = gl;
    }}
  >
    <color attach="background" args={['#16191d']} />
  </Canvas>,
);
