import { useEffect } from 'react';
import { handleShortcut } from './handleShortcut';

/** Listens for the app's keyboard shortcuts while mounted. */
export function useKeyboardShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      handleShortcut(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
