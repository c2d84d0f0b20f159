import { BoxGeometry, Group, Mesh, MeshStandardMaterial, Raycaster, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { prepareModel } from '../../src/scene/anatomy/prepareModel';

/** A vertebra with a muscle in front of it, both on the line of sight along −z. */
function spineBehindMuscle() {
  const vertebra = new Mesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial({ name: 'bone' }));
  vertebra.name = 'vertebra';
  const muscle = new Mesh(new BoxGeometry(1, 1, 0.2), new MeshStandardMaterial({ name: 'muscle' }));
  muscle.name = 'muscle';
  muscle.position.z = 1;
  const root = new Group().add(vertebra, muscle);
  root.updateMatrixWorld(true);
  return root;
}

function firstHit(root: Group): string | undefined {
  const raycaster = new Raycaster(new Vector3(0, 0, 5), new Vector3(0, 0, -1));
  return raycaster.intersectObject(root, true)[0]?.object.name;
}

describe('picking a prepared model', () => {
  it('reaches the structure behind a hidden one, and the hidden one again once it shows', () => {
    const model = prepareModel(spineBehindMuscle(), 'low');
    model.root.updateMatrixWorld(true);
    const muscle = model.root.getObjectByName('muscle')!;
    expect(firstHit(model.root as Group)).toBe('muscle');
    muscle.visible = false;
    expect(firstHit(model.root as Group)).toBe('vertebra');
    muscle.visible = true;
    expect(firstHit(model.root as Group)).toBe('muscle');
  });
});
