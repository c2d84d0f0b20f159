/**
 * Determinism. Regenerating every model takes about a minute on a loaded 2-core machine, so this test rebuilds one
 * representative part (the L3 vertebra, from its field, bypassing the build cache) twice and checks that the
 * written GLB bytes are identical, and that the committed anatomy.glb holds exactly this L3.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildVertebra } from '../../tools/models/vertebrae';
import { writeGlb } from '../../tools/models/gltf';
import { MODEL_FILES, loadModel, meshesByTag, worldPositions } from './modelFixture';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('model generation', () => {
  it('is byte-identical when repeated, and matches the committed model', { timeout: 120_000 }, async () => {
    process.env.MODELS_NO_CACHE = '1';
    const first = await buildVertebra('L3');
    const second = await buildVertebra('L3');
    const a = await writeGlb([first.desktop, first.phone]);
    const b = await writeGlb([second.desktop, second.phone]);
    expect(sha(a)).toBe(sha(b));

    const root = await loadModel(MODEL_FILES.desktop);
    const [committed] = meshesByTag(root, 'L3');
    const positions = worldPositions(committed);
    expect(positions.length).toBe(first.desktop.positions.length / 3);
    // The writer reorders vertices for compression, so match each committed vertex to its nearest fresh one
    // (a hash grid of 1 mm cells); 14-bit quantisation moves a vertex by well under 0.02 mm.
    const p = first.desktop.positions;
    const cell = (x: number) => Math.floor(x * 1000);
    const grid = new Map<string, number[]>();
    for (let i = 0; i < p.length / 3; i++) {
      const k = `${cell(p[i * 3])},${cell(p[i * 3 + 1])},${cell(p[i * 3 + 2])}`;
      grid.set(k, [...(grid.get(k) ?? []), i]);
    }
    let worst = 0;
    for (const v of positions) {
      let best = Infinity;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (let dz = -1; dz <= 1; dz++)
            for (const i of grid.get(`${cell(v.x) + dx},${cell(v.y) + dy},${cell(v.z) + dz}`) ?? [])
              best = Math.min(best, Math.hypot(v.x - p[i * 3], v.y - p[i * 3 + 1], v.z - p[i * 3 + 2]));
      worst = Math.max(worst, best);
    }
    expect(worst).toBeLessThan(2e-5);
  });
});
