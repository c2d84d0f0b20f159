/**
 * A small mesh kit for machined equipment: lathe (surfaces of revolution, smooth or faceted), rounded boxes,
 * swept tubes. Gym equipment is turned, bent and boxed, so these three cover it with clean edges and few
 * triangles; an SDF would round every corner and cost far more. Units are metres; every part is placed by a
 * rigid transform (rotation + translation) and carries a vertex colour.
 */
import { Matrix3, Matrix4, Quaternion, Vector3 } from 'three';

export type Rgb = readonly [number, number, number];

/** One profile point of a lathe: radius r at height h along the local Y axis. */
export interface ProfilePoint {
  r: number;
  h: number;
  /** A crease here (separate normals either side), e.g. the edge of a plate. */
  sharp?: boolean;
  /** Colour of the band starting at this point (default: the part's colour). */
  color?: Rgb;
}

/** Collects triangles, normals and colours of one equipment item. */
export class MeshBuilder {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  readonly colors: number[] = [];
  readonly indices: number[] = [];

  get triangles(): number {
    return this.indices.length / 3;
  }

  private vertex(p: Vector3, n: Vector3, c: Rgb): number {
    this.positions.push(p.x, p.y, p.z);
    this.normals.push(n.x, n.y, n.z);
    this.colors.push(c[0], c[1], c[2]);
    return this.positions.length / 3 - 1;
  }

  /**
   * Surface of revolution about local +Y through the profile (bottom to top), `segments` around. Points with
   * r = 0 close the surface. `faceted` gives flat sides (a hex dumbbell head from 6 segments); `phase` turns
   * the first segment (radians).
   */
  lathe(profile: readonly ProfilePoint[], segments: number, color: Rgb, at: Matrix4, faceted = false, phase = 0): this {
    const normalMatrix = new Matrix3().getNormalMatrix(at);
    // Expand the profile into rings, each with its own 2D normal; a sharp point makes two rings.
    const seg2d = (i: number) => {
      const a = profile[i];
      const b = profile[i + 1];
      const dr = b.r - a.r;
      const dh = b.h - a.h;
      const l = Math.hypot(dr, dh) || 1;
      // Outward normal of the segment in the (r, h) plane (the profile runs bottom to top).
      return { nr: dh / l, nh: -dr / l };
    };
    interface Ring {
      r: number;
      h: number;
      nr: number;
      nh: number;
      color: Rgb;
      band: boolean;
    }
    const rings: Ring[] = [];
    const last = profile.length - 1;
    profile.forEach((p, i) => {
      const before = i > 0 ? seg2d(i - 1) : null;
      const after = i < last ? seg2d(i) : null;
      const bandColor = (k: number) => profile[Math.max(0, Math.min(k, last))].color ?? color;
      if (p.sharp || !before || !after) {
        if (before) rings.push({ r: p.r, h: p.h, ...before, color: bandColor(i - 1), band: false });
        if (after) rings.push({ r: p.r, h: p.h, ...after, color: bandColor(i), band: true });
      } else {
        const nr = before.nr + after.nr;
        const nh = before.nh + after.nh;
        const l = Math.hypot(nr, nh) || 1;
        // A colour change at a smooth point still needs two rings, one per band.
        const c0 = bandColor(i - 1);
        const c1 = bandColor(i);
        if (c0 !== c1) rings.push({ r: p.r, h: p.h, nr: nr / l, nh: nh / l, color: c0, band: false });
        rings.push({ r: p.r, h: p.h, nr: nr / l, nh: nh / l, color: c1, band: true });
      }
    });
    const p = new Vector3();
    const n = new Vector3();
    const ringStart: number[] = [];
    const columns = faceted ? segments * 2 : segments + 1;
    for (const ring of rings) {
      ringStart.push(this.positions.length / 3);
      for (let k = 0; k < columns; k++) {
        const j = faceted ? Math.floor((k + 1) / 2) : k;
        const theta = phase + (j / segments) * Math.PI * 2;
        p.set(ring.r * Math.cos(theta), ring.h, ring.r * Math.sin(theta)).applyMatrix4(at);
        if (faceted) {
          // Flat side: the normal of the facet this column belongs to.
          const mid = phase + ((Math.floor(k / 2) + 0.5) / segments) * Math.PI * 2;
          n.set(ring.nr * Math.cos(mid), ring.nh, ring.nr * Math.sin(mid));
        } else n.set(ring.nr * Math.cos(theta), ring.nh, ring.nr * Math.sin(theta));
        n.applyMatrix3(normalMatrix).normalize();
        this.vertex(p, n, ring.color);
      }
    }
    for (let i = 0; i + 1 < rings.length; i++) {
      // Only consecutive rings of the same band (the start of a segment and its end) are joined.
      if (!rings[i].band) continue;
      if (rings[i].r === rings[i + 1].r && rings[i].h === rings[i + 1].h) continue;
      const a0 = ringStart[i];
      const b0 = ringStart[i + 1];
      for (let k = 0; k < segments; k++) {
        const a = faceted ? a0 + 2 * k : a0 + k;
        const a1 = faceted ? a0 + 2 * k + 1 : a0 + k + 1;
        const b = faceted ? b0 + 2 * k : b0 + k;
        const b1 = faceted ? b0 + 2 * k + 1 : b0 + k + 1;
        // Counter-clockwise seen from outside: the profile goes up, the angle goes from +X towards +Z.
        if (rings[i].r > 0) this.indices.push(a, b, a1);
        if (rings[i + 1].r > 0) this.indices.push(a1, b, b1);
      }
    }
    return this;
  }

