import { Grid } from '@react-three/drei';
import { useViewStore } from '../state/viewStore';

const CELL_COLOUR = '#2e343b';
const SECTION_COLOUR = '#48515b';

/**
 * A quiet floor with a metre grid, so true scale reads at a glance. At low quality the floor is shaded more
 * simply and the grid is drawn as plain lines: the shader grid shades every pixel of the floor, which a software
 * renderer pays for on each frame.
 */
export function Floor() {
  const low = useViewStore((s) => s.quality === 'low');
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} receiveShadow name="floor">
        <circleGeometry args={[4, 64]} />
        {low ? <meshLambertMaterial color="#23282e" /> : <meshStandardMaterial color="#23282e" roughness={0.95} />}
      </mesh>
      {low ? (
        <>
          <gridHelper args={[8, 80, CELL_COLOUR, CELL_COLOUR]} position={[0, 0.001, 0]} />
          <gridHelper args={[8, 8, SECTION_COLOUR, SECTION_COLOUR]} position={[0, 0.002, 0]} />
        </>
      ) : (
        <Grid
          position={[0, 0.001, 0]}
          args={[8, 8]}
          cellSize={0.1}
          sectionSize={1}
          cellColor={CELL_COLOUR}
          sectionColor={SECTION_COLOUR}
          fadeDistance={7}
          infiniteGrid={false}
        />
      )}
    </group>
  );
}
