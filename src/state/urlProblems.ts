/** One value of a link that could not be used, with a kind sentence saying what was done instead. */
export interface UrlProblem {
  param: string;
  message: string;
}

/** A kind sentence for each link value that can't be used, saying what is shown instead. */
export const URL_MESSAGES = {
  ex: 'This link names an exercise we don’t have, so the library is shown instead.',
  t: 'The time in this link couldn’t be read, so the exercise starts from the beginning.',
  phase: 'This link names a phase the exercise doesn’t have, so it starts from the beginning.',
  speed: 'The speed in this link isn’t one we offer, so normal speed is used.',
  cam: 'The camera view in this link is unknown, so the usual view is kept.',
  layers: 'Some layer settings in this link couldn’t be read, so those layers use their usual look.',
  iso: 'The isolate setting in this link couldn’t be read, so everything is shown.',
  labels: 'The labels setting in this link couldn’t be read, so labels are off.',
  sel: 'This link names a body part we don’t know, so nothing is selected.',
  workout: 'This link names a workout we don’t have, so none is started.',
  step: 'The workout step in this link is out of range, so the workout starts at the beginning.',
  rounds: 'The number of rounds in this link doesn’t fit the workout, so its usual number is used.',
  tab: 'This link names a section we don’t have, so the exercises are shown.',
} as const;

/** What each link value is called in a notice that lists several problems. */
const PARAM_NAMES: Record<string, string> = {
  ex: 'the exercise',
  t: 'the time',
  phase: 'the phase',
  speed: 'the speed',
  cam: 'the camera view',
  layers: 'the layers',
  iso: 'isolation',
  labels: 'labels',
  sel: 'the selection',
  workout: 'the workout',
  step: 'the workout step',
  rounds: 'the rounds',
  tab: 'the section',
};

/** One short notice for all of a link's problems: the sentence itself for one, a list of what was reset for more. */
export function problemNotice(problems: readonly UrlProblem[]): string | null {
  if (problems.length === 0) return null;
  if (problems.length === 1) return problems[0].message;
  const names = problems.map((p) => PARAM_NAMES[p.param] ?? p.param);
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Parts of this link didn’t work, so the usual settings are used for ${list}.`;
}
