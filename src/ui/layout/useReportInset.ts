import { useEffect, type RefObject } from 'react';
import { useLayoutStore } from '../../state/layoutStore';

/** Which edge of the 3D view an overlay element covers. */
export type InsetEdge = 'right' | 'bottom';

/** How far the element reaches into the canvas from that edge, in CSS pixels. */
function measureInset(element: HTMLElement, edge: InsetEdge): number {
  // The viewport box, not the canvas: the canvas gets its size a moment after the first layout.
  const canvas = document.querySelector('.viewport')?.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (edge === 'right') return (canvas?.right ?? window.innerWidth) - box.left;
  return (canvas?.bottom ?? window.innerHeight) - box.top;
}

/** Reports how far an overlay element reaches into the 3D view from one edge, and zero once it is gone. */
export function useReportInset(ref: RefObject<HTMLElement | null>, present: boolean, edge: InsetEdge) {
  useEffect(() => {
    const element = ref.current;
    const layout = useLayoutStore.getState();
    const report = edge === 'right' ? layout.setRightInset : layout.setBottomInset;
    if (!present || !element) {
      report(0);
      return;
    }
    const measure = () => report(measureInset(element, edge));
    measure();
    // Older browsers (and test DOMs) lack ResizeObserver; window resizes still keep the inset right there.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    const viewport = document.querySelector('.viewport');
    if (viewport) observer?.observe(viewport);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      report(0);
    };
  }, [ref, present, edge]);
}
