// Chromium with an unpacked build of the extension, pointed at the local fixture server.
// x.com and www.facebook.com resolve to the server (--host-resolver-rules), so the extension's
// real manifest matches apply. A watcher attached to every target over the browser's own
// DevTools connection records each request and console message with the target that made it,
// so a test can tell the extension's traffic apart from the page's and from Chromium's.

import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import WebSocket from 'ws';
import type { FixtureApi, FixtureEditorInfo, FixtureSelection, FixtureSite } from '../fixtures/api';
import { editorSelector } from '../fixtures/api';
import { fixtureHosts, hostOf, startFixtureServer, type FixtureServer } from './server';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const chromiumBinaries = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** Which kind of context a request or message came from: a web page (and any content script in it
 * whose script URL is not visible), the extension's own contexts, or Chromium's own UI (chrome:// pages). */
export type Origin = 'page' | 'extension' | 'browser';

export interface RecordedRequest {
  url: string;
  method: string;
  /** CDP resource type: Document, Script, Fetch, XHR, Image, WebSocket, … */
  resourceType: string;
  /** CDP target type: page, iframe, service_worker, worker, … */
  targetType: string;
  targetUrl: string;
  /** extension when the target is a chrome-extension:// context or an extension script started it. */
  origin: Origin;
  /** First script URL in the initiator stack (a content script shows up here), or the initiator's URL. */
  initiatorUrl: string | null;
}

export interface RecordedConsoleMessage {
  level: string;
  text: string;
  targetType: string;
  targetUrl: string;
  /** extension for the service worker, extension pages, and content scripts' isolated worlds. */
  origin: Origin;
  /** Script URL the message or exception points at, when known. */
  url: string | null;
}

/** The unpacked extension the tests load: RAPPORT_E2E_DIST overrides dist/ (e.g. a build in /tmp). */
export const defaultDist = process.env.RAPPORT_E2E_DIST ?? 'dist';

export interface LaunchOptions {
  /** Unpacked extension directory, absolute or relative to the project root. */
  dist?: string;
  headless?: boolean;
  /** Reuse a running fixture server instead of starting one (it is then not closed by close()). */
  server?: FixtureServer;
  /** Only the policy suite launches with a managed policy; every other run fails fast if one is active. */
  managedPolicy?: 'expected';
}

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker. While stopped, evaluate() in it hangs; once an event wakes it, it answers again. */
  readonly serviceWorker: Worker;
  extensionId: string;
  server: FixtureServer;
  /** Opens https://x.com{path} in a new tab and waits for the fixture page to be ready. */
  /** Opens https://<the network's first host>{path} in a new tab and waits for its fixture page to be ready. */
  openSite(site: FixtureSite, pathname?: string): Promise<Page>;
  openX(pathname?: string): Promise<Page>;
  /** Opens https://www.facebook.com{path} in a new tab and waits for the fixture page to be ready. */
  openFacebook(pathname?: string): Promise<Page>;
  /** Opens any fixture URL (https://pro.x.com/, https://business.facebook.com/latest/composer, …). */
  openUrl(url: string): Promise<Page>;
  /** Stops the extension's service worker, as Chromium does when it idles; resolves once it has stopped. */
  stopServiceWorker(): Promise<void>;
  /** Every request from every target since launch (http, https, ws, wss, data, blob, chrome-extension). */
  requests: RecordedRequest[];
  consoleMessages: RecordedConsoleMessage[];
  /** Requests that left the machine's fixture hosts: anything not to the fixture server or the extension's own files. */
  networkRequests(): RecordedRequest[];
  close(): Promise<void>;
}

const isNetworkUrl = (url: string): boolean => /^(https?|wss?|ftp):/i.test(url);
const fixtureOrigins = new Set(Object.keys(fixtureHosts).map((host) => `https://${host}`));

/** True for requests to the fixture server (the pages' own host). */
export function isFixtureRequest(request: RecordedRequest): boolean {
  try {
    return fixtureOrigins.has(new URL(request.url).origin);
  } catch {
    return false;
  }
}

