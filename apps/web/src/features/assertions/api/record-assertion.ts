import { useMutation, useQueryClient } from "@tanstack/react-query";
import { keys } from "@/lib/query-keys";
import {
  type AssertionInput,
  type ClaimInput,
  createAssertion,
  createClaim,
  createEvent,
  type EventInput,
} from "./ledger";

export interface RecordAssertionInput {
  event: { id: string } | { create: EventInput };
  claim: { id: string } | { create: Omit<ClaimInput, "eventId"> };
  assertion: Omit<AssertionInput, "claimId">;
}

/**
 * Creates the event and claim when they are new, then the assertion. Each step is its own request,
 * so a failure at the assertion leaves a reusable event and claim (shown by the pickers next time).
 */
export async function recordAssertion(ws: string, input: RecordAssertionInput) {
  const eventId = "id" in input.event ? input.event.id : (await createEvent(ws, input.event.create)).id;
  const claimId =
    "id" in input.claim ? input.claim.id : (await createClaim(ws, { ...input.claim.create, eventId })).id;
  const assertion = await createAssertion(ws, { ...input.assertion, claimId });
  return { eventId, claimId, assertion };
}

export function useRecordAssertion(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordAssertionInput) => recordAssertion(ws, input),
    onSettled: () => {
      // Detection runs on every assertion write: contradictions and flags may have changed too.
      for (const key of [keys.assertions, keys.flags, keys.contradictions, keys.events, keys.claims]) {
        void qc.invalidateQueries({ queryKey: key(ws) });
      }
    },
  });
}
