// The distance plot's "not drawn" note from codes: a link whose settings clash (a quantum dot asked for a mean
// photon number it cannot give) leaves its curves undrawn with the clash worded in German, and an unexpected
// theory-worker error gets a German sentence with the worker's own text kept apart as the technical detail;
// Eve left beyond a shortened fiber does not stop the curves (they are for an honest channel).
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../workers/common/params';
import { invalidParamsFailure, type CurveError } from '../engine/theoryClient';
import { describeNotDrawn } from '../i18n/text/plots';
import { distanceCurveRequests } from './distanceCurves';

/** The curve requests the plot would send for a link, with the failures the client reports before asking the worker. */
function precheck(params = defaultParams()): CurveError[] {
  return distanceCurveRequests(params).flatMap((r) => {
    const failure = invalidParamsFailure(r.params);
    return failure ? [{ curve: r.id, failure }] : [];
  });
}

describe('curves that cannot be drawn', () => {
  it('draws every curve of the default link', () => {
    expect(precheck()).toEqual([]);
  });

  it(
    'names the quantum-dot curves and the clash as a code when the dot is asked for μ ' + '= 2 (a slider can do it)',
    () => {
      const errors = precheck({ ...defaultParams(), source: 'qd', meanPhotonNumber: 2, g2Zero: 0.0085 });
      expect(errors.map((e) => e.curve)).toEqual(['qd', 'link']);
      expect(errors[0].failure).toEqual({
        code: 'invalid-params',
        issues: [{ code: 'qd-photon-distribution', param: 'meanPhotonNumber', meanPhotonNumber: 2, g2Zero: 0.0085 }],
      });

      const [de] = describeNotDrawn(errors, 'de');
      expect(describeNotDrawn(errors, 'de')).toHaveLength(1); // one reason, both curves in one sentence
      expect(de.detail).toBeNull();
      expect(de.text).toBe(
        ' Nicht gezeichnet: „Quantenpunkt“ und „Diese Strecke, endliche Blöcke“. Diese ' +
          'Einstellungen passen nicht zusammen: ' +
          ('Mittlere Photonenzahl (meanPhotonNumber) 2 ergibt mit g2(0) 0,0085 keine gültige ' +
            'Photonenzahlverteilung für einen Quantenpunkt ') +
          '(nötig sind p1 = μ − g2·μ² ≥ 0 und p1 + p2 ≤ 1, also μ ≤ 1 bei kleinem g2).',
      );
      expect(describeNotDrawn(errors, 'en')[0].text).toMatch(
        new RegExp(
          '^ Not drawn: “Quantum dot” and “This link, finite blocks”\\. ' +
            'These settings do not fit together: Mean photon number',
        ),
      );
    },
  );

  it('draws every curve when Eve sits beyond the end of the fiber (the curves do not depend on Eve)', () => {
    const eveBeyond = {
      ...defaultParams(),
      eve: 'intercept-resend' as const,
      interceptFraction: 0.5,
      evePositionKm: 80,
      fiberLengthKm: 20,
    };
    expect(invalidParamsFailure(eveBeyond)).not.toBeNull(); // the link itself clashes: Start says so
    expect(precheck(eveBeyond)).toEqual([]);
    // Eve's settings change no request: the same curves as the honest link of the same fiber.
    expect(distanceCurveRequests(eveBeyond)).toEqual(
      distanceCurveRequests({ ...eveBeyond, eve: 'none', evePositionKm: 3 }),
    );
    for (const r of distanceCurveRequests(eveBeyond)) expect(r.params.eve).toBe('none');
  });

  it('still reports a real clash of the link when Eve is also beyond the fiber', () => {
    const errors = precheck({
      ...defaultParams(),
      source: 'qd',
      meanPhotonNumber: 2,
      g2Zero: 0.0085,
      evePositionKm: 80,
      fiberLengthKm: 20,
    });
    expect(errors.map((e) => e.curve)).toEqual(['qd', 'link']);
    expect(
      errors.flatMap((e) => (e.failure.code === 'invalid-params' ? e.failure.issues.map((i) => i.param) : [])),
    ).toEqual(['meanPhotonNumber', 'meanPhotonNumber']);
  });

  it('frames an unexpected worker error in the language and keeps its text as the technical detail', () => {
    const thrown = 'RangeError: need stepKm > 0 and toKm ≥ fromKm (got 0..-1 step 1)';
    const errors: CurveError[] = [
      { curve: 'plob', failure: { code: 'unexpected', text: thrown } },
      { curve: 'laser', failure: { code: 'unexpected', text: thrown } },
    ];
    expect(describeNotDrawn(errors, 'de')).toEqual([
      {
        text:
          ' Nicht gezeichnet: „PLOB-Schranke“ und „Laser ohne Decoy“. Die Berechnung ist ' +
          'unerwartet fehlgeschlagen.',
        detail: thrown,
      },
    ]);
    expect(describeNotDrawn(errors, 'en')).toEqual([
      { text: ' Not drawn: “PLOB bound” and “Laser, no decoys”. The calculation failed unexpectedly.', detail: thrown },
    ]);
    expect(describeNotDrawn([], 'de')).toEqual([]);
  });
});