/** Where Chromium on Linux reads managed policies; the policy suite writes its file here. */
export const MANAGED_POLICY_DIRECTORY = '/etc/chromium/policies/managed';

/**
 * Chromium applies every file in /etc/chromium/policies/managed to every browser on the machine, so
 * another test run's policy suite would silently change this run's presets (seen once as a fix that
 * "did nothing" when two suites shared a machine). Fail with the reason instead. Read from disk:
 * asking the service worker at launch held up the orphan test's worker restart.
 */
function refuseForeignPolicy(): void {
  const files = existsSync(MANAGED_POLICY_DIRECTORY) ? readdirSync(MANAGED_POLICY_DIRECTORY).filter((name) => name.endsWith('.json')) : [];
  if (files.length > 0) {
    throw new Error(
      `managed policy files in ${MANAGED_POLICY_DIRECTORY} (${files.join(', ')}) would apply to this run's Chromium: another test run's policy suite may be running; run one suite at a time or set RAPPORT_NO_POLICY_E2E=1 in all but one`,
    );
  }
}

function chromiumExecutable(): string {
  const found = chromiumBinaries.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Chromium not found (looked for ${chromiumBinaries.join(', ')}); see PLATFORM.md`);
  return found;
}

export async function launch({ dist = defaultDist, headless = true, server: givenServer, managedPolicy }: LaunchOptions = {}): Promise<Harness> {
  if (managedPolicy !== 'expected') refuseForeignPolicy();
  const extensionDirectory = path.resolve(projectRoot, dist);
  if (!existsSync(path.join(extensionDirectory, 'manifest.json'))) {
    throw new Error(`${extensionDirectory}/manifest.json is missing: build the extension first (npx vite build)`);
  }
  const server = givenServer ?? (await startFixtureServer());
  const userDataDirectory = await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-'));
  const hostRules = Object.keys(fixtureHosts)
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    .join(',');

  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: chromiumExecutable(),
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${extensionDirectory}`,
      `--load-extension=${extensionDirectory}`,
      `--host-resolver-rules=${hostRules}`,
      '--ignore-certificate-errors',
      // A second DevTools endpoint for the watcher; Playwright keeps its own pipe.
      '--remote-debugging-port=0',
    ],
  });

  try {
    const requests: RecordedRequest[] = [];
    const consoleMessages: RecordedConsoleMessage[] = [];
    const watcher = await watchAllTargets(userDataDirectory, requests, consoleMessages);

    let serviceWorker = await extensionServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    context.on('serviceworker', (worker) => {
      if (worker.url().startsWith(`chrome-extension://${extensionId}/`)) serviceWorker = worker;
    });

    const openUrl = async (url: string): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__fixture !== undefined);
      return page;
    };
    const open = (site: FixtureSite, pathname: string): Promise<Page> => openUrl(`https://${hostOf(site)}${pathname}`);

    return {
      context,
      get serviceWorker() {
        return serviceWorker;
      },
      extensionId,
      server,
      openSite: (site, pathname = '/') => open(site, pathname),
      openX: (pathname = '/home') => open('x', pathname),
      openFacebook: (pathname = '/') => open('facebook', pathname),
      openUrl,
      // Playwright is not told when a worker stops (its Worker only closes with the browser), so the
      // watcher waits for DevTools to report the version stopped.
      stopServiceWorker: () => watcher.stopServiceWorker(serviceWorker.url()),
      requests,
      consoleMessages,
      networkRequests: () => requests.filter((request) => isNetworkUrl(request.url) && !isFixtureRequest(request)),
      async close() {
        watcher.close();
        await context.close();
        if (!givenServer) await server.close();
        await rm(userDataDirectory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    if (!givenServer) await server.close();
    await rm(userDataDirectory, { recursive: true, force: true });
    throw error;
  }
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 });
  } catch {
    throw new Error('The extension started no service worker within 15 s: is background.service_worker in the built manifest?');
  }
}

