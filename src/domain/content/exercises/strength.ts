import type { Exercise } from '../types';
import { backExtension } from './back-extension';
import { bentOverBarbellRow } from './bent-over-barbell-row';
import { deadlift } from './deadlift';
import { gluteHamstringRaise } from './glute-hamstring-raise';
import { goodMorning } from './good-morning';
import { jeffersonCurl } from './jefferson-curl';
import { kettlebellSwing } from './kettlebell-swing';
import { romanianDeadlift } from './romanian-deadlift';
import { sideBend } from './side-bend';
import { singleLegRomanianDeadlift } from './single-leg-romanian-deadlift';
import { woodChopper } from './wood-chopper';

/** The strength group in display order: the article's eight, then the three from its athletes' list. */
export const STRENGTH_EXERCISES: readonly Exercise[] = [
  deadlift,
  romanianDeadlift,
  bentOverBarbellRow,
  goodMorning,
  backExtension,
  kettlebellSwing,
  gluteHamstringRaise,
  jeffersonCurl,
  singleLegRomanianDeadlift,
  woodChopper,
  sideBend,
];