  /** A cylinder from a to b (world), radius r, with flat caps. */
  cylinder(a: Vector3, b: Vector3, r: number, segments: number, color: Rgb, capped = true): this {
    const len = a.distanceTo(b);
    const profile: ProfilePoint[] = capped
      ? [
          { r: 0, h: 0 },
          { r, h: 0, sharp: true },
          { r, h: len, sharp: true },
          { r: 0, h: len },
        ]
      : [
          { r, h: 0 },
          { r, h: len },
        ];
    return this.lathe(profile, segments, color, alongSegment(a, b));
  }

  /** A sphere (a lathe of a half circle). */
  sphere(c: Vector3, r: number, segments: number, rings: number, color: Rgb, bands?: (h: number) => Rgb): this {
    const profile: ProfilePoint[] = [];
    for (let i = 0; i <= rings; i++) {
      const t = -Math.PI / 2 + (i / rings) * Math.PI;
      const h = r * Math.sin(t);
      profile.push({ r: Math.abs(r * Math.cos(t)) < 1e-9 ? 0 : r * Math.cos(t), h, color: bands?.(h) });
    }
    return this.lathe(profile, segments, color, new Matrix4().makeTranslation(c.x, c.y, c.z));
  }

  /**
   * Box with rounded edges of radius `round`, half-sizes `half`, placed by `at`. `steps` rings per rounded edge.
   */
  roundedBox(half: Vector3, round: number, color: Rgb, at: Matrix4, steps = 3): this {
    const normalMatrix = new Matrix3().getNormalMatrix(at);
    const r = Math.min(round, half.x, half.y, half.z);
    const samples = (h: number): number[] => {
      const out: number[] = [];
      const core = h - r;
      for (let i = steps; i >= 1; i--) out.push(-core - r * Math.sin((i / steps) * (Math.PI / 2)));
      if (core > 0) out.push(-core, core);
      else out.push(0);
      for (let i = 1; i <= steps; i++) out.push(core + r * Math.sin((i / steps) * (Math.PI / 2)));
      return out;
    };
    const sx = samples(half.x);
    const sy = samples(half.y);
    const sz = samples(half.z);
    const core = new Vector3(half.x - r, half.y - r, half.z - r);
    const p = new Vector3();
    const q = new Vector3();
    const n = new Vector3();
    // Each face: fixed axis, the two others sampled; the point is pushed onto the rounded surface.
    const faces: [0 | 1 | 2, 1 | -1][] = [
      [0, 1],
      [0, -1],
      [1, 1],
      [1, -1],
      [2, 1],
      [2, -1],
    ];
    const S = [sx, sy, sz];
    const H = [half.x, half.y, half.z];
    for (const [axis, sign] of faces) {
      const u = (axis + 1) % 3;
      const v = (axis + 2) % 3;
      const su = S[u];
      const sv = S[v];
      const start = this.positions.length / 3;
      for (let j = 0; j < sv.length; j++) {
        for (let i = 0; i < su.length; i++) {
          const c = [0, 0, 0];
          c[axis] = sign * H[axis];
          c[u] = su[i];
          c[v] = sv[j];
          p.set(c[0], c[1], c[2]);
          q.set(
            Math.max(-core.x, Math.min(core.x, p.x)),
            Math.max(-core.y, Math.min(core.y, p.y)),
            Math.max(-core.z, Math.min(core.z, p.z)),
          );
          n.subVectors(p, q);
          if (n.lengthSq() < 1e-18) n.set(0, 0, 0).setComponent(axis, sign);
          n.normalize();
          p.copy(q).addScaledVector(n, r).applyMatrix4(at);
          const nw = n.clone().applyMatrix3(normalMatrix).normalize();
          this.vertex(p, nw, color);
        }
      }
      const w = su.length;
      for (let j = 0; j + 1 < sv.length; j++) {
        for (let i = 0; i + 1 < w; i++) {
          const a = start + j * w + i;
          const b = a + 1;
          const c = a + w;
          const d = c + 1;
          // (u, v, axis) is right-handed, so u × v points along +axis: flip the winding on the negative face.
          if (sign > 0) this.indices.push(a, b, d, a, d, c);
          else this.indices.push(a, d, b, a, c, d);
        }
      }
    }
    return this;
  }

