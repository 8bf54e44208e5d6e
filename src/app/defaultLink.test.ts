// Which addresses load the app's default preset and which keep the link they name.
import { describe, expect, it } from 'vitest';
import { APP_DEFAULT_PRESET, withDefaultPreset } from './defaultLink';

const presetOf = (search: string) => new URLSearchParams(withDefaultPreset(search)).get('preset');

describe('withDefaultPreset', () => {
  it('gives a bare address and a language-only address the default preset', () => {
    expect(presetOf('')).toBe(APP_DEFAULT_PRESET);
    expect(presetOf('?lang=de&presenter=1')).toBe(APP_DEFAULT_PRESET);
  });
  it('keeps a named preset', () => {
    expect(presetOf('?preset=gys-textbook')).toBe('gys-textbook');
  });
  it('keeps links the page wrote (they name a seed) and links that set a parameter', () => {
    expect(presetOf('?seed=1')).toBeNull();
    expect(presetOf('?fiberLengthKm=50')).toBeNull();
    expect(presetOf('?fiber-length-km=50&kiosk=1')).toBeNull();
  });
  it('gives a kiosk its default preset even with a fixed seed', () => {
    expect(presetOf('?seed=1&kiosk=1')).toBe(APP_DEFAULT_PRESET);
    expect(presetOf('?seed=1&kiosk=0')).toBeNull();
  });
});
