import { Grid } from '@react-three/drei';
import { useViewStore } from '../state/viewStore';

const CELL_COLOUR = '#2e343b';
const SECTION_COLOUR = '#48515b';
/** What the lit floor comes out as on screen (sampled from the lit view), drawn unlit at low quality. */
const FLOOR_AS_LIT = '#0e1216';

/**
 * A quiet floor with a metre grid and 10 cm cells, so true scale reads at a glance. At low quality the floor is
 * drawn unlit in the colour lighting gives it (a flat floor under distant lights is one colour anyway) and only
 * the metre lines are drawn, as plain lines: the floor fills much of the view, and a software renderer pays for
 * every lit pixel and every line on every frame.
 */
export function Floor() {
  const low = useViewStore((s) => s.quality === 'low');
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} receiveShadow name="floor">
        <circleGeometry args={[4, 64]} />
        {low ? (
          <meshBasicMaterial color={FLOOR_AS_LIT} toneMapped={false} />
        ) : (
          <meshStandardMaterial color="#23282e" roughness={0.95} />
        )}
      </mesh>
      {low ? (
        <gridHelper args={[8, 8, SECTION_COLOUR, SECTION_COLOUR]} position={[0, 0.001, 0]} />
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
