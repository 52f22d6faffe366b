import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers/widgets.js';

/** Loads the built CDN bundle as a fresh module copy, optionally claiming another version. */
async function loadBundleCopy(tag: string, version?: string): Promise<void> {
  let source = await (await fetch('/dist/career-widgets.js')).text();
  if (version) {
    const current = (await (await fetch('/package.json')).json()).version as string;
    source = source.replaceAll(JSON.stringify(current), JSON.stringify(version));
  }
  const url = URL.createObjectURL(new Blob([`${source}\n//# ${tag}`], { type: 'text/javascript' }));
  await import(/* @vite-ignore */ url);
}

describe('the script on a page more than once', () => {
  it('never throws when the same bundle is included twice', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const warnings = await captureWarnings(async () => {
      await loadBundleCopy('first');
      await loadBundleCopy('second');
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('career-events')).to.not.equal(undefined);
  });

  it('warns once when another version is already defined', async () => {
    const warnings = await captureWarnings(async () => {
      await loadBundleCopy('first');
      await loadBundleCopy('other-a', '9.9.9');
      await loadBundleCopy('other-b', '9.9.9');
    });
    const clashes = warnings.filter((warning) => warning.includes('<career-events> is already defined'));
    expect(clashes).to.have.length(1);
    expect(clashes[0]).to.contain('version 9.9.9 loaded later on this page is not used');
  });
});
