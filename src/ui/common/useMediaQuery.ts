import { useSyncExternalStore } from 'react';

function canMatch() {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function';
}

/** True while the media query matches; false where the browser cannot tell. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (!canMatch()) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => canMatch() && window.matchMedia(query).matches,
    () => false,
  );
}

/** The width below which the overlay becomes a bottom sheet under the canvas. Keep in step with the CSS. */
export const PHONE_QUERY = '(max-width: 640px)';

/** True on phone-sized screens. */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY);
}
