import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { exerciseBounds } from '../../src/domain/motion/framing';
import { REST_LANDMARKS } from '../../src/domain/skeleton/restPose';
import { fitDistance } from '../../src/scene/camera/fitDistance';
import { framedView } from '../../src/scene/camera/framedView';

const stature = REST_LANDMARKS.headTop[1];

describe('exercise framing', () => {
  it('a standing lift reaches from the floor to above the head', () => {
    const box = exerciseBounds('deadlift');
    expect(box.min[1]).toBe(0);
    expect(box.max[1]).toBeGreaterThan(stature);
    expect(box.max[1]).toBeLessThan(stature + 0.3);
  });

  it('floor exercises stay low and long', () => {
    for (const id of ['side-plank', 'superman', 'dead-bug', 'glute-bridge']) {
      const box = exerciseBounds(id);
      const length = Math.max(box.max[0] - box.min[0], box.max[2] - box.min[2]);
      expect(box.max[1], id).toBeLessThan(1.3);
      expect(length, id).toBeGreaterThan(1.2);
    }
  });
});

describe('fitting the camera', () => {
  const base = {
    across: 1,
    up: 2,
    depth: 0,
    fovDeg: 40,
    imageHeight: 800,
    visibleWidth: 800,
    visibleHeight: 800,
    margin: 0,
  };

  it('puts the binding side exactly across the visible height', () => {
    const d = fitDistance(base);
    // Two metres fill the 40° field of view.
    expect(2 * d * Math.tan((20 * Math.PI) / 180)).toBeCloseTo(2, 6);
  });

  it('backs off when the overlay covers part of the canvas', () => {
    const open = fitDistance(base);
    expect(fitDistance({ ...base, visibleHeight: 500 })).toBeCloseTo((open * 800) / 500, 6);
    // A narrow strip makes the width bind instead.
    const narrow = fitDistance({ ...base, across: 2, up: 0.5, visibleWidth: 300 });
    expect(2 * narrow * Math.tan((20 * Math.PI) / 180) * (300 / 800)).toBeCloseTo(2, 6);
  });

  it('frames the side views along the preset direction and leaves the close-up presets alone', () => {
    const position = new Vector3();
    const target = new Vector3();
    const area = { imageHeight: 800, visibleWidth: 600, visibleHeight: 700 };
    const box = exerciseBounds('deadlift');
    expect(framedView('left', box, 40, area, position, target)).toBe(true);
    expect(target.y).toBeCloseTo((box.min[1] + box.max[1]) / 2, 6);
    expect(position.x).toBeGreaterThan(2);
    expect(Math.abs(position.z - target.z)).toBeLessThan(1e-6);
    expect(framedView('lumbar', box, 40, area, position.set(9, 9, 9), target)).toBe(false);
    expect(position.x).toBe(9);
  });
});
