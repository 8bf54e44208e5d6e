// The catalogue type is the guard that keeps languages complete: a missing language or key must fail the type
// check (npm run typecheck compiles this file; an unused @ts-expect-error is itself an error).
import { describe, expect, it } from 'vitest';
import { defineText } from './defineText';
import { LOCALES } from './locale';

describe('defineText', () => {
  it('refuses a catalogue without every language, or with a key English lacks or has', () => {
    // @ts-expect-error: no Chinese entry
    const noZh = defineText({ en: { a: 'A' }, de: { a: 'A' } });
    // @ts-expect-error: the German entry misses a key
    const missingKey = defineText({ en: { a: 'A', b: 'B' }, de: { a: 'A' }, zh: { a: '甲', b: '乙' } });
    const wrongArgs = defineText({
      en: { n: (n: number) => `${n}` },
      // @ts-expect-error: a function entry with another signature
      de: { n: (s: string) => s },
      zh: { n: () => '' },
    });
    expect([noZh, missingKey, wrongArgs]).toHaveLength(3);
  });

  it('keeps one entry per language of LOCALES', () => {
    const text = defineText({ en: { hi: 'Hello' }, de: { hi: 'Hallo' }, zh: { hi: '你好' } });
    expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
    expect(text.zh.hi).toBe('你好');
  });
});
