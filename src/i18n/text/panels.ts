// Text of the honesty panel ("What this does not show") and of the app shell's own labels: the run bar's
// region name and the stand-in for the 3D link scene when the build has none.
import { defineText } from '../defineText';

/** The honesty panel's points in the order shown. */
export const HONESTY_POINTS = [
  'authenticated',
  'lowError',
  'proof',
  'noCloning',
  'sideChannels',
  'trustedNodes',
  'simulation',
] as const;
type PointId = (typeof HONESTY_POINTS)[number];

export const panelsText = defineText({
  en: {
    honestyTitle: 'What this does not show',
    pointTitles: {
      authenticated: 'The public channel must be authenticated.',
      lowError: 'A low error rate alone does not prove security.',
      proof: "The quantum dot's key rests on one proof and its assumptions.",
      noCloning: 'Eve cannot copy a photon; her resend is a new one.',
      sideChannels: 'Real devices leak in ways this model leaves out.',
      trustedNodes: 'A network of trusted nodes is only as secret as its least trustworthy node.',
      simulation: 'This is a simulation.',
    } satisfies Record<PointId, string>,
    pointTexts: {
      authenticated:
        'Alice and Bob compare bases, parities and check hashes over an ordinary channel. ' +
        'Eve may read it, but if she could also change those messages she could sit in ' +
        'the middle and talk to each of them. Real systems authenticate every message ' +
        'with a short secret key shared beforehand: QKD grows a shared key, it cannot ' +
        'start one from nothing.',
      lowError:
        'Try the photon-number-splitting attack on a laser without decoys: Eve keeps a ' +
        'copy of every multi-photon pulse and the error rate does not move. Security ' +
        'comes from bounding what Eve can know (multi-photon pulses, decoy statistics, ' +
        'finite block sizes) and removing that much in privacy amplification.',
      proof:
        'For the quantum dot the key length follows Tomamichel et al. (2012) with GLLP ' +
        'tagging: every key bit that may have come from a two-photon pulse counts as ' +
        "known to Eve. It assumes that all loss, in the detectors too, may be Eve's (no " +
        'detector is trusted); that a pulse holds at most two photons (higher photon ' +
        'numbers of the dot are neglected); and that two-photon pulses occur at most ' +
        'g2(0)·μ²/2 per pulse, with a concentration term added for the pulses actually ' +
        'sent. The three-state time-bin protocol takes its phase error from Tamaki et al. ' +
        "(2014) and Rusca et al. (2018) instead of BB84's estimate; the decoy-state laser " +
        'uses Lim et al. (2014).',
      noCloning:
        'In intercept-resend Eve measures each photon and sends Bob a fresh photon ' +
        'prepared in the state she measured. When she picked the wrong basis, Bob’s ' +
        'result is random, which is where the 25 % error rate of a full attack comes ' +
        'from. No device can clone an unknown quantum state.',
      sideChannels:
        'Detector blinding, timing side channels, light sent back into Alice’s box ' +
        '(Trojan horse) and imperfect sources have broken real QKD systems. The Eve in ' +
        'this model attacks only the photons in the fiber, in the ways listed in the ' +
        'Eavesdropper menu.',
      trustedNodes:
        'In the network view, key between distant nodes is relayed hop by hop with ' +
        'one-time pads: every relay node decrypts the key and encrypts it again, so it ' +
        'knows it. Quantum physics protects each fiber link, not the nodes; a relay that ' +
        'is broken into, or run by the wrong people, reads every key it passes on. The ' +
        'network model leaves out routing protocols, the key spent on authenticating the ' +
        'classical messages, link failures and changing link rates.',
      simulation:
        'The photons and their randomness come from a seeded pseudo-random generator, so ' +
        'the same seed gives the same run. The key it distils is real bits, but it is not ' +
        'secret: never use it.',
    } satisfies Record<PointId, string>,
    sceneRegion: 'Link scene',
    sceneFallback:
      'Alice’s source sends single photons down the fiber to Bob’s detectors; most are ' +
      'lost on the way. (The 3D view of the link is not available in this build.)',
  },
  de: {
    honestyTitle: 'Was diese Simulation nicht zeigt',
    pointTitles: {
      authenticated: 'Der öffentliche Kanal muss authentifiziert sein.',
      lowError: 'Eine niedrige Fehlerrate allein beweist keine Sicherheit.',
      proof: 'Der Schlüssel des Quantenpunkts beruht auf einem Beweis und dessen Annahmen.',
      noCloning: 'Eve kann ein Photon nicht kopieren; was sie neu sendet, ist ein anderes.',
      sideChannels: 'Echte Geräte verraten mehr, als dieses Modell abbildet.',
      trustedNodes:
        'Ein Netz vertrauenswürdiger Knoten ist nur so geheim wie sein am wenigsten vertrauenswürdiger Knoten.',
      simulation: 'Dies ist eine Simulation.',
    },
    pointTexts: {
      authenticated:
        'Alice und Bob vergleichen Basen und Paritäten und prüfen Hashwerte über einen ' +
        'gewöhnlichen Kanal. Eve darf mitlesen; könnte sie diese Nachrichten aber auch ' +
        'verändern, könnte sie sich dazwischenschalten und mit beiden getrennt sprechen. ' +
        'Echte Systeme authentifizieren jede Nachricht mit einem kurzen, vorab geteilten ' +
        'geheimen Schlüssel: QKD vergrößert einen gemeinsamen Schlüssel, aus dem Nichts ' +
        'erzeugen kann sie ihn nicht.',
      lowError:
        'Probieren Sie die Photonenzahl-Aufspaltung an einem Laser ohne Decoys aus: Eve ' +
        'behält eine Kopie jedes Mehrphotonenpulses, und die Fehlerrate bewegt sich ' +
        'nicht. Sicherheit entsteht, indem man begrenzt, was Eve wissen kann ' +
        '(Mehrphotonenpulse, Decoy-Statistik, endliche Blockgrößen), und genau so viel ' +
        'bei der Privatsphärenverstärkung entfernt.',
      proof:
        'Beim Quantenpunkt folgt die Schlüssellänge Tomamichel et al. (2012) mit ' +
        'GLLP-Markierung: Jedes Schlüsselbit, das aus einem Zwei-Photonen-Puls stammen ' +
        'kann, gilt als Eve bekannt. Angenommen wird, dass jeder Verlust, auch in den ' +
        'Detektoren, Eve gehören kann (kein Detektor gilt als vertrauenswürdig); dass ein ' +
        'Puls höchstens zwei Photonen enthält (höhere Photonenzahlen des Quantenpunkts ' +
        'werden vernachlässigt); und dass Zwei-Photonen-Pulse höchstens mit g2(0)·μ²/2 ' +
        'pro Puls vorkommen, plus einem Konzentrationsterm für die tatsächlich gesendeten ' +
        'Pulse. Das Zeit-Bin-Protokoll mit drei Zuständen nimmt seinen Phasenfehler aus ' +
        'Tamaki et al. (2014) und Rusca et al. (2018) statt aus der BB84-Schätzung; der ' +
        'Laser mit Decoy-Zuständen verwendet Lim et al. (2014).',
      noCloning:
        'Beim Abfangen und Neusenden misst Eve jedes Photon und schickt Bob ein neues, im ' +
        'gemessenen Zustand präpariertes Photon. Hat sie die falsche Basis gewählt, ist ' +
        'Bobs Ergebnis zufällig; daher kommen die 25 % Fehlerrate eines vollständigen ' +
        'Angriffs. Kein Gerät kann einen unbekannten Quantenzustand klonen.',
      sideChannels:
        'Geblendete Detektoren, Seitenkanäle im Timing, in Alices Gerät zurückgeschicktes ' +
        'Licht (Trojanisches Pferd) und unvollkommene Quellen haben echte QKD-Systeme ' +
        'schon geknackt. Die Eve dieses Modells greift nur die Photonen in der Faser an, ' +
        'und zwar auf die Arten, die das Menü „Lauscher“ aufführt.',
      trustedNodes:
        'In der Netzansicht wird Schlüssel zwischen entfernten Knoten Abschnitt für ' +
        'Abschnitt mit Einmalschlüsseln weitergereicht: Jeder Relaisknoten entschlüsselt ' +
        'den Schlüssel und verschlüsselt ihn neu, kennt ihn also. Die Quantenphysik ' +
        'schützt jede Glasfaserstrecke, nicht die Knoten; ein Relais, in das eingebrochen ' +
        'wird oder das die Falschen betreiben, liest jeden Schlüssel, den es weitergibt. ' +
        'Das Netzmodell lässt Routing-Protokolle, den für die Authentifizierung der ' +
        'klassischen Nachrichten verbrauchten Schlüssel, Ausfälle von Strecken und ' +
        'schwankende Streckenraten weg.',
      simulation:
        'Die Photonen und ihr Zufall stammen aus einem Pseudozufallsgenerator mit Seed ' +
        '(Startwert): Derselbe Seed ergibt denselben Lauf. Der destillierte Schlüssel ' +
        'besteht aus echten Bits, ist aber nicht geheim: Verwenden Sie ihn nie.',
    },
    sceneRegion: 'Szene der Strecke',
    sceneFallback:
      'Alices Quelle schickt einzelne Photonen durch die Glasfaser zu Bobs Detektoren; ' +
      'die meisten gehen unterwegs verloren. (Die 3D-Ansicht der Strecke gibt es in ' +
      'diesem Build nicht.)',
  },
});
