/**
 * The clip time, advanced every frame by the scene. It lives outside React and outside the stores on purpose:
 * the frame loop writes it sixty times a second, and the few readers (time readout, scrubber) poll it on their
 * own animation frame instead of re-rendering through a store.
 */
export const playbackClock = { time: 0 };
