import type { Database } from "@kroscek/db";
import {
  type ArticleFromUrlInput,
  ArticleFromUrlInputSchema,
  type ArticleFromUrlResult,
  type FetchFailureReason,
} from "@kroscek/schema";
import { ApiError } from "../../lib/api-error";
import type { Actor } from "../actor";
import { getArticle } from "../article-store";
import type { FetchLimits } from "../fetch/safe-fetch";
import type { JobKind, JobQueue } from "../jobs/job-queue";
import { archiveFailure, archiveFromUrl, knownArticle } from "./archive-url";

export const ARCHIVE_JOB = "article.archive";

/** How often, and how soon, a URL that failed for a passing reason is fetched again. */
export interface ArchiveRetry {
  /** Further attempts after the first. */
  retryLimit: number;
  /** Seconds before the second attempt; doubled each time. */
  retryDelaySeconds: number;
}
export const DEFAULT_ARCHIVE_RETRY: ArchiveRetry = { retryLimit: 3, retryDelaySeconds: 60 };

/** Beyond the fetch's own time limit, how long a request waits for its job to be picked up and stored. */
const WAIT_MARGIN_MS = 5_000;

interface ArchiveJobData {
  workspaceId: string;
  actor: Actor;
  input: ArticleFromUrlInput;
}

/** What a finished archive job keeps as its output. */
type ArchiveOutput =
  | {
      status: "created";
      articleId: string;
      archive: Extract<ArticleFromUrlResult, { status: "created" }>["archive"];
    }
  | { status: "duplicate"; articleId: string; duplicateOf: "canonical_url" | "text" };

/** A failure that may pass: timeout, unreachable host, HTTP 5xx or 429. */
export function passingFailure(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const details = (error.details ?? {}) as { reason?: string; status?: number };
  if (details.reason === "timeout" || details.reason === "unreachable") return true;
  return (
    details.reason === "http_status" &&
    typeof details.status === "number" &&
    (details.status >= 500 || details.status === 429)
  );
}

/**
 * Archives a URL as a job: fetched and stored by the job system, tried again with back-off after a
 * failure that may pass (the delay doubling each time, a bounded number of times). A final failure
 * (not a page, no readable text, a blocked address, …) is not retried.
 */
export function archiveKind(
  db: Database,
  limits: FetchLimits,
  jobs: () => JobQueue,
  retry: ArchiveRetry = DEFAULT_ARCHIVE_RETRY,
): JobKind<ArchiveJobData> {
  return {
    name: ARCHIVE_JOB,
    retryLimit: retry.retryLimit,
    retryDelaySeconds: retry.retryDelaySeconds,
    expireInSeconds: Math.max(60, Math.ceil(limits.timeoutMs / 1000) * 4),
    concurrency: 2,
    // A request is waiting for the first run.
    pollingIntervalSeconds: 0.5,
    handler: async ({ actor, input }, job): Promise<ArchiveOutput> => {
      try {
        const result = await archiveFromUrl(db, limits, actor, input, jobs());
        return result.status === "created"
          ? { status: "created", articleId: result.article.id, archive: result.archive }
          : { status: "duplicate", articleId: result.article.id, duplicateOf: result.duplicateOf };
      } catch (error) {
        if (!passingFailure(error)) await jobs().noMoreRetries(ARCHIVE_JOB, job.id);
        throw error;
      }
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `POST …/articles/from-url` through the job system: the request queues the job and waits for its
 * first outcome, answering as an in-request archive would. A failure that may pass answers 422 with
 * its reason and `retry` (the job, the attempts so far, the next one's time); the job goes on.
 */
export async function archiveThroughJob(
  db: Database,
  limits: FetchLimits,
  jobs: JobQueue,
  actor: Actor,
  raw: ArticleFromUrlInput,
): Promise<ArticleFromUrlResult> {
  const input = ArticleFromUrlInputSchema.parse(raw);
  const known = await knownArticle(db, actor.workspaceId, input.url);
  if (known) return known;
  const data: ArchiveJobData = { workspaceId: actor.workspaceId, actor, input };
  const jobId = await jobs.send(ARCHIVE_JOB, data);
  if (!jobId) throw new Error("the archive job was not queued");
  const deadline = Date.now() + limits.timeoutMs + WAIT_MARGIN_MS;
  for (;;) {
    const look = await jobs.look(ARCHIVE_JOB, jobId);
    if (look?.state === "completed") {
      const output = look.output as ArchiveOutput;
      const article = await getArticle(db, actor.workspaceId, output.articleId);
      return output.status === "created"
        ? { status: "created", article, archive: output.archive }
        : { status: "duplicate", duplicateOf: output.duplicateOf, article };
    }
    if (look && (look.state === "failed" || look.state === "retry")) {
      const failed = (look.output ?? {}) as { message?: string; details?: Record<string, unknown> };
      const details = (failed.details ?? {}) as { reason?: FetchFailureReason } & Record<string, unknown>;
      const retry =
        look.state === "retry"
          ? { retry: { jobId, attempt: look.retryCount + 1, nextAttemptAt: look.startAfter.toISOString() } }
          : {};
      throw archiveFailure(
        details.reason ?? "unreachable",
        failed.message ?? "the page could not be archived",
        {
          ...details,
          ...retry,
        },
      );
    }
    if (Date.now() > deadline) {
      // Still running or not yet picked up: the job goes on and its outcome is listed with the jobs.
      throw archiveFailure("timeout", "archiving the page took longer than the request waits", {
        retry: {
          jobId,
          attempt: (look?.retryCount ?? 0) + (look?.state === "active" ? 1 : 0),
          nextAttemptAt: null,
        },
      });
    }
    await sleep(100);
  }
}
