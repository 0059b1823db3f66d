import { css } from 'lit';

export const applicationStatusStyles = css`
  /* Reserved space: a badge is one line of tag text, a banner a short panel. */
  :host {
    display: inline-block;
    min-block-size: 1.75em;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  :host([variant='banner']) {
    display: block;
    min-block-size: 7em;
  }
  .npq-loading {
    min-inline-size: 10em;
  }
  /* A loading badge keeps the box the README snippet reserves: no padding around the fallback. */
  :host(:not([variant='banner'])) .npq-loading {
    padding: 0;
  }
  .badge {
    display: inline;
  }
  .banner {
    border-inline-start: 5px solid var(--_banner-edge, var(--_border));
    padding: var(--_space-3);
    background: var(--_surface);
  }
  .banner--green {
    --_banner-edge: var(--npq-tag-green-text, #0d5232);
  }
  .banner--orange {
    --_banner-edge: var(--npq-tag-orange-text, #6e3400);
  }
  .banner--grey {
    --_banner-edge: var(--npq-tag-grey-text, #3b4044);
  }
  .banner--blue {
    --_banner-edge: var(--npq-tag-blue-text, #123f6d);
  }
  .banner--purple {
    --_banner-edge: var(--npq-tag-purple-text, #4b1f73);
  }
  .banner--red {
    --_banner-edge: var(--npq-tag-red-text, #8b1a12);
  }
  .banner--yellow {
    --_banner-edge: var(--npq-tag-yellow-text, #5c4a00);
  }
  .banner--teal {
    --_banner-edge: var(--npq-tag-teal-text, #0b4c4c);
  }
  .heading {
    margin: 0 0 var(--_space-2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .banner p {
    margin: 0 0 var(--_space-2);
  }
  .banner > :last-child {
    margin-block-end: 0;
  }
  .next-step {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .banner {
      border-inline-start-color: CanvasText;
    }
  }
`;
