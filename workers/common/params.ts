// The one parameter registry of QKD Lab: every tunable quantity of the link, the protocol and the
// key pipeline, with unit, range, step, scale and default. Sliders, URL parsing, CLI flags, workers
// and tests all read it; validateParams() is the single gate that turns untrusted input into LinkParams.

import { parseDecimal } from './decimal';
import { echo } from './echo';
import { qdPhotonNumbers } from './photonStats';

export type ParamGroup = 'emitter' | 'encoding' | 'fiber' | 'detectors' | 'eve' | 'distillation' | 'stability';

export interface NumberParamSpec {
  kind: 'number';
  id: NumericParamId;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
  scale: 'linear' | 'log';
  group: ParamGroup;
  /** Show as a percentage in the UI (the value stays a plain number in [0, 1]). */
  percent?: boolean;
  integer?: boolean;
  description: string;
  /** Other names accepted from the CLI and URLs (e.g. distanceKm for fiberLengthKm). */
  aliases?: string[];
}

export interface ChoiceParamSpec<V extends string = string> {
  kind: 'choice';
  id: ChoiceParamId;
  label: string;
  options: readonly { value: V; label: string }[];
  default: V;
  group: ParamGroup;
  description: string;
  aliases?: string[];
}

export type SourceKind = 'qd' | 'wcp';
export type DecoyScheme = 'none' | 'vacuum-weak';
export type Encoding = 'time-bin' | 'time-bin-3state' | 'polarisation';
export type EveAttack = 'none' | 'intercept-resend' | 'pns' | 'beam-splitting' | 'phase-covariant-cloning';
export type EveBasisChoice = 'random' | 'fixed-z' | 'fixed-x';
export type CascadeVariant = 'original' | 'optimised';
export type OnOff = 'off' | 'on';
export type ClassicalChannel = 'off' | 'co-propagating' | 'counter-propagating';

export interface LinkParams {
  source: SourceKind;
  repetitionRateHz: number;
  meanPhotonNumber: number;
  g2Zero: number;
  decoy: DecoyScheme;
  decoyMeanPhotonNumber: number;
  signalProbability: number;
  decoyProbability: number;
  encoding: Encoding;
  basisBiasZ: number;
  interferometerVisibility: number;
  intrinsicErrorZ: number;
  fiberLengthKm: number;
  fiberLossDbPerKm: number;
  receiverLossDb: number;
  detectorEfficiency: number;
  darkCountRateHz: number;
  detectionWindowS: number;
  deadTimeS: number;
  afterpulseProbability: number;
  eve: EveAttack;
  interceptFraction: number;
  cloningDisturbance: number;
  eveBasisChoice: EveBasisChoice;
  evePositionKm: number;
  blockSizeBits: number;
  cascadeVariant: CascadeVariant;
  epsilonSec: number;
  epsilonCor: number;
  drift: OnOff;
  phaseDriftRadPerSqrtHour: number;
  driftPeriodicAmplitudeRad: number;
  driftPeriodS: number;
  brightnessWanderPerSqrtHour: number;
  efficiencyWanderPerSqrtHour: number;
  stabilisation: OnOff;
  stabilisationIntervalS: number;
  stabilisationGain: number;
  stabilisationDitherRad: number;
  classicalChannel: ClassicalChannel;
  classicalLaunchPowerDbm: number;
  classicalWavelengthNm: number;
  classicalLossDbPerKm: number;
  ramanCoefficientPerKmNm: number;
  filterBandwidthNm: number;
  filterIsolationDb: number;
}

export type NumericParamId = { [K in keyof LinkParams]: LinkParams[K] extends number ? K : never }[keyof LinkParams];
export type ChoiceParamId = Exclude<keyof LinkParams, NumericParamId>;
export type ParamId = keyof LinkParams;
export type ParamSpec = NumberParamSpec | ChoiceParamSpec;

