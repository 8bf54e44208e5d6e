// Tests of the lesson data: five lessons with unique ids, text, valid setups, real controls, and for every
// task a check that exists. Names must keep the accessible-name contract (no "Start"/"Pause"/"Reset" buttons).
import { describe, expect, it } from 'vitest';
import { PARAM_BY_ID, crossCheck, validateParams } from '../../workers/common/params';
import { presetParams } from '../../workers/common/presets';
import { CHECKS } from './lessonChecks';
import { LESSONS, LESSON_IDS, lessonById } from './lessons';

describe('lessons', () => {
  it('has five lessons with unique ids and text', () => {
    expect(LESSONS).toHaveLength(5);
    expect(new Set(LESSON_IDS).size).toBe(5);
    for (const l of LESSONS) {
      expect(l.title.length).toBeGreaterThan(5);
      expect(l.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(l.tasks.length).toBeGreaterThanOrEqual(1);
      expect(lessonById(l.id)).toBe(l);
    }
  });

  it('sets up a valid link and points at real controls', () => {
    for (const l of LESSONS) {
      const params = { ...presetParams('ideal-classroom'), ...l.setup };
      expect(crossCheck(params), l.id).toEqual([]);
      expect(validateParams(params as unknown as Record<string, unknown>).issues, l.id).toEqual([]);
      for (const id of l.highlight) expect(PARAM_BY_ID[id], `${l.id}: ${id}`).toBeDefined();
    }
  });

  it('gives every task steps, a goal and an existing check', () => {
    for (const l of LESSONS) {
      for (const t of l.tasks) {
        expect(t.steps.length).toBeGreaterThan(0);
        expect(t.goal.length).toBeGreaterThan(5);
        expect(typeof CHECKS[t.check]).toBe('function');
        expect(t.done.length).toBeGreaterThan(5);
      }
    }
  });
});
