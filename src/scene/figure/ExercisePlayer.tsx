import { useEffect, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { exerciseById } from '../../domain/content/exercises';
import { createMotionSample, sampleExerciseAtTime } from '../../domain/motion';
import { exerciseTimeline } from '../../domain/motion/timeline';
import { useExerciseStore } from '../../state/exerciseStore';
import { playbackClock } from '../../state/playbackClock';
import { segmentAtClock, usePlaybackStore } from '../../state/playbackStore';
import { poseRigs, restWhenIdle } from './poseRigs';
import { clearReadout, writeReadout } from './writeReadout';
import { implementPose } from './implementPose';

/** One sample object for the whole app: the frame loop refills it instead of allocating. */
const sample = createMotionSample();

/**
 * The clock of the moving figure. Each frame it advances clip time, samples the motion once, and from that one
 * sample poses every model, places the held implement and fills the live readout. It writes to the stores only
 * when the phase changes.
 */
export function ExercisePlayer() {
  const exerciseId = useExerciseStore((s) => s.exerciseId);
  const lastSeek = useRef(-1);

  useEffect(() => {
    const playback = usePlaybackStore.getState();
    if (!exerciseId) {
      playback.setClip(0, []);
      playback.pause();
      restWhenIdle(null);
      clearReadout();
      return;
    }
    const timeline = exerciseTimeline(exerciseId);
    playbackClock.time = 0;
    // The frame loop takes the clip's start from the seek that setClip asks for, or from a link's seek made
    // straight after it.
    playback.setClip(timeline.period, timeline.segments);
  }, [exerciseId]);

  useFrame((_, delta) => {
    // Models that finish loading later go to the bind pose too while nothing plays.
    restWhenIdle(exerciseId);
    if (!exerciseId) return;
    const exercise = exerciseById(exerciseId);
    if (!exercise) return;
    const playback = usePlaybackStore.getState();
    const period = playback.duration;
    if (period <= 0) return;

    let t = playbackClock.time;
    if (playback.seekId !== lastSeek.current) {
      lastSeek.current = playback.seekId;
      t = playback.seekTo;
    } else if (playback.playing) {
      // A long stall (a hidden tab) should not leap through several reps.
      t += Math.min(delta, 0.1) * playback.speed;
      if (t >= period) {
        if (playback.loop) t %= period;
        else {
          t = period;
          playback.pause();
        }
      }
    }
    playbackClock.time = t;

    sample.time = Math.min(t, period - 1e-6);
    sampleExerciseAtTime(exerciseId, sample);
    poseRigs(sample);
    implementPose.visible = sample.implement !== null;
    implementPose.side = sample.side;
    if (sample.implement) {
      implementPose.position.copy(sample.implement.position);
      implementPose.rotation.copy(sample.implement.rotation);
    }
    writeReadout(sample, exercise);
    playback.setSegmentIndex(segmentAtClock(playback.segments, playbackClock));
  });
  return null;
}
