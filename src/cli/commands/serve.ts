import type { Command } from "commander";

/**
 * `bearing serve [DIR] [--port N] [--host ADDR] [--no-open]`: the local web workbench, on
 * 127.0.0.1 unless `--host` names another address (with a warning: the session token in the
 * printed URL is then all that stands between the network and the workspace).
 * Heavy modules (Hono, the server) load only when the command runs, to keep the CLI fast.
 */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("open the workbench in your browser (a local server on 127.0.0.1)")
    .argument("[dir]", "workspace folder", ".")
    .option("-p, --port <n>", "port to listen on (0: any free port)", "4517")
    .option(
      "--host <addr>",
      "address to listen on instead of 127.0.0.1 (reachable from other machines: see SECURITY.md)",
    )
    .option("--no-open", "do not open a browser")
    .action(async (dir: string, options: { port: string; host?: string; open: boolean }) => {
      const { isLoopback, startServer } = await import("../../server/start.js");
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        const { BearingError } = await import("../../core/errors.js");
        throw BearingError.input({
          code: "invalid_value",
          message: `--port ${options.port} is not a port number`,
          hint: "use a number from 0 to 65535",
        });
      }
      const server = await startServer({ dir, port, open: options.open, host: options.host });
      if (options.host !== undefined && !isLoopback(server.host)) {
        process.stderr.write(
          `bearing: warning: listening on ${server.host}, so other machines can reach this ` +
            "server. The token in the URL below is the only protection of your workspace: " +
            "anyone who has the URL can read and change it, and plain HTTP can be overheard " +
            "on the network. Leave out --host to serve on 127.0.0.1 only.\n",
        );
      }
      process.stdout.write(`bearing: serving ${server.root} at ${server.url} (Ctrl+C stops)\n`);
      await server.closed;
    });
}