// ---------------------------------------------------------------------------------------------
// The watcher: a flat-session CDP client on the browser target that auto-attaches to every
// target (tabs, iframes, workers, the extension's service worker, extension pages) before it runs.

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface AttachedTarget extends TargetInfo {
  /** Execution context id → its origin (a content script's isolated world has chrome-extension://ID). */
  contextOrigins: Map<number, string>;
}

interface ServiceWorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

interface Watcher {
  stopServiceWorker(workerUrl: string): Promise<void>;
  close(): void;
}

const isExtensionUrl = (url: string | null | undefined): boolean => typeof url === 'string' && url.startsWith('chrome-extension://');

async function devToolsEndpoint(userDataDirectory: string): Promise<string> {
  const file = path.join(userDataDirectory, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const content = await readFile(file, 'utf8').catch(() => '');
    const [port, browserPath] = content.split('\n');
    if (port && browserPath) return `ws://127.0.0.1:${port}${browserPath}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Chromium wrote no ${file}`);
}

async function watchAllTargets(userDataDirectory: string, requests: RecordedRequest[], consoleMessages: RecordedConsoleMessage[]): Promise<Watcher> {
  const socket = new WebSocket(await devToolsEndpoint(userDataDirectory), { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  let nextId = 0;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  const targets = new Map<string, AttachedTarget>();

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<unknown> => {
    nextId += 1;
    const id = nextId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  };
  // Targets can close while we set them up; their commands then fail harmlessly.
  const sendQuietly = (method: string, params: Record<string, unknown>, sessionId: string): Promise<unknown> => send(method, params, sessionId).catch(() => undefined);

  const attach = async (sessionId: string, info: TargetInfo, waiting: boolean): Promise<void> => {
    targets.set(sessionId, { ...info, contextOrigins: new Map() });
    await Promise.all([
      sendQuietly('Network.enable', {}, sessionId),
      sendQuietly('Runtime.enable', {}, sessionId),
      sendQuietly('Log.enable', {}, sessionId),
      sendQuietly('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId),
    ]);
    if (waiting) await sendQuietly('Runtime.runIfWaitingForDebugger', {}, sessionId);
  };

  const originOf = (target: AttachedTarget, ...urls: Array<string | null | undefined>): Origin => {
    if (isExtensionUrl(target.url) || urls.some(isExtensionUrl)) return 'extension';
    if (target.type === 'browser_ui' || /^(chrome|devtools|chrome-untrusted):/.test(target.url)) return 'browser';
    return 'page';
  };

  const handleEvent = (method: string, params: Record<string, unknown>, sessionId: string | undefined): void => {
    if (method === 'Target.attachedToTarget') {
      const info = params.targetInfo as TargetInfo;
      void attach(params.sessionId as string, info, params.waitingForDebugger === true);
      return;
    }
    if (method === 'Target.detachedFromTarget') {
      targets.delete(params.sessionId as string);
      return;
    }
    if (method === 'Target.targetInfoChanged') {
      // Arrives on the browser session (setDiscoverTargets): a tab navigated or a worker was renamed.
      const info = params.targetInfo as TargetInfo;
      for (const target of targets.values()) if (target.targetId === info.targetId) target.url = info.url;
      return;
    }
    const target = sessionId === undefined ? undefined : targets.get(sessionId);
    if (!target) return;

    if (method === 'Runtime.executionContextCreated') {
      const context = params.context as { id: number; origin: string };
      target.contextOrigins.set(context.id, context.origin);
    } else if (method === 'Network.requestWillBeSent' || method === 'Network.webSocketCreated') {
      const request = (params.request as { url: string; method: string } | undefined) ?? { url: params.url as string, method: 'GET' };
      const initiatorUrl = initiatorScriptUrl(params.initiator);
      requests.push({
        url: request.url,
        method: request.method,
        resourceType: (params.type as string | undefined) ?? (method === 'Network.webSocketCreated' ? 'WebSocket' : 'Other'),
        targetType: target.type,
        targetUrl: target.url,
        origin: originOf(target, initiatorUrl),
        initiatorUrl,
      });
    } else if (method === 'Runtime.consoleAPICalled') {
      const contextOrigin = target.contextOrigins.get(params.executionContextId as number);
      const frames = (params.stackTrace as { callFrames?: Array<{ url: string }> } | undefined)?.callFrames ?? [];
      const args = (params.args as Array<{ value?: unknown; description?: string }> | undefined) ?? [];
      consoleMessages.push({
        level: params.type === 'warning' ? 'warning' : (params.type as string),
        text: args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? ''))).join(' '),
        targetType: target.type,
        targetUrl: target.url,
        origin: originOf(target, contextOrigin, frames[0]?.url),
        url: frames[0]?.url ?? null,
      });
    } else if (method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails as { text: string; url?: string; executionContextId?: number; exception?: { description?: string } };
      const contextOrigin = details.executionContextId === undefined ? undefined : target.contextOrigins.get(details.executionContextId);
      consoleMessages.push({
        level: 'error',
        text: details.exception?.description ?? details.text,
        targetType: target.type,
        targetUrl: target.url,
        origin: originOf(target, contextOrigin, details.url),
        url: details.url ?? null,
      });
    } else if (method === 'Log.entryAdded') {
      const entry = params.entry as { level: string; text: string; url?: string; source: string };
      consoleMessages.push({
        level: entry.level,
        text: `[${entry.source}] ${entry.text}`,
        targetType: target.type,
        targetUrl: target.url,
        origin: originOf(target, entry.url),
        url: entry.url ?? null,
      });
    }
  };

  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as CdpMessage;
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    } else if (message.method) {
      handleEvent(message.method, message.params ?? {}, message.sessionId);
    }
  });

  // Existing targets are attached too; new ones pause until the watcher has enabled Network on them.
  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });

  return {
    async stopServiceWorker(workerUrl) {
      // The ServiceWorker domain lives on page targets and sees every worker of the profile,
      // the extension's included. (Target.closeTarget on the worker reports success but leaves it running.)
      const page = [...targets.entries()].find(([, target]) => target.type === 'page');
      if (!page) throw new Error('stopServiceWorker needs an open tab');
      const [sessionId] = page;
      const versionUpdates = (predicate: (versions: ServiceWorkerVersion[]) => boolean, what: string): Promise<ServiceWorkerVersion[]> =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            socket.off('message', listener);
            reject(new Error(`stopServiceWorker: ${what} not seen within 10 s`));
          }, 10_000);
          const listener = (data: WebSocket.RawData): void => {
            const message = JSON.parse(String(data)) as CdpMessage;
            if (message.method !== 'ServiceWorker.workerVersionUpdated' || message.sessionId !== sessionId) return;
            const versions = ((message.params?.versions ?? []) as ServiceWorkerVersion[]).filter((version) => version.scriptURL === workerUrl);
            if (versions.length > 0 && predicate(versions)) {
              clearTimeout(timer);
              socket.off('message', listener);
              resolve(versions);
            }
          };
          socket.on('message', listener);
        });
      const known = versionUpdates(() => true, `a version of ${workerUrl}`);
      await send('ServiceWorker.enable', {}, sessionId);
      const versions = await known;
      const live = versions.filter((version) => version.runningStatus !== 'stopped');
      if (live.length > 0) {
        const stopped = versionUpdates((updated) => updated.every((version) => version.runningStatus === 'stopped'), `${workerUrl} stopped`);
        for (const version of live) await send('ServiceWorker.stopWorker', { versionId: version.versionId }, sessionId);
        await stopped;
      }
      await send('ServiceWorker.disable', {}, sessionId);
    },
    close() {
      socket.close();
    },
  };
}

