// Tests of the link scene's three-free logic: sampling the real detections, the lost-photon plan and
// where photons are lost, the photon pool's motion, and the words of the text alternative.
import { describe, expect, it } from 'vitest';
import {
  allocateBatch,
  BASIS_X,
  BASIS_Z,
  EVE_EXACT,
  FLAG_DARK,
  FLAG_EVE_RESENT,
} from '../../workers/common/detections';
import { defaultParams, type LinkParams } from '../../workers/common/params';
import { LinkFeed, emittedPhotons, stratifiedIndices } from './linkFeed';
import { niceStepAtLeast, planLostDots, roundStochastic, sampleLossPlace, MAX_LOST_DOTS_PER_S } from './lostPhotons';
import { PATH_LENGTH, PHOTON_SPEED, PhotonPool, NO_EVE, pathAtKm, positionOnPath, LAYOUT } from './photonPool';
import { OUTCOME_ERROR, SceneDirector, TAG_DARK } from './sceneDirector';
import { textFor } from '../i18n/defineText';
import { sceneText } from '../i18n/text/scene';
import { countInWords, describeDrawing, describeScene, detectionPhrase, evePhrase, photonsReach } from './sceneText';
import { quantile } from './frameStats';
import { createFeedProxy } from './sceneFeed';
import { stationLabels } from './stationLabels';

function batchOf(n: number, fill: (b: ReturnType<typeof allocateBatch>, i: number) => void) {
  const b = allocateBatch(n);
  b.count = n;
  for (let i = 0; i < n; i++) fill(b, i);
  b.firstPulse = 0;
  b.endPulse = 1_000_000;
  b.pulsesByIntensity[0] = 1_000_000;
  return b;
}

describe('sampling the detections', () => {
  it('stratified indices are in range, increasing and at most n', () => {
    expect(stratifiedIndices(10, 3, 0.5)).toEqual([1, 5, 8]);
    expect(stratifiedIndices(2, 5, 0.99)).toEqual([0, 1]);
    expect(stratifiedIndices(0, 3, 0.1)).toEqual([]);
  });

  it('keeps a few copied detections per wall second and the last one, and counts emitted photons', () => {
    const p = defaultParams();
    const feed = new LinkFeed(1);
    const b = batchOf(1000, (b, i) => {
      b.aliceBasis[i] = i % 2;
      b.bobBasis[i] = i % 2;
      b.bobBit[i] = 1;
      b.flags[i] = i === 999 ? FLAG_DARK : 0;
    });
    feed.ingest(b, { detections: 1000, darkClicks: 1 }, p, 0);
    expect(feed.queued).toBeGreaterThanOrEqual(1);
    expect(feed.queued).toBeLessThanOrEqual(3);
    expect(feed.last?.isDark).toBe(true);
    b.aliceBasis.fill(7); // the batch is transferred away after ingest: copies must not change
    expect(feed.take()?.aliceBasis).not.toBe(7);
    expect(feed.emitted).toBeCloseTo(1_000_000 * p.meanPhotonNumber);
    expect(feed.signalDetections).toBe(999);
    // 10 s later at most 3 more are queued, never thousands
    feed.ingest(b, { detections: 1000, darkClicks: 1 }, p, 10_000);
    expect(feed.queued).toBeLessThanOrEqual(6);
  });

  it('uses the expected transmittance until enough clicks are measured', () => {
    const p = defaultParams();
    const feed = new LinkFeed(1);
    expect(feed.detectedFraction(p).isMeasured).toBe(false);
    expect(feed.detectedFraction(p).fraction).toBeGreaterThan(1e-3);
    expect(feed.detectedFraction(p).fraction).toBeLessThan(1e-2);
    feed.ingest(
      batchOf(100, () => undefined),
      { detections: 100, darkClicks: 0 },
      p,
      0,
    );
    const m = feed.detectedFraction(p);
    expect(m.isMeasured).toBe(true);
    expect(m.fraction).toBeCloseTo(100 / (1_000_000 * p.meanPhotonNumber));
  });

  it('counts decoy photons for a decoy-state laser', () => {
    const p: LinkParams = {
      ...defaultParams(),
      source: 'wcp',
      decoy: 'vacuum-weak',
      meanPhotonNumber: 0.5,
      decoyMeanPhotonNumber: 0.1,
    };
    expect(emittedPhotons([100, 10, 5], p)).toBeCloseTo(51);
    expect(emittedPhotons([100, 10, 5], { ...p, decoy: 'none' })).toBeCloseTo(50);
  });
});

