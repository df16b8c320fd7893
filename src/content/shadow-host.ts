import panelCss from '../ui/panel/panel.css?inline';

let sheet: CSSStyleSheet | null = null;

/**
 * An undefined element (content scripts have no customElements registry) in the page's document
 * with an open shadow root, styled by the one constructed sheet every Rapport host adopts. `root`
 * is the container Preact renders into, so other children of the shadow root survive a render.
 */
export function shadowHost(tag: 'rapport-panel' | 'rapport-card' | 'rapport-notice') {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(panelCss);
  }
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  shadow.append(root);
  host.hidden = true;
  document.documentElement.append(host);
  return { host, shadow, root };
}

/** Every element a Rapport content script adds to a page (a textarea's mirror too), for a successor to clear away. */
export const HOST_SELECTOR = 'rapport-panel,rapport-card,rapport-notice,rapport-mirror';
