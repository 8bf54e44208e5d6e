// Keeps workers/ a pure core: no UI, DOM or store libraries, no imports from src/ or cli/, and no
// Math.random. The lint rule and the DOM-free tsconfig enforce the same; this test fails loudly too.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"](react|react-dom|three|zustand|d3)(\/[^'"]*)?['"]/, 'imports a UI, 3D, plotting or store library'],
  [/from\s+['"]d3-[^'"]+['"]/, 'imports a d3 module'],
  [/from\s+['"][./]*\/(src|cli)\//, 'imports from src/ or cli/'],
  [/\b(document|window)\.[A-Za-z_$]/, 'touches the DOM'],
  [/Math\.random/, 'uses Math.random instead of the seeded generator'],
];

describe('workers/ purity', () => {
  const files = sourceFiles(root);
  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  it('no core file imports UI code, touches the DOM or draws unseeded randomness', () => {
    const problems: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\/\/|\*)/.test(l))
        .join('\n');
      for (const [re, why] of FORBIDDEN) if (re.test(text)) problems.push(`${relative(root, f)} ${why}`);
    }
    expect(problems).toEqual([]);
  });
  it('the check itself catches a violation', () => {
    expect(FORBIDDEN.some(([re]) => re.test("import * as THREE from 'three';"))).toBe(true);
    expect(FORBIDDEN.some(([re]) => re.test('const u = Math.random();'))).toBe(true);
    expect(FORBIDDEN.some(([re]) => re.test('document.body.appendChild(x);'))).toBe(true);
    expect(FORBIDDEN.some(([re]) => re.test("import { x } from '../../src/store/appState';"))).toBe(true);
  });
});
