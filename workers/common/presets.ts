// The preset registry: published links that QKD Lab can replay. Each preset says, per value, whether
// it was published (with the source) or estimated by us (with the reason), so the UI can mark it.
import { defaultParams, type LinkParams, type ParamId } from './params';

export type Provenance = 'published' | 'estimated' | 'calibrated';

export interface PresetValueNote {
  status: Provenance;
  note: string;
}

/** A figure the paper reports, checked against the model (presetsVsPapers.test.ts), never an input. */
export interface PublishedResult {
  value: number;
  unit: string;
  /** Under what conditions the paper reports it (distance, loss, run length, clock, analysis). */
  conditions: string;
  /** Where in the paper (or its coverage) the figure stands. */
  source: string;
}

export interface Preset {
  id: PresetId;
  title: string;
  summary: string;
  citation: string;
  /** Values that differ from, or are stated in addition to, the registry defaults. */
  values: Partial<LinkParams>;
  provenance: Partial<Record<ParamId, PresetValueNote>>;
  /** Published figures the model is checked against (not inputs). */
  publishedResults: Record<string, PublishedResult>;
}

export type PresetId =
  | 'metro-qd'
  | 'qd-timebin-120km'
  | 'qd-intercity-2024'
  | 'qd-intercity-2024-76mhz'
  | 'gys-textbook'
  | 'ideal-classroom';

const pub = (note: string): PresetValueNote => ({ status: 'published', note });
const est = (note: string): PresetValueNote => ({ status: 'estimated', note });
const cal = (note: string): PresetValueNote => ({ status: 'calibrated', note });
const result = (value: number, unit: string, conditions: string, source: string): PublishedResult => ({
  value,
  unit,
  conditions,
  source,
});

const WANG_2026 =
  'Wang et al., Light Sci. Appl. (2026), arXiv:2506.15520: abstract and press ' +
  "coverage (the paper's tables could not be read here)";
const YANG_2024 = 'Yang et al., Light Sci. Appl. 13, 150 (2024), arXiv:2308.15922: abstract and Fig. 1';