const num = (s: Omit<NumberParamSpec, 'kind'>): NumberParamSpec => ({ kind: 'number', ...s });
const choice = <V extends string>(s: Omit<ChoiceParamSpec<V>, 'kind'>): ChoiceParamSpec<V> => ({
  kind: 'choice',
  ...s,
});

/** Every parameter, in the order the control panel shows them. Defaults = the 120 km quantum-dot link. */
export const PARAMS: readonly ParamSpec[] = [
  choice<SourceKind>({
    id: 'source',
    label: 'Source',
    group: 'emitter',
    default: 'qd',
    options: [
      { value: 'qd', label: 'Quantum dot' },
      { value: 'wcp', label: 'Attenuated laser' },
    ],
    description: 'Quantum-dot single-photon source, or weak coherent (Poissonian) laser pulses.',
  }),
  num({
    id: 'repetitionRateHz',
    label: 'Clock rate',
    unit: 'Hz',
    min: 1e3,
    max: 1e10,
    step: 1e3,
    default: 75.947e6,
    scale: 'log',
    group: 'emitter',
    description: 'Pulses per second sent by Alice.',
  }),
  num({
    id: 'meanPhotonNumber',
    label: 'Mean photon number',
    unit: 'photons/pulse',
    min: 1e-5,
    max: 2,
    step: 1e-5,
    default: 1.35e-3,
    scale: 'log',
    group: 'emitter',
    description: "μ: mean photons per pulse at Alice's output, after every loss inside Alice.",
  }),
  num({
    id: 'g2Zero',
    label: 'g2(0)',
    unit: '',
    min: 0,
    max: 1,
    step: 0.0005,
    default: 0.0085,
    scale: 'linear',
    group: 'emitter',
    description: 'Second-order correlation at zero delay: 0 for a perfect single-photon source, 1 for a laser.',
  }),
  choice<DecoyScheme>({
    id: 'decoy',
    label: 'Decoy states',
    group: 'emitter',
    default: 'none',
    options: [
      { value: 'none', label: 'None' },
      { value: 'vacuum-weak', label: 'Vacuum + weak decoy' },
    ],
    description:
      'Laser only: mix in weaker (decoy) and empty pulses so that photon-number splitting shows up in the statistics.',
  }),
  num({
    id: 'decoyMeanPhotonNumber',
    label: 'Decoy mean photon number',
    unit: 'photons/pulse',
    min: 1e-4,
    max: 1,
    step: 1e-4,
    default: 0.1,
    scale: 'log',
    group: 'emitter',
    description: 'ν: mean photon number of the weak decoy pulses (must be below μ).',
  }),
  num({
    id: 'signalProbability',
    label: 'Signal probability',
    unit: '',
    min: 0.01,
    max: 1,
    step: 0.01,
    default: 0.3,
    scale: 'linear',
    group: 'emitter',
    percent: true,
    description:
      'Share of pulses sent at the signal intensity μ when decoys are on. Small blocks ' +
      'need many decoy and vacuum pulses for the finite-key decoy bounds (30/35/35 % ' +
      'keys 10^5-bit blocks on the textbook link at 50 km).',
  }),
  num({
    id: 'decoyProbability',
    label: 'Decoy probability',
    unit: '',
    min: 0,
    max: 0.99,
    step: 0.01,
    default: 0.35,
    scale: 'linear',
    group: 'emitter',
    percent: true,
    description: 'Share of pulses sent at the decoy intensity ν; the rest are vacuum.',
  }),
  choice<Encoding>({
    id: 'encoding',
    label: 'Encoding',
    group: 'encoding',
    default: 'time-bin-3state',
    options: [
      { value: 'time-bin', label: 'Time-bin BB84 (4 states)' },
      { value: 'time-bin-3state', label: 'Time-bin, 3 states' },
      { value: 'polarisation', label: 'Polarisation BB84' },
    ],
    description: 'How the bit is written on the photon: arrival time and phase, or polarisation.',
  }),
  num({
    id: 'basisBiasZ',
    label: 'Z-basis probability',
    unit: '',
    min: 0.05,
    max: 0.95,
    step: 0.01,
    default: 0.5,
    scale: 'linear',
    group: 'encoding',
    percent: true,
    description: 'Probability that Alice (and Bob) use the Z basis; above 1/2 is efficient BB84.',
  }),
  num({
    id: 'interferometerVisibility',
    label: 'Visibility',
    unit: '',
    min: 0.5,
    max: 1,
    step: 0.001,
    default: 0.989,
    scale: 'linear',
    group: 'encoding',
    percent: true,
    description: 'Interference visibility V of the X-basis measurement; its intrinsic error is (1 − V)/2.',
  }),
  num({
    id: 'intrinsicErrorZ',
    label: 'Z-basis intrinsic error',
    unit: '',
    min: 0,
    max: 0.5,
    step: 0.001,
    default: 0.02,
    scale: 'linear',
    group: 'encoding',
    percent: true,
    description: 'Error in the Z basis from time-bin overlap and timing jitter (or polariser extinction).',
  }),
  num({
    id: 'fiberLengthKm',
    label: 'Fiber length',
    unit: 'km',
    min: 0,
    max: 400,
    step: 1,
    default: 120,
    scale: 'linear',
    group: 'fiber',
    aliases: ['distanceKm'],
    description: 'Length of the fiber between Alice and Bob.',
  }),
  num({
    id: 'fiberLossDbPerKm',
    label: 'Fiber loss',
    unit: 'dB/km',
    min: 0,
    max: 2,
    step: 0.001,
    default: 0.1956,
    scale: 'linear',
    group: 'fiber',
    description: 'Attenuation α of the fiber (0.2 dB/km is typical in the telecom C band).',
  }),
  num({
    id: 'receiverLossDb',
    label: 'Receiver loss',
    unit: 'dB',
    min: 0,
    max: 30,
    step: 0.1,
    default: 1.0,
    scale: 'linear',
    group: 'detectors',
    description: "Insertion loss of Bob's optics before the detectors.",
  }),
  num({
    id: 'detectorEfficiency',
    label: 'Detector efficiency',
    unit: '',
    min: 0.001,
    max: 1,
    step: 0.001,
    default: 0.74,
    scale: 'linear',
    group: 'detectors',
    percent: true,
    description: 'Probability that a photon reaching a detector makes it click.',
  }),
  num({
    id: 'darkCountRateHz',
    label: 'Dark count rate',
    unit: 'Hz',
    min: 0,
    max: 1e6,
    step: 1,
    default: 100,
    scale: 'log',
    group: 'detectors',
    description: 'Clicks per second per detector with no light.',
  }),
  num({
    id: 'detectionWindowS',
    label: 'Detection window',
    unit: 's',
    min: 1e-11,
    max: 1e-6,
    step: 1e-11,
    default: 2e-9,
    scale: 'log',
    group: 'detectors',
    description: 'Time window per pulse in which a click is accepted; dark counts per pulse = rate × window length.',
  }),
  num({
    id: 'deadTimeS',
    label: 'Dead time',
    unit: 's',
    min: 0,
    max: 1e-4,
    step: 1e-9,
    default: 2e-8,
    scale: 'linear',
    group: 'detectors',
    description: 'After a click a detector is blind for this long.',
  }),
  num({
    id: 'afterpulseProbability',
    label: 'Afterpulse probability',
    unit: '',
    min: 0,
    max: 0.5,
    step: 0.001,
    default: 0,
    scale: 'linear',
    group: 'detectors',
    percent: true,
    description: 'Probability that a click is followed by a spurious click once the dead time ends.',
  }),
  choice<EveAttack>({
    id: 'eve',
    label: 'Eavesdropper',
    group: 'eve',
    default: 'none',
    options: [
      { value: 'none', label: 'None' },
      { value: 'intercept-resend', label: 'Intercept-resend' },
      { value: 'pns', label: 'Photon-number splitting' },
      { value: 'beam-splitting', label: 'Beam splitting' },
      { value: 'phase-covariant-cloning', label: 'Phase-covariant cloning' },
    ],
    description: 'The attack Eve mounts on the fiber.',
  }),
  num({
    id: 'interceptFraction',
    label: 'Intercept fraction',
    unit: '',
    min: 0,
    max: 1,
    step: 0.01,
    default: 1,
    scale: 'linear',
    group: 'eve',
    percent: true,
    description: 'Share of pulses Eve attacks (intercept-resend, phase-covariant cloning).',
  }),
  num({
    id: 'cloningDisturbance',
    label: 'Cloning disturbance',
    unit: '',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0.1,
    scale: 'linear',
    group: 'eve',
    percent: true,
    description:
      "D: the error rate Eve's cloner causes on the photons she attacks, in both bases; " +
      'her guess of each bit is right with probability ½ + √(D(1 − D)) (phase-covariant cloning).',
  }),
  choice<EveBasisChoice>({
    id: 'eveBasisChoice',
    label: "Eve's basis",
    group: 'eve',
    default: 'random',
    options: [
      { value: 'random', label: 'Random' },
      { value: 'fixed-z', label: 'Always Z' },
      { value: 'fixed-x', label: 'Always X' },
    ],
    description: 'How Eve picks her measurement basis in intercept-resend.',
  }),
  num({
    id: 'evePositionKm',
    label: "Eve's position",
    unit: 'km',
    min: 0,
    max: 400,
    step: 1,
    default: 0,
    scale: 'linear',
    group: 'eve',
    description:
      'Distance from Alice at which Eve taps the fiber (intercept-resend, cloning); at most the fiber length.',
  }),
  num({
    id: 'blockSizeBits',
    label: 'Block size',
    unit: 'bits',
    min: 1000,
    max: 1e7,
    step: 1000,
    default: 2e6,
    scale: 'log',
    group: 'distillation',
    integer: true,
    description: 'Sifted key bits distilled together; larger blocks lose less to finite-size statistics.',
  }),
  choice<CascadeVariant>({
    id: 'cascadeVariant',
    label: 'Cascade variant',
    group: 'distillation',
    default: 'optimised',
    options: [
      { value: 'original', label: 'Original (4 passes)' },
      { value: 'optimised', label: 'Optimised (Martinez-Mateo 2015)' },
    ],
    description: 'Error-correction schedule: the 1994 original or an improved block-size schedule.',
  }),
  num({
    id: 'epsilonSec',
    label: 'Secrecy parameter',
    unit: '',
    min: 1e-20,
    max: 1e-3,
    step: 1e-20,
    default: 1e-10,
    scale: 'log',
    group: 'distillation',
    description: 'ε_sec: how far the final key may be from perfectly secret.',
  }),
  num({
    id: 'epsilonCor',
    label: 'Correctness parameter',
    unit: '',
    min: 1e-20,
    max: 1e-3,
    step: 1e-20,
    default: 1e-15,
    scale: 'log',
    group: 'distillation',
    description: "ε_cor: probability that Alice's and Bob's final keys differ unnoticed.",
  }),
  // Drift and active stabilisation (docs/model.md and docs/implementation-notes.md, drift). Used by long runs
  // (createDriftedRun, sim --drift on).
  choice<OnOff>({
    id: 'drift',
    label: 'Drift',
    group: 'stability',
    default: 'off',
    options: [
      { value: 'off', label: 'Off' },
      { value: 'on', label: 'On' },
    ],
    description:
      'Let the interferometer phase (time-bin) or the fiber polarisation (polarisation ' +
      'encoding), the source brightness and the detector efficiency wander slowly in ' +
      'simulated time.',
  }),
  num({
    id: 'phaseDriftRadPerSqrtHour',
    label: 'Phase drift',
    unit: 'rad/√h',
    min: 0,
    max: 20,
    step: 0.01,
    default: 0.05,
    scale: 'linear',
    group: 'stability',
    description:
      'Strength σ of the random walk of the phase (time-bin) or polarisation rotation ' +
      'angle on the Poincaré sphere: after t hours its spread is σ·√t.',
  }),
  num({
    id: 'driftPeriodicAmplitudeRad',
    label: 'Periodic drift amplitude',
    unit: 'rad',
    min: 0,
    max: 3.14,
    step: 0.01,
    default: 0.4,
    scale: 'linear',
    group: 'stability',
    description: 'Amplitude of a temperature-like periodic part added to the phase or angle drift.',
  }),
  num({
    id: 'driftPeriodS',
    label: 'Periodic drift period',
    unit: 's',
    min: 60,
    max: 86400,
    step: 60,
    default: 86400,
    scale: 'linear',
    group: 'stability',
    description: 'Period of the periodic part of the drift (e.g. an air-conditioning cycle).',
  }),
  num({
    id: 'brightnessWanderPerSqrtHour',
    label: 'Brightness wander',
    unit: '1/√h',
    min: 0,
    max: 1,
    step: 0.001,
    default: 0.005,
    scale: 'linear',
    group: 'stability',
    percent: true,
    description:
      'Relative random walk of the source brightness μ (log-normal): spread of ln(μ/μ0) ' +
      'after t hours is this times √t.',
  }),
  num({
    id: 'efficiencyWanderPerSqrtHour',
    label: 'Efficiency wander',
    unit: '1/√h',
    min: 0,
    max: 1,
    step: 0.001,
    default: 0.002,
    scale: 'linear',
    group: 'stability',
    percent: true,
    description: 'Relative random walk of the detector efficiency η (log-normal, capped at 1).',
  }),
  choice<OnOff>({
    id: 'stabilisation',
    label: 'Active stabilisation',
    group: 'stability',
    default: 'on',
    aliases: ['stabilise', 'stabilize', 'stabilization'],
    options: [
      { value: 'off', label: 'Off' },
      { value: 'on', label: 'On' },
    ],
    description:
      'A feedback loop that estimates the phase or rotation error from the disclosed X-basis bits and corrects it.',
  }),
  num({
    id: 'stabilisationIntervalS',
    label: 'Stabilisation interval',
    unit: 's',
    min: 2,
    max: 3600,
    step: 1,
    default: 600,
    scale: 'linear',
    group: 'stability',
    integer: true,
    description: 'Simulated seconds per correction; each half of the interval is measured with the opposite dither.',
  }),
  num({
    id: 'stabilisationGain',
    label: 'Stabilisation gain',
    unit: '',
    min: 0.01,
    max: 1,
    step: 0.01,
    default: 0.5,
    scale: 'linear',
    group: 'stability',
    description: 'Fraction of the estimated phase or angle error corrected per interval (1 = the whole estimate).',
  }),
  num({
    id: 'stabilisationDitherRad',
    label: 'Stabilisation dither',
    unit: 'rad',
    min: 0.01,
    max: 1,
    step: 0.01,
    default: 0.06,
    scale: 'linear',
    group: 'stability',
    description:
      'Dither ±δ applied in the two halves of each interval so that the sign of the ' +
      'error can be measured; costs about V·δ²/4 of X-basis QBER.',
  }),
  // Classical data in the same fiber (workers/photon/raman.ts). Off by default: every result stays as without it.
  choice<ClassicalChannel>({
    id: 'classicalChannel',
    label: 'Classical data in the fiber',
    group: 'fiber',
    default: 'off',
    options: [
      { value: 'off', label: 'None' },
      { value: 'co-propagating', label: 'Same direction' },
      { value: 'counter-propagating', label: 'Opposite direction' },
    ],
    description:
      'A classical data channel sharing the fiber: its spontaneous Raman scattering ' +
      '(forward if it runs with the photons, backward if against them) and light ' +
      'leaking through the filter add noise clicks.',
  }),
  num({
    id: 'classicalLaunchPowerDbm',
    label: 'Classical launch power',
    unit: 'dBm',
    min: -100,
    max: 20,
    step: 0.1,
    default: 0,
    scale: 'linear',
    group: 'fiber',
    description: 'Optical power of the classical channel where it enters the fiber.',
  }),
  num({
    id: 'classicalWavelengthNm',
    label: 'Classical wavelength',
    unit: 'nm',
    min: 1260,
    max: 1625,
    step: 0.01,
    default: 1530,
    scale: 'linear',
    group: 'fiber',
    description:
      'Wavelength of the classical channel (the quantum channel is at 1550 nm); sets ' +
      'the energy of its leaking photons.',
  }),
  num({
    id: 'classicalLossDbPerKm',
    label: 'Classical fiber loss',
    unit: 'dB/km',
    min: 0,
    max: 2,
    step: 0.001,
    default: 0.2,
    scale: 'linear',
    group: 'fiber',
    description:
      'Fiber attenuation at the classical wavelength (about 0.33 dB/km at 1310 nm, 0.2 dB/km in the C-band).',
  }),
  num({
    id: 'ramanCoefficientPerKmNm',
    label: 'Raman coefficient',
    unit: '1/(km·nm)',
    min: 1e-12,
    max: 1e-7,
    step: 1e-12,
    default: 3e-9,
    scale: 'log',
    group: 'fiber',
    description:
      'ρ(Δλ): Raman-scattered power per km and per nm of filter bandwidth at the ' +
      'quantum wavelength, per watt of classical power, for this pair of wavelengths ' +
      '(estimated default: a C-band neighbour a few nm away).',
  }),
  num({
    id: 'filterBandwidthNm',
    label: 'Filter bandwidth',
    unit: 'nm',
    min: 0.001,
    max: 20,
    step: 0.001,
    default: 0.8,
    scale: 'log',
    group: 'fiber',
    description:
      "Width of Bob's filter on the quantum channel (0.8 nm: a 100 GHz DWDM channel); Raman noise grows with it.",
  }),
  num({
    id: 'filterIsolationDb',
    label: 'Filter isolation',
    unit: 'dB',
    min: 0,
    max: 200,
    step: 1,
    default: 100,
    scale: 'linear',
    group: 'fiber',
    description:
      'How strongly the filters reject the classical wavelength; what they let through reaches the detectors as noise.',
  }),
];

