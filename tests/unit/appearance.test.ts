import { describe, expect, it } from 'vitest';
import { BoxGeometry, Group, Mesh, MeshStandardMaterial } from 'three';
import { applyAppearance, type AppearanceInput } from '../../src/scene/anatomy/appearance';
import type { PreparedModel } from '../../src/scene/anatomy/prepareModel';
import { DEFAULT_LAYER_OPACITY } from '../../src/state/viewStore';

function model() {
  const bone = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
  const muscle = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
  const root = new Group().add(bone, muscle);
  const prepared: PreparedModel = {
    root,
    structures: new Map([
      ['L3', { id: 'L3', kind: 'vertebra', meshes: [bone] }],
      ['multifidus_left', { id: 'multifidus', kind: 'muscle', side: 'left', meshes: [muscle] }],
    ]),
    materials: [bone.material, muscle.material],
    tissueOf: new Map([
      [bone, 'bone'],
      [muscle, 'muscle'],
    ]),
    untagged: [],
  } as PreparedModel;
  return { prepared, bone, muscle };
}

const base: AppearanceInput = {
  layerOpacity: { ...DEFAULT_LAYER_OPACITY },
  exercise: null,
  phase: null,
  highlightOff: new Set(),
  highlightScale: 1,
  selected: null,
  hovered: null,
  isolate: false,
  quality: 'high',
};

describe('anatomy appearance', () => {
  it('rebuilds the program when a part turns see-through, so the fade really shows', () => {
    const { prepared, muscle } = model();
    applyAppearance(prepared, base);
    const material = muscle.material as MeshStandardMaterial;
    expect(material.transparent).toBe(false);
    const version = material.version;
    applyAppearance(prepared, { ...base, layerOpacity: { ...base.layerOpacity, muscles: 0.25 } });
    expect(material.transparent).toBe(true);
    expect(material.opacity).toBeCloseTo(0.25);
    expect(material.version).toBeGreaterThan(version);
  });

  it('fades the muscles over a picked bone and leaves them alone for a picked muscle', () => {
    const { prepared, muscle } = model();
    applyAppearance(prepared, { ...base, selected: 'L3' });
    expect((muscle.material as MeshStandardMaterial).opacity).toBeLessThan(0.2);
    applyAppearance(prepared, { ...base, selected: 'multifidus_left' });
    expect((muscle.material as MeshStandardMaterial).opacity).toBe(1);
  });

  it('leaves faded context muscles out at low quality but keeps the layer fade people chose', () => {
    const { prepared, muscle } = model();
    applyAppearance(prepared, { ...base, quality: 'low', selected: 'L3' });
    expect(muscle.visible).toBe(false);
    applyAppearance(prepared, { ...base, quality: 'high', selected: 'L3' });
    expect(muscle.visible).toBe(true);
    applyAppearance(prepared, { ...base, quality: 'low', layerOpacity: { ...base.layerOpacity, muscles: 0.25 } });
    expect(muscle.visible).toBe(true);
    expect((muscle.material as MeshStandardMaterial).opacity).toBeCloseTo(0.25);
  });

  it('draws a disc nucleus only while its annulus is see-through', () => {
    const annulus = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
    const nucleus = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
    const prepared = {
      root: new Group().add(annulus, nucleus),
      structures: new Map([['L3-L4', { id: 'L3-L4', kind: 'disc', meshes: [annulus, nucleus] }]]),
      materials: [annulus.material, nucleus.material],
      tissueOf: new Map([
        [annulus, 'cartilage'],
        [nucleus, 'nucleus'],
      ]),
      untagged: [],
    } as unknown as PreparedModel;
    applyAppearance(prepared, base);
    expect(annulus.visible).toBe(true);
    expect(nucleus.visible).toBe(false);
    applyAppearance(prepared, { ...base, layerOpacity: { ...base.layerOpacity, discs: 0.5 } });
    expect(annulus.visible).toBe(true);
    expect(nucleus.visible).toBe(true);
    applyAppearance(prepared, { ...base, isolate: true, selected: 'L3' });
    expect(nucleus.visible).toBe(true);
  });
});
