/**
 * What every story shares: the controls and docs generated from custom-elements.json, the
 * accessibility checks, and a pinned clock so dates read the same on every visit.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { pinStoryTime, releaseStoryTime } from '../stories/story-time.js';

interface ManifestMember {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
}

/**
 * The manifest with only what a page author can use: the analyzer also lists protected and
 * private class members, which are no attribute, property or event of the element.
 */
function publicApi(document: typeof manifest): typeof manifest {
  const modules = document.modules.map((module) => ({
    ...module,
    declarations: (module.declarations ?? []).map((declaration) => {
      if (!('members' in declaration) || !Array.isArray(declaration.members)) return declaration;
      const members = (declaration.members as ManifestMember[]).filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          (member.privacy ?? 'public') === 'public' &&
          !/^[#_]/.test(member.name ?? ''),
      );
      return { ...declaration, members };
    }),
  }));
  return { ...document, modules } as typeof manifest;
}

setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  beforeEach() {
    pinStoryTime();
    return releaseStoryTime;
  },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    docs: { codePanel: true },
  },
};

export default preview;
