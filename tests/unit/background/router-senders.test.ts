import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchMessage, type Handlers } from '@/lib/background/router';
import { senderContext, type RawSender } from '@/lib/background/sender-context';
import { SENDER_CONTEXTS, type SenderContext } from '@/lib/shared/messaging/define';
import { protocol, type MessageName } from '@/lib/shared/messaging/protocol';

const OWN_ID = 'careside-id';
const POLICY = { ownId: OWN_ID, extensionOrigin: `chrome-extension://${OWN_ID}/` };

/** One real-looking sender per context, as the browser describes it. */
const SENDERS: Record<SenderContext, RawSender> = {
  page: { id: OWN_ID, url: 'https://x.com/acme/status/1', tab: { id: 7 }, frameId: 0 },
  // The panel's host is a per-session id on Chromium (use_dynamic_url), not the extension id.
  panel: { id: OWN_ID, url: 'chrome-extension://0f3c9a-session/panel.html?platform=x', tab: { id: 7 }, frameId: 5 },
  options: { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html#settings`, tab: { id: 9 }, frameId: 0 },
};

/** Who may send what: the panel works on one item, the options page does the rest; a page script sends nothing. */
const EXPECTED: Record<MessageName, readonly SenderContext[]> = {
  getStatus: ['options'],
  openOptions: ['panel'],
  logHandled: ['panel'],
  getHandledIds: ['panel'],
  getTemplateUsage: ['panel', 'options'],
  getStats: ['options'],
  recomputeStats: ['options'],
  getDataSummary: ['options'],
  exportLogCsv: ['options'],
  wipeData: ['options'],
  listTemplates: ['panel', 'options'],
  saveTemplate: ['options'],
  deleteTemplate: ['options'],
  restoreTemplate: ['options'],
  resetTemplates: ['options'],
  importTemplates: ['options'],
  exportTemplates: ['options'],
  listFollowUps: ['panel', 'options'],
  closeFollowUp: ['panel', 'options'],
  waitOnCustomer: ['panel', 'options'],
  getAuthorHistory: ['panel', 'options'],
  logPractice: ['options'],
  getPracticeAttempts: ['options'],
};

/** Handlers that only record that they ran: the router's decision is what is under test. */
function recordingHandlers() {
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(protocol).map((name) => [name, async () => void ran.push(name)]),
  ) as unknown as Handlers;
  return { handlers, ran };
}

afterEach(() => vi.restoreAllMocks());

describe('who may send each request', () => {
  it('the protocol declares exactly the expected senders for every message', () => {
    const declared = Object.fromEntries(Object.entries(protocol).map(([name, m]) => [name, [...m.senders].sort()]));
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([name, s]) => [name, [...s].sort()]));
    expect(declared).toEqual(expected);
  });

  it('page scripts may send no request at all (they talk over their port); templates, stats and data only come from the options page', () => {
    const fromPage = Object.entries(protocol).filter(([, m]) => m.senders.includes('page'));
    expect(fromPage.map(([name]) => name)).toEqual([]);
    expect(SENDER_CONTEXTS).toEqual(['page', 'panel', 'options']);
    for (const name of ['saveTemplate', 'importTemplates', 'getStats', 'getDataSummary', 'exportLogCsv', 'wipeData'])
      expect(protocol[name as MessageName].senders).toEqual(['options']);
  });

  describe.each(Object.keys(EXPECTED) as MessageName[])('%s', (name) => {
    it.each([...SENDER_CONTEXTS])('from %s', async (context) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { handlers, ran } = recordingHandlers();
      const response = await dispatchMessage(handlers, { careside: 1, name, input: {} }, SENDERS[context], POLICY);
      if (EXPECTED[name].includes(context)) {
        // Let through to the schema: either handled, or refused only for its (empty) input.
        if (!response.ok) expect(response.error).toContain('Invalid input');
        else expect(ran).toEqual([name]);
        expect(warn).not.toHaveBeenCalled();
      } else {
        expect(response).toEqual({ ok: false, error: `"${name}" is not allowed from ${context}.` });
        expect(ran).toEqual([]);
        expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`refused "${name}" from ${context} `)));
      }
    });
  });
});

describe('telling the context from the browser’s account of the sender', () => {
  it('recognises each context', () => {
    for (const context of SENDER_CONTEXTS) expect(senderContext(SENDERS[context], POLICY)).toBe(context);
    // Firefox: moz-extension URLs, the background's generated page.
    const firefox = { ownId: OWN_ID, extensionOrigin: 'moz-extension://a1b2/' };
    expect(senderContext({ id: OWN_ID, url: 'moz-extension://a1b2/options.html' }, firefox)).toBe('options');
    expect(senderContext({ ...SENDERS.page, url: 'https://web.facebook.com/acme/posts/1' }, POLICY)).toBe('page');
  });

  it('refuses every sender that fits no context', async () => {
    const unknown: RawSender[] = [
      { ...SENDERS.options, id: 'another-extension' },
      { ...SENDERS.page, url: 'https://evil.example/' }, // a site we don't run on
      { ...SENDERS.page, url: 'http://x.com/acme' }, // not https
      { ...SENDERS.page, frameId: 2 }, // a subframe of the site
      { ...SENDERS.page, tab: undefined }, // no tab
      { ...SENDERS.panel, tab: undefined }, // the panel page outside a tab
      { ...SENDERS.panel, frameId: 0 }, // the panel page opened as a tab
      { ...SENDERS.options, url: 'chrome-extension://someone-else/options.html' },
      { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` },
      // The background itself sends no request: its own document is no sender context.
      { id: OWN_ID, url: `chrome-extension://${OWN_ID}/background.js` },
      { id: OWN_ID, url: 'moz-extension://a1b2/_generated_background_page.html' },
      { id: OWN_ID },
    ];
    for (const sender of unknown) expect(senderContext(sender, POLICY), JSON.stringify(sender)).toBeNull();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { handlers, ran } = recordingHandlers();
    const response = await dispatchMessage(
      handlers,
      { careside: 1, name: 'listTemplates', input: {} },
      unknown[1]!,
      POLICY,
    );
    expect(response).toEqual({ ok: false, error: '"listTemplates" is not allowed from this sender.' });
    expect(ran).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      'CareSide: refused "listTemplates" from an unknown sender (https://evil.example, tab 7)',
    );
  });

  it('a field in the message claiming a context changes nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { handlers, ran } = recordingHandlers();
    const forged = { careside: 1 as const, name: 'wipeData', input: { confirm: 'DELETE' }, context: 'options' };
    const response = await dispatchMessage(
      handlers,
      forged,
      { ...SENDERS.page, url: 'https://x.com/options.html' },
      POLICY,
    );
    expect(response.ok).toBe(false);
    expect(ran).toEqual([]);
  });
});