describe('lost photons', () => {
  it('1-2-5 steps', () => {
    expect([0.3, 1, 1.5, 2, 3, 7, 10, 11, 380].map(niceStepAtLeast)).toEqual([1, 1, 2, 2, 5, 10, 10, 20, 500]);
  });

  it('keeps the lost : detected ratio and caps the dots per second', () => {
    const plan = planLostDots(1 / 400, 2.5);
    expect(plan.dotsPerS).toBeLessThanOrEqual(MAX_LOST_DOTS_PER_S);
    expect(plan.dotsPerS * plan.photonsPerDot).toBeCloseTo(2.5 * 399);
    expect(planLostDots(1, 2.5).dotsPerS).toBe(0);
  });

  it('loses photons in the fiber at the exponential rate and the rest at Bob', () => {
    const p = {
      ...defaultParams(),
      fiberLengthKm: 100,
      fiberLossDbPerKm: 0.2,
      receiverLossDb: 0,
      detectorEfficiency: 0.5,
    };
    let inFiber = 0,
      firstHalf = 0,
      minKm = Infinity,
      maxKm = -Infinity;
    const n = 20_000;
    for (let k = 0; k < n; k++) {
      const place = sampleLossPlace(p, (k + 0.5) / n, (((k * 7919) % n) + 0.5) / n);
      if (place.where === 'fiber') {
        inFiber++;
        minKm = Math.min(minKm, place.km);
        maxKm = Math.max(maxKm, place.km);
        if (place.km < 50) firstHalf++;
      }
    }
    expect(minKm).toBeGreaterThanOrEqual(0);
    expect(maxKm).toBeLessThanOrEqual(100);
    const etaF = 0.01,
      lost = 1 - etaF * 0.5;
    expect(inFiber / n).toBeCloseTo((1 - etaF) / lost, 2);
    expect(firstHalf / inFiber).toBeCloseTo((1 - 0.1) / (1 - etaF), 2); // 10 dB in the first 50 km
    expect(sampleLossPlace({ ...p, fiberLossDbPerKm: 0 }, 0.1, 0.1).where).toBe('receiver');
  });

  it('stochastic rounding keeps the mean', () => {
    expect(roundStochastic(2.25, 0.2)).toBe(3);
    expect(roundStochastic(2.25, 0.3)).toBe(2);
  });
});

describe('photon pool', () => {
  it('flies a detected photon to its detector and reports it once', () => {
    const pool = new PhotonPool(4);
    pool.launch({
      isLost: false,
      basis: 0,
      eveBasis: 1,
      eveS: pathAtKm(60, 120),
      endS: PATH_LENGTH,
      detector: 1,
      tag: 3,
      lane: 0,
    });
    const arrivals: number[][] = [];
    pool.step(0.1, (d, t) => arrivals.push([d, t]));
    expect(pool.currentBasis(0)).toBe(0);
    pool.step(pathAtKm(61, 120) / PHOTON_SPEED - 0.1, () => undefined);
    expect(pool.currentBasis(0)).toBe(1);
    expect(pool.isResentNow(0)).toBe(true);
    pool.step(10, (d, t) => arrivals.push([d, t]));
    expect(arrivals).toEqual([[1, 3]]);
    expect(pool.count).toBe(0);
  });

  it('a lost photon stops where it is lost and fades out', () => {
    const pool = new PhotonPool(2);
    const endS = pathAtKm(30, 120);
    pool.launch({ isLost: true, basis: 1, eveBasis: NO_EVE, eveS: 0, endS, detector: 0, tag: 0, lane: 0 });
    pool.step(endS / PHOTON_SPEED + 0.01, () => {
      throw new Error('a lost photon never clicks');
    });
    expect(pool.fadeS[0]).toBeGreaterThanOrEqual(0);
    pool.step(2, () => undefined);
    expect(pool.count).toBe(0);
    expect(pool.launch({ isLost: true, basis: 1, eveBasis: NO_EVE, eveS: 0, endS, detector: 0, tag: 0, lane: 0 })).toBe(
      true,
    );
    expect(pool.launch({ isLost: true, basis: 1, eveBasis: NO_EVE, eveS: 0, endS, detector: 0, tag: 0, lane: 0 })).toBe(
      true,
    );
    expect(pool.launch({ isLost: true, basis: 1, eveBasis: NO_EVE, eveS: 0, endS, detector: 0, tag: 0, lane: 0 })).toBe(
      false,
    );
  });

  it('paths end at the detectors', () => {
    const out = [0, 0];
    positionOnPath(PATH_LENGTH, 1, out);
    expect(out[0]).toBeCloseTo(LAYOUT.detectorX);
    expect(out[1]).toBeCloseTo(LAYOUT.detectorY[1]);
    positionOnPath(0, 0, out);
    expect(out).toEqual([LAYOUT.emitX, 0]);
  });
});

