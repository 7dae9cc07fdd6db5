// SPDX-License-Identifier: EUPL-1.2
import { ConfigError, loadConfig } from './config.js';
import { createPlatform, modules } from './app.js';
import type { CliCommand } from './platform/module.js';

/** Operator commands, collected from the module manifests: `npm run cli -- user:create --email …`. */
async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const commands = new Map<string, CliCommand>();
  for (const module of modules) for (const [key, command] of Object.entries(module.commands ?? {})) commands.set(key, command);
  const command = name ? commands.get(name) : undefined;
  if (!command) {
    if (name && name !== 'help') console.error(`Unknown command: ${name}\n`);
    console.log('Usage: npm run cli -- COMMAND [options]\n\nCommands:');
    for (const [key, entry] of [...commands].sort()) console.log(`  ${key.padEnd(18)} ${entry.summary}`);
    return name && name !== 'help' ? 2 : 0;
  }
  const platform = await createPlatform(loadConfig());
  try {
    return await command.run(platform.context, args, { log: (line) => console.log(line), error: (line) => console.error(line) });
  } finally {
    await platform.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