const PRESET_LIST: Readonly<Record<Exclude<PresetId, 'metro-qd' | 'qd-intercity-2024-76mhz'>, Preset>> = {
  'qd-timebin-120km': {
    id: 'qd-timebin-120km',
    title: 'Quantum dot, time-bin, 120 km',
    summary:
      'A telecom quantum-dot single-photon source with three-state time-bin encoding ' +
      'over 120 km of spooled fiber, run for over six hours unattended.',
    citation:
      'Wang et al., Light: Science & Applications (2026); arXiv:2506.15520 (values as ' +
      'reported in coverage of the paper).',
    values: {
      source: 'qd',
      repetitionRateHz: 75.947e6,
      g2Zero: 0.0085,
      encoding: 'time-bin-3state',
      basisBiasZ: 0.75,
      fiberLengthKm: 120,
      fiberLossDbPerKm: 0.1956,
      detectorEfficiency: 0.74,
      darkCountRateHz: 100,
      meanPhotonNumber: 1.35e-3,
      receiverLossDb: 1.0,
      interferometerVisibility: 0.989,
      intrinsicErrorZ: 0.02,
      detectionWindowS: 2e-9,
      deadTimeS: 2e-8,
      afterpulseProbability: 0,
      blockSizeBits: 2e6,
      decoy: 'none',
      eve: 'none',
      phaseDriftRadPerSqrtHour: 0.05,
      driftPeriodicAmplitudeRad: 0.4,
      driftPeriodS: 86400,
      brightnessWanderPerSqrtHour: 0.005,
      efficiencyWanderPerSqrtHour: 0.002,
      stabilisationIntervalS: 600,
      stabilisationGain: 0.5,
      stabilisationDitherRad: 0.06,
    },
    provenance: {
      repetitionRateHz: pub('75.947 MHz clock'),
      g2Zero: pub('g2(0) = 0.85 %'),
      encoding: pub('three-state time-bin protocol with a self-stabilised encoder'),
      fiberLengthKm: pub('120 km spooled fiber'),
      fiberLossDbPerKm: pub('0.1956 dB/km'),
      detectorEfficiency: pub('SNSPDs, 74 % efficiency'),
      darkCountRateHz: pub('about 100 dark counts per second'),
      meanPhotonNumber: cal(
        'not published here; fitted so that the modelled Z-basis QBER at 120 km equals ' +
          'the published 6.85 % with a 2 % Z error. Its dark-count share (~10 % of clicks) ' +
          'also puts the asymptotic reach at ~126-129 km, as published (≈127 km); μ and the ' +
          '1 dB receiver loss only enter as their product',
      ),
      intrinsicErrorZ: est(
        'not published here; 2 % time-bin overlap/jitter error, typical for SNSPD timing ' +
          'at this clock; with μ it sets the Z QBER and the reach together',
      ),
      interferometerVisibility: cal(
        'not published here; fitted to the published X-basis QBER of 9.60 % at 120 km. ' +
          "Only the central slot of Bob's interferometer counts: it holds half of the " +
          'photons but all dark counts, so V must be ~99 % (a stabilised interferometer)',
      ),
      basisBiasZ: est(
        'not published here; 75 % Z, where the finite-key pipeline keys best over six hours ' +
          '(p_Z = 0.65: 12.6 bit/s, 0.7: 14.2, 0.75: 15.0, 0.8: 13.5): more Z gives more key bits ' +
          'but fewer X test bits for the three-state phase estimate. docs/model.md (presets)',
      ),
      receiverLossDb: est("not published here; 1 dB for the actively stabilised decoder's insertion loss"),
      detectionWindowS: cal(
        "not published here; 2 ns per time slot, wide enough for most of a telecom dot's " +
          'emission decay (lifetime ~1 ns). With the published 100 Hz dark rate it fixes the ' +
          'dark clicks per slot, hence (through μ) the clicks per second: 2 ns gives the ' +
          'published ≈2·10⁻⁷ bit per pulse; 1 ns would give half the clicks and 8.4 bit/s',
      ),
      deadTimeS: est('not published here; 20 ns, typical SNSPD recovery'),
      blockSizeBits: est(
        'not published here; 2·10^6-bit blocks (~3.3 h each at 120 km). The three-state ' +
          'phase estimate needs large blocks: over the 6-hour run 2·10^6-bit blocks key 15.0 ' +
          'bit/s, 10^6-bit blocks 11.4 bit/s, the whole run as one block 17.4 bit/s ' +
          '(docs/model.md, presets)',
      ),
      phaseDriftRadPerSqrtHour: est(
        'not published; 0.05 rad/√h slow wander of the decoder interferometer, so that ' +
          'with the published 9.60 % X QBER a loop fed only by ~76 disclosed X bits/s can ' +
          'hold it (docs/model.md (drift section))',
      ),
      driftPeriodicAmplitudeRad: est(
        'not published; a daily cycle of ±0.4 rad of the interferometer phase: about ±45 ' +
          'mK on a 1 ns fiber delay (dφ/dT ≈ 2π·n·L·(1/L·dL/dT + 1/n·dn/dT)/λ ≈ 9 rad/K for ' +
          'L = 20 cm), which alone aborts the unstabilised link within hours',
      ),
      driftPeriodS: est('not published; one day'),
      brightnessWanderPerSqrtHour: est(
        'not published; 0.5 %/√h wander of the quantum-dot brightness (pump and coupling drift)',
      ),
      efficiencyWanderPerSqrtHour: est(
        'not published; 0.2 %/√h wander of the SNSPD efficiency (bias and polarisation)',
      ),
      stabilisationIntervalS: est(
        'the decoder was actively stabilised; its loop is not published. 600 s: tuned for ' +
          'the least added X QBER at this drift and count rate',
      ),
      stabilisationGain: est('not published; 0.5 (see stabilisationIntervalS)'),
      stabilisationDitherRad: est('not published; ±0.06 rad dither costs ~0.07 % X QBER'),
    },
    publishedResults: {
      qberZ: result(0.0685, '', '120 km spool, average over the run', WANG_2026),
      qberX: result(0.096, '', '120 km spool, average over the run', WANG_2026),
      secretKeyRate: result(15, 'bit/s', "120 km, over the 6-hour run; the paper's own security analysis", WANG_2026),
      maxDistance: result(127, 'km', "largest distance with a positive key in the paper's simulation", WANG_2026),
      unattendedHours: result(6, 'h', 'continuous operation without manual realignment', WANG_2026),
    },
  },
  'qd-intercity-2024': {
    id: 'qd-intercity-2024',
    title: 'Quantum dot, polarisation, intercity 79 km (228 MHz)',
    summary:
      'Polarisation BB84 with a C-band quantum dot over 79 km of deployed fiber between ' +
      'Hannover and Braunschweig (25.49 dB loss), at the 228 MHz clock of the headline ' +
      'result.',
    citation: 'Yang et al., Light: Science & Applications 13, 150 (2024); arXiv:2308.15922.',
    values: {
      source: 'qd',
      repetitionRateHz: 228e6,
      g2Zero: 0.056,
      encoding: 'polarisation',
      basisBiasZ: 0.5,
      fiberLengthKm: 79,
      fiberLossDbPerKm: 25.49 / 79,
      meanPhotonNumber: 0.03,
      receiverLossDb: 1.0,
      detectorEfficiency: 0.8,
      darkCountRateHz: 20,
      detectionWindowS: 5e-10,
      interferometerVisibility: 0.99,
      intrinsicErrorZ: 0.006,
      deadTimeS: 2e-8,
      decoy: 'none',
      eve: 'none',
      blockSizeBits: 1e6,
      phaseDriftRadPerSqrtHour: 1,
      stabilisationIntervalS: 20,
      stabilisationGain: 0.7,
    },
    provenance: {
      repetitionRateHz: pub(
        '228 MHz excitation: the clock of the headline key rate (other published clocks: 76, 608 and 1063 MHz)',
      ),
      g2Zero: pub('g2(0) = 0.056 at 228 MHz'),
      encoding: pub('polarisation BB84 with passive 50:50 basis choice'),
      basisBiasZ: pub('passive 50:50 beam splitter as basis choice'),
      fiberLengthKm: pub('79 km deployed fiber'),
      fiberLossDbPerKm: pub('25.49 dB total channel loss over 79 km (0.3227 dB/km including splices)'),
      meanPhotonNumber: est(
        "not read from the paper; 0.03 photons per pulse into the fiber, near the model's " +
          'best μ for g2(0) = 0.056 at 25.49 dB. The model then gives a QBER of 0.62 % and ' +
          'an asymptotic maximum tolerable loss of 28.4 dB (published 0.65 % and 28.11 dB), ' +
          'but 1.15·10⁻⁵ bit/pulse, 4.2× below the published 4.8·10⁻⁵: its GLLP bound ' +
          'counts every possible two-photon pulse (g2·μ²/2, 47 % of the clicks at this μ) ' +
          'as detected and known to Eve, and a brighter μ only adds to that share',
      ),
      detectorEfficiency: est('not read from the paper; 80 % for SNSPDs'),
      darkCountRateHz: est(
        'not read from the paper; 20 Hz with a 0.5 ns window, so dark counts add ~0.1 % to the published 0.65 % QBER',
      ),
      detectionWindowS: est('not read from the paper; 0.5 ns'),
      interferometerVisibility: est(
        'polarisation contrast after QBER-driven compensation; 99 %, so the X error (0.5 %) is near the Z error',
      ),
      intrinsicErrorZ: est(
        'not read from the paper; 0.6 % polarisation error, so that the modelled QBER is near the published 0.65 %',
      ),
      receiverLossDb: est('not read from the paper; 1 dB'),
      blockSizeBits: est('not published; 10^6-bit blocks'),
      phaseDriftRadPerSqrtHour: est(
        'not published; deployed fiber rotates the polarisation faster than a lab spool: ' +
          '1 rad/√h on the Poincaré sphere',
      ),
      stabilisationIntervalS: est('QBER-driven polarisation compensation was used; its loop is not published. 20 s'),
      stabilisationGain: est('not published; 0.7'),
    },
    publishedResults: {
      keyPerPulse: result(
        4.8e-5,
        'bit/pulse',
        "228 MHz, 25.49 dB deployed link, the paper's own (asymptotic) analysis",
        YANG_2024,
      ),
      qber: result(0.0065, '', '228 MHz, 25.49 dB deployed link, average', YANG_2024),
      maxTolerableLossDb: result(28.11, 'dB', 'asymptotic maximum tolerable loss, 228 MHz', YANG_2024),
      channelLossDb: result(25.49, 'dB', 'Hannover–Braunschweig, 79 km deployed fiber', YANG_2024),
    },
  },
  'gys-textbook': {
    id: 'gys-textbook',
    title: 'Textbook laser link (GYS)',
    summary:
      'The weak-coherent-pulse link used by the decoy-state papers to compare ' +
      'protocols: 0.21 dB/km, 4.5 % detection, 3.3 % optical error.',
    citation:
      'Gobby, Yuan & Shields, Appl. Phys. Lett. 84, 3762 (2004); used by Ma, Qi, Zhao & Lo, PRA 72, 012326 (2005).',
    values: {
      source: 'wcp',
      repetitionRateHz: 2e6,
      meanPhotonNumber: 0.48,
      g2Zero: 1,
      decoy: 'none',
      decoyMeanPhotonNumber: 0.1,
      encoding: 'polarisation',
      basisBiasZ: 0.5,
      interferometerVisibility: 1 - 2 * 0.033,
      intrinsicErrorZ: 0.033,
      fiberLengthKm: 50,
      fiberLossDbPerKm: 0.21,
      receiverLossDb: 0,
      detectorEfficiency: 0.045,
      darkCountRateHz: 850,
      detectionWindowS: 1e-9,
      deadTimeS: 0,
      afterpulseProbability: 0,
      eve: 'none',
    },
    provenance: {
      fiberLossDbPerKm: pub('α = 0.21 dB/km'),
      intrinsicErrorZ: pub('e_det = 3.3 %'),
      interferometerVisibility: pub('e_det = 3.3 % in both bases, so V = 1 − 2·0.033'),
      detectorEfficiency: pub('η_Bob = 4.5 % (detector and receiver together)'),
      darkCountRateHz: pub('Y0 = 1.7×10⁻⁶ per pulse for the two detectors: 850 Hz × 1 ns per detector'),
      repetitionRateHz: pub('2 MHz'),
      meanPhotonNumber: est('0.48, near the optimum of the decoy-state papers at moderate distance'),
      decoyMeanPhotonNumber: est('ν = 0.1, a common weak-decoy choice'),
    },
    publishedResults: {
      maxDistanceDecoyInfiniteKm: result(
        142,
        'km',
        'vacuum + weak decoy, infinitely many pulses, f = 1.22',
        'Ma, Qi, Zhao & Lo, PRA 72, 012326 (2005)',
      ),
    },
  },
  'ideal-classroom': {
    id: 'ideal-classroom',
    title: 'Classroom link',
    summary:
      'A short, clean link where every effect shows within seconds: bright single ' +
      'photons, 5 km of fiber, good detectors.',
    citation: 'An idealised teaching link; no publication.',
    values: {
      source: 'qd',
      repetitionRateHz: 1e6,
      meanPhotonNumber: 0.6,
      g2Zero: 0.01,
      decoy: 'none',
      encoding: 'polarisation',
      basisBiasZ: 0.5,
      interferometerVisibility: 0.99,
      intrinsicErrorZ: 0.005,
      fiberLengthKm: 5,
      fiberLossDbPerKm: 0.2,
      receiverLossDb: 0.5,
      detectorEfficiency: 0.9,
      darkCountRateHz: 10,
      detectionWindowS: 1e-9,
      deadTimeS: 0,
      afterpulseProbability: 0,
      blockSizeBits: 1e5,
      eve: 'none',
    },
    provenance: {},
    publishedResults: {},
  },
};

