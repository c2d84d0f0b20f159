import { OrbitControls } from '@react-three/drei';
import { Floor } from './Floor';
import { CameraRig } from './camera/CameraRig';
import { ViewOffset } from './camera/ViewOffset';

/** Lights, floor and camera controls shared by every view. */
export function Stage() {
  return (
    <>
      <color attach="background" args={['#16191d']} />
      <hemisphereLight args={['#f4f1ea', '#3a3f46', 1.1]} />
      <directionalLight position={[2.5, 4, 3]} intensity={1.8} />
      <directionalLight position={[-3, 2.5, -2]} intensity={0.6} />
      <Floor />
      <OrbitControls
        makeDefault
        target={[0, 1.05, -0.06]}
        enableDamping
        minDistance={0.35}
        maxDistance={6}
        maxPolarAngle={Math.PI * 0.55}
      />
      <CameraRig />
      <ViewOffset />
    </>
  );
}
