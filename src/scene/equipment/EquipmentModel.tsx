import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { motionById } from '../../domain/motion';
import { useExerciseStore } from '../../state/exerciseStore';
import { useViewStore } from '../../state/viewStore';
import { useModel } from '../models/useModel';
import { disposePreparedModel, prepareModel } from '../anatomy/prepareModel';
import { equipmentNodes, heldPart } from './equipmentNodes';
import { implementPose } from '../figure/implementPose';
import { aimCable } from './aimCable';
import { placeApparatus, placeHeld, sizeApparatus } from './placeHeld';

/** The equipment of the exercise being played, at real size: apparatus where the motion puts it, implements in hand. */
export function EquipmentModel({ url }: { url: string }) {
  const gltf = useModel(url);
  // Both quality levels share the equipment file, so a change of quality re-prepares it for the new look.
  const quality = useViewStore((s) => s.quality);
  const model = useMemo(() => prepareModel(gltf.scene, quality), [gltf, quality]);
  useEffect(() => () => disposePreparedModel(model), [model]);
  const nodes = useMemo(() => equipmentNodes(model.root), [model]);
  const exerciseId = useExerciseStore((s) => s.exerciseId);
  const motion = exerciseId ? motionById(exerciseId) : undefined;
  const held = motion?.implement ? nodes.get(heldPart(motion.implement.equipment)) : undefined;
  const apparatus = useMemo(
    () =>
      (motion?.apparatus ?? []).flatMap((placement) => {
        const node = nodes.get(placement.equipment);
        if (!node) return [];
        sizeApparatus(node, placement.equipment, placement.settings);
        return [{ node, placement }];
      }),
    [motion, nodes],
  );

  const cable = motion?.implement?.equipment === 'cable-station' ? nodes.get('cable-station-cable') : undefined;
  const station = nodes.get('cable-station');

  // Apparatus moves only when the working side changes, so it is placed then rather than every frame.
  const placedFor = useRef<{ apparatus: typeof apparatus; side: number } | null>(null);
  useFrame(() => {
    if (held) placeHeld(held);
    const side = implementPose.side;
    if (placedFor.current?.apparatus !== apparatus || placedFor.current.side !== side) {
      placedFor.current = { apparatus, side };
      for (const { node, placement } of apparatus) placeApparatus(node, placement, side);
    }
    if (cable && station && held) aimCable(cable, station, held);
  });

  return (
    <group name="equipment">
      {held && <primitive object={held} />}
      {apparatus.map(({ node, placement }) => (
        <primitive key={placement.equipment} object={node} />
      ))}
    </group>
  );
}