/**
 * The app's first link: the 120 km experiment's hardware (every value as published or estimated there) across a
 * city, 25 km, with 10^5-bit blocks, so a visitor sees a real finite-key block distilled within seconds.
 */
const timeBin = PRESET_LIST['qd-timebin-120km'];
const metroQd: Preset = {
  id: 'metro-qd',
  title: 'Quantum dot across a city, 25 km',
  summary:
    'The quantum-dot hardware of the 120 km experiment on a 25 km city link, with ' +
    'blocks small enough to make a secret key within seconds.',
  citation: `Hardware as in: ${timeBin.citation} The distance and block size are a teaching choice.`,
  values: { ...timeBin.values, fiberLengthKm: 25, blockSizeBits: 1e5 },
  provenance: {
    ...timeBin.provenance,
    fiberLengthKm: est('a teaching choice: a city-sized link, so that a key appears within seconds'),
    blockSizeBits: est('a teaching choice: 10^5-bit blocks fill in about a second of simulated time at 25 km'),
  },
  publishedResults: {},
};

/** The same intercity link at the 76 MHz clock, where the source's g2(0) is 0.108 (published per clock rate). */
const intercity = PRESET_LIST['qd-intercity-2024'];
const intercity76: Preset = {
  id: 'qd-intercity-2024-76mhz',
  title: 'Quantum dot, polarisation, intercity 79 km (76 MHz)',
  summary:
    'The intercity Hannover–Braunschweig link at the 76 MHz clock, where the quantum ' +
    "dot's multi-photon share is about twice that at 228 MHz.",
  citation: intercity.citation,
  values: { ...intercity.values, repetitionRateHz: 76e6, g2Zero: 0.108, meanPhotonNumber: 0.02 },
  provenance: {
    ...intercity.provenance,
    repetitionRateHz: pub("76 MHz excitation (the paper's lowest clock)"),
    g2Zero: pub('g2(0) = 0.108 at 76 MHz'),
    meanPhotonNumber: est(
      "not read from the paper; 0.02 photons per pulse, near the model's best μ for " +
        'g2(0) = 0.108 (twice the 228 MHz multi-photon share)',
    ),
  },
  publishedResults: {
    channelLossDb: result(25.49, 'dB', 'Hannover–Braunschweig, 79 km deployed fiber', YANG_2024),
  },
};

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  'metro-qd': metroQd,
  ...PRESET_LIST,
  'qd-intercity-2024-76mhz': intercity76,
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export function isPresetId(s: string): s is PresetId {
  return Object.prototype.hasOwnProperty.call(PRESETS, s);
}

/** Registry defaults with the preset's values applied. */
export function presetParams(id: PresetId): LinkParams {
  return { ...defaultParams(), ...PRESETS[id].values };
}
