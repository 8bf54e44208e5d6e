// Text of the "Be Eve" challenge: the attack menu, the emitter choice, the buttons, the score and the verdicts
// with their explanations. The learner is addressed as "du" in German. Numbers arrive already formatted.
import { defineText } from '../defineText';

export const beEveText = defineText({
  en: {
    title: 'Be Eve: steal the key unnoticed',
    intro: (km: number) =>
      `You are the spy in the fiber (${km} km, classroom link). Pick an attack and try ` +
      `to learn the final key without setting off the alarm.`,
    attack: 'Eve’s attack',
    attacks: {
      'intercept-resend': 'Intercept-resend: measure and resend',
      pns: 'Photon-number splitting: keep a spare photon',
      'beam-splitting': 'Beam splitting: keep the light the fiber loses',
    },
    strength: 'Attack strength (photons intercepted)',
    noStrength: 'This attack works on every pulse it can use; it has no strength setting.',
    emitter: 'Alice’s emitter',
    emitters: { qd: 'Quantum dot (single photons)', wcp: 'Attenuated laser (sometimes two photons)' },
    steal: 'Steal the key',
    stop: 'Stop the attack',
    attacking: 'Attacking… waiting for Alice and Bob to distil a block.',
    caught: 'Caught',
    caughtYes: (aborted: number, done: number) =>
      `yes (${aborted} of ${done} ${done === 1 ? 'block' : 'blocks'} aborted)`,
    caughtNo: (done: number) => `no (${done} ${done === 1 ? 'block' : 'blocks'} distilled)`,
    knowledge: 'Eve’s knowledge of the final key',
    beyondGuessing: (percent: string) => `${percent} beyond guessing`,
    verdict: {
      caughtMultiPhoton: 'Eve was caught out: no key was made from these photons.',
      caughtMultiPhotonWhy:
        'Alice and Bob assume Eve may know every bit that came from a pulse with two or ' +
        'more photons. Too little was left to be sure of secrecy, so they aborted. Eve ' +
        'learned bits of a key that will never be used.',
      caughtErrors: 'Eve was caught: Alice and Bob threw the key away.',
      caughtErrorsWhy: (qber: string) =>
        `Measuring photons in a guessed basis disturbs them: the error rate rose to ${qber}, ` +
        `above what a secret key can survive, so the protocol aborted. Eve learned bits of ` +
        `a key that will never be used.`,
      noBlockYet: 'No block has been distilled yet.',
      hashedAway: (agreement: string) =>
        `Her guess matches the final key in ${agreement} of the bits (50\u00a0% = a coin ` +
        `flip): privacy amplification hashed away what she knew.`,
      hiddenNothing: 'Eve was not caught, but she gained nothing.',
      fewPhotonsWhy: (known: string, tail: string) =>
        `Intercepting few photons keeps the errors low, but then she knows few bits (${known} ` +
        `of the sifted key), and Alice and Bob shorten the key by what she could know. ${tail}`,
      stayedHidden: 'Eve stayed hidden, but she gained nothing.',
      dotWhy: (known: string, tail: string) =>
        `The quantum dot almost never sends two photons, so there was little to split: she ` +
        `knew ${known} of the sifted key. ${tail}`,
      laserWhy: (known: string, tail: string) =>
        `The laser's multi-photon pulses let her read ${known} of the sifted key without ` +
        `causing errors; Alice and Bob's key length bound counts every multi-photon pulse ` +
        `as known to Eve and removes it. ${tail}`,
    },
  },
  de: {
    title: 'Sei Eve: Stiehl den Schlüssel unbemerkt',
    intro: (km) =>
      `Du bist die Spionin in der Faser (${km} km, Strecke für den Unterricht). Wähle einen ` +
      `Angriff und versuche, den endgültigen Schlüssel zu erfahren, ohne den Alarm auszulösen.`,
    attack: 'Eves Angriff',
    attacks: {
      'intercept-resend': 'Abfangen und Neusenden: messen und neu schicken',
      pns: 'Photonenzahl-Aufspaltung: ein überzähliges Photon behalten',
      'beam-splitting': 'Strahlteilung: das Licht behalten, das die Faser verliert',
    },
    strength: 'Stärke des Angriffs (abgefangene Photonen)',
    noStrength: 'Dieser Angriff trifft jeden Puls, den er nutzen kann; seine Stärke lässt sich nicht einstellen.',
    emitter: 'Alices Sender',
    emitters: { qd: 'Quantenpunkt (einzelne Photonen)', wcp: 'Abgeschwächter Laser (manchmal zwei Photonen)' },
    steal: 'Schlüssel stehlen',
    stop: 'Angriff beenden',
    attacking: 'Angriff läuft … warte, bis Alice und Bob einen Block destilliert haben.',
    caught: 'Erwischt',
    caughtYes: (aborted, done) => `ja (${aborted} von ${done} ${done === 1 ? 'Block' : 'Blöcken'} abgebrochen)`,
    caughtNo: (done) => `nein (${done} ${done === 1 ? 'Block' : 'Blöcke'} destilliert)`,
    knowledge: 'Eves Wissen über den endgültigen Schlüssel',
    beyondGuessing: (percent) => `${percent} mehr als durch Raten`,
    verdict: {
      caughtMultiPhoton: 'Eve ist aufgeflogen: Aus diesen Photonen wurde kein Schlüssel.',
      caughtMultiPhotonWhy:
        'Alice und Bob nehmen an, dass Eve jedes Bit kennen kann, das aus einem Puls mit ' +
        'zwei oder mehr Photonen stammt. Danach blieb zu wenig übrig, um sicher geheim zu ' +
        'sein, also haben sie abgebrochen. Eve hat Bits eines Schlüssels erfahren, der ' +
        'nie benutzt wird.',
      caughtErrors: 'Eve wurde erwischt: Alice und Bob haben den Schlüssel weggeworfen.',
      caughtErrorsWhy: (qber) =>
        `Wer Photonen in einer geratenen Basis misst, stört sie: Die Fehlerrate stieg auf ` +
        `${qber}, mehr als ein geheimer Schlüssel verkraftet, also hat das Protokoll abgebrochen. ` +
        `Eve hat Bits eines Schlüssels erfahren, der nie benutzt wird.`,
      noBlockYet: 'Es wurde noch kein Block destilliert.',
      hashedAway: (agreement) =>
        `Ihr Tipp stimmt in ${agreement} der Bits mit dem endgültigen Schlüssel überein (50\u00a0% ` +
        `= Münzwurf): Die Privatsphärenverstärkung hat weggehasht, was sie wusste.`,
      hiddenNothing: 'Eve wurde nicht erwischt, hat aber nichts gewonnen.',
      fewPhotonsWhy: (known, tail) =>
        `Wer nur wenige Photonen abfängt, hält die Fehler niedrig, kennt dann aber auch nur ` +
        `wenige Bits (${known} des gesiebten Schlüssels), und Alice und Bob kürzen den Schlüssel ` +
        `um das, was Eve wissen könnte. ${tail}`,
      stayedHidden: 'Eve blieb unentdeckt, hat aber nichts gewonnen.',
      dotWhy: (known, tail) =>
        `Der Quantenpunkt schickt fast nie zwei Photonen, es gab also kaum etwas aufzuspalten: ` +
        `Eve kannte ${known} des gesiebten Schlüssels. ${tail}`,
      laserWhy: (known, tail) =>
        `Die Mehrphotonenpulse des Lasers ließen Eve ${known} des gesiebten Schlüssels lesen, ` +
        `ohne Fehler zu verursachen. Die Schranke für die Schlüssellänge zählt aber jeden ` +
        `Mehrphotonenpuls als Eve bekannt, und Alice und Bob entfernen ihn. ${tail}`,
    },
  },
});
