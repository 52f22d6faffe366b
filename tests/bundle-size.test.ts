import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface FileSize {
  raw?: number;
  gzip?: number;
  missing?: boolean;
}

async function sizeOf(path: string): Promise<FileSize> {
  const size = await executeServerCommand<FileSize, { path: string }>('file-size', { path });
  expect(size.missing, `${path} is missing: run npm run build`).to.not.equal(true);
  return size;
}

describe('bundle size', () => {
  it('keeps the CDN bundle with every element within its budget', async () => {
    const { gzip } = await sizeOf('dist/career-widgets.js');
    expect(gzip).to.be.above(5_000);
    expect(gzip, `${gzip} bytes gzipped`).to.be.at.most(BUNDLE_BUDGET);
  });
});

/**
 * Lit (about 6 KB gzipped), the zod/mini schema (about 7 KB) and DOMPurify (about 12.5 KB) are
 * half of the bundle; the four elements, dates, the store and both languages are the rest.
 * `npm run bench` prints the figures, and the cost of each element alone.
 */
const BUNDLE_BUDGET = 52 * 1024;
