// A test-runner command that reports a built file's size in bytes, raw and gzipped. Browser
// tests cannot fetch dist/ files untouched: the dev server rewrites JavaScript it serves.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function fileSizeCommand() {
  return {
    name: 'file-size-command',
    async executeCommand({ command, payload }) {
      if (command !== 'file-size') return undefined;
      if (!existsSync(payload.path)) return { missing: true };
      const bytes = readFileSync(payload.path);
      return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    },
  };
}
