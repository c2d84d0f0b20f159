import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REST_POSITIONS } from '../../src/domain/skeleton/restPose';
import { buildBodySurfaces } from '../../tools/models/body/bodyMesh';
import { BODY_FILES, buildBodyGlbs } from '../../tools/models/body/build';
import { writeSkinnedGlb } from '../../tools/models/body/skinnedGlb';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('body model build', () => {
  it('is deterministic: two builds from scratch give byte-identical files', async () => {
    // A coarse grid keeps this quick; every step of the real build runs, only the level set is coarser.
    process.env.MODELS_NO_CACHE = '1';
    try {
      const build = async () => writeSkinnedGlb((await buildBodySurfaces(20)).phone, REST_POSITIONS);
      expect(sha(await build())).toBe(sha(await build()));
    } finally {
      delete process.env.MODELS_NO_CACHE;
    }
  }, 120_000);

  // The full rebuild takes about 20–60 s on two cores, so it runs when asked: MODELS_CHECK=1 npx vitest run.
  it.runIf(process.env.MODELS_CHECK)(
    'matches the committed files byte for byte',
    async () => {
      const glbs = await buildBodyGlbs();
      expect(sha(glbs.desktop)).toBe(sha(new Uint8Array(readFileSync(BODY_FILES.desktop))));
      expect(sha(glbs.phone)).toBe(sha(new Uint8Array(readFileSync(BODY_FILES.phone))));
    },
    300_000,
  );
});