export const PARAM_BY_ID: Readonly<Record<ParamId, ParamSpec>> = Object.fromEntries(
  PARAMS.map((p) => [p.id, p]),
) as Record<ParamId, ParamSpec>;

/** The attacks of the "Eavesdropper" select in its order: the CLI's --eve, Be Eve and the tests read them here. */
export const EVE_ATTACKS: readonly EveAttack[] = (PARAM_BY_ID.eve as ChoiceParamSpec<EveAttack>).options.map(
  (o) => o.value,
);

export function defaultParams(): LinkParams {
  return Object.fromEntries(PARAMS.map((p) => [p.id, p.default])) as unknown as LinkParams;
}

/** kebab-case flag name of a registry id: fiberLengthKm → fiber-length-km. */
export function toKebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The registry id for a name given by a person: the id itself, its kebab form, or an alias. */
export function resolveParamName(name: string): ParamId | undefined {
  for (const p of PARAMS) {
    if (p.id === name || toKebab(p.id) === name) return p.id;
    if (p.aliases?.some((a) => a === name || toKebab(a) === name)) return p.id;
  }
  return undefined;
}

/**
 * What is wrong with a value or a combination of values: a code with its parameter and numbers, free of language.
 * The page words it in its language (src/i18n/text/notices.ts), the CLIs in English (cli/paramWords.ts); a
 * value-level issue names a registry parameter, so its range comes from the registry when it is worded.
 */
