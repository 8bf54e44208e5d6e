// The preset and parameter catalogues against the registries they follow: English is the registry's own text,
// and German notes exactly the parameters each preset marks (a note missing or left over fails here).
import { describe, expect, it } from 'vitest';
import { PARAMS } from '../../../workers/common/params';
import { PRESETS, PRESET_IDS } from '../../../workers/common/presets';
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
  it('has a German note for every provenance mark and no other', () => {
    for (const id of PRESET_IDS)
      expect(Object.keys(provenanceNoteText.de[id]).sort()).toEqual(Object.keys(PRESETS[id].provenance).sort());
  });
});

describe('parameter text', () => {
  it('takes English from the parameter registry, and German names every option', () => {
    for (const spec of PARAMS) {
      expect(paramText.en[spec.id].label).toBe(spec.label);
      expect(paramText.de[spec.id].label).not.toBe('');
      if (spec.kind === 'choice') {
        const de: Record<string, string> = optionText.de[spec.id];
        for (const o of spec.options) expect(de[o.value], `${spec.id}.${o.value}`).toBeTruthy();
      }
    }
  });
});
