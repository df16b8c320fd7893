import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../components/theme.css';
import './popup.css';
import { browserStorage } from '../components/storage-areas';
import { PopupApp } from './PopupApp';

async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
  // The options page opens in a tab; the popup has done its job.
  window.close();
}

async function openTrends(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/ui/trends/index.html') });
  window.close();
}

const root = document.getElementById('app');
if (root) render(<PopupApp storage={browserStorage()} openOptions={openOptions} openTrends={openTrends} />, root);
