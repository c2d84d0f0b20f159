import { describe, it, expect } from 'vitest';
import { REFERENCES, isReferenceId } from '../../src/domain/content/references';
import {
  BONES,
  BONE_IDS,
  DISCS,
  DISC_IDS,
  ERECTOR_SPINAE_IDS,
  LUMBAR_SPINE,
  MUSCLES,
  MUSCLE_IDS,
  SEGMENTS,
  VERTEBRAE,
  VERTEBRA_IDS,
  WHOLE_LUMBAR,
  boneInfo,
  discInfo,
  distributeLumbar,
  muscleInfo,
  segmentShares,
  structureInfo,
  vertebraInfo,
} from '../../src/domain/anatomy';
import type { Fact, StructureId } from '../../src/domain/anatomy';

const ALL_IDS: readonly StructureId[] = [...VERTEBRA_IDS, ...DISC_IDS, ...BONE_IDS, ...MUSCLE_IDS];

/** Every fact in the catalogue, tagged with where it lives, so a failure names the culprit. */
function allFacts(): { where: string; fact: Fact }[] {
  const tagged = (where: string, facts: Fact[]) => facts.map((fact) => ({ where, fact }));
  return [
    ...VERTEBRAE.flatMap((v) => tagged(v.id, v.facts)),
    ...DISCS.flatMap((d) => tagged(d.id, d.facts)),
    ...BONES.flatMap((b) => tagged(b.id, b.facts)),
    ...tagged('lumbar spine', LUMBAR_SPINE.facts),
    ...ALL_IDS.flatMap((id) => tagged(`card ${id}`, structureInfo(id).facts)),
  ];
}

/** Every reference id cited anywhere in the anatomy catalogue, with where it is cited. */
function allCitations(): { where: string; ref: string }[] {
  const cite = (where: string, refs: readonly string[]) => refs.map((ref) => ({ where, ref }));
  return [
    ...allFacts().flatMap(({ where, fact }) => cite(`${where}: ${fact.label}`, fact.refs)),
    ...VERTEBRAE.flatMap((v) => Object.values(v.rom).flatMap((range) => cite(`${v.id} rom`, range.refs))),
    ...MUSCLES.flatMap((m) => cite(m.id, m.refs)),
    ...SEGMENTS.flatMap((s) => cite(`segment ${s.id}`, s.refs)),
    ...Object.entries(WHOLE_LUMBAR).flatMap(([motion, limit]) => cite(`whole lumbar ${motion}`, limit.refs)),
  ];
}

describe('anatomy catalogue coverage', () => {
  it('has exactly one entry per id, in the order of ids.ts', () => {
    expect(VERTEBRAE.map((v) => v.id)).toEqual([...VERTEBRA_IDS]);
    expect(DISCS.map((d) => d.id)).toEqual([...DISC_IDS]);
    expect(BONES.map((b) => b.id)).toEqual([...BONE_IDS]);
    expect(MUSCLES.map((m) => m.id)).toEqual([...MUSCLE_IDS]);
  });

  it('has no duplicate ids across all kinds', () => {
    const ids = [...VERTEBRAE, ...DISCS, ...BONES, ...MUSCLES].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(ALL_IDS.length);
  });

  it('finds every id through the lookup helpers', () => {
    for (const v of VERTEBRAE) expect(vertebraInfo(v.id)).toBe(v);
    for (const d of DISCS) expect(discInfo(d.id)).toBe(d);
    for (const b of BONES) expect(boneInfo(b.id)).toBe(b);
    for (const m of MUSCLES) expect(muscleInfo(m.id)).toBe(m);
  });

  it('builds an info card with a name, summary and facts for every structure', () => {
    for (const id of ALL_IDS) {
      const card = structureInfo(id);
      expect(card.id).toBe(id);
      expect(card.name.length, id).toBeGreaterThan(0);
      expect(card.summary.length, id).toBeGreaterThan(20);
      expect(card.facts.length, id).toBeGreaterThan(0);
    }
    expect(structureInfo('L3').kind).toBe('vertebra');
    expect(structureInfo('L3').features.length).toBeGreaterThan(0);
    expect(structureInfo('L5-S1').kind).toBe('disc');
    expect(structureInfo('sacrum').kind).toBe('bone');
    expect(structureInfo('spinalis').kind).toBe('muscle');
    expect(() => structureInfo('L6' as StructureId)).toThrow();
  });
});

describe('anatomy citations', () => {
  it('cites only references listed in REFERENCES', () => {
    const unknown = allCitations().filter(({ ref }) => !isReferenceId(ref));
    expect(unknown).toEqual([]);
    expect(Object.keys(REFERENCES).length).toBeGreaterThan(0);
  });

  it('gives every fact, range and muscle at least one source', () => {
    const unsourced = allFacts()
      .filter(({ fact }) => fact.refs.length === 0)
      .map(({ where, fact }) => `${where}: ${fact.label}`);
    expect(unsourced).toEqual([]);
    for (const m of MUSCLES) expect(m.refs.length, m.id).toBeGreaterThan(0);
    for (const v of VERTEBRAE) {
      for (const range of Object.values(v.rom)) expect(range.refs.length, v.id).toBeGreaterThan(0);
    }
  });

  it('carries the article’s points on every erector spinae part', () => {
    for (const id of ERECTOR_SPINAE_IDS) expect(muscleInfo(id).articleNote, id).toBeTruthy();
    expect(muscleInfo('spinalis').disagreement).toMatch(/Bogduk/);
    expect(muscleInfo('iliocostalis-thoracis').disagreement).toMatch(/7–12/);
  });
});