  /** Appends another builder's triangles, moved by `at` (a rigid transform) when given. */
  append(other: MeshBuilder, at?: Matrix4): this {
    const base = this.positions.length / 3;
    const normalMatrix = at ? new Matrix3().getNormalMatrix(at) : null;
    const p = new Vector3();
    for (let i = 0; i < other.positions.length; i += 3) {
      p.fromArray(other.positions, i);
      if (at) p.applyMatrix4(at);
      this.positions.push(p.x, p.y, p.z);
      p.fromArray(other.normals, i);
      if (normalMatrix) p.applyMatrix3(normalMatrix).normalize();
      this.normals.push(p.x, p.y, p.z);
    }
    this.colors.push(...other.colors);
    for (const i of other.indices) this.indices.push(i + base);
    return this;
  }

  /** A round tube swept along a polyline (parallel-transport frames), with flat end caps. */
  tube(path: readonly Vector3[], radius: number, segments: number, color: Rgb): this {
    const tangents = path.map((_, i) => {
      const a = path[Math.max(0, i - 1)];
      const b = path[Math.min(path.length - 1, i + 1)];
      return new Vector3().subVectors(b, a).normalize();
    });
    let normal = new Vector3(0, 0, 1);
    if (Math.abs(normal.dot(tangents[0])) > 0.9) normal = new Vector3(1, 0, 0);
    normal.sub(tangents[0].clone().multiplyScalar(normal.dot(tangents[0]))).normalize();
    const starts: number[] = [];
    const p = new Vector3();
    const n = new Vector3();
    for (let i = 0; i < path.length; i++) {
      if (i > 0) {
        const q = new Quaternion().setFromUnitVectors(tangents[i - 1], tangents[i]);
        normal.applyQuaternion(q);
      }
      const binormal = new Vector3().crossVectors(tangents[i], normal);
      starts.push(this.positions.length / 3);
      for (let k = 0; k <= segments; k++) {
        const t = (k / segments) * Math.PI * 2;
        n.copy(normal).multiplyScalar(Math.cos(t)).addScaledVector(binormal, Math.sin(t));
        p.copy(path[i]).addScaledVector(n, radius);
        this.vertex(p, n, color);
      }
    }
    for (let i = 0; i + 1 < path.length; i++) {
      for (let k = 0; k < segments; k++) {
        const a = starts[i] + k;
        const b = starts[i + 1] + k;
        this.indices.push(a, a + 1, b, a + 1, b + 1, b);
      }
    }
    // End caps as flat discs.
    for (const [i, dir] of [
      [0, -1],
      [path.length - 1, 1],
    ] as const) {
      const capNormal = tangents[i].clone().multiplyScalar(dir);
      const centre = this.vertex(path[i], capNormal, color);
      const ring = this.positions.length / 3;
      for (let k = 0; k <= segments; k++) {
        p.set(
          this.positions[(starts[i] + k) * 3],
          this.positions[(starts[i] + k) * 3 + 1],
          this.positions[(starts[i] + k) * 3 + 2],
        );
        this.vertex(p, capNormal, color);
      }
      for (let k = 0; k < segments; k++) {
        if (dir > 0) this.indices.push(centre, ring + k, ring + k + 1);
        else this.indices.push(centre, ring + k + 1, ring + k);
      }
    }
    return this;
  }
}

/** A transform whose local +Y runs from a to b (for lathe parts along a segment). */
export function alongSegment(a: Vector3, b: Vector3): Matrix4 {
  const dir = new Vector3().subVectors(b, a).normalize();
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir);
  return new Matrix4().compose(a, q, new Vector3(1, 1, 1));
}

/** A transform whose local +Y points along +X (bars, handles, plates), centred at c. */
export function alongX(c: Vector3): Matrix4 {
  return new Matrix4().compose(
    c,
    new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), new Vector3(1, 0, 0)),
    new Vector3(1, 1, 1),
  );
}

/** Translation plus a turn about X (radians), for parts tilted in the sagittal plane. */
export function placedTilted(c: Vector3, pitch: number): Matrix4 {
  return new Matrix4().compose(c, new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), pitch), new Vector3(1, 1, 1));
}

/** Plain translation. */
export function placed(c: Vector3): Matrix4 {
  return new Matrix4().makeTranslation(c.x, c.y, c.z);
}
