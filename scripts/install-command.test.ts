import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installCommand } from './install-command.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pinned = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).devDependencies.node as string;

describe('installCommand', () => {
  it('installs with npm on the pinned Node when the machine’s Node is older than the toolchain needs', () => {
    expect(installCommand(root, '20.20.2')).toEqual(['npx', '--yes', '--package', `node@${pinned}`, '--', 'npm', 'ci']);
  });

  it('installs with plain npm ci on a Node the toolchain accepts', () => {
    expect(installCommand(root, '22.22.2')).toEqual(['npm', 'ci']);
    expect(installCommand(root, '24.21.0')).toEqual(['npm', 'ci']);
  });
});
