// Tests of the classroom URL keys: valid values are read, bad ones are named in a message and ignored,
// and a kiosk hides links out unless allowLinks says otherwise.
import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_SECONDS, parseClassroomParams } from './classroomParams';
import { describeLinkIssue } from '../i18n/text/notices';

const ids = ['bb84-photons', 'catch-eve'];

describe('parseClassroomParams', () => {
  it('reads lesson, kiosk and idleSeconds', () => {
    const { options, issues } = parseClassroomParams('?lesson=catch-eve&kiosk=1&idleSeconds=3', ids);
    expect(issues).toEqual([]);
    expect(options).toEqual({ lessonId: 'catch-eve', isKiosk: true, idleSeconds: 3, allowLinks: false });
  });

  it('defaults to no lesson, no kiosk, links allowed', () => {
    expect(parseClassroomParams('?seed=1', ids).options).toEqual({
      lessonId: null,
      isKiosk: false,
      idleSeconds: DEFAULT_IDLE_SECONDS,
      allowLinks: true,
    });
  });

  it('lets allowLinks override the kiosk default', () => {
    expect(parseClassroomParams('?kiosk=1&allowLinks=true', ids).options.allowLinks).toBe(true);
    expect(parseClassroomParams('?allowLinks=false', ids).options.allowLinks).toBe(false);
  });

  it('names each bad value', () => {
    const { options, issues } = parseClassroomParams('?lesson=nope&kiosk=maybe&idleSeconds=-4&allowLinks=2', ids);
    expect(issues.map((i) => i.key)).toEqual(['lesson', 'kiosk', 'allowLinks', 'idleSeconds']);
    expect(describeLinkIssue(issues[0].detail, 'en')).toContain('catch-eve');
    expect(describeLinkIssue(issues[3].detail, 'en')).toContain('idleSeconds');
    expect(options.lessonId).toBeNull();
    expect(options.isKiosk).toBe(false);
    expect(options.idleSeconds).toBe(DEFAULT_IDLE_SECONDS);
  });

  it('uses no value of a repeated key, as the rest of the link does', () => {
    const { options, issues } = parseClassroomParams('?lesson=catch-eve&lesson=bb84-photons&kiosk=1&kiosk=1', ids);
    expect(options.lessonId).toBeNull();
    expect(options.isKiosk).toBe(false);
    expect(issues).toEqual([]); // decodeUrlState reports repeated keys, once for the whole link
  });
});
