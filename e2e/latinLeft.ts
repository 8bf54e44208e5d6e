// Finds text left untranslated on a page in a language not written in Latin letters (Chinese): every Latin
// word of the visible text and accessible labels must be a name, abbreviation, unit or symbol of the allowed list.
import type { Page } from '@playwright/test';
import { visibleTexts } from './englishLeft';

/**
 * Latin words a Chinese page keeps: people and product names, abbreviations and file formats, key names, units
 * (with SI prefixes), symbols of the formulas, and the authors and journals of cited papers.
 */
const ALLOWED = [
  ...['QKD', 'Lab', 'Alice', 'Bob', 'Eve', 'QBER', 'PLOB', 'GLLP', 'PNS', 'BB84', 'Cascade', 'Monte', 'Carlo'],
  ...['AES', 'GCM', 'CSV', 'JSON', 'PNG', 'SVG', 'URL', 'QR', 'WebGL', 'SNSPD', 'SNSPDs', 'DWDM', 'C'],
  ...['Alt', 'Shift', 'Tab', 'Enter', 'Esc', 'Page', 'Up', 'Down', 'Home', 'End', 'Ctrl'],
  // Symbols; ε_sec, e_det and p_Z are read as their Latin parts ("sec", "det", "Z").
  ...['Z', 'X', 'V', 'D', 'h', 'ln', 'log', 't', 'n', 'L', 'T', 'det', 'sec', 'cor', 'Y0', 'g2', 'p1', 'p2', 'f'],
  ...['dB', 'dBm', 'Hz', 'km', 'cm', 'nm', 'bit', 'bits', 'rad', 'K', 'mK', 's', 'h', 'min', 'ns', 'ps', 'ms'],
  ...['arXiv', 'et', 'al', 'Light', 'Science', 'Applications', 'Appl', 'Phys', 'Lett', 'PRA', 'Martinez', 'Mateo'],
  ...['Wang', 'Yang', 'Gobby', 'Yuan', 'Shields', 'Ma', 'Qi', 'Zhao', 'Lo', 'Lim', 'Tamaki', 'Rusca', 'Tomamichel'],
  ...['Fuchs', 'Pirandola', 'Laurenza', 'Ottaviani', 'Banchi', 'docs', 'model', 'md', 'stabilisationIntervalS'],
];
/** A unit with an SI prefix: "kHz", "MHz", "µs", "mrad", "knm" (what formatSi writes). */
const PREFIXED_UNIT = /^[pnµmkMGT](Hz|s|rad|nm|m|bit|W)$/;
/** Key bits as hex (the block panel shows the first 64 bits of each key): no word, whatever letters it holds. */
const KEY_HEX = /^[0-9a-f]{16}$/;
/** A parameter's URL key in parentheses, as notices name it so a teacher can fix the link: "(meanPhotonNumber)". */
const URL_KEY = /^[a-z][a-zA-Z0-9]*$/;

/** The visible strings and labels of the page (or of one part of it) with a Latin word that is not allowed. */
export async function latinLeft(page: Page, rootSelector = 'body', alsoAllowed?: RegExp) {
  const allowed = new Set(ALLOWED);
  const isAllowed = (word: string, text: string) =>
    allowed.has(word) ||
    PREFIXED_UNIT.test(word) ||
    KEY_HEX.test(word) ||
    (URL_KEY.test(word) && text.includes(`（${word}）`)) ||
    alsoAllowed?.test(word) === true;
  return (await visibleTexts(page, rootSelector)).filter((t) => {
    const text = t.replace(/^\[[a-z-]+\] /, '');
    return (text.match(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g) ?? []).some(
      (w) => /[A-Za-z]{2}/.test(w) && !isAllowed(w, text),
    );
  });
}
