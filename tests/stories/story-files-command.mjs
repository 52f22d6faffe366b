// A test-runner command that lists the files of a folder, so the story tests can tell when a
// stories module or a fixture feed exists that they do not cover. Browsers cannot list folders.
import { readdirSync } from 'node:fs';
import { resolve, relative } from 'node:path';

const ROOT = process.cwd();

export function storyFilesCommand() {
  return {
    name: 'story-files-command',
    async executeCommand({ command, payload }) {
      if (command !== 'list-files') return undefined;
      const folder = resolve(ROOT, payload.folder);
      // Only folders inside the project: the command answers the test page, nothing else.
      if (relative(ROOT, folder).startsWith('..')) return { files: [] };
      const files = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(payload.suffix))
        .map((entry) => entry.name)
        .sort();
      return { files };
    },
  };
}
