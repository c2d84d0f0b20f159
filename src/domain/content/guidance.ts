import type { ReferenceId } from './references';

/** A titled piece of advice and the sources it leans on (empty when it is coaching judgement alone). */
export interface Habit {
  title: string;
  body: string;
  refs: readonly ReferenceId[];
}

/** A titled benefit of training the lower back. */
export interface Benefit {
  title: string;
  body: string;
}

/** A common question with our answer. */
export interface FaqEntry {
  question: string;
  answer: string;
}

/** Three habits that help keep lower-back training free of pain. */
export const PAIN_FREE_HABITS: readonly Habit[] = [
  {
    title: 'Own your form on every rep',
    body: 'Squats and deadlifts lean hard on your lower back to hold you together, so guard your position in them: keep a neutral spine as you pull, and don’t let your back round as you reach the bottom of a squat. Good form looks a little different for everyone, because limb length, build, preferences and past injuries all shape your stance. Find the version that is safe and strong for you, then repeat it exactly, set after set.',
    refs: [],
  },
  {
    title: 'Walk as well as lift',
    body: 'If you already have back pain, work on it with a doctor or physiotherapist. Once you are cleared, add regular walks to your lifting. In studies of people with chronic back pain, lifting plus walking may ease symptoms more than lifting alone, and walking alongside spine-stabilising exercises seems to bring relief by building muscular endurance.',
    refs: ['lee-kang-2016', 'suh-2019'],
  },
  {
    title: 'Train your whole core',
    body: 'Classic ab moves don’t always reach your lower back. Strengthening the deep abdominal muscles, such as the transversus abdominis, may help ease lower-back pain, and core-stability work gives your spine more support. Good choices include dead bugs, bird dogs, bridges, side planks, wood chops and twists.',
    refs: ['amit-2013', 'akhtar-2017', 'suh-2019'],
  },
];

/** Why a strong lower back pays off. */
export const BENEFITS: readonly Benefit[] = [
  {
    title: 'Better posture',
    body: 'A stronger lower back makes it easier to sit and stand tall through a long day at a desk. It also helps you shrug off the everyday aches that come with gardening, carrying children or a game of basketball.',
  },
  {
    title: 'More strength',
    body: 'The erector spinae run the length of your spine and hold it neutral under load, stopping movement you don’t want. That steadiness carries your squats and deadlifts, helps you lock out your hips at the top of both, and protects your spine in deep hinges and at the bottom of a squat. It matters just as much when you run, jump or bend to pick something up. Think of your lower back as the foundation the rest of your strength is built on.',
  },
  {
    title: 'Fewer injuries',
    body: 'Training your lower back is not a treatment for back pain: if it hurts, see a doctor first. But a stronger back may cope better with the knocks and strains of ordinary life, so treat this work as a possible way to head off pain rather than a cure for it.',
  },
];

/** Common questions about lower-back training. */
export const FAQ: readonly FaqEntry[] = [
  {
    question: 'Which exercise is best for my lower back?',
    answer:
      'The best one is the one you can tolerate today. Your lower back does many jobs, so there is no single winner. Gentle moves such as the cat-cow or the superman are good places to start at home, and hinges such as the deadlift or the bent-over row build it further in the gym.',
  },
  {
    question: 'How do I make my lower-back muscles stronger?',
    answer:
      'Just as you strengthen any muscle: pick good exercises and add load a little at a time. Start with a deadlift variation and add weight while it feels comfortable, or work at home with bodyweight moves such as the superman or the single-leg Romanian deadlift.',
  },
  {
    question: 'Which lift is the king of lower-back training?',
    answer:
      'Most lifters give that title to the barbell deadlift. You can handle more weight in it than in nearly any other barbell lift, and it works your back from top to bottom.',
  },
];

/** Why to warm the lower back up, and why to go straight into the session afterwards. */
export const WARM_UP_NOTE: Habit = {
  title: 'Warm up, then start straight away',
  body: 'Any heavy session leans on your lower back, even on days you are not training it, so prime the muscles that steady your spine first. Athletes who moved straight from a dynamic warm-up into their training had a less stiff lower back, so finish your last round and go right to your first working set instead of sitting down.',
  refs: ['green-2002'],
};

/** Shown wherever instructions appear. */
export const MEDICAL_NOTICE =
  'Lumbar Lab is here to help you learn and train; it is not medical advice. If you have back pain or an injury, please check with a doctor or physiotherapist first, and stop any exercise that hurts.';

/** A compact form of the medical notice, for tight spaces. */
export const MEDICAL_NOTICE_SHORT = 'For learning and training only, not medical advice.';

/** What Lumbar Lab is and who it is for. */
export const ABOUT =
  'Lumbar Lab is an interactive 3D guide to the lower back for lifters, coaches, and physiotherapy and kinesiology students. It shows the lumbar spine, its discs, the pelvis and the muscles around them, and lets you watch each exercise with the working muscles highlighted and coaching cues in step with the movement. The exercise content is based on a published article on lower-back exercises, and the anatomy on published measurements and studies; every source is listed under Sources.';
