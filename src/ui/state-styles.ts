/** Styles of the loading, empty and error states, and of the cards every element shows. */
import { css } from 'lit';

export const stateStyles = css`
  .state {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .state p {
    margin: 0 0 8px;
  }

  .state p:last-child {
    margin-bottom: 0;
  }

  .state--error {
    border-color: var(--_danger);
  }

  .state__title {
    font-weight: 600;
  }

  .stale-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin: 0 0 var(--_gap);
    font-size: 0.875em;
    color: var(--_muted);
  }

  .stale-note__retry {
    padding: 2px 10px;
    min-height: 32px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }

  /* The list of cards and one card, as every element draws them. */
  .card-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .card {
    min-width: 0;
    padding: 14px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .card__title {
    margin: 0 0 6px;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .skeleton {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  .skeleton li {
    height: var(--_skeleton-height, 120px);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-alt), var(--_surface), var(--_surface-alt));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton li {
      animation: none;
    }
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 8px 16px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .button--quiet {
    background: transparent;
    color: var(--_accent);
  }

  .badge {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    background: var(--_surface-alt);
    color: var(--_text);
  }

  .badge--alert {
    background: var(--_danger);
    color: var(--_surface);
  }

  .badge--warning {
    background: var(--_warning);
    color: var(--_surface);
  }
`;
