// Tests of the external-link test used by allowLinks=false.
import { describe, expect, it } from 'vitest';
import { isExternalHref } from './useLinkGuard';

describe('isExternalHref', () => {
  it('tells other sites from in-page and same-site links', () => {
    const origin = 'https://lab.example';
    expect(isExternalHref('https://arxiv.org/abs/2506.15520', origin)).toBe(true);
    expect(isExternalHref('#link-parameters', origin)).toBe(false);
    expect(isExternalHref('/?lesson=catch-eve', origin)).toBe(false);
    expect(isExternalHref('mailto:someone@example.org', origin)).toBe(true);
  });
});
