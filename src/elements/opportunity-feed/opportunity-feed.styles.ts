import { css } from 'lit';

export const opportunityFeedStyles = css`
  .opportunities {
    --_skeleton-height: 168px;
  }

  .opportunity p,
  .opportunity__description :is(ul, ol) {
    margin: 4px 0;
    overflow-wrap: anywhere;
  }

  .opportunity__status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
  }

  .opportunity__opens,
  .opportunity__deadline {
    font-weight: 600;
  }

  .opportunity__deadline[data-urgency='today'],
  .opportunity__deadline[data-urgency='tomorrow'] {
    color: var(--_danger);
  }

  .opportunity__provider,
  .opportunity__facts {
    color: var(--_muted);
  }

  .opportunity__facts {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    margin: 4px 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }

  .opportunity__description {
    margin-top: 6px;
  }

  .opportunity__description :is(ul, ol) {
    padding-inline-start: 22px;
  }

  /* The bar has its own surface: in the dark theme the page behind it may well be white. */
  .controls {
    display: grid;
    gap: 10px;
    margin-bottom: var(--_gap);
    padding: 12px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .controls__kinds {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }

  .controls__label {
    display: block;
    font-weight: 600;
  }

  .controls__kinds .controls__label {
    flex-basis: 100%;
  }

  .chip {
    min-height: 40px;
    padding: 6px 14px;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
  }

  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .controls__search input {
    width: 100%;
    max-width: 28em;
    min-height: 44px;
    margin-top: 4px;
    padding: 8px 12px;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .controls__count {
    margin: 0;
    color: var(--_muted);
  }
`;
