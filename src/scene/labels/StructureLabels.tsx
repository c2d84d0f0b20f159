import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Html } from '@react-three/drei';
import { BufferAttribute, BufferGeometry, Line, LineBasicMaterial, type Group } from 'three';
import { placeLabel } from './placeLabel';
import type { LabelAnchor } from './labelAnchors';
import './labels.css';

const lineMaterial = new LineBasicMaterial({ color: '#e8e2d4', transparent: true, opacity: 0.75, depthTest: false });

interface Props {
  anchors: readonly LabelAnchor[];
}

/** Labels with leader lines for L1–L5 and the erector spinae columns; they follow the moving figure. */
export function StructureLabels({ anchors }: Props) {
  const groups = useRef<(Group | null)[]>([]);
  const lines = useMemo(
    () =>
      anchors.map(() => {
        const g = new BufferGeometry();
        g.setAttribute('position', new BufferAttribute(new Float32Array(6), 3));
        const line = new Line(g, lineMaterial);
        line.renderOrder = 10;
        line.frustumCulled = false;
        return line;
      }),
    [anchors],
  );
  useEffect(() => () => lines.forEach((l) => l.geometry.dispose()), [lines]);

  useFrame(() => {
    for (let i = 0; i < anchors.length; i++) {
      const label = groups.current[i];
      if (label) placeLabel(anchors[i], label, lines[i]);
    }
  });

  return (
    <>
      {anchors.map((anchor, i) => (
        <group key={anchor.key}>
          <primitive object={lines[i]} />
          <group ref={(g) => void (groups.current[i] = g)}>
            <Html className="scene-label" style={{ pointerEvents: 'none' }} zIndexRange={[5, 0]}>
              {anchor.text}
            </Html>
          </group>
        </group>
      ))}
    </>
  );
}
