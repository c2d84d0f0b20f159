import { useEffect, useMemo } from 'react';
import { useModel } from '../models/useModel';
import { disposePreparedModel, prepareModel } from '../anatomy/prepareModel';
import { useAnatomyAppearance } from '../anatomy/useAnatomyAppearance';
import { findRig, registerRig } from './rigRegistry';

/**
 * The translucent body surface ("x-ray") around the spine and muscles. It is skinned to the same joints as the
 * anatomy, so the player moves both with one pose.
 */
export function BodyModel({ url }: { url: string }) {
  const gltf = useModel(url);
  const model = useMemo(() => prepareModel(gltf.scene), [gltf]);
  useEffect(() => () => disposePreparedModel(model), [model]);
  const rig = useMemo(() => findRig(model.root), [model]);
  useEffect(() => registerRig(rig), [rig]);
  useAnatomyAppearance(model);
  // The skin never takes clicks: people pick what lies beneath it.
  return <primitive object={model.root} name="body" raycast={() => null} />;
}
