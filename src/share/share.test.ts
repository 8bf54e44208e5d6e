// Tests of the share link (params, preset, seed and lesson travel; presenter view and colours do not)
// and of the locally drawn QR code (a square of modules with a quiet zone).
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../workers/common/params';
import { presetParams } from '../../workers/common/presets';
import { QUIET_ZONE, qrPath } from './qrPath';
import { buildShareUrl } from './shareLink';

describe('share link', () => {
  it('carries link, preset, seed and lesson but not display settings', () => {
    const url = new URL(
      buildShareUrl(
        { params: { ...defaultParams(), fiberLengthKm: 42 }, presetId: null, seed: 7 },
        {
          origin: 'https://qkd.example',
          pathname: '/',
          search: '?presenter=1&colorProfile=projector&lesson=catch-eve&kiosk=1',
        },
      ),
    );
    expect(url.origin).toBe('https://qkd.example');
    expect(url.searchParams.get('seed')).toBe('7');
    expect(url.searchParams.get('fiberLengthKm')).toBe('42');
    expect(url.searchParams.get('lesson')).toBe('catch-eve');
    for (const key of ['presenter', 'colorProfile', 'kiosk']) expect(url.searchParams.has(key)).toBe(false);
  });
});

describe('qrPath', () => {
  it('draws a version-sized square with finder patterns inside the quiet zone', () => {
    const qr = qrPath('http://127.0.0.1:4173/?preset=ideal-classroom&seed=1');
    const modules = qr.size - 2 * QUIET_ZONE;
    expect((modules - 17) % 4).toBe(0); // versions are 21, 25, 29… modules wide
    expect(qr.d.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h1v1h-1z`)).toBe(true); // top-left finder corner is dark
    expect(qrPath('a longer text makes a bigger code '.repeat(4)).size).toBeGreaterThan(qr.size);
  });
});

describe('share link from validated state only', () => {
  const state = { params: defaultParams(), presetId: null, seed: 3 };
  it('drops a spoofed lesson or language text, and a repeated key', () => {
    for (const search of [
      '?lesson=Your%20account%20is%20locked.%20Call%20%2B1%20555',
      '?lesson=nope&lang=xx',
      '?lesson=catch-eve&lesson=how-far',
    ]) {
      const url = buildShareUrl(state, { origin: 'https://qkd.example', pathname: '/', search });
      expect(new URL(url).searchParams.has('lesson')).toBe(false);
      expect(new URL(url).searchParams.has('lang')).toBe(false);
      expect(url).not.toContain('locked');
    }
    expect(
      new URL(
        buildShareUrl(state, { origin: 'https://q.example', pathname: '/', search: '?lang=de' }),
      ).searchParams.get('lang'),
    ).toBe('de');
  });

  it('holds only the preset, the seed and the values that differ from the preset', () => {
    const url = new URL(
      buildShareUrl(
        { params: presetParams('qd-timebin-120km'), presetId: 'qd-timebin-120km', seed: 1 },
        { origin: 'https://q.example', pathname: '/', search: '' },
      ),
    );
    expect([...url.searchParams.keys()]).toEqual(['preset', 'seed']);
  });
});
