// Bounding boxes of the text a visitor sees in the plots and over the 3D scene, and the pairs that overlap:
// every visible <text> of each plot SVG (getBoundingClientRect, so transforms and font size count) and each
// shown scene label. Shared by the label specs (e2e/labels.spec.ts, e2e/presenter.spec.ts).
import type { Page } from '@playwright/test';

export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Overlap {
  where: string;
  a: TextBox;
  b: TextBox;
}

/** Text boxes per plot SVG (keyed by the figure's title) and of the scene's labels, visible ones only. */
export async function visibleTextBoxes(page: Page): Promise<Record<string, TextBox[]>> {
  return page.evaluate(() => {
    const box = (el: Element, text: string) => {
      const r = el.getBoundingClientRect();
      return { text, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const isShown = (el: Element) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        r.width > 0 &&
        r.height > 0 &&
        (el.textContent ?? '').trim() !== ''
      );
    };
    const out: Record<string, ReturnType<typeof box>[]> = {};
    document.querySelectorAll('figure.plot').forEach((fig, i) => {
      const name = `${fig.querySelector('h3')?.textContent ?? 'plot'} #${i}`;
      out[name] = [...fig.querySelectorAll('svg text')].filter(isShown).map((el) => box(el, el.textContent ?? ''));
    });
    const labels = [...document.querySelectorAll('.scene-label')].filter(
      (el) => !(el as HTMLElement).hidden && isShown(el),
    );
    if (labels.length > 0) out['scene labels'] = labels.map((el) => box(el, el.textContent ?? ''));
    return out;
  });
}

/** Pairs of boxes that overlap by more than `tolerancePx` in both directions (anti-aliasing slack). */
export function overlaps(groups: Record<string, TextBox[]>, tolerancePx = 0.5): Overlap[] {
  const found: Overlap[] = [];
  for (const [where, boxes] of Object.entries(groups)) {
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i],
          b = boxes[j];
        const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (dx > tolerancePx && dy > tolerancePx) found.push({ where, a, b });
      }
    }
  }
  return found;
}

/** Boxes that stick out of their container's left or right edge (a label cut at the canvas edge). */
export async function sceneLabelsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const layer = document.querySelector('.scene-labels');
    if (!layer) return [];
    const frame = layer.getBoundingClientRect();
    return [...layer.querySelectorAll<HTMLElement>('.scene-label')]
      .filter((el) => !el.hidden)
      .flatMap((el) => {
        const r = el.getBoundingClientRect();
        return r.left < frame.left - 0.5 ||
          r.right > frame.right + 0.5 ||
          r.top < frame.top - 0.5 ||
          r.bottom > frame.bottom + 0.5
          ? [
              `${el.textContent} ${Math.round(r.left)}–${Math.round(r.right)} ` +
                `in ${Math.round(frame.left)}–${Math.round(frame.right)}`,
            ]
          : [];
      });
  });
}

/** A text box as "(x,y w×h)" in whole pixels. */
const place = (b: TextBox): string =>
  `(${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)})`;

/** One readable line per overlap, for an assertion message. */
export const describeOverlaps = (list: readonly Overlap[]): string[] =>
  list.map((o) => `${o.where}: "${o.a.text}" ${place(o.a)} over "${o.b.text}" ${place(o.b)}`);
