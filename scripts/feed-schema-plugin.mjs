// Writes the JSON Schema of the feed, generated from the zod schema, next to the bundle, so
// editors and other languages validate feeds against exactly what the widgets accept.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

export function feedSchemaFile(outFile) {
  return {
    name: 'feed-schema-file',
    async writeBundle() {
      const result = await build({
        entryPoints: ['src/feed/json-schema.ts'],
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
      });
      const source = result.outputFiles[0].text;
      const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
      const { feedJsonSchema } = await import(url);
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
    },
  };
}
