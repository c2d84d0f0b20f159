import { useEffect, type RefObject } from 'react';
import { useLayoutStore } from '../../state/layoutStore';

/** Reports how far a right-hand column reaches into the 3D view, and zero once it is gone. */
export function useReportRightInset(ref: RefObject<HTMLElement | null>, present: boolean) {
  useEffect(() => {
    const element = ref.current;
    const { setRightInset } = useLayoutStore.getState();
    if (!present || !element) {
      setRightInset(0);
      return;
    }
    const measure = () => {
      const canvas = document.querySelector('.viewport canvas');
      const right = canvas?.getBoundingClientRect().right ?? window.innerWidth;
      setRightInset(right - element.getBoundingClientRect().left);
    };
    measure();
    // Older browsers (and test DOMs) lack ResizeObserver; window resizes still keep the inset right there.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      setRightInset(0);
    };
  }, [ref, present]);
}