export type ParamIssue =
  /** `param` is the name as given (escaped and bounded by echo()), not a registry id. */
  | { code: 'unknown-parameter'; param: string }
  /** `raw` is the value as given, escaped and bounded by echo(). */
  | { code: 'not-an-option'; param: ParamId; raw: string }
  | { code: 'not-a-number'; param: ParamId; raw: string }
  | { code: 'not-finite'; param: ParamId; value: number }
  | { code: 'out-of-range'; param: ParamId; value: number; min: number; max: number }
  | { code: 'not-whole'; param: ParamId; value: number }
  | { code: 'qd-photon-distribution'; param: 'meanPhotonNumber'; meanPhotonNumber: number; g2Zero: number }
  | { code: 'decoy-probabilities'; param: 'decoyProbability'; decoyProbability: number; signalProbability: number }
  | {
      code: 'decoy-not-below-signal';
      param: 'decoyMeanPhotonNumber';
      decoyMeanPhotonNumber: number;
      meanPhotonNumber: number;
    }
  | { code: 'eve-beyond-fiber'; param: 'evePositionKm'; evePositionKm: number; fiberLengthKm: number }
  | { code: 'dark-clicks-per-pulse'; param: 'darkCountRateHz'; darkClicksPerPulse: number }
  | {
      code: 'window-longer-than-period';
      param: 'detectionWindowS';
      detectionWindowS: number;
      repetitionRateHz: number;
    };

