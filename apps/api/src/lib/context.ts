import type { DatabaseHandle } from "@kroscek/db";

/** What every request can reach: the database and the app's settings. */
export interface AppDeps {
  handle: DatabaseHandle;
  /** Folder holding the built review UI; absent when only the API is served. */
  webDist?: string | undefined;
  publicUrl?: string | undefined;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
  };
}
