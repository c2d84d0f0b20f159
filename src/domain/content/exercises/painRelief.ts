import type { Exercise } from '../types';
import { birdDog } from './bird-dog';
import { cableWoodChop } from './cable-wood-chop';
import { catCow } from './cat-cow';
import { deadBug } from './dead-bug';
import { gluteBridge } from './glute-bridge';
import { lyingLegRaise } from './lying-leg-raise';
import { partialCurlUp } from './partial-curl-up';
import { plank } from './plank';
import { russianTwist } from './russian-twist';
import { sidePlank } from './side-plank';
import { superman } from './superman';

/** The pain-relief and control group: the article's seven, then the warm-up and athlete extras, in display order. */
export const PAIN_RELIEF_EXERCISES: readonly Exercise[] = [
  catCow,
  partialCurlUp,
  lyingLegRaise,
  plank,
  birdDog,
  superman,
  sidePlank,
  deadBug,
  gluteBridge,
  cableWoodChop,
  russianTwist,
];
