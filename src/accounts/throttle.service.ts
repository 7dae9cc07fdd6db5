// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import type { AppContext } from '../platform/module.js';
import { throttleRepository } from './throttle.repository.js';

export interface ThrottleRule {
  readonly max: number;
  readonly windowSeconds: number;
}

/**
 * Limits against guessing passwords and against using our mail to bother people. Counters live in the database,
 * so they hold across instances. Sign-in counts failures only: members behind one municipal network address are
 * not locked out by colleagues who type their own password correctly.
 */
export const throttleRules = {
  /** Failed sign-ins for one address from one network address. */
  signInFailures: { max: 5, windowSeconds: 15 * 60 },
  /** Failed sign-ins from one network address for any address (password spraying). */
  signInFailuresPerIp: { max: 50, windowSeconds: 15 * 60 },
  signUpsPerIp: { max: 20, windowSeconds: 60 * 60 },
  resetMailsPerAddress: { max: 3, windowSeconds: 15 * 60 },
  resetMailsPerIp: { max: 20, windowSeconds: 15 * 60 },
  verificationMailsPerUser: { max: 3, windowSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleRuleName = keyof typeof throttleRules;

const digest = (part: string) => crypto.createHash('sha256').update(part.trim().toLowerCase()).digest('hex');

/**
 * `pilotstarter:<rule>:<sha256 of each part>`: hashed, so the table never holds e-mail or IP addresses in the clear,
 * and part by part, so all counters of one address can be cleared at once.
 */
function keyFor(rule: ThrottleRuleName, parts: readonly string[]): string {
  return [`pilotstarter:${rule}`, ...parts.map(digest)].join(':');
}

/** Throttling of sign-in, sign-up and e-mail sending, shared by all instances through the rate_limits table. */
export function throttleService(context: AppContext, clock: () => number = Date.now) {
  const repository = throttleRepository(context.db);
  const windowMs = (rule: ThrottleRuleName) => throttleRules[rule].windowSeconds * 1000;
  return {
    /** True when the limit is already reached; does not count this request. */
    async isBlocked(rule: ThrottleRuleName, ...parts: string[]): Promise<boolean> {
      return (await repository.count(keyFor(rule, parts), windowMs(rule), clock())) >= throttleRules[rule].max;
    },
    /** Counts one event (a failure, or a mail sent). */
    async record(rule: ThrottleRuleName, ...parts: string[]): Promise<void> {
      await repository.hit(keyFor(rule, parts), windowMs(rule), clock());
    },
    /** Counts this request and says whether it may go ahead. */
    async consume(rule: ThrottleRuleName, ...parts: string[]): Promise<boolean> {
      return (await repository.hit(keyFor(rule, parts), windowMs(rule), clock())) <= throttleRules[rule].max;
    },
    async clear(rule: ThrottleRuleName, ...parts: string[]): Promise<void> {
      await repository.clear(keyFor(rule, parts));
    },
    /** Clears every counter of a rule that starts with these parts (e.g. one address, from any network). */
    async clearStartingWith(rule: ThrottleRuleName, ...parts: string[]): Promise<void> {
      await repository.clearPrefix(`${keyFor(rule, parts)}:`);
    },
    /** Forgets counters idle for longer than the longest window. */
    async prune(): Promise<void> {
      const longest = Math.max(...Object.values(throttleRules).map((rule) => rule.windowSeconds));
      await repository.prune(clock() - longest * 1000);
    },
  };
}
