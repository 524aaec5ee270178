// The production HTTP server: Next's request handler behind one node:http server, which answers
// public reader responses the app has already rendered by itself (lib/http/reader-fast-path.ts).
// Started by `npm start` (lib/cli/start.ts) and the reliability harness, after the build.
//   tsx lib/cli/serve.ts --port 3000 [--hostname 127.0.0.1]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { serveStoredReaderResponse } from '../http/reader-fast-path';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3000' }, hostname: { type: 'string' } } });
const port = Number(values.port);
const hostname = values.hostname;

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (serveStoredReaderResponse(request, response)) return;
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`claimdesk listening on http://${hostname ?? 'localhost'}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
