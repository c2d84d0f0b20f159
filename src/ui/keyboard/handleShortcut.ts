import { useExerciseStore } from '../../state/exerciseStore';
import { useSelectionStore } from '../../state/selectionStore';
import { useShortcutsDialog } from '../../state/shortcutsDialogStore';
import { visibleExercisesNow } from '../exercise/useVisibleExercises';
import { openExercise } from '../openExercise';
import { stepFrame, stepPhase, togglePlayback } from '../playback/playbackActions';
import { SEARCH_INPUT_ID } from '../search/Search';

/** True when the key goes into a text field, a list box or a slider, which need their keys for themselves. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True for controls where Space already means "press this". */
function takesSpace(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName) || target.getAttribute('role') === 'button';
}

/**
 * Handles one key press for the whole app; returns true when it was a shortcut. Keys typed into fields and keys
 * held with Ctrl, Alt or Cmd are left alone.
 */
export function handleShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTyping(event.target) || useShortcutsDialog.getState().open) return false;
  const hasExercise = useExerciseStore.getState().exerciseId !== null;
  const key = event.key;
  if (key === ' ' || key === 'Spacebar') {
    if (!hasExercise || takesSpace(event.target)) return false;
    togglePlayback();
  } else if (key === 'ArrowLeft' || key === 'ArrowRight') {
    if (!hasExercise) return false;
    stepFrame(key === 'ArrowRight' ? 1 : -1);
  } else if (key === '[' || key === ']') {
    if (!hasExercise) return false;
    stepPhase(key === ']' ? 1 : -1);
  } else if (/^[1-9]$/.test(key)) {
    const exercise = visibleExercisesNow()[Number(key) - 1];
    if (!exercise) return false;
    openExercise(exercise.id);
  } else if (key === '/') {
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (!input) return false;
    input.focus();
  } else if (key === 'Escape') {
    const selection = useSelectionStore.getState();
    if (selection.selected !== null) selection.select(null);
    else if (hasExercise) useExerciseStore.getState().selectExercise(null);
    else return false;
  } else if (key === '?') {
    useShortcutsDialog.getState().setOpen(true);
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}
