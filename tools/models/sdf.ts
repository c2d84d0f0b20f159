/**
 * Signed-distance primitives for the bone generator. Units are millimetres, negative inside.
 * Every function is allocation-free on the hot path: manifold's levelSet calls them millions of times.
 * Axes follow glTF: x = the figure's left, y = up, z = anterior.
 */

/** A signed distance field in millimetres. */
export type Sdf = (x: number, y: number, z: number) => number;

/** Polynomial smooth minimum (iq): a union with a fillet of about k mm. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth maximum: an intersection or subtraction with a fillet of about k mm. */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

/** C1 step used for every blend: any kink in the field shows as a shading seam (gradient normals). */
export function smoothstep(e0: number, e1: number, v: number): number {
  const t = Math.min(1, Math.max(0, (v - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Sphere around (cx, cy, cz). */
export function sphere(cx: number, cy: number, cz: number, r: number): Sdf {
  return (x, y, z) => {
    const dx = x - cx;
    const dy = y - cy;
    const dz = z - cz;
    return Math.sqrt(dx * dx + dy * dy + dz * dz) - r;
  };
}

/** Axis-aligned ellipsoid (iq's bound-corrected approximation; exact enough for blending). */
export function ellipsoid(cx: number, cy: number, cz: number, rx: number, ry: number, rz: number): Sdf {
  return (x, y, z) => {
    const px = (x - cx) / rx;
    const py = (y - cy) / ry;
    const pz = (z - cz) / rz;
    const k0 = Math.sqrt(px * px + py * py + pz * pz);
    const k1 = Math.sqrt((px * px) / (rx * rx) + (py * py) / (ry * ry) + (pz * pz) / (rz * rz));
    return k1 < 1e-9 ? -Math.min(rx, ry, rz) : (k0 * (k0 - 1)) / k1;
  };
}

/** 2D ellipse distance (iq's approximation), used for cross-sections and outlines. */
export function ellipse2(px: number, py: number, ra: number, rb: number): number {
  const ax = px / ra;
  const ay = py / rb;
  const k0 = Math.sqrt(ax * ax + ay * ay);
  const k1 = Math.sqrt((ax * ax) / (ra * ra) + (ay * ay) / (rb * rb));
  return k1 < 1e-9 ? -Math.min(ra, rb) : (k0 * (k0 - 1)) / k1;
}

export type Vec3 = readonly [number, number, number];

/** Radius profile along a bar, t in [0, 1] from start to end. */
export type Profile = (t: number) => number;

/**
 * The workhorse: a tapered bar from a to b with an elliptical cross-section. `up` sets the direction of the
 * cross-section's second radius; radii come from profiles so one primitive makes pedicles, processes and shafts.
 * The ends are rounded because the parameter is clamped (so the true tip sits one radius beyond a or b).
 */
export function bar(a: Vec3, b: Vec3, up: Vec3, rSide: Profile, rUp: Profile): Sdf {
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const uz = b[2] - a[2];
  const len2 = ux * ux + uy * uy + uz * uz;
  const len = Math.sqrt(len2);
  const tx = ux / len;
  const ty = uy / len;
  const tz = uz / len;
  // Gram-Schmidt: v = up minus its tangent part; w = t × v.
  const dot = up[0] * tx + up[1] * ty + up[2] * tz;
  let vx = up[0] - dot * tx;
  let vy = up[1] - dot * ty;
  let vz = up[2] - dot * tz;
  const vl = Math.sqrt(vx * vx + vy * vy + vz * vz);
  vx /= vl;
  vy /= vl;
  vz /= vl;
  const wx = ty * vz - tz * vy;
  const wy = tz * vx - tx * vz;
  const wz = tx * vy - ty * vx;
  return (x, y, z) => {
    const px = x - a[0];
    const py = y - a[1];
    const pz = z - a[2];
    const s = (px * ux + py * uy + pz * uz) / len2;
    const t = s < 0 ? 0 : s > 1 ? 1 : s;
    const qx = px - ux * t;
    const qy = py - uy * t;
    const qz = pz - uz * t;
    // Cross-section coordinates: rUp along v (the up direction), rSide along w = tangent × v.
    const cw = qx * wx + qy * wy + qz * wz;
    const cv = qx * vx + qy * vy + qz * vz;
    const ca = qx * tx + qy * ty + qz * tz;
    const rw = rSide(t);
    const rv = rUp(t);
    // Past either end the residual along the axis joins the section as a third ellipsoid radius: a rounded cap
    // that equals the 2D ellipse distance inside the segment, so there is no seam where they meet.
    const rc = rw < rv ? rw : rv;
    const ax = cw / rw;
    const ay = cv / rv;
    const az = ca / rc;
    const k0 = Math.sqrt(ax * ax + ay * ay + az * az);
    const k1 = Math.sqrt((ax * ax) / (rw * rw) + (ay * ay) / (rv * rv) + (az * az) / (rc * rc));
    return k1 < 1e-9 ? -rc : (k0 * (k0 - 1)) / k1;
  };
}

/** Constant profile. */
export const constant =
  (r: number): Profile =>
  () =>
    r;

/** Linear taper from r0 at the start to r1 at the end. */
export const taper =
  (r0: number, r1: number): Profile =>
  (t) =>
    r0 + (r1 - r0) * t;

/** Rounded box, centred, axis-aligned after an optional rotation about x (pitch) and y (yaw), in radians. */
export function roundBox(c: Vec3, half: Vec3, r: number, pitch = 0, yaw = 0): Sdf {
  const cp = Math.cos(pitch);
  const sp = Math.sin(pitch);
  const cy = Math.cos(yaw);
  const sy = Math.sin(yaw);
  return (x, y, z) => {
    let px = x - c[0];
    let py = y - c[1];
    let pz = z - c[2];
    // Inverse yaw about y, then inverse pitch about x.
    const rx = cy * px - sy * pz;
    const rz = sy * px + cy * pz;
    px = rx;
    pz = rz;
    const ry = cp * py + sp * pz;
    const rz2 = -sp * py + cp * pz;
    py = ry;
    pz = rz2;
    const qx = Math.abs(px) - half[0] + r;
    const qy = Math.abs(py) - half[1] + r;
    const qz = Math.abs(pz) - half[2] + r;
    const mx = Math.max(qx, 0);
    const my = Math.max(qy, 0);
    const mz = Math.max(qz, 0);
    return Math.sqrt(mx * mx + my * my + mz * mz) + Math.min(Math.max(qx, qy, qz), 0) - r;
  };
}

/** Union of many fields with one fillet radius. */
export function unionAll(k: number, parts: Sdf[]): Sdf {
  return (x, y, z) => {
    let d = parts[0](x, y, z);
    for (let i = 1; i < parts.length; i++) d = smin(d, parts[i](x, y, z), k);
    return d;
  };
}

/** Mirror across the midsagittal plane: build the left side once, get both. */
export function mirrorX(f: Sdf): Sdf {
  return (x, y, z) => f(Math.abs(x), y, z);
}

/**
 * Skip a costly field when the point is far from its bounding sphere. The bound is a valid lower
 * estimate of the distance, so unions stay correct outside `margin` (keep it above the fillet radius).
 */
export function bounded(f: Sdf, c: Vec3, radius: number, margin = 4): Sdf {
  return (x, y, z) => {
    const dx = x - c[0];
    const dy = y - c[1];
    const dz = z - c[2];
    const d0 = Math.sqrt(dx * dx + dy * dy + dz * dz) - radius;
    return d0 > margin ? d0 : f(x, y, z);
  };
}

// Deterministic value noise: an integer hash replaces Math.random so every build is byte-identical.
function hash3(ix: number, iy: number, iz: number, seed: number): number {
  let h = Math.imul(ix, 374761393) ^ Math.imul(iy, 668265263) ^ Math.imul(iz, 2147483647) ^ Math.imul(seed, 144665);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h & 0xffff) / 0xffff;
}

function fade(t: number): number {
  return t * t * t * (t * (t * 6 - 15) + 10);
}

/** Smooth value noise in [-1, 1] with features about `scale` mm apart. */
export function noise3(x: number, y: number, z: number, scale: number, seed: number): number {
  const fx = x / scale;
  const fy = y / scale;
  const fz = z / scale;
  const ix = Math.floor(fx);
  const iy = Math.floor(fy);
  const iz = Math.floor(fz);
  const ux = fade(fx - ix);
  const uy = fade(fy - iy);
  const uz = fade(fz - iz);
  let acc = 0;
  for (let c = 0; c < 8; c++) {
    const ox = c & 1;
    const oy = (c >> 1) & 1;
    const oz = (c >> 2) & 1;
    const w = (ox ? ux : 1 - ux) * (oy ? uy : 1 - uy) * (oz ? uz : 1 - uz);
    acc += w * hash3(ix + ox, iy + oy, iz + oz, seed);
  }
  return acc * 2 - 1;
}

/** Roughen a surface by `amp` mm so bone does not read as plastic. */
export function roughen(f: Sdf, amp: number, scale: number, seed: number): Sdf {
  return (x, y, z) => f(x, y, z) + amp * noise3(x, y, z, scale, seed);
}
