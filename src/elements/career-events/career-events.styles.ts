import { css } from 'lit';

export const careerEventsStyles = css`
  .events {
    --_skeleton-height: 132px;
  }

  .event[data-status='cancelled'] .event__title {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }

  .event p {
    margin: 4px 0;
    overflow-wrap: anywhere;
  }

  .event__when {
    font-weight: 600;
  }

  .event__where,
  .event__audiences,
  .event__deadline {
    color: var(--_muted);
  }

  .event__audiences {
    font-size: 0.875em;
  }

  .event__registration {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin-top: 10px !important;
  }

  .event__registration .button {
    min-height: 40px;
    padding: 6px 14px;
  }
`;
