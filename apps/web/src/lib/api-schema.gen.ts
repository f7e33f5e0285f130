// Generated from the API's OpenAPI document by `pnpm openapi:gen` (apps/api/scripts/openapi.ts).
// Do not edit: change the route schemas in apps/api and regenerate; CI fails when this file is stale.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database status */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (the current one required); your other sessions end */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their workspaces */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password; sets the session cookie
         * @description Answers the session with a `csrfToken`: send it as `X-CSRF-Token` on every cookie-authenticated write. Repeated failures answer 429 with Retry-After.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session and clears the cookie */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations to your e-mail */
        get: operations["listMyInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the workspace of an invitation to your e-mail
         * @description An archived workspace cannot be joined until it is restored (409 `workspace_archived`).
         */
        post: operations["acceptMyInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers (workspace, role, e-mail) */
        get: operations["getInvitationLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/link/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation link and sign in
         * @description If the invited e-mail has an account, send its password; otherwise choose a password (at least 12 characters) and a name to create the account. The link works once. An archived workspace cannot be joined until it is restored (409 `workspace_archived`; the link stays valid).
         */
        post: operations["acceptInvitationLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a setup link is still valid (the installation has no account yet) */
        get: operations["getSetupStatus"];
        put?: never;
        /**
         * Create the first account and its first workspace with the one-time setup link; signs in
         * @description `kroscek serve` prints the link when the database has no user. It works once: afterwards, or once any account exists, it answers 410.
         */
        post: operations["completeSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's workspaces with their role (archived ones with ?archived=true) */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace (an investigation or a newsroom); you become its admin
         * @description Any signed-in user may create one. Slugs are lower-case letters, digits and hyphens (2–63), unique, and not one of the product's reserved names. API tokens belong to one workspace and cannot create others (403).
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workspace and the caller's role in it */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit name, default language and time zone, the export publisher; archive or restore
         * @description Send the `version` you read; a stale one answers 409. `archived: true` makes the workspace read-only (writes answer 409 `workspace_archived`) and hides it from lists; `archived: false` restores it. Nothing is deleted.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles (without bodies)
         * @description Newest import first. Filters combine with AND.
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Archive an article
         * @description The body is stored byte for byte. Sending a body already stored in this workspace changes nothing and answers 200 with `status: duplicate` and the stored article. Name the outlet by `outletId` or by `outlet` (found by name or created); neither means the workspace's unknown outlet.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article, with its body */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an article's metadata (send the version you read)
         * @description Title, byline, url and wire credit only. The body is immutable (quotes are anchored into it): a `body` field, or any unknown field, answers 422. A stale version answers 409 with the current one.
         */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/articles/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An article's suggested claims, dates, entities, attributions, spam and furniture
         * @description Computed when the article was imported (or last refreshed), not on read. Positions are Unicode code points of the body; `quote` is the body text there.
         */
        get: operations["listSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/articles/{id}/suggestions/{suggestionId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a suggestion: one assertion per slot the sentence states, or a new entity
         * @description A claim suggestion takes `{ eventId }` or `{ event: { kind, title } }` (creates the event) and records one assertion for every slot its sentence states (date, place, participants, quantity), each value read from the sentence, the attribution the extractor found (unless `attribution` is given). Slots the sentence names but whose value cannot be read (e.g. participants no entity carries yet) are listed in `skipped`. Accepting again answers the same assertions (200), recording only slots not yet recorded; naming another event than the one it was accepted into answers 409.
         *
         *     `{ claimId }` records one assertion of that claim with the suggestion's quote (date, attribution and entity suggestions are accepted this way; the quote must not contradict the claim). A new_entity suggestion becomes an entity with its kind and spellings as aliases (`entity` corrects them) and the suggestions of every article that proposed the name are recomputed, so its mentions resolve.
         */
        post: operations["acceptSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/articles/{id}/suggestions/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute an article's suggestions (open ones are replaced, accepted ones kept) */
        post: operations["refreshSuggestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/articles/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import articles from NDJSON
         * @description One JSON object per line, each shaped like the body of `POST …/articles`; blank lines are skipped. The body may be at most 20971520 bytes (20 MiB); larger answers 413 and imports nothing. Each line is imported in its own transaction and reported in order as created, duplicate or rejected (with the reason and field paths), so one bad line loses nothing else. Answers 200 even when lines were rejected: read `totals`.
         */
        post: operations["importArticles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/articles/from-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an article from its URL
         * @description Fetches the page (http or https only; private, loopback, link-local and metadata addresses refused after name resolution and on each of at most 5 redirects; bounded size and time), reads its readable text and its metadata (JSON-LD NewsArticle, Open Graph, meta), finds the outlet by the page's domain or creates it, and stores the article with the raw page (sha256, fetch time, final URL, status). A URL or canonical URL already archived, or the same text, answers 200 with `status: duplicate` and `duplicateOf`. A page that cannot be archived answers 422 with `details.reason`: `not_html`, `too_large`, `timeout`, `http_status`, `blocked_address`, `no_readable_text`, `too_many_redirects` or `unreachable`. The archive runs as an `article.archive` job the request waits for; when the reason may pass (`timeout`, `unreachable`, HTTP 5xx or 429) `details.retry` gives `jobId`, `attempt` (runs so far) and `nextAttemptAt`: the job tries again with back-off and archives the article if a retry succeeds.
         */
        post: operations["createArticleFromUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/assertions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assertions (filter by article, claim, outlet, event, stance, attribution kind) */
        get: operations["listAssertions"];
        put?: never;
        /**
         * Record that an article asserts a value for a slot of an event, with the outlet's own words
         * @description The quote is anchored in the article body: a position (Unicode code points) must point at `exact`; without one `exact` must occur once (prefix/suffix disambiguate). Anchoring failures answer 422 with `details.reason`: not_found, ambiguous, position_mismatch or out_of_range.
         *
         *     Give either `claimId`, or `eventId` + `slot`. With a slot and no `value`, the value is read from the quote: a date resolved against the article's publication date and time zone, a place, actor or participants through the workspace's entities and aliases, a quantity from numerals and number words with its unit, occurrence from the stance; the claim with that value is found or created (equal values share one claim). A quote with no readable value answers 422 `value_unreadable` with `details.tried`. A quote that states another value than `claimId`'s claim (or than the `value` given) answers 422 `quote_contradicts_claim` with `details.read`.
         */
        post: operations["createAssertion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/assertions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assertion */
        get: operations["getAssertion"];
        put?: never;
        post?: never;
        /** Delete an assertion (its contradictions and flags go with it) */
        delete: operations["deleteAssertion"];
        options?: never;
        head?: never;
        /** Edit stance, attribution or note (send the version you read). The quote is immutable once anchored: sending quote, position, articleId or claimId answers 422 */
        patch: operations["updateAssertion"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail: who changed what, before and after
         * @description Newest first; filters combine with AND. Events about members and API tokens (e-mail addresses, token names) are listed only to roles that manage the workspace.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List claims */
        get: operations["listClaims"];
        put?: never;
        /** Record a claim about one slot of an event (summary generated when omitted) */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a claim's value or summary (send the version you read) */
        patch: operations["updateClaim"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/claims/{id}/assertions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim with every article asserting it: outlet, article, quote, stance, attribution */
        get: operations["getClaimAssertions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/claims/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim's own verdict (draft, published or retracted), with its next revision if one is drafted */
        get: operations["getVerdict"];
        /**
         * Draft or redraft a claim's verdict (send the version you read once one exists)
         * @description Redrafting a published verdict prepares its next revision; the published one stays public until an editor publishes the revision.
         */
        put: operations["draftVerdict"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/claims/{id}/verdict/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the verdict version you read (editors) */
        post: operations["publishVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/contradictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contradictions (both sides, with quotes) */
        get: operations["listContradictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/contradictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contradiction */
        get: operations["getContradiction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Confirm or dismiss a contradiction with a note (editors)
         * @description A dismissed contradiction is never re-opened by re-detection.
         */
        patch: operations["reviewContradiction"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entities (people, organisations, places, countries) */
        get: operations["listEntities"];
        put?: never;
        /** Record an entity with its aliases (the canonical name is always an alias) */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity with its aliases */
        get: operations["getEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an entity; `aliases` replaces the alias set (send the version you read) */
        patch: operations["updateEntity"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/entities/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find entities by name, matching aliases after normalisation (case, diacritics, hyphens) */
        get: operations["resolveEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/event-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Same-event suggestions: claim suggestions of several articles that probably report one event
         * @description Groups of claim suggestions across the workspace's articles with the same event kind, a participant in common, dates within three days (or unknown), and a score from participant overlap, date closeness, place and wording. Each has a proposed kind and title, its members side by side and the reasons, as codes with parameters and their Indonesian and English words. Recomputed when articles are imported or suggestions refreshed, not on read.
         */
        get: operations["listEventSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/event-suggestions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a same-event suggestion: create the event and accept every member sentence into it
         * @description Creates the event (the proposed kind and title unless `kind` or `title` correct them) or extends `eventId`, then accepts every member not in `exclude`: one assertion per slot each sentence states. Members already accepted into another event or stating no readable value are listed in `left`. Accepting again answers the same event and assertions.
         */
        post: operations["acceptEventSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/event-suggestions/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a same-event suggestion: it is not proposed again */
        post: operations["dismissEventSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List events */
        get: operations["listEvents"];
        put?: never;
        /** Record an event (place and participants must be entities of this workspace) */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with its participant ids */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an event; `participantIds` replaces the participants (send the version you read) */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/events/{id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outlet × claim matrix of an event: claims by slot against the outlets asserting them */
        get: operations["getEventMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/events/{id}/verdicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verdicts on an event as a whole */
        get: operations["listEventVerdicts"];
        put?: never;
        /** Draft a verdict on an event as a whole: several of its claims (one per slot) rated together */
        post: operations["createEventVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/exports/annotations.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assertions as W3C Web Annotations with quote selectors */
        get: operations["exportAnnotations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/exports/assertions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assertions (outlet, article, claim, stance, quote, attribution), CSV */
        get: operations["exportAssertionsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/exports/claimreview.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published verdicts as schema.org ClaimReview */
        get: operations["exportClaimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/exports/reliability.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outlet reliability, CSV (RFC 4180, formula-injection safe) */
        get: operations["exportReliabilityCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/exports/reliability.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outlet reliability, JSON */
        get: operations["exportReliabilityJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Followed feeds, with the last poll's result and the next poll time */
        get: operations["listFeeds"];
        put?: never;
        /**
         * Follow an RSS or Atom feed
         * @description The first poll is queued at once. Polls are conditional (If-None-Match, If-Modified-Since), every `pollIntervalMinutes`, and back off exponentially after failures (at most a day). Each new item is archived as in `POST …/articles/from-url`; an item is recorded under its guid (Atom id, else link) and never imported twice. The URL passes the same address checks as fetching pages.
         */
        post: operations["createFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop following a feed (its articles stay) */
        delete: operations["deleteFeed"];
        options?: never;
        head?: never;
        /** Pause, resume or re-time a feed (send the version you read) */
        patch: operations["updateFeed"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List flags (unsourced, anonymous source, undated, spam, syndicated copy, …) */
        get: operations["listFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Confirm or dismiss a flag with a note (editors) */
        patch: operations["reviewFlag"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations */
        get: operations["listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a pending invitation (its link stops working) */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs of this workspace (snapshots, feed polls, webhook deliveries)
         * @description Newest first, at most `limit`: state, runs so far, retry limit, times and the last error. Finished jobs stay listed for a week (failed ones two), then are archived and deleted after 30 days.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List members and their roles */
        get: operations["listMembers"];
        put?: never;
        /**
         * Invite a person by e-mail with a role
         * @description Answers an invitation and its one-time link (`acceptPath`, shown only now): the person opens it to join, creating an account if the e-mail has none, or accepts it from their list once signed in. The answer is the same whether or not the e-mail has an account, and shows nothing about it. An existing member answers 409.
         */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from the workspace */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member's role (send the version you read) */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/members/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new generated password for a member (shown once) and end their sessions
         * @description Refused (403) for an account that also belongs to a workspace the caller does not administer: its owner changes it after signing in.
         */
        post: operations["resetMemberPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List outlets */
        get: operations["listOutlets"];
        put?: never;
        /** Record an outlet */
        post: operations["createOutlet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/outlets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One outlet */
        get: operations["getOutlet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an outlet (send the version you read) */
        patch: operations["updateOutlet"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/outlets/{id}/assertions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An outlet's assertions with the claim and event each is about */
        get: operations["listOutletAssertions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/outlets/{id}/copy-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Copy groups (near-identical texts) holding the outlet's articles, with every member */
        get: operations["listOutletCopyGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/outlets/{id}/reliability-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An outlet's reliability over time (finished snapshots, newest first) */
        get: operations["getOutletReliabilityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/reliability/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every outlet's current score: the last finished snapshot's, or (refreshedAt set) the outlet's score refreshed incrementally after a write since */
        get: operations["getCurrentReliability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/reliability/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reliability snapshots, newest first */
        get: operations["listReliabilitySnapshots"];
        put?: never;
        /** Recompute every outlet's reliability (runs in the background; poll the snapshot) */
        post: operations["createReliabilitySnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/reliability/snapshots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One snapshot: status, progress and (once done) every outlet's row, best score first, unscored (insufficient evidence, no outlet) last */
        get: operations["getReliabilitySnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/reports/contradictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The editor's contradiction report (JSON); add .html for a printable page
         * @description Grouped by event and slot: every outlet's value and quote side by side, the published verdict and the outlets it bears out, and the findings with their review status and reviewer. In `lang`, else the Accept-Language header, else the workspace's language; dates in each article's time zone.
         */
        get: operations["getContradictionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/reports/contradictions.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The editor's contradiction report as a printable HTML page */
        get: operations["getContradictionReportHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over articles and claims
         * @description Articles (title and body) are matched with the stemmer of their own language (Indonesian, English, else no stemming), claim summaries with the Indonesian and English stemmers; `lang` restricts both to one language. Results are ordered by `ts_rank`, best first. `snippet` is plain text, never HTML: `highlights` gives the matched spans as code-point offsets into it (end exclusive). The cursor is an offset into the ranking, so a page can shift when texts are added between requests.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (never their secrets) */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token bound to this workspace and a role
         * @description The secret is in `token` of this response only; the server keeps its SHA-256.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token at once */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/verdict-scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's verdict scale (Indonesian and English labels, ClaimReview ratings) */
        get: operations["getVerdictScale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/verdicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A verdict by id (on a claim or on an event), with its next revision if one is drafted */
        get: operations["getVerdictById"];
        /**
         * Redraft a verdict (send the version you read)
         * @description On a published or retracted verdict this prepares its next revision; the published one stays public until the revision is published.
         */
        put: operations["redraftVerdict"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/verdicts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft or next revision you read (editors); it replaces the published one */
        post: operations["publishVerdictById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/verdicts/{id}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a published verdict with a reason (editors); exports show it as a correction */
        post: operations["retractVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/verdicts/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published revision of a verdict, oldest first */
        get: operations["listVerdictRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints (never their secrets) */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Events are delivered at least once as `POST` with a JSON body `{ id, type, timestamp, workspace, data }`, signed the Standard Webhooks way: headers `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256>` over `<webhook-id>.<webhook-timestamp>.<body>` with the base64-decoded part of the secret after `whsec_`. A receiver recomputes it, compares in constant time, refuses timestamps more than 5 minutes off and de-duplicates by `webhook-id` (the same on every retry); the `standardwebhooks` libraries do all of this. Non-2xx answers and timeouts are retried with exponential back-off. The URL passes the same address checks as fetching pages.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook endpoint and its delivery log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook endpoint (send the version you read) */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log of an endpoint: status, attempts, last answer and latency */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace}/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event (`webhook.test`) to the endpoint */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            role: components["schemas"]["Role"];
        };
        ApiTokenCreate: {
            name: string;
            role: components["schemas"]["Role"];
        };
        ApiTokenCreated: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            role: components["schemas"]["Role"];
            token: string;
        };
        ApiTokenPage: {
            items: components["schemas"]["ApiToken"][];
            nextCursor: string | null;
        };
        Article: {
            body: string;
            bodySha256: string;
            byline: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            importedAt: string;
            language: string;
            /** Format: uuid */
            outletId: string;
            outletName: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedPrecision: components["schemas"]["PublishedPrecision"] | null;
            timeZone: string;
            title: string | null;
            url: string | null;
            version: number;
            wireCredit: string | null;
        };
        ArticleArchive: {
            /** Format: uuid */
            articleId: string;
            canonicalUrl: string;
            charset: string;
            contentType: string | null;
            /** Format: date-time */
            fetchedAt: string;
            finalUrl: string;
            htmlBytes: number;
            htmlSha256: string;
            httpStatus: number;
            /** Format: uuid */
            id: string;
            metadata: {
                [key: string]: unknown;
            };
            redirects: string[];
            requestedUrl: string;
        };
        ArticleCreated: {
            article: components["schemas"]["Article"];
            /** @enum {string} */
            status: "created";
        };
        ArticleDuplicate: {
            article: components["schemas"]["Article"];
            /** @enum {string} */
            status: "duplicate";
        };
        ArticleFromUrlCreated: {
            archive: components["schemas"]["ArticleArchive"];
            article: components["schemas"]["Article"];
            /** @enum {string} */
            status: "created";
        };
        ArticleFromUrlDuplicate: {
            article: components["schemas"]["Article"];
            /**
             * @description What matched an article already stored
             * @enum {string}
             */
            duplicateOf: "canonical_url" | "text";
            /** @enum {string} */
            status: "duplicate";
        };
        ArticleFromUrlInput: {
            /** @description Overrides the page's declared language */
            language?: string;
            /** @description Outlet name; when left out, the outlet whose domain the page is on (created if none) */
            outlet?: string;
            /** Format: uri */
            url: string;
        };
        ArticleHit: {
            highlights: components["schemas"]["Highlight"][];
            /** Format: uuid */
            id: string;
            language: string;
            /** Format: uuid */
            outletId: string;
            outletName: string;
            /** Format: date-time */
            publishedAt: string | null;
            rank: number;
            /** @description plain text (never HTML); ' … ' joins fragments */
            snippet: string;
            title: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "article";
        };
        ArticleInput: {
            body: string;
            byline?: string | null;
            language?: string;
            outlet?: string;
            /** Format: uuid */
            outletId?: string;
            /** @description ISO 8601; a bare date means day precision */
            publishedAt?: string | null;
            /** @description IANA zone or '+10:00'; when left out, the offset of a publishedAt timestamp, else the workspace's default zone */
            timeZone?: string;
            title?: string | null;
            /** Format: uri */
            url?: string | null;
            wireCredit?: string | null;
        };
        ArticlePatch: {
            /** @description never accepted: the body is immutable */
            body?: unknown;
            byline?: string | null;
            title?: string | null;
            /** Format: uri */
            url?: string | null;
            version: number;
            wireCredit?: string | null;
        };
        ArticleRef: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            publishedAt: string | null;
            title: string | null;
            url: string | null;
        };
        ArticleSuggestions: {
            /** Format: uuid */
            articleId: string;
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["Suggestion"][];
            language: string;
        };
        ArticleSummary: {
            bodySha256: string;
            byline: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            importedAt: string;
            language: string;
            /** Format: uuid */
            outletId: string;
            outletName: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedPrecision: components["schemas"]["PublishedPrecision"] | null;
            timeZone: string;
            title: string | null;
            url: string | null;
            version: number;
            wireCredit: string | null;
        };
        ArticleSummaryPage: {
            items: components["schemas"]["ArticleSummary"][];
            nextCursor: string | null;
        };
        AssertingArticle: {
            article: components["schemas"]["ArticleRef"];
            attribution: {
                /** Format: uuid */
                entityId: string | null;
                kind: components["schemas"]["AttributionKind"];
                text: string | null;
            };
            /** Format: uuid */
            id: string;
            note: string | null;
            outlet: components["schemas"]["OutletRef"];
            position: {
                end: number;
                start: number;
            };
            quote: {
                exact: string;
                prefix: string;
                suffix: string;
            };
            stance: components["schemas"]["Stance"];
        };
        Assertion: {
            /** Format: uuid */
            articleId: string;
            attribution: {
                /** Format: uuid */
                entityId: string | null;
                kind: components["schemas"]["AttributionKind"];
                text: string | null;
            };
            /** Format: uuid */
            claimId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: uuid */
            outletId: string;
            position: {
                end: number;
                start: number;
            };
            quote: {
                exact: string;
                prefix: string;
                suffix: string;
            };
            stance: components["schemas"]["Stance"];
            version: number;
        };
        AssertionCreate: {
            /** Format: uuid */
            articleId: string;
            attribution?: components["schemas"]["Attribution"];
            /** Format: uuid */
            claimId?: string;
            /** Format: uuid */
            eventId?: string;
            note?: string | null;
            position?: components["schemas"]["TextPositionSelector"];
            quote: components["schemas"]["TextQuoteSelector"];
            slot?: components["schemas"]["ClaimSlot"];
            stance?: components["schemas"]["Stance"];
            value?: components["schemas"]["ClaimValue"];
        };
        AssertionCreated: {
            /** Format: uuid */
            articleId: string;
            attribution: {
                /** Format: uuid */
                entityId: string | null;
                kind: components["schemas"]["AttributionKind"];
                text: string | null;
            };
            claim: components["schemas"]["Claim"];
            /** Format: uuid */
            claimId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: uuid */
            outletId: string;
            position: {
                end: number;
                start: number;
            };
            quote: {
                exact: string;
                prefix: string;
                suffix: string;
            };
            stance: components["schemas"]["Stance"];
            version: number;
        };
        AssertionPage: {
            items: components["schemas"]["Assertion"][];
            nextCursor: string | null;
        };
        AssertionUpdate: {
            attribution?: components["schemas"]["Attribution"];
            note?: string | null;
            stance?: components["schemas"]["Stance"];
            version: number;
        };
        Attribution: {
            /** Format: uuid */
            entityId?: string | null;
            kind: components["schemas"]["AttributionKind"];
            text?: string | null;
        };
        /** @enum {string} */
        AttributionKind: "named_person" | "named_org" | "wire" | "document" | "anonymous" | "none";
        AttributionSuggestionDetails: {
            attributionKind: components["schemas"]["AttributionKind"];
            cue: string;
            /** Format: uuid */
            entityId: string | null;
            furniture: boolean;
            position: {
                end: number;
                start: number;
            };
            proposedName: string | null;
            speaker: {
                position: {
                    end: number;
                    start: number;
                };
                text: string;
            } | null;
            text: string;
        };
        AuditEvent: {
            action: string;
            /** Format: uuid */
            actorTokenId: string | null;
            /** Format: uuid */
            actorUserId: string | null;
            after?: unknown;
            before?: unknown;
            /** Format: date-time */
            createdAt: string;
            id: number;
            requestId: string | null;
            targetId: string;
            targetType: string;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        BulkImportReport: {
            lines: components["schemas"]["BulkLineResult"][];
            totals: {
                created: number;
                duplicate: number;
                rejected: number;
            };
        };
        BulkLineResult: {
            /** Format: uuid */
            articleId?: string;
            issues?: components["schemas"]["Issue"][];
            line: number;
            reason?: string;
            /** @enum {string} */
            status: "created" | "duplicate" | "rejected";
        };
        Claim: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            sentence: {
                en: string;
                id: string;
            };
            sentenceOverride: {
                en: string | null;
                id: string | null;
            };
            slot: components["schemas"]["ClaimSlot"];
            summary: string;
            value: components["schemas"]["ClaimValue"];
            version: number;
        };
        ClaimAssertions: {
            assertions: components["schemas"]["AssertingArticle"][];
            claim: components["schemas"]["Claim"];
        };
        ClaimCreate: {
            /** Format: uuid */
            eventId: string;
            summary?: string;
            value: components["schemas"]["ClaimValue"];
        };
        ClaimHit: {
            /** Format: uuid */
            eventId: string;
            highlights: components["schemas"]["Highlight"][];
            /** Format: uuid */
            id: string;
            rank: number;
            slot: components["schemas"]["ClaimSlot"];
            /** @description plain text (never HTML); ' … ' joins fragments */
            snippet: string;
            summary: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "claim";
        };
        ClaimPage: {
            items: components["schemas"]["Claim"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        ClaimSlot: "date" | "place" | "participants" | "actor" | "quantity" | "occurred" | "statement";
        ClaimSuggestionDetails: {
            attribution: components["schemas"]["AttributionSuggestionDetails"] | null;
            cues: string[];
            date: components["schemas"]["DateSuggestionDetails"] | null;
            eventKind: components["schemas"]["EventKind"];
            participants: {
                /** Format: uuid */
                entityId: string | null;
                name: string;
                position: {
                    end: number;
                    start: number;
                };
            }[];
            place: {
                /** Format: uuid */
                entityId: string | null;
                gazetteerId: string | null;
                name: string;
                position: {
                    end: number;
                    start: number;
                };
            } | null;
        };
        ClaimUpdate: {
            sentence?: {
                en?: string | null;
                id?: string | null;
            };
            summary?: string;
            value?: components["schemas"]["ClaimValue"];
            version: number;
        };
        ClaimValue: {
            expression?: string;
            interval: components["schemas"]["DateInterval"];
            /** @enum {string} */
            slot: "date";
        } | {
            /** Format: uuid */
            entityId: string;
            /** @enum {string} */
            slot: "place";
        } | {
            entityIds: string[];
            /** @enum {string} */
            slot: "participants";
        } | {
            /** Format: uuid */
            entityId: string;
            /** @enum {string} */
            slot: "actor";
        } | {
            amount: number;
            /** @enum {string} */
            slot: "quantity";
            /** @default 0 */
            tolerance: number;
            unit: string;
        } | {
            occurred: boolean;
            /** @enum {string} */
            slot: "occurred";
        } | {
            /** @enum {string} */
            slot: "statement";
            text: string;
        };
        ContradictionReport: {
            events: {
                /** Format: uuid */
                eventId: string;
                /** @enum {string} */
                kind: "meeting" | "visit" | "statement" | "agreement" | "military_action" | "other";
                kindLabel: string;
                slots: {
                    findings: {
                        assertionIds: [
                            string,
                            string
                        ];
                        /** Format: uuid */
                        id: string;
                        message: components["schemas"]["FindingMessage"];
                        resolutionNote: string | null;
                        /** Format: date-time */
                        reviewedAt: string | null;
                        reviewer: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        ruleId: string;
                        ruleLabel: string;
                        status: components["schemas"]["ReviewStatus"];
                        statusLabel: string;
                        text: string;
                    }[];
                    /** @enum {string} */
                    slot: "date" | "place" | "participants" | "actor" | "quantity" | "occurred" | "statement";
                    slotLabel: string;
                    values: {
                        /** Format: uuid */
                        claimId: string;
                        label: string;
                        outlets: {
                            /** Format: uuid */
                            articleId: string;
                            articleTitle: string | null;
                            articleUrl: string | null;
                            /** Format: uuid */
                            assertionId: string;
                            /** Format: uuid */
                            outletId: string;
                            outletName: string;
                            /** Format: date-time */
                            publishedAt: string | null;
                            publishedLocal: string | null;
                            quote: string;
                            /** @enum {string} */
                            stance: "asserts" | "denies" | "reports_unconfirmed";
                            stanceLabel: string;
                            timeZone: string;
                            valueLabel: string;
                        }[];
                        value: components["schemas"]["ClaimValue"];
                        verdict: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            publishedAt: string | null;
                            ratingKey: string;
                            ratingLabel: string;
                            ratingValue: number;
                            rationale: string;
                            supports: {
                                /** Format: uuid */
                                outletId: string;
                                outletName: string;
                            }[];
                        } | null;
                    }[];
                }[];
                title: string;
            }[];
            filters: {
                /** Format: uuid */
                eventId?: string;
                /**
                 * Format: date
                 * @description detected on or after this date
                 */
                from?: string;
                /** @enum {string} */
                includeInactive?: "true" | "false";
                /** Format: uuid */
                outletId?: string;
                /** @description rule id, e.g. date.conflict */
                rule?: string;
                status?: components["schemas"]["ReviewStatus"];
                /**
                 * Format: date
                 * @description detected on or before this date
                 */
                to?: string;
            };
            /** Format: date-time */
            generatedAt: string;
            /** @enum {string} */
            lang: "id" | "en";
            totals: {
                confirmed: number;
                dismissed: number;
                open: number;
            };
            workspace: {
                name: string;
                slug: string;
                timeZone: string;
            };
        };
        ContradictionSide: {
            /** Format: uuid */
            articleId: string;
            articleTitle: string | null;
            articleUrl: string | null;
            /** Format: uuid */
            assertionId: string;
            claimSummary: string;
            claimValue: components["schemas"]["ClaimValue"];
            /** Format: uuid */
            outletId: string;
            outletName: string;
            /** Format: date-time */
            publishedAt: string | null;
            quote: string;
            stance: string;
            timeZone: string;
        };
        ContradictionView: {
            active: boolean;
            /** Format: uuid */
            assertionAId: string;
            /** Format: uuid */
            assertionBId: string;
            /** Format: date-time */
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            eventTitle: string;
            /** @description English rendering of `message`, for older clients */
            explanation: string;
            /** Format: uuid */
            id: string;
            message: components["schemas"]["FindingMessage"];
            resolutionNote: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            ruleId: string;
            sides: [
                components["schemas"]["ContradictionSide"],
                components["schemas"]["ContradictionSide"]
            ];
            status: components["schemas"]["ReviewStatus"];
            version: number;
        };
        ContradictionViewPage: {
            items: components["schemas"]["ContradictionView"][];
            nextCursor: string | null;
        };
        DateInterval: {
            /** Format: date-time */
            end: string;
            precision: components["schemas"]["DatePrecision"];
            /** Format: date-time */
            start: string;
        };
        /** @enum {string} */
        DatePrecision: "day" | "week" | "month" | "year";
        DateSuggestionDetails: {
            explanation: string;
            furniture: boolean;
            interval: {
                /** Format: date-time */
                end: string;
                precision: components["schemas"]["DatePrecision"];
                /** Format: date-time */
                start: string;
            } | null;
            position: {
                end: number;
                start: number;
            };
            precision: components["schemas"]["DatePrecision"] | null;
            relative: boolean;
            /** @enum {string} */
            status: "resolved" | "unresolved";
            text: string;
        };
        Deleted: {
            /** @enum {boolean} */
            deleted: true;
        };
        Entity: {
            aliases: string[];
            canonicalName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["EntityKind"];
            version: number;
            wikidataId: string | null;
        };
        EntityCreate: {
            /** @default [] */
            aliases: string[];
            canonicalName: string;
            kind: components["schemas"]["EntityKind"];
            wikidataId?: string | null;
        };
        /** @enum {string} */
        EntityKind: "person" | "organisation" | "place" | "country";
        EntityPage: {
            items: components["schemas"]["Entity"][];
            nextCursor: string | null;
        };
        EntityResolution: {
            items: components["schemas"]["Entity"][];
            name: string;
            normalized: string;
        };
        EntityUpdate: {
            aliases?: string[];
            canonicalName?: string;
            kind?: components["schemas"]["EntityKind"];
            version: number;
            wikidataId?: string | null;
        };
        /** @enum {string} */
        ErrorCode: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "workspace_archived" | "gone" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "rate_limited" | "internal";
        ErrorEnvelope: {
            error: {
                code: components["schemas"]["ErrorCode"];
                details?: unknown;
                message: string;
                requestId: string;
            };
        };
        Event: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["EventKind"];
            participantIds: string[];
            /** Format: uuid */
            placeEntityId: string | null;
            title: string;
            version: number;
        };
        EventCreate: {
            description?: string | null;
            kind: components["schemas"]["EventKind"];
            /** @default [] */
            participantIds: string[];
            /** Format: uuid */
            placeEntityId?: string | null;
            title: string;
        };
        /** @enum {string} */
        EventKind: "meeting" | "visit" | "statement" | "agreement" | "military_action" | "other";
        EventMatrix: {
            cells: {
                assertions: components["schemas"]["MatrixAssertion"][];
                /** Format: uuid */
                claimId: string;
                /** Format: uuid */
                outletId: string;
            }[];
            event: components["schemas"]["Event"];
            outlets: components["schemas"]["OutletRef"][];
            slots: {
                claims: components["schemas"]["Claim"][];
                slot: components["schemas"]["ClaimSlot"];
            }[];
        };
        EventPage: {
            items: components["schemas"]["Event"][];
            nextCursor: string | null;
        };
        EventSuggestion: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            eventId: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["EventKind"];
            members: components["schemas"]["EventSuggestionMember"][];
            reasons: components["schemas"]["EventSuggestionReason"][];
            score: number;
            status: components["schemas"]["EventSuggestionStatus"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        EventSuggestionAccept: {
            /** Format: uuid */
            eventId?: string;
            /** @default [] */
            exclude: string[];
            kind?: components["schemas"]["EventKind"];
            title?: string;
        };
        EventSuggestionAcceptResult: {
            accepted: {
                assertions: components["schemas"]["Assertion"][];
                skipped: components["schemas"]["SkippedSlot"][];
                /** Format: uuid */
                suggestionId: string;
            }[];
            event: components["schemas"]["Event"];
            eventSuggestion: components["schemas"]["EventSuggestion"];
            left: {
                /** @enum {string} */
                reason: "excluded" | "other_event" | "unreadable";
                /** Format: uuid */
                suggestionId: string;
            }[];
        };
        EventSuggestionList: {
            items: components["schemas"]["EventSuggestion"][];
        };
        EventSuggestionMember: {
            /** Format: uuid */
            articleId: string;
            articleTitle: string | null;
            date: {
                end: string;
                precision: string;
                start: string;
                text: string;
            } | null;
            /** Format: uuid */
            outletId: string;
            outletName: string;
            participants: string[];
            place: string | null;
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** Format: uuid */
            suggestionId: string;
        };
        EventSuggestionReason: {
            /** @enum {string} */
            code: "same_kind" | "one_article" | "date_stated" | "shared_participants" | "same_day" | "dates_within" | "date_unknown" | "same_place" | "place_unknown" | "different_places" | "similar_text" | "continues_lead";
            params: {
                [key: string]: string | number | string[];
            };
            text: {
                en: string;
                id: string;
            };
        };
        /** @enum {string} */
        EventSuggestionStatus: "open" | "accepted" | "dismissed";
        EventUpdate: {
            description?: string | null;
            kind?: components["schemas"]["EventKind"];
            participantIds?: string[];
            /** Format: uuid */
            placeEntityId?: string | null;
            title?: string;
            version: number;
        };
        EventVerdictCreate: {
            claimIds: string[];
            /** @default [] */
            evidence: components["schemas"]["EvidenceLink"][];
            ratingKey: string;
            rationale: string;
            /** Format: uri */
            url?: string | null;
        };
        /** @enum {string} */
        EvidenceBasis: "own" | "copies_only" | "own_and_copies" | "none";
        EvidenceLink: {
            title?: string;
            /** Format: uri */
            url: string;
        };
        Feed: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            failures: number;
            /** Format: uuid */
            id: string;
            itemsFailed: number;
            itemsImported: number;
            itemsRetrying: number;
            lastError: string | null;
            lastItemError: string | null;
            /** Format: date-time */
            lastPolledAt: string | null;
            /** @enum {string|null} */
            lastResult: "ok" | "not_modified" | "error" | null;
            /** Format: date-time */
            nextPollAt: string;
            pollIntervalMinutes: number;
            title: string | null;
            url: string;
            version: number;
        };
        FeedCreate: {
            /** @default 15 */
            pollIntervalMinutes: number;
            /** Format: uri */
            url: string;
        };
        FeedList: {
            items: components["schemas"]["Feed"][];
        };
        FeedPatch: {
            /** @description false pauses polling */
            active?: boolean;
            pollIntervalMinutes?: number;
            version: number;
        };
        FindingMessage: {
            /** @enum {string} */
            code: "contradiction.conflict" | "contradiction.internal" | "contradiction.actor_not_participant" | "flag.anonymous_source" | "flag.anonymous_source_text" | "flag.unsourced" | "flag.unresolved_relative_date" | "flag.undated" | "flag.syndicated_copy" | "flag.spam_injection";
            params: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        FlagKind: "unsourced" | "anonymous_source" | "undated" | "unresolved_relative_date" | "internal_inconsistency" | "spam_injection" | "syndicated_copy";
        FlagView: {
            active: boolean;
            /** Format: uuid */
            articleId: string;
            articleTitle: string | null;
            /** Format: uuid */
            assertionId: string | null;
            /** Format: date-time */
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            /** @description English rendering of `message`, for older clients */
            explanation: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["FlagKind"];
            message: components["schemas"]["FindingMessage"];
            /** Format: uuid */
            outletId: string;
            outletName: string;
            quote: string | null;
            resolutionNote: string | null;
            ruleId: string;
            status: components["schemas"]["ReviewStatus"];
            version: number;
        };
        FlagViewPage: {
            items: components["schemas"]["FlagView"][];
            nextCursor: string | null;
        };
        Health: {
            /** @enum {string} */
            database: "pglite" | "postgres";
            migration: string;
            /** @enum {string} */
            status: "ok";
        };
        Highlight: {
            end: number;
            start: number;
        };
        Invitation: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        InvitationAccept: {
            displayName?: string;
            password: string;
        };
        InvitationCreated: {
            acceptPath: string;
            invitation: components["schemas"]["Invitation"];
            token: string;
        };
        InvitationPage: {
            items: components["schemas"]["Invitation"][];
            nextCursor: string | null;
        };
        Issue: {
            message: string;
            path: string;
        };
        Job: {
            attempts: number;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastError: string | null;
            name: string;
            retryLimit: number;
            /** Format: date-time */
            startAfter: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
        };
        JobList: {
            items: components["schemas"]["Job"][];
        };
        MatrixAssertion: {
            article: components["schemas"]["ArticleRef"];
            attribution: {
                /** Format: uuid */
                entityId: string | null;
                kind: components["schemas"]["AttributionKind"];
                text: string | null;
            };
            /** Format: uuid */
            id: string;
            note: string | null;
            position: {
                end: number;
                start: number;
            };
            quote: {
                exact: string;
                prefix: string;
                suffix: string;
            };
            stance: components["schemas"]["Stance"];
        };
        Member: {
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            userId: string;
            version: number;
        };
        MemberCreate: {
            /** Format: email */
            email: string;
            role: components["schemas"]["Role"];
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            nextCursor: string | null;
        };
        MemberUpdate: {
            role: components["schemas"]["Role"];
            version: number;
        };
        Outlet: {
            country: string | null;
            /** Format: date-time */
            createdAt: string;
            domain: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OutletKind"];
            language: string | null;
            name: string;
            version: number;
        };
        OutletAssertion: {
            article: components["schemas"]["ArticleRef"];
            attribution: {
                /** Format: uuid */
                entityId: string | null;
                kind: components["schemas"]["AttributionKind"];
                text: string | null;
            };
            claim: {
                /** Format: uuid */
                id: string;
                slot: components["schemas"]["ClaimSlot"];
                summary: string;
                value: components["schemas"]["ClaimValue"];
            };
            event: {
                /** Format: uuid */
                id: string;
                kind: components["schemas"]["EventKind"];
                title: string;
            };
            /** Format: uuid */
            id: string;
            note: string | null;
            position: {
                end: number;
                start: number;
            };
            quote: {
                exact: string;
                prefix: string;
                suffix: string;
            };
            stance: components["schemas"]["Stance"];
        };
        OutletAssertionsPage: {
            items: components["schemas"]["OutletAssertion"][];
            nextCursor: string | null;
            outlet: components["schemas"]["OutletRef"];
        };
        OutletCopyGroup: {
            articles: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                outletId: string;
                outletName: string;
                /** Format: date-time */
                publishedAt: string | null;
                title: string | null;
                wireCredit: string | null;
            }[];
            /** Format: uuid */
            id: string;
        };
        OutletCopyGroupPage: {
            items: components["schemas"]["OutletCopyGroup"][];
            nextCursor: string | null;
        };
        OutletCreate: {
            country?: string | null;
            domain?: string | null;
            kind?: components["schemas"]["OutletKind"];
            language?: string | null;
            name: string;
        };
        /** @enum {string} */
        OutletKind: "news" | "wire" | "state_media" | "aggregator" | "unknown";
        OutletPage: {
            items: components["schemas"]["Outlet"][];
            nextCursor: string | null;
        };
        OutletRef: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OutletKind"];
            name: string;
        };
        OutletUpdate: {
            country?: string | null;
            domain?: string | null;
            kind?: components["schemas"]["OutletKind"];
            language?: string | null;
            name?: string;
            version: number;
        };
        PasswordChange: {
            currentPassword: string;
            newPassword: string;
        };
        PasswordReset: {
            password: string;
        };
        /** @enum {string} */
        PublishedPrecision: "minute" | "day" | "month" | "year";
        Publisher: {
            /** Format: uri */
            logoUrl: string | null;
            name: string | null;
            /** Format: uri */
            url: string | null;
        };
        ReceivedInvitation: {
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
            workspace: {
                name: string;
                slug: string;
            };
        };
        ReceivedInvitationList: {
            items: components["schemas"]["ReceivedInvitation"][];
        };
        ReliabilityCurrent: {
            algorithmVersion: string;
            /** Format: date-time */
            computedAt: string;
            /** Format: date-time */
            refreshedAt: string | null;
            scores: {
                accuracy: number | null;
                accuracyHigh: number | null;
                accuracyLow: number | null;
                anonymousCount: number;
                assertionCount: number;
                basis: components["schemas"]["EvidenceBasis"];
                claimCount: number;
                components: {
                    [key: string]: unknown;
                };
                /** Format: uuid */
                outletId: string;
                outletName: string;
                /** Format: date-time */
                refreshedAt: string | null;
                score: number | null;
                status: components["schemas"]["ScoreStatus"];
                unsourcedCount: number;
            }[];
            /** Format: uuid */
            snapshotId: string;
        };
        ReliabilityHistoryEntry: {
            accuracy: number | null;
            accuracyHigh: number | null;
            accuracyLow: number | null;
            algorithmVersion: string;
            anonymousCount: number;
            assertionCount: number;
            basis: components["schemas"]["EvidenceBasis"];
            claimCount: number;
            components: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            computedAt: string;
            /** Format: uuid */
            outletId: string;
            score: number | null;
            /** Format: uuid */
            snapshotId: string;
            status: components["schemas"]["ScoreStatus"];
            unsourcedCount: number;
        };
        ReliabilityHistoryEntryPage: {
            items: components["schemas"]["ReliabilityHistoryEntry"][];
            nextCursor: string | null;
        };
        ReliabilityScore: {
            accuracy: number | null;
            accuracyHigh: number | null;
            accuracyLow: number | null;
            anonymousCount: number;
            assertionCount: number;
            basis: components["schemas"]["EvidenceBasis"];
            claimCount: number;
            components: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            outletId: string;
            outletName: string;
            score: number | null;
            status: components["schemas"]["ScoreStatus"];
            unsourcedCount: number;
        };
        ReliabilitySnapshotDetail: {
            algorithm: string;
            algorithmVersion: string;
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            parameters: {
                [key: string]: unknown;
            };
            progress: number;
            scores: components["schemas"]["ReliabilityScore"][];
            status: components["schemas"]["SnapshotStatus"];
            summary: {
                [key: string]: unknown;
            } | null;
        };
        ReliabilitySnapshotView: {
            algorithm: string;
            algorithmVersion: string;
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            parameters: {
                [key: string]: unknown;
            };
            progress: number;
            status: components["schemas"]["SnapshotStatus"];
            summary: {
                [key: string]: unknown;
            } | null;
        };
        ReliabilitySnapshotViewPage: {
            items: components["schemas"]["ReliabilitySnapshotView"][];
            nextCursor: string | null;
        };
        ReviewDecision: {
            note: string;
            /** @enum {string} */
            status: "confirmed" | "dismissed" | "open";
            version: number;
        };
        /** @enum {string} */
        ReviewStatus: "open" | "confirmed" | "dismissed";
        /** @enum {string} */
        Role: "admin" | "editor" | "factchecker" | "viewer";
        /** @enum {string} */
        ScoreStatus: "scored" | "insufficient_evidence" | "no_outlet";
        SearchHit: components["schemas"]["ArticleHit"] | components["schemas"]["ClaimHit"];
        SearchPage: {
            items: components["schemas"]["SearchHit"][];
            nextCursor: string | null;
        };
        Session: {
            csrfToken?: string;
            user: components["schemas"]["User"];
            workspaces: components["schemas"]["Workspace"][];
        };
        Setup: {
            displayName: string;
            /** Format: email */
            email: string;
            password: string;
            token: string;
            workspace: components["schemas"]["WorkspaceCreate"];
        };
        SetupStatus: {
            open: boolean;
        };
        SignIn: {
            /** Format: email */
            email: string;
            password: string;
        };
        SkippedSlot: {
            /** @enum {string} */
            reason: "value_unreadable";
            slot: components["schemas"]["ClaimSlot"];
            tried: {
                found: string[];
                note: string;
                reader: string;
            }[];
            unresolved: string[];
        };
        /**
         * @default {
         *       "params": {}
         *     }
         */
        SnapshotCreate: {
            minEvidence?: number;
            /** @default {} */
            params: {
                alpha?: number;
                beta?: number;
                credibleMass?: number;
                detectCopying?: boolean;
                falseValues?: number;
                rho?: number;
            };
            weights?: {
                anonymous: number;
                unsourced: number;
            };
        };
        /** @enum {string} */
        SnapshotStatus: "queued" | "running" | "done" | "failed";
        /** @enum {string} */
        Stance: "asserts" | "denies" | "reports_unconfirmed";
        Suggestion: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            assertionId: string | null;
            confidence: number;
            /** Format: date-time */
            createdAt: string;
            details: components["schemas"]["ClaimSuggestionDetails"];
            extractorVersion: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "claim";
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** @enum {string} */
            status: "open" | "accepted";
        } | {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            assertionId: string | null;
            confidence: number;
            /** Format: date-time */
            createdAt: string;
            details: components["schemas"]["DateSuggestionDetails"];
            extractorVersion: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "date";
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** @enum {string} */
            status: "open" | "accepted";
        } | {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            assertionId: string | null;
            confidence: number;
            /** Format: date-time */
            createdAt: string;
            details: components["schemas"]["AttributionSuggestionDetails"];
            extractorVersion: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "attribution";
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** @enum {string} */
            status: "open" | "accepted";
        } | {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            assertionId: string | null;
            confidence: number;
            /** Format: date-time */
            createdAt: string;
            details: {
                /** Format: uuid */
                entityId: string;
                furniture: boolean;
                /** @enum {string} */
                via: "alias" | "short_name";
            };
            extractorVersion: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "entity";
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** @enum {string} */
            status: "open" | "accepted";
        } | {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            assertionId: string | null;
            confidence: number;
            /** Format: date-time */
            createdAt: string;
            details: {
                entityKind: components["schemas"]["EntityKind"] | "unknown";
                mentions: {
                    position: {
                        end: number;
                        start: number;
                    };
                    text: string;
                }[];
                name: string;
            };
            extractorVersion: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "new_entity";
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** @enum {string} */
            status: "open" | "accepted";
        } | {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            assertionId: string | null;
            confidence: number;
            /** Format: date-time */
            createdAt: string;
            details: {
                reason: string;
            };
            extractorVersion: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "spam";
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** @enum {string} */
            status: "open" | "accepted";
        } | {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            assertionId: string | null;
            confidence: number;
            /** Format: date-time */
            createdAt: string;
            details: {
                label: string;
                reason: string;
            };
            extractorVersion: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "furniture";
            position: {
                end: number;
                start: number;
            };
            quote: string;
            /** @enum {string} */
            status: "open" | "accepted";
        };
        SuggestionAccept: {
            attribution?: components["schemas"]["Attribution"];
            /** Format: uuid */
            claimId?: string;
            entity?: {
                aliases?: string[];
                canonicalName?: string;
                kind?: components["schemas"]["EntityKind"];
            };
            event?: {
                kind: components["schemas"]["EventKind"];
                title: string;
            };
            /** Format: uuid */
            eventId?: string;
            note?: string | null;
            stance?: components["schemas"]["Stance"];
        };
        SuggestionAcceptResult: {
            assertion: components["schemas"]["Assertion"] | null;
            assertions: components["schemas"]["Assertion"][];
            entity: components["schemas"]["Entity"] | null;
            event: components["schemas"]["Event"] | null;
            skipped: components["schemas"]["SkippedSlot"][];
            suggestion: components["schemas"]["Suggestion"];
        };
        /** @enum {string} */
        SuggestionKind: "claim" | "date" | "entity" | "new_entity" | "attribution" | "spam" | "furniture";
        SuggestionRefreshResult: {
            /** Format: uuid */
            articleId: string;
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["Suggestion"][];
            language: string;
            replaced: number;
        };
        TextPositionSelector: {
            end: number;
            start: number;
        };
        TextQuoteSelector: {
            exact: string;
            prefix?: string;
            suffix?: string;
        };
        User: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
        };
        Verdict: {
            /** Format: uuid */
            claimId: string | null;
            claimIds: string[];
            /** Format: date-time */
            createdAt: string;
            draft: components["schemas"]["VerdictDraftState"] | null;
            /** Format: uuid */
            eventId: string | null;
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            modifiedAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            ratingKey: string;
            rationale: string;
            retraction: {
                /** Format: date-time */
                at: string;
                /** Format: uuid */
                by: string | null;
                reason: string;
            } | null;
            /** Format: uuid */
            reviewerId: string | null;
            revision: number;
            status: components["schemas"]["VerdictStatus"];
            /** Format: date-time */
            updatedAt: string;
            url: string | null;
            version: number;
        };
        VerdictDraft: {
            /** @default [] */
            evidence: components["schemas"]["EvidenceLink"][];
            ratingKey: string;
            rationale: string;
            /** Format: uri */
            url?: string | null;
            version?: number;
        };
        VerdictDraftState: {
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            ratingKey: string;
            rationale: string;
            /** Format: uuid */
            reviewerId: string | null;
            /** Format: date-time */
            updatedAt: string;
            url: string | null;
        };
        VerdictList: {
            items: components["schemas"]["Verdict"][];
        };
        VerdictPublish: {
            version: number;
        };
        VerdictRetract: {
            reason: string;
            version: number;
        };
        VerdictRevision: {
            evidence: {
                title?: string;
                /** Format: uri */
                url: string;
            }[];
            /** Format: date-time */
            publishedAt: string;
            /** Format: uuid */
            publishedBy: string | null;
            ratingKey: string;
            rationale: string;
            /** Format: date-time */
            retractedAt: string | null;
            retractionReason: string | null;
            /** Format: uuid */
            reviewerId: string | null;
            revision: number;
            url: string | null;
        };
        VerdictRevisionList: {
            items: components["schemas"]["VerdictRevision"][];
        };
        VerdictScale: {
            bestRating: number;
            items: components["schemas"]["VerdictScaleEntry"][];
            worstRating: number;
        };
        VerdictScaleEntry: {
            key: string;
            labelEn: string;
            labelId: string;
            position: number;
            ratingValue: number;
        };
        /** @enum {string} */
        VerdictStatus: "draft" | "published" | "retracted";
        WebhookCreate: {
            /** @default true */
            active: boolean;
            description?: string | null;
            events: components["schemas"]["WebhookEvent"][];
            /** Format: uri */
            url: string;
        };
        WebhookDelivery: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: uuid */
            endpointId: string;
            eventType: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            lastLatencyMs: number | null;
            lastStatusCode: number | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
        };
        WebhookEndpoint: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            events: components["schemas"]["WebhookEvent"][];
            /** Format: uuid */
            id: string;
            url: string;
            version: number;
        };
        WebhookEndpointCreated: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            events: components["schemas"]["WebhookEvent"][];
            /** Format: uuid */
            id: string;
            /** @description Standard Webhooks secret (whsec_…): shown only in this answer */
            secret: string;
            url: string;
            version: number;
        };
        WebhookEndpointList: {
            items: components["schemas"]["WebhookEndpoint"][];
        };
        /** @enum {string} */
        WebhookEvent: "contradiction.detected" | "flag.raised" | "verdict.published" | "verdict.retracted" | "snapshot.finished" | "article.archived";
        WebhookPatch: {
            active?: boolean;
            description?: string | null;
            events?: components["schemas"]["WebhookEvent"][];
            /** Format: uri */
            url?: string;
            version: number;
        };
        Workspace: {
            archived: boolean;
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            language: components["schemas"]["WorkspaceLanguage"];
            name: string;
            publisher: components["schemas"]["Publisher"];
            role: components["schemas"]["Role"];
            slug: string;
            timeZone: string;
            version: number;
        };
        WorkspaceCreate: {
            language?: components["schemas"]["WorkspaceLanguage"];
            name: string;
            slug: string;
            timeZone?: string;
        };
        /** @enum {string} */
        WorkspaceLanguage: "id" | "en";
        WorkspaceList: {
            items: components["schemas"]["Workspace"][];
        };
        WorkspaceUpdate: {
            archived?: boolean;
            language?: components["schemas"]["WorkspaceLanguage"];
            name?: string;
            publisher?: {
                /** Format: uri */
                logoUrl?: string | null;
                name?: string | null;
                /** Format: uri */
                url?: string | null;
            };
            timeZone?: string;
            version: number;
        };
    };
    responses: {
        /** @description Malformed request: invalid JSON or a cursor this API did not issue */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request conflicts with the current state */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The caller may not do this (role, token instead of person, or missing CSRF token) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The link was already used, withdrawn or has expired */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Internal error; the request id identifies it in the server log */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Unknown workspace or id (a workspace the caller cannot see answers the same) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Request body too large */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Too many failed attempts; `Retry-After` says when to try again */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No, malformed or unknown credentials */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Unsupported content type */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Validation failed; `details.issues` lists the field paths */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server and its database answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            /** @description Too many wrong current passwords; `Retry-After` says when to try again */
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong e-mail or password */
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            /** @description Too many failed attempts for this account or address; `Retry-After` says when to try again */
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listMyInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivedInvitationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptMyInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace you joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`): it can be joined once an admin restores it */
            409: components["responses"]["Conflict"];
            /** @description The invitation was already used, withdrawn or has expired */
            410: components["responses"]["Gone"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getInvitationLink: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivedInvitation"];
                };
            };
            /** @description Unknown invitation link */
            404: components["responses"]["NotFound"];
            /** @description The invitation was already used, withdrawn or has expired */
            410: components["responses"]["Gone"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptInvitationLink: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Joined and signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Wrong password for the invited e-mail's account */
            401: components["responses"]["Unauthorized"];
            /** @description Unknown invitation link */
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`): it can be joined once an admin restores it */
            409: components["responses"]["Conflict"];
            /** @description The invitation was already used, withdrawn or has expired */
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            /** @description Too many wrong passwords; `Retry-After` says when to try again */
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSetupStatus: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link is valid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupStatus"];
                };
            };
            /** @description Unknown setup link */
            404: components["responses"]["NotFound"];
            /** @description The installation is already set up: the link works once */
            410: components["responses"]["Gone"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    completeSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /** Format: email */
                    email: string;
                    password: string;
                    token: string;
                    workspace: components["schemas"]["WorkspaceCreate"];
                };
            };
        };
        responses: {
            /** @description Set up and signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Unknown setup link */
            404: components["responses"]["NotFound"];
            /** @description The installation is already set up: the link works once */
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description include archived workspaces */
                archived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your workspaces */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    language?: components["schemas"]["WorkspaceLanguage"];
                    name: string;
                    slug: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description The new workspace, with your role */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The slug is taken */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    archived?: boolean;
                    language?: components["schemas"]["WorkspaceLanguage"];
                    name?: string;
                    publisher?: {
                        /** Format: uri */
                        logoUrl?: string | null;
                        name?: string | null;
                        /** Format: uri */
                        url?: string | null;
                    };
                    timeZone?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The workspace as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listArticles: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 'id' also matches regional tags such as 'id-ID' */
                language?: string;
                limit?: number;
                outletId?: string;
                /** @description inclusive; articles without a date are left out */
                publishedFrom?: string;
                /** @description inclusive; articles without a date are left out */
                publishedTo?: string;
                /** @description case-insensitive text in the title or body */
                q?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of article summaries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleSummaryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    byline?: string | null;
                    language?: string;
                    outlet?: string;
                    /** Format: uuid */
                    outletId?: string;
                    /** @description ISO 8601; a bare date means day precision */
                    publishedAt?: string | null;
                    /** @description IANA zone or '+10:00'; when left out, the offset of a publishedAt timestamp, else the workspace's default zone */
                    timeZone?: string;
                    title?: string | null;
                    /** Format: uri */
                    url?: string | null;
                    wireCredit?: string | null;
                };
            };
        };
        responses: {
            /** @description The same text was already stored: that article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDuplicate"];
                };
            };
            /** @description The new article */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description never accepted: the body is immutable */
                    body?: unknown;
                    byline?: string | null;
                    title?: string | null;
                    /** Format: uri */
                    url?: string | null;
                    version: number;
                    wireCredit?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listSuggestions: {
        parameters: {
            query?: {
                kind?: components["schemas"]["SuggestionKind"];
                status?: "open" | "accepted";
            };
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored suggestions, in text order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleSuggestions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                suggestionId: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: components["schemas"]["Attribution"];
                    /** Format: uuid */
                    claimId?: string;
                    entity?: {
                        aliases?: string[];
                        canonicalName?: string;
                        kind?: components["schemas"]["EntityKind"];
                    };
                    event?: {
                        kind: components["schemas"]["EventKind"];
                        title: string;
                    };
                    /** Format: uuid */
                    eventId?: string;
                    note?: string | null;
                    stance?: components["schemas"]["Stance"];
                };
            };
        };
        responses: {
            /** @description Already accepted: the same event, assertions or entity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionAcceptResult"];
                };
            };
            /** @description The accepted suggestion and what it recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionAcceptResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    refreshSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recomputed suggestions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionRefreshResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    importArticles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description One result per non-blank line, with totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkImportReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createArticleFromUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Overrides the page's declared language */
                    language?: string;
                    /** @description Outlet name; when left out, the outlet whose domain the page is on (created if none) */
                    outlet?: string;
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Already stored: that article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleFromUrlDuplicate"];
                };
            };
            /** @description The new article and its archived page */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleFromUrlCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listAssertions: {
        parameters: {
            query?: {
                articleId?: string;
                attributionKind?: components["schemas"]["AttributionKind"];
                claimId?: string;
                cursor?: string;
                eventId?: string;
                limit?: number;
                outletId?: string;
                stance?: components["schemas"]["Stance"];
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assertions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssertionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createAssertion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    articleId: string;
                    attribution?: components["schemas"]["Attribution"];
                    /** Format: uuid */
                    claimId?: string;
                    /** Format: uuid */
                    eventId?: string;
                    note?: string | null;
                    position?: components["schemas"]["TextPositionSelector"];
                    quote: components["schemas"]["TextQuoteSelector"];
                    slot?: components["schemas"]["ClaimSlot"];
                    stance?: components["schemas"]["Stance"];
                    value?: components["schemas"]["ClaimValue"];
                };
            };
        };
        responses: {
            /** @description The new assertion, with the stored selectors and its claim */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssertionCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getAssertion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assertion */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assertion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteAssertion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateAssertion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attribution?: components["schemas"]["Attribution"];
                    note?: string | null;
                    stance?: components["schemas"]["Stance"];
                    version: number;
                };
            };
        };
        responses: {
            /** @description The updated assertion */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assertion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description exact action, e.g. article.update */
                action?: string;
                /** @description a user id or an API token id */
                actor?: string;
                cursor?: string;
                limit?: number;
                targetId?: string;
                /** @description e.g. article, outlet, claim */
                targetType?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listClaims: {
        parameters: {
            query?: {
                cursor?: string;
                eventId?: string;
                limit?: number;
                slot?: "date" | "place" | "participants" | "actor" | "quantity" | "occurred" | "statement";
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    eventId: string;
                    summary?: string;
                    value: components["schemas"]["ClaimValue"];
                };
            };
        };
        responses: {
            /** @description The new claim */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sentence?: {
                        en?: string | null;
                        id?: string | null;
                    };
                    summary?: string;
                    value?: components["schemas"]["ClaimValue"];
                    version: number;
                };
            };
        };
        responses: {
            /** @description The updated claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getClaimAssertions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim and its asserting articles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimAssertions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    draftVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceLink"][];
                    ratingKey: string;
                    rationale: string;
                    /** Format: uri */
                    url?: string | null;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description The redrafted verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            /** @description The first draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    publishVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description The published verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listContradictions: {
        parameters: {
            query?: {
                cursor?: string;
                eventId?: string;
                /** @description detected on or after this date */
                from?: string;
                includeInactive?: "true" | "false";
                limit?: number;
                outletId?: string;
                /** @description rule id, e.g. date.conflict */
                rule?: string;
                status?: components["schemas"]["ReviewStatus"];
                /** @description detected on or before this date */
                to?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contradictions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContradictionViewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getContradiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contradiction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContradictionView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    reviewContradiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    /** @enum {string} */
                    status: "confirmed" | "dismissed" | "open";
                    version: number;
                };
            };
        };
        responses: {
            /** @description The reviewed contradiction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContradictionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEntities: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "person" | "organisation" | "place" | "country";
                limit?: number;
                /** @description Part of the canonical name or of any alias */
                q?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entities, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    aliases?: string[];
                    canonicalName: string;
                    kind: components["schemas"]["EntityKind"];
                    wikidataId?: string | null;
                };
            };
        };
        responses: {
            /** @description The new entity */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aliases?: string[];
                    canonicalName?: string;
                    kind?: components["schemas"]["EntityKind"];
                    version: number;
                    wikidataId?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated entity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    resolveEntities: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching entities; empty when none */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityResolution"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEventSuggestions: {
        parameters: {
            query?: {
                /** @description default: open */
                status?: "open" | "accepted" | "dismissed";
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSuggestionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptEventSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    eventId?: string;
                    /** @default [] */
                    exclude?: string[];
                    kind?: components["schemas"]["EventKind"];
                    title?: string;
                };
            };
        };
        responses: {
            /** @description The event and what each member recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSuggestionAcceptResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    dismissEventSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dismissed suggestion */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSuggestion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Only events this entity participates in */
                entityId?: string;
                kind?: "meeting" | "visit" | "statement" | "agreement" | "military_action" | "other";
                limit?: number;
                /** @description Part of the title */
                q?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    kind: components["schemas"]["EventKind"];
                    /** @default [] */
                    participantIds?: string[];
                    /** Format: uuid */
                    placeEntityId?: string | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description The new event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    kind?: components["schemas"]["EventKind"];
                    participantIds?: string[];
                    /** Format: uuid */
                    placeEntityId?: string | null;
                    title?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The updated event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getEventMatrix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event's matrix */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMatrix"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listEventVerdicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event's verdicts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdictList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createEventVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    claimIds: string[];
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceLink"][];
                    ratingKey: string;
                    rationale: string;
                    /** Format: uri */
                    url?: string | null;
                };
            };
        };
        responses: {
            /** @description The first draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportAnnotations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assertions as W3C Web Annotations with quote selectors (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportAssertionsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assertions (outlet, article, claim, stance, quote, attribution), CSV (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportClaimReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published verdicts as schema.org ClaimReview (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportReliabilityCsv: {
        parameters: {
            query?: {
                /** @description Snapshot id: that snapshot's rows as computed. Default: the current scores, i.e. the newest finished snapshot with each outlet re-estimated by a refresh since then in place (refreshed_at set) */
                snapshot?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Outlet reliability, CSV (RFC 4180, formula-injection safe) (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The snapshot named is still running or failed; export it once it is done */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    exportReliabilityJson: {
        parameters: {
            query?: {
                /** @description Snapshot id: that snapshot's rows as computed. Default: the current scores, i.e. the newest finished snapshot with each outlet re-estimated by a refresh since then in place (refreshed_at set) */
                snapshot?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Outlet reliability, JSON (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The snapshot named is still running or failed; export it once it is done */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feeds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 15 */
                    pollIntervalMinutes?: number;
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description The feed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description false pauses polling */
                    active?: boolean;
                    pollIntervalMinutes?: number;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listFlags: {
        parameters: {
            query?: {
                articleId?: string;
                cursor?: string;
                eventId?: string;
                from?: string;
                includeInactive?: "true" | "false";
                kind?: components["schemas"]["FlagKind"];
                limit?: number;
                outletId?: string;
                status?: components["schemas"]["ReviewStatus"];
                to?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of flags, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagViewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    reviewFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    /** @enum {string} */
                    status: "confirmed" | "dismissed" | "open";
                    version: number;
                };
            };
        };
        responses: {
            /** @description The reviewed flag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                limit?: number;
                name?: string;
                state?: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jobs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    role: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description The invitation and its link, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the member's user id */
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the member's user id */
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: components["schemas"]["Role"];
                    version: number;
                };
            };
        };
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    resetMemberPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the member's user id */
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new password, shown only now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listOutlets: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "news" | "wire" | "state_media" | "aggregator" | "unknown";
                limit?: number;
                q?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of outlets, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createOutlet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    domain?: string | null;
                    kind?: components["schemas"]["OutletKind"];
                    language?: string | null;
                    name: string;
                };
            };
        };
        responses: {
            /** @description The new outlet */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outlet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getOutlet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outlet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outlet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateOutlet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string | null;
                    domain?: string | null;
                    kind?: components["schemas"]["OutletKind"];
                    language?: string | null;
                    name?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The updated outlet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outlet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listOutletAssertions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the outlet's assertions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletAssertionsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listOutletCopyGroups: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of copy groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletCopyGroupPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getOutletReliabilityHistory: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of scores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReliabilityHistoryEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentReliability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current scores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReliabilityCurrent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listReliabilitySnapshots: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of snapshots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReliabilitySnapshotViewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createReliabilitySnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        /** @description Optional engine parameter and score weight overrides, and `minEvidence` (fewest event slots for a score; default alpha + beta) */
        requestBody?: {
            content: {
                "application/json": {
                    minEvidence?: number;
                    /** @default {} */
                    params?: {
                        alpha?: number;
                        beta?: number;
                        credibleMass?: number;
                        detectCopying?: boolean;
                        falseValues?: number;
                        rho?: number;
                    };
                    weights?: {
                        anonymous: number;
                        unsourced: number;
                    };
                };
            };
        };
        responses: {
            /** @description The queued snapshot */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReliabilitySnapshotView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getReliabilitySnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReliabilitySnapshotDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getContradictionReport: {
        parameters: {
            query?: {
                eventId?: string;
                /** @description detected on or after this date */
                from?: string;
                includeInactive?: "true" | "false";
                /** @description id or en; else Accept-Language, else the workspace's language */
                lang?: "id" | "en";
                outletId?: string;
                /** @description rule id, e.g. date.conflict */
                rule?: string;
                status?: components["schemas"]["ReviewStatus"];
                /** @description detected on or before this date */
                to?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contradictions grouped by event and slot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContradictionReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getContradictionReportHtml: {
        parameters: {
            query?: {
                eventId?: string;
                /** @description detected on or after this date */
                from?: string;
                includeInactive?: "true" | "false";
                /** @description id or en; else Accept-Language, else the workspace's language */
                lang?: "id" | "en";
                outletId?: string;
                /** @description rule id, e.g. date.conflict */
                rule?: string;
                status?: components["schemas"]["ReviewStatus"];
                /** @description detected on or before this date */
                to?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Printable report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    search: {
        parameters: {
            query: {
                cursor?: string;
                /** @description stem the query with this language and search only articles in it; omitted, each text is matched in its own language */
                lang?: "id" | "en";
                limit?: number;
                /** @description web-search syntax: words, "quoted phrases", OR, -excluded */
                q: string;
                /** @description only articles or only claims */
                type?: "article" | "claim";
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listTokens: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    role: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description The new token, with its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getVerdictScale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scale, best rating first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdictScale"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    getVerdictById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    redraftVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceLink"][];
                    ratingKey: string;
                    rationale: string;
                    /** Format: uri */
                    url?: string | null;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description The redrafted verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    publishVerdictById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description The published verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    retractVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The retracted verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verdict"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listVerdictRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published revisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdictRevisionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    description?: string | null;
                    events: components["schemas"]["WebhookEvent"][];
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description The endpoint, with its secret (shown once) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    description?: string | null;
                    events?: components["schemas"]["WebhookEvent"][];
                    /** Format: uri */
                    url?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The `version` sent is stale (`details.currentVersion` holds the current one); or the workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queued delivery */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The workspace is archived (`workspace_archived`) or the record already exists */
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
}
