// The preset and parameter catalogues against the registries they follow: English is the registry's own text,
// and every other language notes exactly the parameters each preset marks (a note missing or left over fails here).
import { describe, expect, it } from 'vitest';
import { PARAMS } from '../../../workers/common/params';
import { PRESETS, PRESET_IDS } from '../../../workers/common/presets';
import { LOCALES } from '../locale';
import { optionText, paramText } from './params';
import { presetText, provenanceNoteText } from './presets';

describe('preset text', () => {
  it('takes English from the preset registry', () => {
    for (const id of PRESET_IDS) {
      expect(presetText.en[id].title).toBe(PRESETS[id].title);
      for (const [param, note] of Object.entries(PRESETS[id].provenance))
        expect(provenanceNoteText.en[id][param as keyof (typeof PRESETS)[typeof id]['provenance']]).toBe(note.note);
    }
  });
  it('has a note in every language for every provenance mark and no other', () => {
    for (const locale of LOCALES)
      for (const id of PRESET_IDS)
        expect(Object.keys(provenanceNoteText[locale][id]).sort(), `${locale} ${id}`).toEqual(
          Object.keys(PRESETS[id].provenance).sort(),
        );
  });
});

describe('parameter text', () => {
  it('takes English from the parameter registry, and every language names every parameter and option', () => {
    for (const spec of PARAMS) {
      expect(paramText.en[spec.id].label).toBe(spec.label);
      for (const locale of LOCALES) {
        expect(paramText[locale][spec.id].label, `${locale} ${spec.id}`).not.toBe('');
        if (spec.kind === 'choice') {
          const options: Record<string, string> = optionText[locale][spec.id];
          for (const o of spec.options) expect(options[o.value], `${locale} ${spec.id}.${o.value}`).toBeTruthy();
        }
      }
    }
  });

  it('gives each parameter its own label in every language (two controls never share a name)', () => {
    for (const locale of LOCALES) {
      const labels = PARAMS.map((spec) => paramText[locale][spec.id].label);
      expect(new Set(labels).size, locale).toBe(labels.length);
    }
  });
});
