import { extension as browser } from './extension-api';
import { isScoreReply, type ScoreReply, type ScoreRequest, type SentRequest } from '../messages';

const RETRY_DELAYS_MS = [0, 100, 400];

let contextGone: () => void = () => {};

/** Called once a request finds the extension gone (updated or reloaded under the page). */
export function whenContextGone(handler: () => void): void {
  contextGone = handler;
}

/**
 * Asks the worker to score a draft. MV3 stops idle workers; a message sent while one is shutting
 * down can fail, and the next one starts it again, so a failed send is retried a few times.
 */
export async function requestScore(request: ScoreRequest): Promise<ScoreReply> {
  let lastError: unknown;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      const raw: unknown = await browser.runtime.sendMessage(request);
      if (isScoreReply(raw)) return raw;
      return { ok: false, version: request.version, error: "Unexpected reply from Rapport's worker" };
    } catch (error) {
      lastError = error;
      if (isContextGone(error)) {
        contextGone();
        break;
      }
    }
  }
  return { ok: false, version: request.version, error: errorText(lastError) };
}

/** Tells the worker a draft was sent; it records what it scored for it, if history is on. Nothing to wait for. */
export function reportSent(draft: string): void {
  browser.runtime.sendMessage({ type: 'rapport/sent', draft } satisfies SentRequest).catch(() => undefined);
}

/** The extension was updated or removed while this page stayed open: nothing will answer again. */
export function isContextGone(error: unknown): boolean {
  return /Extension context invalidated/i.test(errorText(error));
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
