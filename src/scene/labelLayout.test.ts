// Tests of the label de-overlap: labels stay inside the bounds (none cut at the right edge), never overlap
// once placed, keep their place when free, move in their own direction first, and hide only when no room is left.
import { describe, expect, it } from 'vitest';
import { boxesOverlap, layoutLabels, type LabelBox } from './labelLayout';

const bounds = { left: 0, top: 0, right: 600, bottom: 220 };
const box = (x: number, y: number, width: number, height = 18, direction: -1 | 1 = -1): LabelBox => ({
  x,
  y,
  width,
  height,
  direction,
});

function expectNoOverlap(boxes: readonly LabelBox[], gap = 2) {
  const out = layoutLabels(boxes, bounds, gap);
  const shown = out.map((p, i) => ({ ...boxes[i], ...p })).filter((p) => !p.isHidden);
  for (let i = 0; i < shown.length; i++) {
    expect(shown[i].x).toBeGreaterThanOrEqual(bounds.left - 1e-6);
    expect(shown[i].x + shown[i].width).toBeLessThanOrEqual(bounds.right + 1e-6);
    expect(shown[i].y).toBeGreaterThanOrEqual(bounds.top - 1e-6);
    expect(shown[i].y + shown[i].height).toBeLessThanOrEqual(bounds.bottom + 1e-6);
    for (let j = i + 1; j < shown.length; j++) expect(boxesOverlap(shown[i], shown[j], gap - 1e-9)).toBe(false);
  }
  return out;
}

describe('label layout', () => {
  it('leaves labels that do not touch where they are', () => {
    const out = layoutLabels([box(10, 40, 100), box(300, 40, 100)], bounds);
    expect(out).toEqual([
      { x: 10, y: 40, isHidden: false },
      { x: 300, y: 40, isHidden: false },
    ]);
  });

  it('pulls a label cut at the right edge back inside', () => {
    const [p] = layoutLabels([box(540, 60, 150)], bounds);
    expect(p).toEqual({ x: 450, y: 60, isHidden: false });
  });

  it('moves the later of two overlapping labels in its own direction (up for labels above their point)', () => {
    const out = expectNoOverlap([box(400, 60, 180), box(450, 70, 140)]);
    expect(out[0]).toEqual({ x: 400, y: 60, isHidden: false });
    expect(out[1].y).toBe(60 - 18 - 2);
  });

  it('goes the other way when its own direction leaves the bounds', () => {
    const out = expectNoOverlap([box(100, 0, 200), box(150, 5, 200)]);
    expect(out[1].y).toBe(20);
    expect(out[1].isHidden).toBe(false);
  });

  it('hides a label only when there is no free row left', () => {
    const tight = { left: 0, top: 0, right: 300, bottom: 40 };
    const out = layoutLabels([box(0, 0, 300), box(0, 20, 300, 18, 1), box(0, 10, 300)], tight);
    expect(out.map((p) => p.isHidden)).toEqual([false, false, true]);
  });

  it('never leaves two labels overlapping, whatever the pile-up (seeded)', () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const boxes = Array.from({ length: 8 }, () =>
        box(rnd() * 640 - 20, rnd() * 240 - 10, 40 + rnd() * 200, 14 + rnd() * 10, rnd() < 0.5 ? -1 : 1),
      );
      expectNoOverlap(boxes);
    }
  });
});
