import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { useModel } from '../models/useModel';
import { disposePreparedModel, prepareModel } from './prepareModel';
import { tagOf } from './structureIndex';
import { useSelectionStore } from '../../state/selectionStore';
import { useCameraStore } from '../../state/cameraStore';
import { findRig, registerRig } from '../figure/rigRegistry';
import { useViewStore } from '../../state/viewStore';
import { labelAnchors } from '../labels/labelAnchors';
import { StructureLabels } from '../labels/StructureLabels';
import { useAnatomyAppearance } from './useAnatomyAppearance';
import { flyToPicks } from './flyToPicks';

interface Props {
  url: string;
}

function onOver(event: ThreeEvent<PointerEvent>) {
  event.stopPropagation();
  useSelectionStore.getState().hover(tagOf(event.object)?.key ?? null);
}

function onOut() {
  useSelectionStore.getState().hover(null);
}

function onClick(event: ThreeEvent<MouseEvent>) {
  event.stopPropagation();
  useSelectionStore.getState().select(tagOf(event.object)?.key ?? null);
}

function onDoubleClick(event: ThreeEvent<MouseEvent>) {
  event.stopPropagation();
  useCameraStore.getState().focusOn(event.point.toArray());
}

/** The lumbar spine, pelvis and trunk muscles at true scale; each structure is pickable by its id. */
export function AnatomyModel({ url }: Props) {
  const gltf = useModel(url);
  const model = useMemo(() => prepareModel(gltf.scene), [gltf]);
  useEffect(() => () => disposePreparedModel(model), [model]);
  const rig = useMemo(() => findRig(model.root), [model]);
  const anchors = useMemo(() => labelAnchors(model.structures, rig), [model, rig]);
  const showLabels = useViewStore((s) => s.showLabels);
  useEffect(() => registerRig(rig), [rig]);
  useEffect(() => flyToPicks(model.structures), [model]);
  useAnatomyAppearance(model);
  return (
    <>
      <primitive
        object={model.root}
        name="anatomy"
        onPointerOver={onOver}
        onPointerOut={onOut}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
      />
      {showLabels && <StructureLabels anchors={anchors} />}
    </>
  );
}
