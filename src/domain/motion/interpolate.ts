/**
 * Periodic monotone cubic interpolation (Fritsch–Carlson) of channel arrays. Monotone, so a value never overshoots
 * its neighbouring keys: keys inside a joint's limits give a motion inside them, and equal keys give a still hold.
 */

/** Keys of a closed loop: `times` ascending from 0, each key's values in a row of `values`. */
export interface PeriodicKeys {
  period: number;
  times: Float64Array;
  /** Row-major: key k, channel c at k * width + c. */
  values: Float64Array;
  width: number;
}

/** Slopes for every key and channel, same layout as `values`. */
export function monotoneSlopes(keys: PeriodicKeys): Float64Array {
  const { times, values, width, period } = keys;
  const n = times.length;
  const slopes = new Float64Array(n * width);
  for (let k = 0; k < n; k++) {
    const prev = (k + n - 1) % n;
    const next = (k + 1) % n;
    const hPrev = k === 0 ? times[0] + period - times[n - 1] : times[k] - times[prev];
    const hNext = k === n - 1 ? period - times[k] : times[next] - times[k];
    for (let c = 0; c < width; c++) {
      const y = values[k * width + c];
      const dPrev = (y - values[prev * width + c]) / hPrev;
      const dNext = (values[next * width + c] - y) / hNext;
      if (dPrev * dNext <= 0 || n < 2) {
        slopes[k * width + c] = 0;
      } else {
        const w1 = 2 * hNext + hPrev;
        const w2 = hNext + 2 * hPrev;
        slopes[k * width + c] = (w1 + w2) / (w1 / dPrev + w2 / dNext);
      }
    }
  }
  return slopes;
}

/**
 * Writes the interpolated channels at clock.time + dt into `out`; returns the segment's key index and its local
 * fraction. The time is read from an object and the offset added here rather than by the caller: a number handed
 * to a call the compiler does not inline is boxed, and the frame loop must allocate nothing.
 */
export function sampleKeys(
  keys: PeriodicKeys,
  slopes: Float64Array,
  clock: { readonly time: number },
  out: Float64Array,
  dt = 0,
): { key: number; fraction: number } {
  const { times, values, width, period } = keys;
  const n = times.length;
  // Wrapped into [0, period) and the key found here, in line, so no number is passed through a call (see frameMath.ts).
  const w = (clock.time + dt) % period;
  const tw = w < 0 ? w + period : w;
  let k = n - 1;
  while (k > 0 && times[k] > tw) k--;
  const next = (k + 1) % n;
  const h = (k === n - 1 ? period : times[next]) - times[k];
  const s = h > 0 ? (tw - times[k]) / h : 0;
  const s2 = s * s;
  const s3 = s2 * s;
  const h00 = 2 * s3 - 3 * s2 + 1;
  const h10 = s3 - 2 * s2 + s;
  const h01 = -2 * s3 + 3 * s2;
  const h11 = s3 - s2;
  for (let c = 0; c < width; c++) {
    out[c] =
      h00 * values[k * width + c] +
      h10 * h * slopes[k * width + c] +
      h01 * values[next * width + c] +
      h11 * h * slopes[next * width + c];
  }
  sampleResult.key = k;
  sampleResult.fraction = s;
  return sampleResult;
}

const sampleResult = { key: 0, fraction: 0 };