export type ParamIssueCode = ParamIssue['code'];
/** An issue with one value, worded with its parameter's label and allowed range. */
export type ValueIssue = Extract<ParamIssue, { code: (typeof VALUE_ISSUE_CODES)[number] }>;
/** An issue between parameters (crossCheck), worded as a sentence of its own. */
export type ClashIssue = Exclude<ParamIssue, ValueIssue | { code: 'unknown-parameter' }>;

export const VALUE_ISSUE_CODES = ['not-an-option', 'not-a-number', 'not-finite', 'out-of-range', 'not-whole'] as const;

export function isValueIssue(issue: ParamIssue): issue is ValueIssue {
  return (VALUE_ISSUE_CODES as readonly string[]).includes(issue.code);
}

/** Parse one value given as text (URL, CLI) or number; returns the value or an issue naming the parameter. */
export function parseParamValue(id: ParamId, raw: unknown): { value: LinkParams[ParamId] } | { error: ValueIssue } {
  const spec = PARAM_BY_ID[id];
  if (spec.kind === 'choice') {
    const s = typeof raw === 'string' ? raw.trim() : String(raw);
    const opt = spec.options.find((o) => o.value === s);
    // Untrusted text is kept only through echo(): escaped and bounded (workers/common/echo.ts).
    return opt
      ? { value: opt.value as LinkParams[ParamId] }
      : { error: { code: 'not-an-option', param: id, raw: echo(s) } };
  }
  const v = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseDecimal(raw) : undefined;
  if (v === undefined) return { error: { code: 'not-a-number', param: id, raw: echo(raw) } };
  if (!Number.isFinite(v)) return { error: { code: 'not-finite', param: id, value: v } };
  if (v < spec.min || v > spec.max)
    return { error: { code: 'out-of-range', param: id, value: v, min: spec.min, max: spec.max } };
  if (spec.integer && !Number.isInteger(v)) return { error: { code: 'not-whole', param: id, value: v } };
  return { value: v as LinkParams[ParamId] };
}