function initiatorScriptUrl(initiator: unknown): string | null {
  if (typeof initiator !== 'object' || initiator === null) return null;
  const { url, stack } = initiator as { url?: string; stack?: { callFrames: Array<{ url: string }>; parent?: unknown } };
  let current: { callFrames: Array<{ url: string }>; parent?: unknown } | undefined = stack;
  while (current) {
    const frame = current.callFrames.find((candidate) => candidate.url !== '');
    if (frame) return frame.url;
    current = current.parent as typeof current;
  }
  return url ?? null;
}

// ---------------------------------------------------------------------------------------------
// Reading the fixture pages and the panel, for tests and the demo.

/**
 * Waits until Rapport's content script in `page` has started: settings read and the composers
 * already in the page attached (src/content/index.tsx, `rapportStarted`). The promise lives in the
 * content script's isolated world, reached over DevTools; the page itself cannot see it. Wait for
 * this before checking that the content script did *not* do something.
 */
export async function contentScriptStarted(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    for (;;) {
      for (const context of contexts.filter((candidate) => candidate.auxData?.type === 'isolated' && candidate.name.startsWith('Rapport'))) {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: 'globalThis.rapportStarted?.then(() => true) ?? false',
          contextId: context.id,
          awaitPromise: true,
          returnByValue: true,
        });
        if (result.value === true) return;
      }
      // Not injected yet (document_idle): the next context or the next look will have it.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export function fixtureEditors(page: Page): Promise<FixtureEditorInfo[]> {
  return page.evaluate(() => (window.__fixture as FixtureApi).editors());
}

