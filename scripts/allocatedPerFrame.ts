/**
 * Bytes `frame` allocates per call in steady state, read from heap growth in Node (run with --expose-gc).
 *
 * Frames are driven by their index, a small integer the engine never boxes, so the loop itself allocates nothing
 * and all growth is the frame's. The least of three counts is kept: an allocation made on every frame shows in
 * all three, a one-off (the compiler stepping in, a cache filling) does not. Returns null without --expose-gc.
 */
export function allocatedPerFrame(frame: (index: number) => void, frames = 4000): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  let least = Infinity;
  for (let trial = 0; trial < 3; trial++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < frames; i++) frame(i);
    least = Math.min(least, Math.max(0, process.memoryUsage().heapUsed - before) / frames);
  }
  return least;
}
