// Finds English left on a German page: every visible text node and every accessible label (aria-label,
// title, alt, placeholder, SVG <title>/<desc>) is searched for English words that German does not use.

import type { Page } from '@playwright/test';

/**
 * Words that appear in English sentences and UI labels but not in German ones. Words both languages use
 * (Laser, Photon, Rate, Basis, Bits, Block, Pause, Link, Seed) and shared names (QKD Lab, Alice, Bob, Eve,
 * Cascade, BB84, QBER, PLOB, GLLP, PNS, g2(0), units) are not in it.
 */
export const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'to',
  'is',
  'are',
  'with',
  'from',
  'this',
  'that',
  'which',
  'for',
  'your',
  'you',
  'not',
  'by',
  'why',
  'how',
  'what',
  'yes',
  'no',
  'on',
  'off',
  'none',
  'next',
  'back',
  'previous',
  'done',
  'check',
  'task',
  'key',
  'keys',
  'fiber',
  'length',
  'loss',
  'reset',
  'step',
  'sifted',
  'secret',
  'lesson',
  'detector',
  'detectors',
  'show',
  'hide',
  'click',
  'time',
  'distance',
  'source',
  'photons',
  'error',
  'errors',
  'final',
  'speed',
  'colours',
  'language',
  'pulses',
  'detections',
  'corrected',
  'leaked',
  'running',
  'paused',
  'stopped',
  'ready',
  'play',
  'stop',
  'eavesdropper',
  'intercept',
  'splitting',
  'beam',
  'dark',
  'count',
  'efficiency',
  'mean',
  'number',
  'clock',
  'window',
  'dead',
  'blocks',
  'aborted',
  'verified',
  'download',
  'share',
  'copy',
  'score',
  'caught',
  'learned',
  'begin',
  'duration',
  'hours',
  'minutes',
  'seconds',
  'knowledge',
  'public',
  'channel',
  'bases',
  'quantum',
  'dot',
  'single',
];

const WORD_PATTERN = new RegExp(`(^|[^\\p{L}])(${ENGLISH_WORDS.join('|')})(?=$|[^\\p{L}])`, 'iu');

/**
 * Every visible string and accessible label of the page (or of one part of it), without text marked
 * translate="no" (commands to type) or marked as another language than the page's (the language menu names each
 * language in itself).
 */
export async function visibleTexts(page: Page, rootSelector = 'body'): Promise<string[]> {
  const texts = await page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [];
    const found: string[] = [];
    const pageLang = document.documentElement.lang;
    const otherLanguage = (el: Element) => {
      const lang = el.closest('[lang]')?.getAttribute('lang');
      return lang !== undefined && lang !== null && lang !== pageLang;
    };
    const isShown = (el: Element) => {
      if (el.closest('[hidden], [aria-hidden="true"], [translate="no"]') || otherLanguage(el)) return false;
      const box = (el as HTMLElement).getClientRects?.();
      return !box || box.length > 0;
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      // SVG titles and descriptions are read by screen readers although they are not drawn.
      const isSvgLabel =
        parent.closest('title, desc') !== null &&
        parent.closest('svg') !== null &&
        parent.closest('[translate="no"]') === null;
      if (isSvgLabel || isShown(parent)) found.push(text);
    }
    for (const el of root.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder], [aria-description], [aria-valuetext]',
    )) {
      if (el.closest('[hidden], [translate="no"]') || otherLanguage(el)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value) found.push(`[${name}] ${value}`);
      }
    }
    return found;
  }, rootSelector);
  return [...new Set(texts)];
}

/** The visible strings and labels of the page (or of one part of it) that contain an English word. */
export async function englishLeft(page: Page, rootSelector = 'body'): Promise<string[]> {
  const texts = await visibleTexts(page, rootSelector);
  return texts.filter((t) => WORD_PATTERN.test(t.replace(/^\[[a-z-]+\] /, '')));
}
