// The fixed parts of the 3D link: Alice (quantum dot in its cryostat, or a laser with an attenuator),
// the fiber, Eve's tap, Bob's receiver (interferometer for time-bin, polariser optics for polarisation)
// and the two detectors. Rebuilt when the link's kind changes; every geometry and material is disposed.
import * as THREE from 'three';
import type { LinkParams } from '../../workers/common/params';
import { LAYOUT, pathAtKm } from './photonPool';
import { eveKm } from './sceneDirector';
import { SCENE_COLORS } from './sceneColors';
import { RECEIVER_CENTER_X } from './stationLabels';

export type GlowMesh = THREE.Mesh<THREE.SphereGeometry, THREE.MeshBasicMaterial>;

export interface Stations {
  group: THREE.Group;
  /** Materials the flash animation drives (emissive colour and intensity), one per detector. */
  detectorMaterials: [THREE.MeshLambertMaterial, THREE.MeshLambertMaterial];
  detectorGlows: [GlowMesh, GlowMesh];
  dispose: () => void;
}

/** The parameters that change what the stations look like (anything else leaves them alone). */
export function stationsKey(p: LinkParams): string {
  return [
    p.source,
    p.encoding,
    p.eve,
    Math.round(p.fiberLengthKm),
    Math.round(eveKm(p)),
    Math.round(p.interceptFraction * 100),
  ].join('|');
}

