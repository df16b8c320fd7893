// Generated at build time by vite.config.ts from the registry: for each network on user-chosen hosts
// (Mastodon), the built path of its content script, for scripting.registerContentScripts.
declare module 'virtual:rapport/user-hosted-scripts' {
  const scripts: Readonly<Record<string, string>>;
  export default scripts;
}
