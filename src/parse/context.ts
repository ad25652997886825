/** What the item-level parsers need to know about the meeting around them. */
export interface ItemContext {
  /** The meeting date (YYYY-MM-DD): picks this meeting's decision among earlier ones. */
  meetingDate: string | null;
  /** The committee name: recognises "<Committee> godkender …" and "Beslutning i <Committee> …". */
  committee: string | null;
  /** The document says it is minutes (referat, protokol): a decision may be written without a heading. */
  minutes?: boolean;
  /** The document says it is an agenda: a "Referat" or "Konklusion" heading there is no decision. */
  agenda?: boolean;
}
