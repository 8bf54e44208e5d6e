// Tests of the lessons: five lessons with unique ids, valid setups, real controls, a check per task that
// exists, and text in English and German for every task; German steps name the German labels of the controls.
import { describe, expect, it } from 'vitest';
import { PARAM_BY_ID, crossCheck, validateParams } from '../../workers/common/params';
import { presetParams } from '../../workers/common/presets';
import { LOCALES, type Locale } from '../i18n/locale';
import { lessonText } from '../i18n/text/lessons';
import { CHECKS } from './lessonChecks';
import { LESSONS, LESSON_IDS, lessonById } from './lessons';

describe('lessons', () => {
  it('has five lessons with unique ids', () => {
    expect(LESSONS).toHaveLength(5);
    expect(new Set(LESSON_IDS).size).toBe(5);
    for (const l of LESSONS) {
      expect(l.checks.length).toBeGreaterThanOrEqual(1);
      expect(lessonById(l.id)).toBe(l);
    }
    expect(lessonById('nope')).toBeNull();
  });

  it('sets up a valid link and points at real controls', () => {
    for (const l of LESSONS) {
      const params = { ...presetParams('ideal-classroom'), ...l.setup };
      expect(crossCheck(params), l.id).toEqual([]);
      expect(validateParams(params as unknown as Record<string, unknown>).issues, l.id).toEqual([]);
      for (const id of l.highlight) expect(PARAM_BY_ID[id], `${l.id}: ${id}`).toBeDefined();
      for (const check of l.checks) expect(typeof CHECKS[check]).toBe('function');
    }
  });

  it('gives every task a goal, steps and a done text in every language', () => {
    for (const l of LESSONS) {
      for (const locale of LOCALES) {
        const text = lessonText(l.id, locale);
        // Three characters at least: a Chinese title is short ("抓住窃听者" is five).
        expect(text.title.length, `${l.id} ${locale}`).toBeGreaterThan(3);
        expect(text.summary.length).toBeGreaterThan(10);
        expect(text.paragraphs.length).toBeGreaterThanOrEqual(3);
        expect(text.tasks, `${l.id} ${locale}: one text per check`).toHaveLength(l.checks.length);
        for (const t of text.tasks) {
          expect(t.steps.length).toBeGreaterThan(0);
          expect(t.goal.length).toBeGreaterThan(5);
          expect(t.done.length).toBeGreaterThan(5);
        }
      }
      const stepCounts = (locale: Locale) => lessonText(l.id, locale).tasks.map((t) => t.steps.length);
      for (const locale of LOCALES) expect(stepCounts(locale), `${l.id} ${locale}`).toEqual(stepCounts('en'));
    }
  });

  it('names the German run-bar and parameter labels in German steps, never the English ones', () => {
    const english = new RegExp(
      '\\b(Start|Pause|Step|Reset|Speed|Link parameters|Fiber length|Dark count rate|Eavesdropper|Source|' +
        'Decoy states|Preset)\\b',
    );
    for (const l of LESSONS) {
      for (const t of lessonText(l.id, 'de').tasks) {
        for (const step of t.steps) expect(step, `${l.id}: ${step}`).not.toMatch(english);
      }
    }
    const steps = (id: string) =>
      lessonText(id as never, 'de')
        .tasks.flatMap((t) => t.steps)
        .join(' ');
    expect(steps('catch-eve')).toContain('„Abfangen und Neusenden“');
    expect(steps('single-photons')).toContain('Decoy-Zustände');
    expect(steps('how-far')).toContain('Faserlänge');
    expect(steps('how-far')).toContain('Dunkelzählrate');
    expect(steps('bb84-photons')).toContain('Schritt');
  });
});
