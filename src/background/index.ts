import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { score } from '../engine';
import { scoreContextFor } from '../presets/limits';
import { RequestSchema, ScoreReplySchema, describeIssues, type DoneReply, type ScoreReply, type ScoreRequest } from '../messages';
import { effectiveSettings, historyKeeper, presetSummary, settingsWriter, uiState } from './settings';

// The service worker: receives drafts, runs the engine, answers. MV3 may stop it whenever it is
// idle; nothing here keeps state that a restart would lose (settings are re-read from storage).

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own content scripts and pages talk to us.
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) {
    const claimed = (message as { version?: unknown } | null)?.version;
    const version = typeof claimed === 'number' && Number.isInteger(claimed) && claimed >= 0 ? claimed : 0;
    return Promise.resolve<ScoreReply>({ ok: false, version, error: `Rapport could not read this request: ${describeIssues(parsed.issues)}` });
  }
  const request = parsed.output;
  // Drafts live in tabs; Rapport's own pages score no drafts and send none.
  const tabId = isExtensionPage(sender) ? undefined : sender.tab?.id;
  switch (request.type) {
    case 'rapport/score': {
      const reply = scoreDraft(request);
      if (tabId !== undefined) historyKeeper.noteScored(tabId, request, reply);
      return reply;
    }
    case 'rapport/sent':
      return tabId === undefined ? Promise.resolve({ ok: false, error: 'only a page’s composer sends drafts' }) : historyKeeper.sent(tabId, request.draft);
    case 'rapport/ui-state':
      return uiState();
    case 'rapport/change-settings':
      return settingsWriter.change(request.change, isExtensionPage(sender) ? 'extension-page' : 'content-script');
    case 'rapport/open-options':
      return done(browser.runtime.openOptionsPage());
  }
});

/** Rapport's popup and options page; a content script's sender is the web page it runs in. */
function isExtensionPage(sender: browser.Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('')) === true;
}
// Content scripts hold a port open only to learn, from its closing, when an update or reload of the
// extension has orphaned them (src/content/index.tsx). Nothing is ever sent on it.
browser.runtime.onConnect.addListener(() => {});

async function scoreDraft(request: ScoreRequest): Promise<ScoreReply> {
  try {
    const settings = await effectiveSettings();
    const context = scoreContextFor(settings.preset, request.network, request.composer);
    const report = score(request.text, settings.preset, context);
    // The content script checks only a reply's envelope (its size budget has no room for the
    // schemas), so the full check happens here, before the reply leaves.
    return v.parse(ScoreReplySchema, { ok: true, version: request.version, report, preset: presetSummary(settings, context.limits) });
  } catch (error) {
    return { ok: false, version: request.version, error: `Rapport could not score this draft: ${errorText(error)}` };
  }
}

async function done(work: Promise<unknown>): Promise<DoneReply> {
  try {
    await work;
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

browser.tabs.onRemoved.addListener((tabId) => void historyKeeper.forgetTab(tabId));

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'focus-panel' && tab?.id !== undefined) {
    browser.tabs.sendMessage(tab.id, { type: 'rapport/focus-panel' }).catch(() => {
      // No content script on this tab (not a network Rapport coaches on): nothing to focus.
    });
  }
});
