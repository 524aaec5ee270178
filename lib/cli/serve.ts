// Serves the production build: `next start`, plus what it cannot do itself. Run by `npm start`
// (lib/cli/start.ts) and the reliability harness, in a process of its own without the
// react-server condition (Next loads its server bundles itself).
//
// - Listens on HOST:PORT (without HOST, on every interface).
// - Resolves each request's client address from the TCP peer and, only behind TRUSTED_PROXIES,
//   X-Forwarded-For, and passes it to the app in CLIENT_ADDRESS_HEADER. Next itself only fills in
//   X-Forwarded-For when the client did not send one, so the peer would otherwise be lost.
// - With EVENT_LOOP_STATS=true, reports its event-loop delay at /__event-loop.
// - Answers public reader responses the app has already rendered for the current version itself,
//   without entering Next (lib/http/reader-fast-path.ts): they read no cookie and no client address.
import { createServer, type ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import next from 'next';
import { env } from '../env';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from '../http/client-address';
import { serveStoredReaderResponse } from '../http/reader-fast-path';

const { HOST, PORT, TRUSTED_PROXIES, EVENT_LOOP_STATS } = env();
const trusted = parseTrustedProxies(TRUSTED_PROXIES);

const app = next({ dev: false, hostname: HOST, port: PORT, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

// EVENT_LOOP_STATS=true (load test, reliability suite): how long callbacks waited for the event loop,
// sampled every 10 ms in this process, answered before Next so that the answer costs nothing.
// `?reset=1` starts a new measurement window.
const loopDelay = EVENT_LOOP_STATS === 'true' ? monitorEventLoopDelay({ resolution: 10 }) : null;
loopDelay?.enable();
function eventLoopStats(response: ServerResponse, reset: boolean): void {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const stats = { count: loopDelay!.count, p50: ms(loopDelay!.percentile(50)), p99: ms(loopDelay!.percentile(99)), max: ms(loopDelay!.max) };
  if (reset) loopDelay!.reset();
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(stats));
}

const server = createServer((request, response) => {
  if (loopDelay && request.method === 'GET' && request.url?.startsWith('/__event-loop')) return eventLoopStats(response, request.url.includes('reset=1'));
  if (serveStoredReaderResponse(request, response)) return;
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted);
  void handle(request, response);
});
// Without HOST, Node listens on every interface, IPv6 and IPv4 alike.
server.listen(PORT, HOST, () => {
  const where = HOST ? `http://${HOST.includes(':') ? `[${HOST}]` : HOST}:${PORT}` : `port ${PORT} on every interface`;
  console.log(`claimdesk listening on ${where}${TRUSTED_PROXIES ? `; trusting X-Forwarded-For from ${TRUSTED_PROXIES}` : ''}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections may hold close() open; do not wait for them for long.
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
