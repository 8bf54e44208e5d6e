// The honesty panel: what a visitor should not conclude from this simulation, in plain words. Static
// text, always visible near the plots, so the lab never oversells what quantum key distribution proves.

const POINTS: readonly { title: string; text: string }[] = [
  {
    title: 'The public channel must be authenticated.',
    text: 'Alice and Bob compare bases, parities and check hashes over an ordinary channel. Eve may read it, but if she could also change those messages she could sit in the middle and talk to each of them. Real systems authenticate every message with a short secret key shared beforehand: QKD grows a shared key, it cannot start one from nothing.',
  },
  {
    title: 'A low error rate alone does not prove security.',
    text: 'Try the photon-number-splitting attack on a laser without decoys: Eve keeps a copy of every multi-photon pulse and the error rate does not move. Security comes from bounding what Eve can know (multi-photon pulses, decoy statistics, finite block sizes) and removing that much in privacy amplification.',
  },
  {
    title: 'Eve cannot copy a photon; her resend is a new one.',
    text: 'In intercept-resend Eve measures each photon and sends Bob a fresh photon prepared in the state she measured. When she picked the wrong basis, Bob’s result is random, which is where the 25 % error rate of a full attack comes from. No device can clone an unknown quantum state.',
  },
  {
    title: 'Real devices leak in ways this model leaves out.',
    text: 'Detector blinding, timing side channels, light sent back into Alice’s box (Trojan horse) and imperfect sources have broken real QKD systems. The Eve in this model attacks only the photons in the fiber, in the ways listed in the Eavesdropper menu.',
  },
  {
    title: 'This is a simulation.',
    text: 'The photons and their randomness come from a seeded pseudo-random generator, so the same seed gives the same run. The key it distils is real bits, but it is not secret: never use it.',
  },
];

export function HonestyPanel() {
  return (
    <section className="panel honesty" aria-labelledby="honesty-title">
      <h2 id="honesty-title">What this does not show</h2>
      <ul className="honesty-list">
        {POINTS.map((p) => (
          <li key={p.title}><strong>{p.title}</strong> {p.text}</li>
        ))}
      </ul>
    </section>
  );
}
