import { Grid } from '@react-three/drei';

/** A quiet floor with a metre grid, so true scale reads at a glance. */
export function Floor() {
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} receiveShadow name="floor">
        <circleGeometry args={[4, 64]} />
        <meshStandardMaterial color="#23282e" roughness={0.95} />
      </mesh>
      <Grid
        position={[0, 0.001, 0]}
        args={[8, 8]}
        cellSize={0.1}
        sectionSize={1}
        cellColor="#2e343b"
        sectionColor="#48515b"
        fadeDistance={7}
        infiniteGrid={false}
      />
    </group>
  );
}
