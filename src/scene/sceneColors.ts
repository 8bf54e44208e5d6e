// Colours of the link scene, shared by the 3D view and the static schematic. Bases differ by shape as
// well as colour (Z: square, X: diamond), so nothing relies on colour alone.
export const SCENE_COLORS = {
  background: 0x0e1624,
  z: 0x4ea1ff,
  x: 0xffb020,
  eve: 0xff4d6d,
  correct: 0x3ddc84,
  error: 0xff5a4f,
  discarded: 0xa0aab8,
  dark: 0xc9a8ff,
  steel: 0xaab4c3,
  glass: 0x9fd4ff,
  dot: 0xfff2a8,
  laser: 0xb8413a,
  attenuator: 0x333a45,
  fiber: 0xf2c94c,
  tick: 0x8b96a8,
  receiver: 0x7fa7d9,
  receiverEdge: 0x7fa7d9,
  optic: 0xbfe3ff,
  arm: 0x6f86a6,
  detector: 0x39424f,
} as const;

export const cssColor = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;
