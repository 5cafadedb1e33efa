/**
 * A minimal WebDriver BiDi client over one WebSocket (https://w3c.github.io/webdriver-bidi/): commands are
 * {id, method, params} answered by {type: "success" | "error", id}; everything else is an event.
 */
import WebSocket from 'ws';

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

export class Bidi {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(event: BidiEvent) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        id?: number;
        result?: unknown;
        error?: string;
        message?: string;
        method?: string;
        params?: Record<string, unknown>;
      };
      const waiting = message.id !== undefined ? this.pending.get(message.id) : undefined;
      if (waiting) {
        this.pending.delete(message.id!);
        if (message.type === 'success') waiting.resolve(message.result);
        else waiting.reject(new Error(`${message.error}: ${message.message}`));
      } else if (message.type === 'event') {
        for (const listener of this.listeners) listener({ method: message.method!, params: message.params! });
      }
    });
    ws.on('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('WebDriver BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new Bidi(ws);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(listener: (event: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.ws.close();
  }
}