describe('scene director', () => {
  it(
    'launches sampled detections, flashes dark counts without a photon, and draws ' + 'lost dots only while running',
    () => {
      const p = defaultParams();
      const feed = new LinkFeed(2);
      const b = batchOf(2, (b, i) => {
        b.flags[i] = i === 0 ? FLAG_DARK : FLAG_EVE_RESENT;
        b.aliceBit[i] = 0;
        b.bobBit[i] = 1;
        b.eveKnowledge[i] = EVE_EXACT;
      });
      const director = new SceneDirector(feed, 512);
      const flashes: number[][] = [];
      director.update(1, p, false, (d, t) => flashes.push([d, t]));
      expect(director.pool.count).toBe(0);
      feed.ingest(b, { detections: 2, darkClicks: 1 }, p, 0);
      for (let k = 0; k < 40; k++) director.update(0.1, p, true, (d, t) => flashes.push([d, t]));
      expect(flashes).toContainEqual([1, OUTCOME_ERROR | TAG_DARK]);
      expect(flashes).toContainEqual([1, OUTCOME_ERROR]);
      expect(director.plan.photonsPerDot).toBeGreaterThan(1);
      expect(director.pool.count).toBeGreaterThan(10); // lost dots in flight
    },
  );
});

describe('the first frame of a run', () => {
  it('launches a dot at once, even with a frame of zero length and no detection yet', () => {
    const p = defaultParams();
    const director = new SceneDirector(new LinkFeed(3), 512);
    director.update(0.5, p, false, () => {});
    expect(director.pool.count).toBe(0);
    director.update(0, p, true, () => {});
    expect(director.pool.count).toBe(1);
    // Running on without time passing adds nothing more; a pause and a new start launch again.
    director.update(0, p, true, () => {});
    expect(director.pool.count).toBe(1);
    director.update(0, p, false, () => {});
    director.update(0, p, true, () => {});
    expect(director.pool.count).toBe(2);
  });
});

const en = textFor(sceneText, 'en');
const de = textFor(sceneText, 'de');