/** Relations between parameters that single ranges cannot express. */
export function crossCheck(p: LinkParams): ClashIssue[] {
  const issues: ClashIssue[] = [];
  if (p.source === 'qd') {
    const { p1, p2 } = qdPhotonNumbers(p.meanPhotonNumber, p.g2Zero);
    if (p1 < 0 || p1 + p2 > 1) {
      const { meanPhotonNumber, g2Zero } = p;
      issues.push({ code: 'qd-photon-distribution', param: 'meanPhotonNumber', meanPhotonNumber, g2Zero });
    }
  }
  if (p.source === 'wcp' && p.decoy === 'vacuum-weak') {
    if (p.signalProbability + p.decoyProbability > 1 + 1e-12) {
      const { decoyProbability, signalProbability } = p;
      issues.push({ code: 'decoy-probabilities', param: 'decoyProbability', decoyProbability, signalProbability });
    }
    if (!(p.decoyMeanPhotonNumber < p.meanPhotonNumber)) {
      const { decoyMeanPhotonNumber, meanPhotonNumber } = p;
      issues.push({
        code: 'decoy-not-below-signal',
        param: 'decoyMeanPhotonNumber',
        decoyMeanPhotonNumber,
        meanPhotonNumber,
      });
    }
  }
  if (p.evePositionKm > p.fiberLengthKm) {
    const { evePositionKm, fiberLengthKm } = p;
    issues.push({ code: 'eve-beyond-fiber', param: 'evePositionKm', evePositionKm, fiberLengthKm });
  }
  const darkClicksPerPulse = p.darkCountRateHz * p.detectionWindowS;
  if (darkClicksPerPulse > 0.5) {
    issues.push({ code: 'dark-clicks-per-pulse', param: 'darkCountRateHz', darkClicksPerPulse });
  }
  if (p.detectionWindowS * p.repetitionRateHz > 1 + 1e-9) {
    const { detectionWindowS, repetitionRateHz } = p;
    issues.push({ code: 'window-longer-than-period', param: 'detectionWindowS', detectionWindowS, repetitionRateHz });
  }
  return issues;
}

