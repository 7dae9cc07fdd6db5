// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Every process the bench starts, so each one is stopped on exit, on Ctrl-C and on errors. Children run in their
 * own process group (detached) and are stopped by group, which also ends what they start themselves
 * (tsx starts node; nginx starts workers).
 */
const running = new Set<ChildProcess>();

/** Starts a child that the bench will stop when it ends. Output goes to `onOutput` (last lines kept for errors). */
export function startChild(command: string, args: readonly string[], options: SpawnOptions, onOutput: (chunk: string) => void = () => {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.stdout?.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
  child.on('exit', () => running.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops one child: SIGTERM, then SIGKILL after `graceMs` if it has not ended. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await ended;
  clearTimeout(timer);
}

/** Stops every child still running (used on every way out of the bench). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)));
}

/** Makes Ctrl-C, SIGTERM and crashes stop the children before the bench exits. */
export function stopChildrenOnExit(): void {
  let stopping = false;
  const bail = (code: number) => {
    // Ctrl-C reaches both tsx and this process, and tsx passes it on: later signals must not end the process
    // before the children are stopped (a signal without a handler would skip the 'exit' clean-up).
    if (stopping) return;
    stopping = true;
    void stopAllChildren().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => bail(130));
  process.on('SIGTERM', () => bail(143));
  process.once('uncaughtException', (error) => {
    console.error(error);
    bail(1);
  });
  // Last resort when the process exits synchronously: no waiting possible, so kill the groups outright.
  process.once('exit', () => running.forEach((child) => signalGroup(child, 'SIGKILL')));
}
