// SPDX-License-Identifier: EUPL-1.2

/** The password of every demo and synthetic member, unless DEMO_PASSWORD sets another (at least 10 characters). */
export const defaultDemoPassword = 'pilotstarter-demo';

/**
 * The shared demo password. Read here rather than in config.ts because only the demo loader and the
 * synthetic seed use it, and neither runs in production unless asked to.
 */
export function demoPassword(): string {
  const fromEnvironment = process.env.DEMO_PASSWORD?.trim();
  return fromEnvironment && fromEnvironment.length >= 10 ? fromEnvironment : defaultDemoPassword;
}
