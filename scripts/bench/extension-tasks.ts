/**
 * Which long tasks on the host page are CareSide's: a Chrome trace gives every task on the page's main
 * thread, and a CPU profile recorded alongside says whether the extension's code ran inside each one
 * (the Long Tasks API in the page can't tell: it never names extension scripts).
 * Measured in one browser at a time, on page load and while scrolling with pauses (when reads happen).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { BENCH_FEED_URL } from '../../tests/fixtures/routes';

/** A task on the main thread that ran some of our code: its whole length, and our sampled share of it. */
export interface ExtensionTask {
  durationMs: number;
  /** Sampled time with our code on the stack (compiling our script shows as "(program)": not counted). */
  ownMs: number;
  /** The trace events inside it that say what it was (e.g. "EvaluateScript", "FireIdleCallback"). */
  kind: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** The parts of a CDP Profiler.Profile used here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';
const SAMPLING_INTERVAL_US = 200;
const EXTENSION_URL = 'chrome-extension://';
/** Tasks below this are not worth listing (the sampling can't size them well either). */
const MIN_TASK_MS = 4;

/** Records a trace and a CPU profile of the page while `during` runs. */
async function traceWhile(cdp: CDPSession, during: () => Promise<void>) {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { events, profile };
}

/** Sample times (trace clock, µs) at which the extension's code was on the stack. */
function extensionSampleTimes(profile: CpuProfile): number[] {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const here = nodeById.get(id)?.callFrame.url.startsWith(EXTENSION_URL) ?? false;
    const parent = parentOf.get(id);
    const result = here || (parent !== undefined && isOurs(parent));
    ours.set(id, result);
    return result;
  };
  const times: number[] = [];
  let at = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    at += profile.timeDeltas?.[i] ?? 0;
    if (isOurs(id)) times.push(at);
  });
  return times;
}

/** The page's main thread: the renderer thread that ran the most script. */
function pageMainThread(events: TraceEvent[]): string | undefined {
  const scriptEvents = new Map<string, number>();
  for (const e of events)
    if (e.name === 'FunctionCall' || e.name === 'EvaluateScript')
      scriptEvents.set(`${e.pid}:${e.tid}`, (scriptEvents.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  return [...scriptEvents].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Index of the first event starting at or after `ts` in events sorted by start. */
function firstAtOrAfter(events: TraceEvent[], ts: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].ts < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An event's name, with the script's file name when it has one. */
const describe = (e: TraceEvent): string => {
  const url = e.args?.data?.url;
  return url ? `${e.name} ${url.slice(url.lastIndexOf('/') + 1)}` : e.name;
};

/** Every task on the page's main thread in which the extension's code ran, longest first. */
export function extensionTasks(events: TraceEvent[], profile: CpuProfile): ExtensionTask[] {
  const thread = pageMainThread(events);
  const onThread = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const samples = extensionSampleTimes(profile).sort((a, b) => a - b);
  const tasks: ExtensionTask[] = [];
  let first = 0;
  for (const task of onThread) {
    if (task.name !== 'RunTask' || task.dur! < MIN_TASK_MS * 1000) continue;
    const end = task.ts + task.dur!;
    while (first < samples.length && samples[first] < task.ts) first++;
    let count = 0;
    while (first + count < samples.length && samples[first + count] <= end) count++;
    const inside: TraceEvent[] = [];
    for (let i = firstAtOrAfter(onThread, task.ts); i < onThread.length && onThread[i].ts <= end; i++)
      if (onThread[i] !== task) inside.push(onThread[i]);
    // Compiling our script shows in the profile as "(program)", not as our code: the trace names it.
    const evaluatesOurs = inside.some(
      (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(EXTENSION_URL),
    );
    if (count === 0 && !evaluatesOurs) continue;
    const kinds = [...new Set(inside.filter((e) => e.dur! > 1000).map(describe))].slice(0, 3).join(' + ');
    if (kinds.includes('CpuProfiler')) continue; // starting the profiler: the measurement's own task
    tasks.push({
      durationMs: task.dur! / 1000,
      ownMs: (count * SAMPLING_INTERVAL_US) / 1000,
      kind: kinds || 'RunTask',
    });
  }
  return tasks.sort((a, b) => b.durationMs - a.durationMs);
}

export interface ExtensionTaskRun {
  pageLoad: ExtensionTask[];
  scrolling: ExtensionTask[];
}

/**
 * One traced visit: load the feed (until `settleMs` after it is ready), then scroll it with `scroll`.
 * The page is opened blank first so that the trace starts before the extension's script is injected.
 */
export async function traceExtensionTasks(
  context: BrowserContext,
  settleMs: number,
  scroll: (page: Page) => Promise<void>,
): Promise<ExtensionTaskRun> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const load = await traceWhile(cdp, async () => {
      await page.goto(BENCH_FEED_URL);
      await page.waitForSelector('body[data-replica-ready]');
      await page.waitForTimeout(settleMs);
    });
    await page.mouse.move(600, 400);
    const scrolled = await traceWhile(cdp, () => scroll(page));
    return {
      pageLoad: extensionTasks(load.events, load.profile),
      scrolling: extensionTasks(scrolled.events, scrolled.profile),
    };
  } finally {
    await page.close();
  }
}
