import { css } from 'lit';

export const programmesStyles = css`
  :host {
    display: block;
  }
`;