export function buildStations(p: LinkParams): Stations {
  const group = new THREE.Group();
  const disposables: { dispose: () => void }[] = [];
  const own = <T extends { dispose: () => void }>(x: T): T => {
    disposables.push(x);
    return x;
  };
  // Lambert, not PBR: a fraction of the shader cost, which matters on software WebGL (SwiftShader) and old phones
  const std = (color: number, extra: THREE.MeshLambertMaterialParameters = {}) =>
    own(new THREE.MeshLambertMaterial({ color, ...extra }));
  const add = (geometry: THREE.BufferGeometry, material: THREE.Material, x: number, y: number, z = 0) => {
    const mesh = new THREE.Mesh(own(geometry), material);
    mesh.position.set(x, y, z);
    group.add(mesh);
    return mesh;
  };

  // Alice
  if (p.source === 'qd') {
    const steel = std(SCENE_COLORS.steel);
    add(new THREE.CylinderGeometry(0.85, 0.85, 2.4, 32), steel, -8.5, 0.55);
    add(new THREE.CylinderGeometry(1.0, 1.0, 0.18, 32), steel, -8.5, 1.8);
    add(new THREE.CylinderGeometry(0.3, 0.3, 0.5, 16), steel, -8.5, 2.1);
    const porthole = add(
      new THREE.CylinderGeometry(0.22, 0.22, 0.3, 20),
      std(SCENE_COLORS.glass, { transparent: true, opacity: 0.6 }),
      -7.62,
      0,
    );
    porthole.rotation.z = Math.PI / 2;
    add(new THREE.SphereGeometry(0.13, 16, 12), own(new THREE.MeshBasicMaterial({ color: SCENE_COLORS.dot })), -7.7, 0);
  } else {
    add(new THREE.BoxGeometry(1.7, 0.8, 0.8), std(SCENE_COLORS.laser), -8.6, 0);
    add(new THREE.SphereGeometry(0.1, 12, 8), own(new THREE.MeshBasicMaterial({ color: SCENE_COLORS.dot })), -7.72, 0);
    const att = add(
      new THREE.CylinderGeometry(0.38, 0.38, 0.12, 24),
      std(SCENE_COLORS.attenuator, { transparent: true, opacity: 0.8 }),
      -7.45,
      0,
    );
    att.rotation.z = Math.PI / 2;
  }

  // Fiber: a yellow jacketed line from Alice's output to Bob
  const fiberLen = LAYOUT.fiberEndX - LAYOUT.emitX;
  const fiber = add(
    new THREE.CylinderGeometry(0.045, 0.045, fiberLen, 10),
    std(SCENE_COLORS.fiber),
    LAYOUT.emitX + fiberLen / 2,
    0,
    0,
  );
  fiber.rotation.z = Math.PI / 2;
  const tickMat = std(SCENE_COLORS.tick);
  for (let k = 0; k <= 4; k++) {
    const x = LAYOUT.fiberStartX + (k / 4) * (LAYOUT.fiberEndX - LAYOUT.fiberStartX);
    add(new THREE.BoxGeometry(0.03, 0.3, 0.03), tickMat, x, -0.3);
  }

  // Eve's tap
  if (p.eve !== 'none') {
    const x = LAYOUT.emitX + pathAtKm(eveKm(p), p.fiberLengthKm);
    const eveMat = std(SCENE_COLORS.eve, { emissive: SCENE_COLORS.eve, emissiveIntensity: 0.25 });
    add(new THREE.BoxGeometry(0.7, 0.55, 0.7), eveMat, x, 0);
    add(new THREE.CylinderGeometry(0.05, 0.05, 0.9, 8), eveMat, x, 0.7);
    add(new THREE.SphereGeometry(0.16, 12, 8), eveMat, x, 1.2);
  }

  // Bob's receiver
  const boxW = LAYOUT.splitX - LAYOUT.fiberEndX + 0.5;
  const boxX = RECEIVER_CENTER_X;
  const boxGeom = own(new THREE.BoxGeometry(boxW, 1.9, 1.3));
  const box = new THREE.Mesh(
    boxGeom,
    std(SCENE_COLORS.receiver, { transparent: true, opacity: 0.16, depthWrite: false }),
  );
  box.position.set(boxX, 0.25, 0);
  group.add(box);
  const edges = new THREE.LineSegments(
    own(new THREE.EdgesGeometry(boxGeom)),
    own(new THREE.LineBasicMaterial({ color: SCENE_COLORS.receiverEdge })),
  );
  edges.position.copy(box.position);
  group.add(edges);
  const optic = std(SCENE_COLORS.optic, { transparent: true, opacity: 0.85 });
  if (p.encoding === 'polarisation') {
    const plate = add(new THREE.CylinderGeometry(0.36, 0.36, 0.06, 24), optic, LAYOUT.fiberEndX + 0.7, 0);
    plate.rotation.z = Math.PI / 2;
    add(new THREE.BoxGeometry(0.5, 0.5, 0.5), optic, LAYOUT.splitX - 0.35, 0);
  } else {
    // Unbalanced Mach–Zehnder: two beam splitters, a short arm on the axis and a long arm above it
    const bs1 = LAYOUT.fiberEndX + 0.55,
      bs2 = LAYOUT.splitX - 0.35;
    add(new THREE.BoxGeometry(0.32, 0.32, 0.32), optic, bs1, 0);
    add(new THREE.BoxGeometry(0.32, 0.32, 0.32), optic, bs2, 0);
    const arm = own(
      new THREE.BufferGeometry().setFromPoints([
        new THREE.Vector3(bs1, 0, 0),
        new THREE.Vector3(bs1, 0.85, 0),
        new THREE.Vector3(bs2, 0.85, 0),
        new THREE.Vector3(bs2, 0, 0),
      ]),
    );
    group.add(new THREE.Line(arm, own(new THREE.LineBasicMaterial({ color: SCENE_COLORS.arm }))));
  }

  // Two detectors: bit 0 (upper) and bit 1 (lower), with the beams that lead to them
  const beamMat = own(new THREE.LineBasicMaterial({ color: SCENE_COLORS.arm }));
  const detectorMaterials = [0, 1].map(() =>
    std(SCENE_COLORS.detector, { emissive: 0x000000, emissiveIntensity: 1 }),
  ) as [THREE.MeshLambertMaterial, THREE.MeshLambertMaterial];
  const glowGeom = own(new THREE.SphereGeometry(0.55, 20, 14));
  const detectorGlows = [0, 1].map((d) => {
    const y = LAYOUT.detectorY[d];
    group.add(
      new THREE.Line(
        own(
          new THREE.BufferGeometry().setFromPoints([
            new THREE.Vector3(LAYOUT.splitX, 0, 0),
            new THREE.Vector3(LAYOUT.detectorX, y, 0),
          ]),
        ),
        beamMat,
      ),
    );
    const body = add(new THREE.CylinderGeometry(0.36, 0.36, 0.7, 24), detectorMaterials[d], LAYOUT.detectorX + 0.3, y);
    body.rotation.z = Math.PI / 2;
    const glow = new THREE.Mesh(
      glowGeom,
      own(new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0, depthWrite: false })),
    );
    glow.position.set(LAYOUT.detectorX + 0.3, y, 0);
    glow.visible = false;
    group.add(glow);
    return glow;
  }) as [GlowMesh, GlowMesh];

  return {
    group,
    detectorMaterials,
    detectorGlows,
    dispose: () => {
      for (const d of disposables) d.dispose();
      group.clear();
    },
  };
}
