// Tests of the colour-profile choice read from the URL: known names, absence, and a named message for a bad one.
import { describe, expect, it } from 'vitest';
import { colorProfileFromQuery } from './colorProfile';
import { describeLinkIssue } from '../i18n/text/notices';

describe('colorProfileFromQuery', () => {
  it('reads a known profile and defaults to the system colours', () => {
    expect(colorProfileFromQuery('?colorProfile=projector')).toEqual({ profile: 'projector', issue: null });
    expect(colorProfileFromQuery('?seed=1')).toEqual({ profile: 'auto', issue: null });
  });

  it('names the parameter and the allowed values for an unknown profile', () => {
    const r = colorProfileFromQuery('?colorProfile=neon');
    expect(r.profile).toBe('auto');
    expect(describeLinkIssue(r.issue!.detail, 'en')).toBe(
      'Colour profile (colorProfile): "neon" is not one of auto, light, dark, projector; using the system colours',
    );
    expect(r.issue?.detail).toEqual({
      code: 'bad-colour-profile',
      raw: 'neon',
      known: ['auto', 'light', 'dark', 'projector'],
    });
  });
});