/** Whether two issues are the same finding (same code, parameter and numbers): compared as data, never as text. */
export function sameIssue(a: ParamIssue, b: ParamIssue): boolean {
  const ka = Object.keys(a) as (keyof ParamIssue)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

export interface ValidationResult {
  params: LinkParams;
  issues: ParamIssue[];
}

/**
 * Validate untrusted input (URL, CLI, file, worker message) over a base set of parameters.
 * Unknown names, malformed and out-of-range values are reported and the base value kept;
 * the returned params are always a complete, valid LinkParams when issues is empty.
 */
export function validateParams(input: Record<string, unknown>, base: LinkParams = defaultParams()): ValidationResult {
  const params: LinkParams = { ...base };
  const issues: ParamIssue[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const id = resolveParamName(name);
    if (!id) {
      issues.push({ code: 'unknown-parameter', param: echo(name) });
      continue;
    }
    const r = parseParamValue(id, raw);
    if ('error' in r) issues.push(r.error);
    else (params as unknown as Record<string, unknown>)[id] = r.value;
  }
  if (issues.length === 0) issues.push(...crossCheck(params));
  return { params, issues };
}

/**
 * Issues as a terse line of codes for logs and technical details ("fiberLengthKm out-of-range"), never a sentence
 * for a person: those come from the language layer.
 */
export function issueCodeLine(issues: readonly ParamIssue[]): string {
  return issues.map((i) => `${i.param} ${i.code}`).join(', ');
}

/** A link that failed validation inside a core: the issues as data; the message is a terse code line for logs. */
export class InvalidParamsError extends RangeError {
  constructor(readonly issues: readonly ParamIssue[]) {
    super(`invalid link parameters: ${issueCodeLine(issues)}`);
    this.name = 'InvalidParamsError';
  }
}

/** Throwing form for workers and cores: refuse to simulate an invalid link. */
export function assertValidParams(p: LinkParams): LinkParams {
  const { params, issues } = validateParams(p as unknown as Record<string, unknown>, defaultParams());
  if (issues.length) throw new InvalidParamsError(issues);
  return params;
}
