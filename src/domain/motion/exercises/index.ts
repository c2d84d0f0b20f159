/** Every exercise's motion, by content id, in the content's order. */
import type { ExerciseMotion } from '../motionTypes';
import { backExtensionMotion } from './backExtension';
import { bentOverBarbellRowMotion } from './bentOverRow';
import { birdDogMotion } from './birdDog';
import { cableWoodChopMotion } from './cableWoodChop';
import { catCowMotion } from './catCow';
import { deadBugMotion } from './deadBug';
import { deadliftMotion } from './deadlift';
import { gluteBridgeMotion } from './gluteBridge';
import { gluteHamstringRaiseMotion } from './gluteHamRaise';
import { goodMorningMotion } from './goodMorning';
import { jeffersonCurlMotion } from './jeffersonCurl';
import { kettlebellSwingMotion } from './kettlebellSwing';
import { lyingLegRaiseMotion } from './lyingLegRaise';
import { partialCurlUpMotion } from './partialCurlUp';
import { plankMotion } from './plank';
import { romanianDeadliftMotion } from './romanianDeadlift';
import { russianTwistMotion } from './russianTwist';
import { sideBendMotion } from './sideBend';
import { sidePlankMotion } from './sidePlank';
import { singleLegRomanianDeadliftMotion } from './singleLegRdl';
import { supermanMotion } from './superman';
import { woodChopperMotion } from './woodChopper';

/** All motions. */
export const EXERCISE_MOTIONS: readonly ExerciseMotion[] = [
  deadliftMotion,
  romanianDeadliftMotion,
  bentOverBarbellRowMotion,
  goodMorningMotion,
  backExtensionMotion,
  kettlebellSwingMotion,
  gluteHamstringRaiseMotion,
  jeffersonCurlMotion,
  singleLegRomanianDeadliftMotion,
  woodChopperMotion,
  sideBendMotion,
  catCowMotion,
  partialCurlUpMotion,
  lyingLegRaiseMotion,
  plankMotion,
  birdDogMotion,
  supermanMotion,
  sidePlankMotion,
  deadBugMotion,
  gluteBridgeMotion,
  cableWoodChopMotion,
  russianTwistMotion,
];

const byId = new Map(EXERCISE_MOTIONS.map((m) => [m.id, m]));

/** The motion of an exercise, or undefined. */
export function motionById(id: string): ExerciseMotion | undefined {
  return byId.get(id);
}
