import type { PGlite } from "@electric-sql/pglite";
import type { Activity } from "./activity";

type RawStreamOptions = Parameters<PGlite["execProtocolRawStream"]>[1];

/** Frontend messages after which the backend answers ReadyForQuery (0 is a startup message). */
const ENDS_WITH_READY = new Set([0, 0x53 /* S Sync */, 0x51 /* Q Query */, 0x46 /* F */, 0x63, 0x66]);

const SYNC = Uint8Array.of(0x53, 0, 0, 0, 4);

function simpleQuery(sql: string): Uint8Array {
  const text = new TextEncoder().encode(`${sql}\0`);
  const message = new Uint8Array(5 + text.length);
  message[0] = 0x51;
  new DataView(message.buffer).setInt32(1, 4 + text.length);
  message.set(text, 5);
  return message;
}

/**
 * Keeps the server's own queries and the socket's clients from interleaving on PGlite's single
 * backend. pglite-socket runs each client message under PGlite's query lock only, so on its own a
 * client's message could land between the statements of one of the server's transactions, and a
 * server query could run inside a client's open transaction. The gate takes PGlite's transaction
 * lock (the one `query`, `exec` and `transaction` wait for) when a client message starts and holds
 * it until that client's session is idle again (ReadyForQuery with status 'I'), across a whole
 * BEGIN…COMMIT or Parse…Sync sequence. While it is held, `isInTransaction()` answers true, which
 * tells pglite-socket's queue to run only that client's messages.
 */
export class SessionGate {
  #release: (() => void) | null = null;
  #idle: Promise<void> = Promise.resolve();
  #sessionIdle = false;
  #terminated = false;

  constructor(
    private readonly pg: PGlite,
    private readonly activity?: Activity,
  ) {}

  /** True while a socket client's session is open (its transaction or protocol sequence). */
  get held(): boolean {
    return this.#release !== null;
  }

  /** Resolves when no socket client holds the database. */
  whenIdle(): Promise<void> {
    return this.#idle;
  }

  async #acquire(): Promise<void> {
    if (this.#release) return;
    let settleIdle = () => {};
    this.#idle = new Promise((r) => {
      settleIdle = r;
    });
    await new Promise<void>((held, failed) => {
      this.pg
        ._runExclusiveTransaction(
          () =>
            new Promise<void>((done) => {
              this.#release = () => {
                this.#release = null;
                done();
                settleIdle();
              };
              held();
            }),
        )
        .catch(failed);
    });
  }

  #free(): void {
    this.#release?.();
  }

  /** Runs one client message (`fn` calls the facade's execProtocolRawStream) under the gate. */
  async #run<T>(fn: () => Promise<T>): Promise<T> {
    await this.#acquire();
    this.#sessionIdle = false;
    try {
      this.#terminated = false;
      const result = await this.pg.runExclusive(fn);
      if (this.#terminated) await this.abort();
      else if (this.#sessionIdle) this.#free();
      return result;
    } catch (error) {
      // PGlite itself failed (SQL errors arrive as ErrorResponse bytes, not here): end the
      // client's session so the server's own queries never run inside what it left open.
      await this.abort();
      throw error;
    }
  }

  async #exec(message: Uint8Array, options: RawStreamOptions): Promise<void> {
    if (message[0] === 0x58 /* X Terminate */) {
      // The client leaves, perhaps inside a transaction: end it before anyone else gets in.
      this.#terminated = true;
      return;
    }
    const tail: number[] = [];
    await this.pg.execProtocolRawStream(message, {
      ...options,
      onRawData: (data: Uint8Array) => {
        for (const b of data.subarray(Math.max(0, data.length - 6))) tail.push(b);
        if (tail.length > 6) tail.splice(0, tail.length - 6);
        options.onRawData(data);
      },
    });
    const type = message[0] ?? -1;
    const ready = ENDS_WITH_READY.has(type) && tail.length === 6 && tail[0] === 0x5a && tail[4] === 5;
    // 'I': no transaction open. 'T'/'E' (inside a transaction) keep the gate for this client.
    this.#sessionIdle = ready && tail[5] === 0x49; /* 'I' */
  }

  /** Ends whatever the departed client left open (a protocol sequence, a transaction). */
  async abort(): Promise<void> {
    if (!this.#release) return;
    try {
      await this.pg.runExclusive(async () => {
        await this.pg.execProtocolRaw(SYNC, { syncToFs: false });
        await this.pg.execProtocolRaw(simpleQuery("ROLLBACK"));
      });
    } finally {
      this.#free();
    }
  }

  /**
   * The PGlite face pglite-socket sees: every message goes through the gate, and the ROLLBACK it
   * sends for a client that disconnects inside a transaction runs under the gate it already holds
   * (PGlite's own `exec` would wait for that gate forever).
   */
  facade(): PGlite {
    const facade = {
      waitReady: this.pg.waitReady,
      isInTransaction: () => this.held,
      runExclusive: <T>(fn: () => Promise<T>) =>
        this.activity ? this.activity.around(() => this.#run(fn)) : this.#run(fn),
      execProtocolRawStream: (message: Uint8Array, options: RawStreamOptions) => this.#exec(message, options),
      exec: async () => {
        await this.abort();
        return [];
      },
    };
    return facade as unknown as PGlite;
  }
}
