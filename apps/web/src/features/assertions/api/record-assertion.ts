import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { keys } from "@/lib/query-keys";
import {
  type AssertionInput,
  type ClaimInput,
  createAssertion,
  createClaim,
  createEvent,
  type EventInput,
} from "./ledger";

/** The claim an assertion is of: an existing one, or a new one (of an existing or a new event). */
export interface ClaimTarget {
  event: { id: string } | { create: EventInput };
  claim: { id: string } | { create: Omit<ClaimInput, "eventId"> };
}

export interface RecordAssertionInput extends ClaimTarget {
  assertion: Omit<AssertionInput, "claimId">;
}

/**
 * The id of the target claim, creating its event and the claim first when they are new. Each step
 * is its own request, so a later failure leaves a reusable event and claim (shown by the pickers).
 */
export async function resolveClaim(
  ws: string,
  target: ClaimTarget,
): Promise<{ eventId: string; claimId: string }> {
  const eventId = "id" in target.event ? target.event.id : (await createEvent(ws, target.event.create)).id;
  const claimId =
    "id" in target.claim ? target.claim.id : (await createClaim(ws, { ...target.claim.create, eventId })).id;
  return { eventId, claimId };
}

/** Creates the event and claim when they are new, then the assertion. */
export async function recordAssertion(ws: string, input: RecordAssertionInput) {
  const { eventId, claimId } = await resolveClaim(ws, input);
  const assertion = await createAssertion(ws, { ...input.assertion, claimId });
  return { eventId, claimId, assertion };
}

/**
 * Refreshes what an assertion write can change: detection runs on every write, so contradictions
 * and flags may have changed too, and new events and claims appear in the pickers.
 */
export function invalidateAfterAssertionWrite(qc: QueryClient, ws: string) {
  for (const key of [keys.assertions, keys.flags, keys.contradictions, keys.events, keys.claims]) {
    void qc.invalidateQueries({ queryKey: key(ws) });
  }
}

export function useRecordAssertion(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordAssertionInput) => recordAssertion(ws, input),
    onSettled: () => invalidateAfterAssertionWrite(qc, ws),
  });
}
