// Tests of echo(), the one function that makes untrusted text safe to repeat in a message: bounded length,
// escaped control/bidi/invisible characters, no cut inside an escape or a surrogate pair, and O(max) work.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ECHO_MAX_CHARS, echo, escapeUnsafe, isTokenLike } from './echo';

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('echo', () => {
  it('keeps short plain text as it is', () => {
    expect(echo('catch-eve')).toBe('catch-eve');
    expect(echo('')).toBe('');
    expect(echo(42)).toBe('42');
    expect(echo(Infinity)).toBe('Infinity');
    expect(echo(null)).toBe('null');
    expect(echo({ a: 1 })).toBe('object');
    expect(echo([1, 2])).toBe('array');
  });

  it('escapes control, bidi and invisible characters', () => {
    expect(echo('a\nb')).toBe('a\\u000ab');
    expect(echo('x\u202ey')).toBe('x\\u202ey');
    expect(echo('\u0000\u001b[31m')).toBe('\\u0000\\u001b[31m');
    expect(echo('zero\u200bwidth')).toBe('zero\\u200bwidth');
    expect(escapeUnsafe('\ud800x')).toBe('\\ud800x');
  });

  it('cuts long text to the bound with an ellipsis', () => {
    const out = echo('Your account is locked. Call +1 555 0100 now to unlock it today');
    expect(out.length).toBe(ECHO_MAX_CHARS);
    expect(out.endsWith('…')).toBe(true);
    expect(echo('9'.repeat(5000))).toBe(`${'9'.repeat(ECHO_MAX_CHARS - 1)}…`);
    expect(echo('abcdef', 4)).toBe('abc…');
  });

  it('answers a megabyte value at once', () => {
    const big = 'x'.repeat(1_000_000);
    // CPU time of this process, so a busy machine's waits do not count.
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const t0 = cpuMs();
    for (let i = 0; i < 1000; i++) echo(big);
    expect(cpuMs() - t0).toBeLessThan(200);
  });

  it('is bounded, safe and idempotent for any text (1 000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 2, max: 80 }), (s, max) => {
        const out = echo(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(UNSAFE);
        expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
        expect(out).not.toMatch(/\\(u[0-9a-f]{0,3})?…$/);
        expect(echo(out, max)).toBe(out);
        if (s.length <= max && !UNSAFE.test(s) && !/[\ud800-\udfff]/.test(s)) expect(out).toBe(s);
      }),
      { seed: 16, numRuns: 1000 },
    );
  });

  it('calls only short id-like text token-like', () => {
    expect(isTokenLike('catch-eve')).toBe(true);
    expect(isTokenLike('Call +1 555')).toBe(false);
    expect(isTokenLike('a'.repeat(41))).toBe(false);
    expect(isTokenLike('')).toBe(false);
  });
});
