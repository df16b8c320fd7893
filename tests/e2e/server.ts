// HTTPS server for the fixture pages, routed by Host like the real sites.
// Chromium reaches it through --host-resolver-rules (each network's first host → 127.0.0.1:port),
// so the extension's real manifest matches apply unchanged. The certificate is made fresh for each
// run; Chromium is started with --ignore-certificate-errors.

import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import selfsigned from 'selfsigned';
import { networks, type NetworkId } from '../../src/networks';
import type { FixtureSite } from '../fixtures/api';
import { fixtureShellPath, fixturesDistDirectory } from '../fixtures/build';

/**
 * Host names the server answers for (every host in the registry, and the example host of a network
 * on user-chosen servers, such as Mastodon's), and the fixture site each one serves. A network's other hosts (X Pro, Meta Business Suite) get the same fixture bundle, which lays
 * itself out by host name; a network's first host is where tests open it.
 */
export const fixtureHosts: Readonly<Record<string, FixtureSite>> = Object.fromEntries(
  networks.flatMap((spec) => [...spec.hosts, ...(spec.userHosts ? [spec.userHosts.example] : [])].map((host) => [host, spec.id as NetworkId])),
);

export function hostOf(site: FixtureSite): string {
  const host = Object.keys(fixtureHosts).find((name) => fixtureHosts[name] === site);
  if (host === undefined) throw new Error(`No host serves ${site}`);
  return host;
}

/** As strict as the real sites': no inline script, nothing from other origins. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServedRequest {
  host: string;
  method: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server answered, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

async function makeCertificate(): Promise<{ key: string; cert: string }> {
  const hosts = Object.keys(fixtureHosts);
  const pems = await selfsigned.generate([{ name: 'commonName', value: hosts[0] }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  });
  return { key: pems.private, cert: pems.cert };
}

async function respond(request: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: Buffer | string }> {
  // The Host header arrives without the port (Chromium maps the name, not the URL).
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  const site = fixtureHosts[host];
  if (site === undefined) return { status: 421, headers: { 'content-type': 'text/plain' }, body: `No fixture for host "${host}"\n` };

  const url = new URL(request.url ?? '/', `https://${host}`);
  if (url.pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
  if (url.pathname.startsWith('/__fixture/')) {
    const name = path.basename(url.pathname);
    const type = contentTypes[path.extname(name)];
    if (type === undefined) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found\n' };
    try {
      return { status: 200, headers: { 'content-type': type }, body: await readFile(path.join(fixturesDistDirectory, name)) };
    } catch {
      return { status: 404, headers: { 'content-type': 'text/plain' }, body: `${name} is not built (run buildFixtures())\n` };
    }
  }
  return { status: 200, headers: { 'content-type': contentTypes['.html'] ?? 'text/html' }, body: await readFile(fixtureShellPath(site)) };
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: ServedRequest[] = [];
  const server = https.createServer(await makeCertificate(), (request, response) => {
    respond(request).then(
      ({ status, headers, body }) => {
        requests.push({ host: request.headers.host ?? '', method: request.method ?? 'GET', path: request.url ?? '/', status });
        response.writeHead(status, {
          ...headers,
          'content-security-policy': contentSecurityPolicy,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        response.end(body);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
