import type { Command } from "commander";

/**
 * `bearing serve [DIR] [--port N] [--no-open]`: the local web workbench on 127.0.0.1.
 * Heavy modules (Hono, the server) load only when the command runs, to keep the CLI fast.
 */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("open the workbench in your browser (a local server on 127.0.0.1)")
    .argument("[dir]", "workspace folder", ".")
    .option("-p, --port <n>", "port to listen on (0: any free port)", "4517")
    .option("--no-open", "do not open a browser")
    .action(async (dir: string, options: { port: string; open: boolean }) => {
      const { startServer } = await import("../../server/start.js");
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        const { BearingError } = await import("../../core/errors.js");
        throw BearingError.input({
          code: "invalid_value",
          message: `--port ${options.port} is not a port number`,
          hint: "use a number from 0 to 65535",
        });
      }
      const server = await startServer({ dir, port, open: options.open });
      process.stdout.write(`bearing: serving ${server.root} at ${server.url} (Ctrl+C stops)\n`);
      await server.closed;
    });
}
