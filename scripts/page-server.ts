/**
 * A static server on the loopback address for demo and fixture pages: a map from path to HTML, plus
 * optional handlers (for pages that report back). Never listens beyond 127.0.0.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface PageServer {
  origin: string;
  close: () => Promise<void>;
}

export async function servePages(pages: Map<string, string>, handlers: Map<string, Handler> = new Map(), port = 0): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const handler = handlers.get(path);
    if (handler) return handler(req, res);
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (path.includes('strict-csp')) headers['content-security-policy'] = "default-src 'none'; script-src 'none'; style-src 'none'";
    res.writeHead(200, headers).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
