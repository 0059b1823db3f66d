/** Fired when a visitor picks a programme in the content explorer's chooser. */
export interface NpqProgrammeSelectDetail {
  /** The id of the programme now shown, e.g. `npq-headship`. */
  programme: string;
}

declare module '../../internal/events.js' {
  interface NpqEventDetails {
    'npq-programme-select': NpqProgrammeSelectDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npq-programme-select': CustomEvent<NpqProgrammeSelectDetail>;
  }
}

export {};
