import { afterEach, describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Mesh } from 'three';
import { Floor } from '../../src/scene/Floor';
import { Loaded, Loading } from '../../src/scene/models/LoadMarkers';
import { useSceneStatus } from '../../src/state/sceneStatusStore';

afterEach(() => useSceneStatus.setState({ status: 'loading', message: null, pending: new Set() }));

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

  it('reports the scene ready only when every model has loaded', async () => {
    const loading = await ReactThreeTestRenderer.create(
      <>
        <Loading name="anatomy" />
        <Loading name="body" />
      </>,
    );
    expect(useSceneStatus.getState().status).toBe('loading');
    const first = await ReactThreeTestRenderer.create(<Loaded name="anatomy" />);
    expect(useSceneStatus.getState().status).toBe('loading');
    const second = await ReactThreeTestRenderer.create(<Loaded name="body" />);
    expect(useSceneStatus.getState().status).toBe('ready');
    await Promise.all([loading.unmount(), first.unmount(), second.unmount()]);
  });
});
