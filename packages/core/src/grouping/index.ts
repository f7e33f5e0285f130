// Same-event grouping of claim suggestions across articles.
export { groupEventCandidates } from "./event-groups";
export type { EventGroup, GroupCandidate, GroupOptions, GroupReason, NamedRef, ReasonCode } from "./types";