describe('SEGMENTS', () => {
  it('lists L1-L2 … L5-S1 with the published lordosis, limits and model shares', () => {
    expect(SEGMENTS.map((s) => s.id)).toEqual([...DISC_IDS]);
    expect(SEGMENTS.map((s) => s.standingLordosisDeg)).toEqual([1.2, 5.9, 9.1, 12.7, 21.6]);
    expect(SEGMENTS.map((s) => s.maxLateralBendDeg)).toEqual([10, 10, 10, 6, 3]);
    expect(SEGMENTS.map((s) => s.flexionShare)).toEqual([0.255, 0.231, 0.204, 0.185, 0.125]);
    expect(SEGMENTS.map((s) => s.lateralBendShare)).toEqual([0.188, 0.2501, 0.2453, 0.1811, 0.1356]);
  });

  it('gives every segment positive limits', () => {
    for (const s of SEGMENTS) {
      for (const limit of [s.maxFlexionDeg, s.maxExtensionDeg, s.maxLateralBendDeg, s.maxAxialRotationDeg]) {
        expect(limit, s.id).toBeGreaterThan(0);
      }
    }
    for (const limit of Object.values(WHOLE_LUMBAR)) expect(limit.deg).toBeGreaterThan(0);
  });

  it('derives flexion and extension limits from the share of the whole-lumbar model limits', () => {
    for (const s of SEGMENTS) {
      expect(s.maxFlexionDeg, s.id).toBeCloseTo(s.flexionShare * WHOLE_LUMBAR.flexion.deg, 2);
      expect(s.maxExtensionDeg, s.id).toBeCloseTo(s.flexionShare * WHOLE_LUMBAR.extension.deg, 2);
    }
    expect(WHOLE_LUMBAR.flexion.deg).toBe(70);
    expect(WHOLE_LUMBAR.extension.deg).toBe(26);
    expect(WHOLE_LUMBAR.lateralBend.deg).toBe(25);
  });

  it('normalises each kind of share to sum to exactly one', () => {
    for (const kind of ['flexion', 'lateralBend', 'rotation'] as const) {
      const sum = SEGMENTS.reduce((total, s) => total + segmentShares(s.id)[kind], 0);
      expect(sum, kind).toBeCloseTo(1, 12);
    }
  });
});

describe('distributeLumbar', () => {
  const cases = [
    { flexion: 70, lateralBend: 25, rotation: 10 },
    { flexion: -26, lateralBend: -12.5, rotation: -4 },
    { flexion: 33.3, lateralBend: 0, rotation: 7 },
  ];

  it('sums back to the whole-lumbar total', () => {
    for (const total of cases) {
      const parts = Object.values(distributeLumbar(total));
      expect(parts).toHaveLength(SEGMENTS.length);
      expect(parts.reduce((sum, p) => sum + p.flexion, 0)).toBeCloseTo(total.flexion, 10);
      expect(parts.reduce((sum, p) => sum + p.lateralBend, 0)).toBeCloseTo(total.lateralBend, 10);
      expect(parts.reduce((sum, p) => sum + p.rotation, 0)).toBeCloseTo(total.rotation, 10);
    }
  });

  it('keeps the model’s per-level shares and the sign of each motion', () => {
    const total = { flexion: 40, lateralBend: -20, rotation: 8 };
    const parts = distributeLumbar(total);
    const flexionSum = SEGMENTS.reduce((sum, s) => sum + s.flexionShare, 0);
    const bendSum = SEGMENTS.reduce((sum, s) => sum + s.lateralBendShare, 0);
    const rotationSum = SEGMENTS.reduce((sum, s) => sum + s.axialRotationCoeff, 0);
    for (const s of SEGMENTS) {
      const part = parts[s.id];
      expect(part.flexion / total.flexion, s.id).toBeCloseTo(s.flexionShare / flexionSum, 10);
      expect(part.lateralBend / total.lateralBend, s.id).toBeCloseTo(s.lateralBendShare / bendSum, 10);
      expect(part.rotation / total.rotation, s.id).toBeCloseTo(s.axialRotationCoeff / rotationSum, 10);
      expect(part.flexion, s.id).toBeGreaterThan(0);
      expect(part.lateralBend, s.id).toBeLessThan(0);
    }
    // The model gives the top segment the most flexion and L5-S1 the least.
    expect(parts['L1-L2'].flexion).toBeGreaterThan(parts['L5-S1'].flexion);
  });

  it('reaches each segment’s flexion limit when the whole lumbar spine is fully flexed', () => {
    const parts = distributeLumbar({ flexion: WHOLE_LUMBAR.flexion.deg, lateralBend: 0, rotation: 0 });
    for (const s of SEGMENTS) expect(parts[s.id].flexion, s.id).toBeCloseTo(s.maxFlexionDeg, 1);
  });

  it('returns zero everywhere for a neutral pose', () => {
    for (const part of Object.values(distributeLumbar({ flexion: 0, lateralBend: 0, rotation: 0 }))) {
      expect(part).toEqual({ flexion: 0, lateralBend: 0, rotation: 0 });
    }
  });
});
