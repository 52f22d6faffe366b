/**
 * The visitor's bar above the list: toggle buttons for the kinds present and a search box.
 * Nothing here touches the page's address or submits anything (the controls sit in the shadow
 * root, outside any form of the page); the choices live in the element and are gone on reload,
 * as a filter on someone else's page should be. The count
 * below the controls is a polite live region, so screen readers hear how many are left.
 */
import { html, type TemplateResult } from 'lit';
import type { OpportunityKind } from '../../feed/schema.js';
import type { Messages } from '../../i18n/messages-en.js';

export interface ControlsState {
  /** The kinds that have something to show, in display order. */
  kinds: readonly OpportunityKind[];
  /** The kinds the visitor pressed. */
  chosen: readonly string[];
  query: string;
  /** How many opportunities the current choices show. */
  count: number;
  onToggleKind: (kind: OpportunityKind) => void;
  onSearch: (query: string) => void;
}

export function opportunityControls(state: ControlsState, messages: Messages): TemplateResult {
  const text = messages.opportunities;
  return html`<div class="controls" part="controls" role="group" aria-label=${text.narrowLabel}>
    ${
      state.kinds.length > 1
        ? html`<div class="controls__kinds" role="group" aria-labelledby="kinds-label">
            <span id="kinds-label" class="controls__label">${text.kindsLabel}</span>
            ${state.kinds.map(
              (kind) =>
                html`<button
                  type="button"
                  class="chip"
                  part="kind-toggle"
                  data-kind=${kind}
                  aria-pressed=${state.chosen.includes(kind) ? 'true' : 'false'}
                  @click=${() => state.onToggleKind(kind)}
                >
                  ${text.kinds[kind]}
                </button>`,
            )}
          </div>`
        : ''
    }
    <div class="controls__search">
      <label for="search" class="controls__label">${text.searchLabel}</label>
      <input
        id="search"
        type="search"
        part="search"
        autocomplete="off"
        enterkeyhint="search"
        .value=${state.query}
        @input=${(event: Event) => state.onSearch((event.target as HTMLInputElement).value)}
      />
    </div>
    <p class="controls__count" part="count" role="status" aria-live="polite" aria-atomic="true">
      ${text.resultCount(state.count)}
    </p>
  </div>`;
}
