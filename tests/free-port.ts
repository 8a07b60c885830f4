/** Ports on 127.0.0.1 for servers the tests start. */
import { createServer } from 'node:net';

/** Whether a server can listen on the port now. */
function canListen(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port free now, chosen by the system, for a server started at once. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A port for a server that starts minutes later (the CMS server, whose address the shared build
 * bakes into /admin/). It lies below Linux's range for outgoing connections and for `listen(0)`
 * (32768–60999), so nothing else the tests do can take it in the meantime.
 */
export async function portForLater(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await canListen(port)) return port;
  }
}