describe('text alternative', () => {
  it('says numbers in words', () => {
    expect(countInWords(75.947e6, en)).toBe('76 million');
    expect(countInWords(2500, en)).toBe('2.5 thousand');
    expect(photonsReach(1 / 497, en)).toBe('1 in 500 photons reaches');
    expect(photonsReach(0.9, en)).toBe('nearly every photon reaches');
  });

  it('describes Eve', () => {
    const p = defaultParams();
    expect(evePhrase(p, en)).toBe('no eavesdropper');
    expect(evePhrase({ ...p, eve: 'intercept-resend', interceptFraction: 1, evePositionKm: 40 }, en)).toContain(
      'intercepting all pulses at 40 km',
    );
    expect(evePhrase({ ...p, eve: 'intercept-resend', interceptFraction: 0.5 }, en)).toContain('50 % of pulses');
    expect(evePhrase({ ...p, eve: 'pns' }, en)).toContain('photon-number splitting');
    const cloning = { ...p, eve: 'phase-covariant-cloning' as const, cloningDisturbance: 0.08, evePositionKm: 30 };
    expect(evePhrase({ ...cloning, interceptFraction: 1 }, en)).toBe(
      'Eve clones the photons of all pulses at 30 km, disturbing each by 8 % (phase-covariant cloning)',
    );
    expect(evePhrase({ ...cloning, interceptFraction: 0.5 }, de)).toContain('phasenkovariantes Klonen');
  });

  it('reads the last detection', () => {
    const d = {
      aliceBasis: BASIS_Z,
      aliceBit: 0,
      bobBasis: BASIS_Z,
      bobBit: 1,
      isDark: false,
      isDouble: false,
      isEveResent: true,
      isEveExact: false,
      photonNumber: 1,
    };
    expect(detectionPhrase(d, en)).toBe('last detection: Z basis, bit 1, error (resent by Eve)');
    expect(detectionPhrase({ ...d, bobBasis: BASIS_X, isEveResent: false }, en)).toBe(
      'last detection: X basis, bit 1, bases differ, discarded',
    );
    expect(detectionPhrase(null, en)).toBe('no detection yet');
  });

  it('puts it together', () => {
    const p = { ...defaultParams(), eve: 'intercept-resend' as const, interceptFraction: 1 };
    const text = describeScene(
      { params: p, isRunning: true, detectedFraction: 1 / 500, isMeasured: true, last: null },
      en,
    );
    expect(text).toBe(
      "Alice's quantum dot sends 76 million pulses per second over 120 km of fiber; 1 " +
        'in 500 photons reaches Bob and makes a detector click; Eve is intercepting all ' +
        'pulses at 0 km and resending what she measured; no detection yet.',
    );
    expect(
      describeScene(
        { params: defaultParams(), isRunning: false, detectedFraction: 0.0026, isMeasured: false, last: null },
        en,
      ),
    ).toContain('expected: 1 in 380 photons');
  });

  it('speaks German with German number words and a decimal comma', () => {
    expect(countInWords(75.947e6, de)).toBe('76 Millionen');
    expect(countInWords(1.04e6, de)).toBe('1 Million');
    expect(countInWords(2500, de)).toBe('2,5 Tausend');
    expect(countInWords(3e9, de)).toBe('3 Milliarden');
    const p = { ...defaultParams(), eve: 'intercept-resend' as const, interceptFraction: 1 };
    expect(
      describeScene({ params: p, isRunning: true, detectedFraction: 1 / 500, isMeasured: false, last: null }, de),
    ).toBe(
      'Alices Quantenpunkt sendet 76 Millionen Pulse pro Sekunde über 120 km Glasfaser; ' +
        'erwartet: 1 von 500 Photonen erreicht Bob und löst einen Detektor aus; ' +
        'Eve fängt bei 0 km alle Pulse ab und sendet neu, was sie gemessen hat; noch keine Detektion.',
    );
    expect(describeDrawing(defaultParams(), 4000, de)).toContain(
      'jeder blasse Punkt steht für 4 Tausend verlorene Photonen',
    );
  });
});

describe('labels, worker feed and frame statistics', () => {
  it('labels name the stations, the fiber length and Eve only when she is on', () => {
    const p = defaultParams();
    const ids = (q: LinkParams) => stationLabels(q, en).map((l) => l.id);
    expect(ids(p)).not.toContain('eve');
    expect(ids({ ...p, eve: 'pns' })).toContain('eve');
    expect(stationLabels({ ...p, eve: 'phase-covariant-cloning' }, en).find((l) => l.id === 'eve')?.text).toBe(
      'Eve clones the photons',
    );
    expect(stationLabels({ ...p, fiberLengthKm: 79.4 }, en).find((l) => l.id === 'fiber')?.text).toBe('79 km of fiber');
    expect(stationLabels({ ...p, encoding: 'polarisation', source: 'wcp' }, en).map((l) => l.text)).toEqual(
      expect.arrayContaining(['Bob: polarisation optics', 'Alice: laser + attenuator']),
    );
    expect(stationLabels({ ...p, eve: 'pns' }, de).map((l) => l.text)).toEqual(
      expect.arrayContaining(['120 km Glasfaser', 'Detektor 0 (Bit 0)', 'Eve spaltet Mehrphotonenpulse auf']),
    );
  });

  it('the drawing side keeps at most six waiting detections and the newest fraction', () => {
    const f = createFeedProxy(1);
    const d = {
      aliceBasis: 0,
      aliceBit: 0,
      bobBasis: 0,
      bobBit: 0,
      isDark: false,
      isDouble: false,
      isEveResent: false,
      isEveExact: false,
      photonNumber: 1,
    };
    f.push(
      Array.from({ length: 9 }, (_, i) => ({ ...d, aliceBit: i % 2, photonNumber: i })),
      0.01,
    );
    expect(f.detectedFraction(defaultParams()).fraction).toBe(0.01);
    expect(f.take()?.photonNumber).toBe(3);
    let n = 1;
    while (f.take()) n++;
    expect(n).toBe(6);
  });

  it('nearest-rank quantiles', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.95)).toBe(4);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
