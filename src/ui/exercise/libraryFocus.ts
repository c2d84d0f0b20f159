let target: string | null = null;

/** Remembers which exercise the library should focus when it comes back after "All exercises". */
export function returnFocusTo(exerciseId: string) {
  target = exerciseId;
}

/** The exercise to focus, once; null when there is none. */
export function takeFocusTarget(): string | null {
  const id = target;
  target = null;
  return id;
}
