import type { MuscleRole, Prescription } from '../domain/content/types';

/** A dose in words, e.g. "10–15 reps each side" or "Hold 30 s". */
export function formatPrescription(p: Prescription): string {
  const each = p.perSide ? ' each side' : '';
  if (p.kind === 'reps') {
    const count = p.repsMax && p.repsMax !== p.reps ? `${p.reps}–${p.repsMax}` : `${p.reps}`;
    return `${count} ${p.reps === 1 && !p.repsMax ? 'rep' : 'reps'}${each}`;
  }
  const time = p.secondsMax && p.secondsMax !== p.seconds ? `${p.seconds}–${p.secondsMax} s` : `${p.seconds} s`;
  return `Hold ${time}${each}`;
}

/** Seconds as "m:ss". Negative and non-finite values read as 0:00. */
export function formatClock(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/** Rest or session lengths in words: "45 s", "2 min", "3 min 30 s". */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

export const ROLE_LABELS: Record<MuscleRole, string> = {
  'prime-mover': 'Prime mover',
  synergist: 'Helper',
  stabiliser: 'Stabiliser',
};

/** A load share as a whole percentage, e.g. 0.515 → "52%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
