// Whether a sideways-scrolling box has more to show on either side, kept on the element as data-more-left /
// data-more-right (CSS fades that edge) and returned for a visible "scroll sideways" hint while it overflows.
import { useEffect, useState, type RefObject } from 'react';

export interface ScrollCue {
  overflows: boolean;
  moreLeft: boolean;
  moreRight: boolean;
}

/** The cue for a box scrolled `left` px of `scrollWidth`, shown `clientWidth` px wide (1 px of slack for rounding). */
export function scrollCue(left: number, clientWidth: number, scrollWidth: number): ScrollCue {
  const overflows = scrollWidth - clientWidth > 1;
  return { overflows, moreLeft: overflows && left > 1, moreRight: overflows && left + clientWidth < scrollWidth - 1 };
}

export function useScrollCue(ref: RefObject<HTMLElement | null>, contentKey: unknown): ScrollCue {
  const [cue, setCue] = useState<ScrollCue>({ overflows: false, moreLeft: false, moreRight: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const next = scrollCue(el.scrollLeft, el.clientWidth, el.scrollWidth);
      el.toggleAttribute('data-more-left', next.moreLeft);
      el.toggleAttribute('data-more-right', next.moreRight);
      setCue((c) =>
        c.overflows === next.overflows && c.moreLeft === next.moreLeft && c.moreRight === next.moreRight ? c : next,
      );
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [ref, contentKey]);
  return cue;
}