export function fixtureText(page: Page, id: string): Promise<string> {
  return page.evaluate((editorId) => (window.__fixture as FixtureApi).text(editorId), id);
}

export function fixtureSelection(page: Page, id: string): Promise<FixtureSelection | null> {
  return page.evaluate((editorId) => (window.__fixture as FixtureApi).selection(editorId), id);
}

/** The contenteditable of the fixture editor with this id. */
export function editor(page: Page, id: string): ReturnType<Page['locator']> {
  return page.locator(editorSelector(id));
}

/** Focuses the editor, puts the caret at the end, and types as a person would (one key event per character). */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  const target = editor(page, id);
  await target.click();
  await page.keyboard.press('Control+End');
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    if (line !== '') await page.keyboard.type(line);
  }
}

export interface PanelReading {
  composers: number;
  state: string | null;
  reciprocity: number | null;
  voice: number | null;
  /** text: what the hint says, without its buttons' labels. */
  hints: Array<{ rule: string; text: string; fixable: boolean }>;
}

/** What the extension's panel shows, read through its open shadow root; null when there is no panel. */
export function readPanel(page: Page): Promise<PanelReading | null> {
  // No named inner functions: tsx (the demo) would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const host = document.querySelector('rapport-panel');
    if (!host) return null;
    const root = host.shadowRoot;
    const [reciprocity, voice] = ['reciprocity', 'voice'].map((axis) => {
      const text = root?.querySelector(`[data-testid="rapport-score-${axis}"]`)?.textContent?.trim() ?? '';
      return /^\d+$/.test(text) ? Number(text) : null;
    });
    return {
      composers: Number(host.getAttribute('data-composers') ?? '0'),
      state: host.getAttribute('data-state'),
      reciprocity: reciprocity ?? null,
      voice: voice ?? null,
      hints: [...(root?.querySelectorAll('[data-testid="rapport-hint"]') ?? [])].map((hint) => {
        // What a sighted reader sees, each text node on its own so "message" and "−3" do not run
        // together; buttons' labels and text only for screen readers left out.
        const parts: string[] = [];
        const walker = document.createTreeWalker(hint, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement?.closest('button, .visually-hidden')) parts.push(node.textContent ?? '');
        }
        return {
          rule: hint.getAttribute('data-rule') ?? '',
          text: parts.join(' ').replace(/\s+/g, ' ').trim(),
          fixable: hint.querySelector('[data-testid="rapport-apply"]') !== null,
        };
      }),
    };
  });
}
