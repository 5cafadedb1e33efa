/**
 * Firefox with the built extension, driven over WebDriver BiDi: Debian's firefox-esr (or FIREFOX_PATH) started
 * headless in a fresh profile, the unpacked .output/firefox-mv2 installed with webExtension.install (a temporary
 * add-on, as about:debugging does), and the replicas served at their real https URLs by intercepting every
 * request before it is sent (network.addIntercept + network.provideResponse): nothing reaches the network.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveReplica } from '../fixtures/routes';
import { Bidi } from './bidi';

export const FIREFOX_EXTENSION_PATH = resolve('.output/firefox-mv2');

/** FIREFOX_PATH, else firefox-esr or firefox on the PATH; undefined when there is none. */
export function findFirefox(): string | undefined {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  for (const name of ['firefox-esr', 'firefox']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

/** Quiet, offline profile: no first-run pages, no update or telemetry pings (they would be blocked anyway). */
const PREFS: Record<string, string | boolean | number> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'services.settings.server': 'data:,#remote-settings-off',
  'network.dns.disablePrefetch': true,
  'ui.prefersReducedMotion': 1,
};

export interface FirefoxSession {
  bidi: Bidi;
  version: string;
  extensionId: string;
  /** Requests to anything but the replicas, which were answered with an error. */
  blocked: string[];
  close(): Promise<void>;
}

function waitForEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolvePromise(`${match[1]}/session`);
      }
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi was up:\n${output}`)));
  });
}

export async function launchFirefox(binary: string): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'careside-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const child = spawn(binary, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const closeAll = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const bidi = await Bidi.connect(await waitForEndpoint(child));
    const session = await bidi.send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_PATH },
    });
    const blocked = await serveReplicas(bidi);
    return {
      bidi,
      version: session.capabilities.browserVersion,
      extensionId: extension,
      blocked,
      async close() {
        await bidi.send('session.end').catch(() => {});
        bidi.close();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Answers every http(s) request itself: the replicas at their real URLs, a network error for the rest. */
async function serveReplicas(bidi: Bidi): Promise<string[]> {
  const blocked: string[] = [];
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [
      { type: 'pattern', protocol: 'https' },
      { type: 'pattern', protocol: 'http' },
    ],
  });
  bidi.on(({ method, params }) => {
    if (method !== 'network.beforeRequestSent' || !params.isBlocked) return;
    const request = params.request as { request: string; url: string };
    const replica = resolveReplica(request.url);
    if (!replica) {
      blocked.push(request.url);
      void bidi.send('network.failRequest', { request: request.request }).catch(() => {});
      return;
    }
    const body = Buffer.isBuffer(replica.body) ? replica.body : Buffer.from(replica.body);
    void bidi
      .send('network.provideResponse', {
        request: request.request,
        statusCode: 200,
        reasonPhrase: 'OK',
        headers: [{ name: 'Content-Type', value: { type: 'string', value: replica.contentType } }],
        body: { type: 'base64', value: body.toString('base64') },
      })
      .catch(() => {});
  });
  return blocked;
}
