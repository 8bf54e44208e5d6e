// The frame check: not framed, framed by the same origin, by another origin (reading top's location throws),
// and a sandboxed frame with an opaque origin; only the first two may run the app.
import { describe, expect, it } from 'vitest';
import { isFramedCrossOrigin } from './frameGuard';

type Fake = { top: unknown; self: unknown; location: { origin: string } };
const page = (origin: string): Fake => {
  const w: Fake = { top: null, self: null, location: { origin } };
  w.top = w;
  w.self = w;
  return w;
};
const framedBy = (top: object, origin: string): Fake => {
  const w: Fake = { top, self: null, location: { origin } };
  w.self = w;
  return w;
};

describe('isFramedCrossOrigin', () => {
  it('lets a top-level page and a same-origin frame run', () => {
    expect(isFramedCrossOrigin(page('https://qkd.example') as unknown as Window)).toBe(false);
    expect(isFramedCrossOrigin(framedBy(page('https://qkd.example'), 'https://qkd.example') as unknown as Window)).toBe(
      false,
    );
  });

  it('refuses a frame of another origin and a sandboxed frame', () => {
    const foreign = {
      get location(): never {
        throw new Error('SecurityError: cross-origin');
      },
    };
    expect(isFramedCrossOrigin(framedBy(foreign, 'https://qkd.example') as unknown as Window)).toBe(true);
    expect(
      isFramedCrossOrigin(framedBy(page('https://evil.example'), 'https://qkd.example') as unknown as Window),
    ).toBe(true);
    expect(isFramedCrossOrigin(framedBy(page('null'), 'null') as unknown as Window)).toBe(true);
  });
});
