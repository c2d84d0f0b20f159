/**
 * Bytes a frame function allocates per call in steady state, read from heap growth in Node (run with --expose-gc).
 *
 * The loop that drives the frames allocates too: a number passed to a function is boxed until the loop is
 * compiled. An empty frame driven the same way measures that, and only what `frame` adds on top counts. The least
 * of three trials is kept: an allocation of the frame shows in every trial, the moment the compiler steps in does
 * not. Returns null without --expose-gc.
 */
export function allocatedPerFrame(frame: (t: number) => void, times: ArrayLike<number>, frames = 4000): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const growth = (run: (t: number) => void) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < frames; i++) run(times[i % times.length]);
    return (process.memoryUsage().heapUsed - before) / frames;
  };
  let added = Infinity;
  for (let trial = 0; trial < 3; trial++) {
    const harness = growth(nothing);
    added = Math.min(added, Math.max(0, growth(frame) - harness));
  }
  return added;
}

function nothing(t: number) {
  return t;
}
