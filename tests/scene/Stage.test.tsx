import { afterEach, describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Mesh } from 'three';
import { Floor } from '../../src/scene/Floor';
import { SceneReady } from '../../src/scene/SceneReady';
import { useSceneStatus } from '../../src/state/sceneStatusStore';

afterEach(() => useSceneStatus.setState({ status: 'loading', message: null }));

describe('stage', () => {
  it('lays a floor mesh flat at y = 0', async () => {
    const renderer = await ReactThreeTestRenderer.create(<Floor />);
    const floor = renderer.scene.findByProps({ name: 'floor' });
    const mesh = floor.instance as Mesh;
    expect(mesh).toBeInstanceOf(Mesh);
    expect(mesh.position.y).toBe(0);
    expect(mesh.rotation.x).toBeCloseTo(-Math.PI / 2);
    await renderer.unmount();
  });

  it('reports the scene ready once mounted', async () => {
    const renderer = await ReactThreeTestRenderer.create(<SceneReady />);
    expect(useSceneStatus.getState().status).toBe('ready');
    await renderer.unmount();
  });
});
