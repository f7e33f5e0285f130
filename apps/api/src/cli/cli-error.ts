/** A problem with the command line or its input, reported as one line and a non-zero exit. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const usage = `Usage: pnpm kroscek <command> [options]

Commands:
  serve [--host H] [--port P] [--data-dir D]   Serve the API and review UI (default http://127.0.0.1:3000)
        [--workers N]                          N processes on one port (PostgreSQL only: needs DATABASE_URL)
  migrate                                      Apply pending database migrations
  import <files or folders> [--workspace S]    Import articles (.txt/.md, optional YAML front-matter:
         [--outlet NAME]                       outlet, url, title, published_at, language, ...)
  token create --workspace S --role R [--name N]
                                               Create an API token; the token is printed alone on the last line
  user create --email E --name N [--workspace S --role R]
                                               Create an account; its generated password is printed alone on the last line
  workspace create <slug> --name N [--admin E] [--language id|en] [--time-zone Z]
                                               Create a workspace (an investigation), optionally with an admin
  redetect [--workspace S]                     Run the rules again (default: every workspace), rewriting
                                               each finding's code and parameters; review decisions are kept
  export reliability [--format csv|json] [--snapshot ID]
                                               Outlet reliability of the newest (or named) finished snapshot
  export claimreview | assertions | annotations
         [--workspace S] [--out FILE]          ClaimReview JSON-LD, assertions CSV, Web Annotation JSON-LD;
                                               streamed to stdout or FILE (default workspace: demo)

Storage: DATABASE_URL=postgres://... uses PostgreSQL; otherwise the embedded database in
KROSCEK_DATA_DIR (default ./.kroscek/data).`;
