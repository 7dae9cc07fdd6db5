// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where replies go when not to the platform's sender, e.g. the member who wrote through a contact form. */
  replyTo?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * Real SMTP when SMTP_URL is set; otherwise each message is written as an .eml file to the outbox folder
 * (development and tests read it from there) and its subject logged.
 */
export function createMailer(config: Config, log: (line: string) => void = () => {}): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: config.mailFrom, ...mail });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.mailFrom, ...mail });
      await fs.mkdir(config.outboxDir, { recursive: true });
      // Time first so a directory listing sorts by sending order; the random part keeps names unique across instances.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`;
      await fs.writeFile(path.join(config.outboxDir, name), info.message as Buffer);
      log(`mail to ${mail.to}: ${mail.subject} (outbox/${name})`);
    },
  };
}
