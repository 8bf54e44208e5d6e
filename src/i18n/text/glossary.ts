// Plain-word explanations of the terms a visitor meets (QBER, g2(0), sifted key, seed…), one tap away
// beside the term and listed together in the help dialog. English and German side by side.
import { defineText } from '../defineText';

/** The explained terms, in the order the help dialog lists them. */
export const GLOSSARY_TERMS = [
  'qber',
  'sifted',
  'secretKey',
  'eveKnowledge',
  'quantumDot',
  'laser',
  'g2',
  'cryostat',
  'interferometer',
  'block',
  'seed',
  'preset',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export const glossaryText = defineText({
  en: {
    /** The button beside a term: "What is QBER?". */
    whatIs: (term: string) => `What is ${term}?`,
    /** The preset's button: its name must not contain "reset" (outside tests find the Reset button by substring). */
    whatIsPreset: 'What are the ready-made links?',
    close: 'Close',
    heading: 'Words used here',
    terms: {
      qber: 'QBER',
      sifted: 'sifted key',
      secretKey: 'secret key',
      eveKnowledge: 'Eve’s knowledge',
      quantumDot: 'quantum dot',
      laser: 'attenuated laser',
      g2: 'g2(0)',
      cryostat: 'cryostat',
      interferometer: 'interferometer',
      block: 'block',
      seed: 'seed',
      preset: 'preset',
    } satisfies Record<GlossaryTerm, string>,
    texts: {
      qber:
        'Quantum bit error rate: the share of the kept bits where Bob’s bit differs from ' +
        'Alice’s. Noise causes a few percent; a spy who measures the photons pushes it up ' +
        '(to 25 % if she measures every one).',
      sifted:
        'The bits Alice and Bob keep after comparing, in public, how each photon was ' +
        'prepared and measured: only photons measured the way they were sent are kept, ' +
        'about half.',
      secretKey:
        'What is left after errors are corrected and everything a spy could know is ' +
        'squeezed out. Its rate is the number of secret bits per second.',
      eveKnowledge:
        'The share of the key bits whose value the eavesdropper learned exactly. Only the ' +
        'simulator can see this; Alice and Bob must estimate it from the errors.',
      quantumDot: 'A tiny crystal of semiconductor that gives off one photon at a time when a laser pulse excites it.',
      laser:
        'A laser dimmed until a pulse carries less than one photon on average. Sometimes ' +
        'a pulse carries two, and a spy can keep one.',
      g2:
        'How often the source sends two photons at once, compared with a laser: 0 means ' +
        'never (a perfect single-photon source), 1 means as often as a laser.',
      cryostat:
        'A cooler that keeps the quantum dot at a few kelvin (about −269 °C) so that it ' +
        'gives off clean single photons.',
      interferometer:
        'An optical device that splits light into two paths and brings it back together; ' +
        'Bob uses one to read the timing (time-bin) of a photon in the second basis.',
      block:
        'Key bits are corrected and shortened in blocks. The first secret key appears ' +
        'when the first block is full and distilled; small blocks come sooner but lose ' +
        'more to statistics.',
      seed:
        'The starting number of the simulation’s random generator. The same link with the ' +
        'same seed gives exactly the same photons and the same key.',
      preset:
        'A complete link, ready to run: a teaching link or a published experiment, with ' +
        'every value marked as published or estimated.',
    } satisfies Record<GlossaryTerm, string>,
  },
  de: {
    whatIs: (term) => `Was ist ${term}?`,
    whatIsPreset: 'Was sind die fertigen Strecken?',
    close: 'Schließen',
    heading: 'Begriffe auf dieser Seite',
    terms: {
      qber: 'QBER',
      sifted: 'gesiebter Schlüssel',
      secretKey: 'geheimer Schlüssel',
      eveKnowledge: 'Eves Wissen',
      quantumDot: 'Quantenpunkt',
      laser: 'abgeschwächter Laser',
      g2: 'g2(0)',
      cryostat: 'Kryostat',
      interferometer: 'Interferometer',
      block: 'Block',
      seed: 'Seed',
      preset: 'Voreinstellung',
    },
    texts: {
      qber:
        'Quantenbitfehlerrate: der Anteil der behaltenen Bits, bei denen Bobs Bit von ' +
        'Alices abweicht. Rauschen verursacht wenige Prozent; eine Spionin, die die ' +
        'Photonen misst, treibt sie hoch (auf 25 %, wenn sie jedes misst).',
      sifted:
        'Die Bits, die Alice und Bob behalten, nachdem sie öffentlich verglichen haben, ' +
        'wie jedes Photon präpariert und gemessen wurde: Nur passend gemessene Photonen ' +
        'bleiben, etwa die Hälfte.',
      secretKey:
        'Was übrig bleibt, nachdem Fehler korrigiert und alles herausgedrückt ist, was ' +
        'eine Spionin wissen könnte. Die Rate ist die Zahl geheimer Bits pro Sekunde.',
      eveKnowledge:
        'Der Anteil der Schlüsselbits, deren Wert die Lauscherin genau erfahren hat. Das ' +
        'sieht nur der Simulator; Alice und Bob müssen es aus den Fehlern abschätzen.',
      quantumDot:
        'Ein winziger Halbleiterkristall, der ein Photon nach dem anderen abgibt, wenn ein Laserpuls ihn anregt.',
      laser:
        'Ein Laser, so stark gedämpft, dass ein Puls im Mittel weniger als ein Photon ' +
        'trägt. Manchmal trägt ein Puls zwei, und eine Spionin kann eines behalten.',
      g2:
        'Wie oft die Quelle zwei Photonen zugleich sendet, verglichen mit einem Laser: 0 ' +
        'heißt nie (eine perfekte Einzelphotonenquelle), 1 heißt so oft wie ein Laser.',
      cryostat:
        'Ein Kühler, der den Quantenpunkt auf wenige Kelvin (etwa −269 °C) hält, damit er ' +
        'saubere einzelne Photonen abgibt.',
      interferometer:
        'Ein optisches Gerät, das Licht auf zwei Wege aufteilt und wieder zusammenführt; ' +
        'Bob liest damit in der zweiten Basis die zeitliche Lage (Zeit-Bin) eines ' +
        'Photons.',
      block:
        'Schlüsselbits werden blockweise korrigiert und gekürzt. Der erste geheime ' +
        'Schlüssel entsteht, wenn der erste Block voll und destilliert ist; kleine Blöcke ' +
        'kommen früher, verlieren aber mehr an die Statistik.',
      seed:
        'Die Startzahl des Zufallsgenerators der Simulation. Dieselbe Strecke mit ' +
        'demselben Seed ergibt genau dieselben Photonen und denselben Schlüssel.',
      preset:
        'Eine vollständige, startbereite Strecke: eine Lehrstrecke oder ein ' +
        'veröffentlichtes Experiment, jeder Wert als veröffentlicht oder geschätzt ' +
        'gekennzeichnet.',
    },
  },
});
