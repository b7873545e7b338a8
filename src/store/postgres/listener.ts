import pg from 'pg';

const MAX_RETRY_MS = 5_000;

/**
 * One dedicated connection that LISTENs on a channel (a pooled connection cannot: the pool hands it
 * to other queries). A dropped connection is reopened with backoff; errors are reported, never
 * thrown, so a database restart does not take the process down. Notifications sent while it was
 * away are lost (Postgres does not queue them for absent listeners), so `onReconnect` lets the
 * owner wake everything once.
 */
export class NotificationListener {
  private client: pg.Client | undefined;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs = 100;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
    private readonly handlers: {
      onPayload: (payload: string) => void;
      onReconnect: () => void;
      onError: (err: Error) => void;
    },
  ) {}

  async start(): Promise<void> {
    await this.connect(false);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async connect(isRetry: boolean): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ ...this.config, application_name: 'bananastand-listener' });
    let dropped = false;
    const drop = (err?: Error) => {
      if (err) this.handlers.onError(err);
      if (dropped) return;
      dropped = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => {});
      this.scheduleRetry();
    };
    client.on('error', drop);
    client.on('end', () => drop());
    client.on('notification', (msg) => {
      if (msg.channel === this.channel && msg.payload) this.handlers.onPayload(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (err) {
      drop(err as Error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.retryMs = 100;
    if (isRetry) this.handlers.onReconnect();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect(true);
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}
