import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { defineMessage } from '@/lib/shared/messaging/define';
import { protocol } from '@/lib/shared/messaging/protocol';

describe('protocol messages', () => {
  it('carry their schemas and the contexts that may send them', () => {
    const build = vi.fn(() => ({ input: z.object({ id: z.string() }), output: z.object({ ok: z.boolean() }) }));
    const message = defineMessage(build, { senders: ['options'] });
    expect(message.senders).toEqual(['options']);
    expect(message.input.safeParse({ id: 'a' }).success).toBe(true);
    expect(message.output.safeParse({ ok: 'yes' }).success).toBe(false);
    expect(message.input).toBe(message.input);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('every message of the protocol builds a schema for its input and its output', () => {
    for (const [name, message] of Object.entries(protocol)) {
      expect(message.input, name).toBeInstanceOf(z.ZodType);
      expect(message.output, name).toBeInstanceOf(z.ZodType);
    }
  });

  it('the row schemas check what the background logs', () => {
    const logHandled = protocol.logHandled.input;
    const valid = logHandled.safeParse({
      platform: 'x',
      itemId: '1',
      permalink: 'https://x.com/a/status/1',
      authorHandle: 'a',
      category: 'complaint',
      urgent: false,
      topics: [],
      urgentTopics: [],
      language: 'en',
      outcome: 'replied_public',
      resolved: false,
      itemCreatedAt: 1,
      createdAtApproximate: false,
      firstSeenAt: 1,
      actionAt: 2,
    });
    expect(valid.error?.issues ?? []).toEqual([]);
    expect(logHandled.safeParse({ platform: 'x', itemId: '' }).success).toBe(false);
  });
});
