import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document, Node } from '@gltf-transform/core';
import { validateBytes } from 'gltf-validator';
import { Matrix4, Triangle, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { EQUIPMENT_IDS } from '../../src/domain/content/types';
import {
  BACK_EXTENSION_STATION,
  BARBELL,
  BENCH,
  CABLE_STATION,
  DUMBBELL,
  GLUTE_HAM_DEVELOPER,
  KETTLEBELL,
  MAT,
  MEDICINE_BALL,
  PLYO_BOX,
  SQUAT_RACK,
  WEIGHT_PLATE,
} from '../../src/domain/equipment/dimensions';
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import { modelIO } from '../../tools/models/gltf';
import { buildEquipmentGlb, EQUIPMENT_FILE } from '../../tools/models/equipment/build';

let doc: Document;

beforeAll(async () => {
  const io = await modelIO();
  doc = await io.readBinary(new Uint8Array(readFileSync(EQUIPMENT_FILE)));
});

function node(name: string): Node {
  const n = doc
    .getRoot()
    .listNodes()
    .find((x) => x.getName() === name);
  if (!n) throw new Error(`no node ${name}`);
  return n;
}

/** Every vertex of a node's subtree, in the node's own frame (its parent's transform left out). */
function points(name: string): Vector3[] {
  const root = node(name);
  const rootInverse = new Matrix4().fromArray(root.getWorldMatrix()).invert();
  const out: Vector3[] = [];
  const e: number[] = [];
  const visit = (n: Node) => {
    const mesh = n.getMesh();
    if (mesh) {
      const m = new Matrix4().multiplyMatrices(rootInverse, new Matrix4().fromArray(n.getWorldMatrix()));
      for (const prim of mesh.listPrimitives()) {
        const pos = prim.getAttribute('POSITION')!;
        for (let i = 0; i < pos.getCount(); i++)
          out.push(new Vector3().fromArray(pos.getElement(i, e)).applyMatrix4(m));
      }
    }
    n.listChildren().forEach(visit);
  };
  visit(root);
  return out;
}

/** Distance from a point to the nearest triangle of a node's subtree (in the node's own frame). */
function distanceToSurface(name: string, q: readonly number[]): number {
  const root = node(name);
  const rootInverse = new Matrix4().fromArray(root.getWorldMatrix()).invert();
  const target = new Vector3(q[0], q[1], q[2]);
  const tri = new Triangle();
  const closest = new Vector3();
  const e: number[] = [];
  let best = Infinity;
  const visit = (n: Node) => {
    const mesh = n.getMesh();
    if (mesh) {
      const m = new Matrix4().multiplyMatrices(rootInverse, new Matrix4().fromArray(n.getWorldMatrix()));
      for (const prim of mesh.listPrimitives()) {
        const pos = prim.getAttribute('POSITION')!;
        const idx = prim.getIndices()!.getArray()!;
        const at = (i: number) => new Vector3().fromArray(pos.getElement(i, e)).applyMatrix4(m);
        for (let t = 0; t < idx.length; t += 3) {
          tri.set(at(idx[t]), at(idx[t + 1]), at(idx[t + 2]));
          best = Math.min(best, tri.closestPointToPoint(target, closest).distanceTo(target));
        }
      }
    }
    n.listChildren().forEach(visit);
  };
  visit(root);
  return best;
}

function bounds(name: string): { min: Vector3; max: Vector3; size: Vector3 } {
  const min = new Vector3(Infinity, Infinity, Infinity);
  const max = new Vector3(-Infinity, -Infinity, -Infinity);
  for (const p of points(name)) {
    min.min(p);
    max.max(p);
  }
  return { min, max, size: new Vector3().subVectors(max, min) };
}

/** Quantised positions (14 bits over each mesh's box) are good to well under a millimetre. */
const MM = 0.0015;

describe('equipment model', () => {
  it('has one top-level node per equipment id, untransformed, so the runtime can place it', () => {
    const top = doc.getRoot().listScenes()[0].listChildren();
    expect(top.map((n) => n.getName())).toEqual([...EQUIPMENT_IDS]);
    for (const n of top) {
      expect(n.getTranslation()).toEqual([0, 0, 0]);
      expect(n.getRotation()).toEqual([0, 0, 0, 1]);
      expect(n.getScale()).toEqual([1, 1, 1]);
    }
  });

  it('uses the one equipment material everywhere', () => {
    const names = new Set(
      doc
        .getRoot()
        .listMeshes()
        .flatMap((m) => m.listPrimitives().map((p) => p.getMaterial()?.getName())),
    );
    expect([...names]).toEqual(['equipment']);
  });

  it('builds the barbell 2.2 m long with 450 mm plates, so the bar sits 225 mm up when it rests on the floor', () => {
    const b = bounds('barbell');
    expect(b.size.x).toBeCloseTo(BARBELL.length, 2);
    expect(Math.abs(b.size.x - 2.2)).toBeLessThan(MM);
    expect(Math.abs(b.size.y - 0.45)).toBeLessThan(MM);
    expect(Math.abs(b.size.z - 0.45)).toBeLessThan(MM);
    expect(Math.abs(-b.min.y - BARBELL.barHeightOnFloor)).toBeLessThan(MM);
  });

  it('gives the barbell a 28 mm shaft and 50 mm sleeves', () => {
    const radii = points('barbell').map((p) => ({ x: Math.abs(p.x), r: Math.hypot(p.y, p.z) }));
    // The shaft: the widest point inside the inner collars that is not the collars' own bevel (r ≥ 30 mm).
    const shaft = Math.max(...radii.filter((p) => p.x < BARBELL.shaftLength / 2 + 0.002 && p.r < 0.03).map((p) => p.r));
    // The sleeves: the widest point on the bare sleeve ends, outside the clamps.
    const sleeve = Math.max(...radii.filter((p) => p.x > 1.05).map((p) => p.r));
    expect(Math.abs(2 * shaft - BARBELL.shaftDiameter)).toBeLessThan(MM);
    expect(Math.abs(2 * sleeve - BARBELL.sleeveDiameter)).toBeLessThan(MM);
  });

  it('builds the loose plate at 450 mm across', () => {
    const b = bounds('weight-plate');
    expect(Math.abs(b.size.y - WEIGHT_PLATE.diameter)).toBeLessThan(MM);
    expect(Math.abs(b.size.x - WEIGHT_PLATE.thickness)).toBeLessThan(MM);
  });

  it('builds the hand weights to their stated sizes, centred on the grip', () => {
    expect(Math.abs(bounds('dumbbell').size.x - DUMBBELL.length)).toBeLessThan(MM);
    const kb = bounds('kettlebell');
    expect(Math.abs(kb.size.y - KETTLEBELL.height)).toBeLessThan(MM);
    expect(Math.abs(kb.max.y - KETTLEBELL.handleDiameter / 2)).toBeLessThan(MM);
    expect(Math.abs(kb.size.z - KETTLEBELL.bellDiameter)).toBeLessThan(0.004);
    expect(Math.abs(bounds('medicine-ball').size.x - MEDICINE_BALL.diameter)).toBeLessThan(0.003);
  });

  it('stands the apparatus on the floor at the stated heights', () => {
    for (const id of [
      'plyo-box',
      'bench',
      'mat',
      'squat-rack',
      'back-extension-station',
      'glute-ham-developer',
      'cable-station',
    ])
      expect(Math.abs(bounds(id).min.y), id).toBeLessThan(MM);
    expect(Math.abs(bounds('plyo-box').max.y - PLYO_BOX.height)).toBeLessThan(MM);
    expect(Math.abs(bounds('bench').max.y - BENCH.height)).toBeLessThan(MM);
    expect(Math.abs(bounds('mat').max.y - MAT.thickness)).toBeLessThan(MM);
    expect(Math.abs(bounds('squat-rack').max.y - SQUAT_RACK.uprightHeight)).toBeLessThan(MM);
    expect(Math.abs(bounds('cable-station').max.y - CABLE_STATION.columnHeight)).toBeLessThan(MM);
  });

  it('sets the back-extension station at 45° for the figure: hip over the pad edge, soles on the plate', () => {
    const s = BACK_EXTENSION_STATION;
    const u = new Vector3(...s.legDirection);
    expect((Math.atan2(u.y, u.z) * 180) / Math.PI).toBeCloseTo(45, 6);
    const legLength = REST_POSITIONS.thigh_left[1] - REST_POSITIONS.foot_left[1];
    expect(new Vector3(...s.hip).sub(new Vector3(...s.ankle)).length()).toBeCloseTo(legLength, 6);
    // The pad's surface runs along its top edge (rounded off by the upholstery), the plate's through its centre.
    expect(distanceToSurface('back-extension-station', s.padTopEdge)).toBeLessThan(0.015);
    expect(distanceToSurface('back-extension-station', s.footPlateCentre)).toBeLessThan(MM);
  });

  it('sets the glute-ham developer for the figure: pad under the thighs, foot plate behind the soles', () => {
    const g = GLUTE_HAM_DEVELOPER;
    expect(distanceToSurface('glute-ham-developer', g.padTop)).toBeLessThan(0.002);
    expect(distanceToSurface('glute-ham-developer', [0, g.ankle[1] - 0.08, g.footPlateZ])).toBeLessThan(MM);
    expect(bounds('glute-ham-developer').max.z).toBeGreaterThan(g.padTop[2]);
    expect(g.knee[2] - g.ankle[2]).toBeCloseTo(REST_POSITIONS.shin_left[1] - REST_POSITIONS.foot_left[1], 6);
  });

  it('gives the cable station a cable and a handle the runtime can move', () => {
    const station = node('cable-station');
    const children = station.listChildren().map((n) => n.getName());
    expect(children).toContain(CABLE_STATION.cableNode);
    expect(children).toContain(CABLE_STATION.handleNode);
    expect(Math.abs(bounds(CABLE_STATION.handleNode).size.x - CABLE_STATION.handleGripLength - 0.024)).toBeLessThan(
      0.003,
    );
  });

  it('passes the glTF validator without errors or warnings', async () => {
    const report = await validateBytes(new Uint8Array(readFileSync(EQUIPMENT_FILE)));
    expect(report.issues.numErrors).toBe(0);
    expect(report.issues.numWarnings).toBe(0);
  });

  it('stays within about 300 KB', () => {
    expect(statSync(EQUIPMENT_FILE).size).toBeLessThanOrEqual(300 * 1024);
  });

  it('is rebuilt byte for byte from the generator', async () => {
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha(await buildEquipmentGlb())).toBe(sha(new Uint8Array(readFileSync(EQUIPMENT_FILE))));
  });
});

describe('equipment files', () => {
  it('is written to public/models', () => {
    expect(EQUIPMENT_FILE).toBe(resolve(__dirname, '../../public/models/equipment.glb'));
  });
});
