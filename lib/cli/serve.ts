// Serves the production build: `next start`, plus what it cannot do itself. Run by `npm start`
// (lib/cli/start.ts) and the reliability harness, in a process of its own without the
// react-server condition (Next loads its server bundles itself).
//
// - Listens on HOST:PORT (without HOST, on every interface).
// - Resolves each request's client address from the TCP peer and, only behind TRUSTED_PROXIES,
//   X-Forwarded-For, and passes it to the app in CLIENT_ADDRESS_HEADER. Next itself only fills in
//   X-Forwarded-For when the client did not send one, so the peer would otherwise be lost.
import { createServer } from 'node:http';
import next from 'next';
import { env } from '../env';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from '../http/client-address';

const { HOST, PORT, TRUSTED_PROXIES } = env();
const trusted = parseTrustedProxies(TRUSTED_PROXIES);

const app = next({ dev: false, hostname: HOST, port: PORT, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
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
