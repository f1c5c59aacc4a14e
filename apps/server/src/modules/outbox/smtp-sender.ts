import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { RenderedEmail } from './email-templates/index.ts';

export interface EmailSender {
  send(message: RenderedEmail & { to: string; messageId: string }): Promise<{ messageId: string | null }>;
  close(): void;
}

export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://…`; a `from` query parameter names the sender. */
  url: string;
  /** Every network wait (connect, greeting, each reply) ends after this long. */
  timeoutMs: number;
}

/**
 * An SMTP client over nodemailer. The sender address comes from the URL's `from` parameter
 * (`smtp://host:25?from=Servis%20<servis@firma.com.tr>`), else `usta@<smtp host>`, so one
 * setting configures mail.
 */
export function createSmtpSender(settings: SmtpSettings): EmailSender {
  const url = new URL(settings.url);
  const from = url.searchParams.get('from') ?? `Usta <usta@${url.hostname || 'localhost'}>`;
  url.searchParams.delete('from');
  const transport = nodemailer.createTransport({
    url: url.toString(),
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
    dnsTimeout: settings.timeoutMs,
  } satisfies SMTPTransport.Options);
  return {
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        // A stable Message-ID: if a crash makes us send a message again, mail clients that
        // de-duplicate by Message-ID show it once.
        messageId: message.messageId,
      });
      return { messageId: info.messageId ?? null };
    },
    close() {
      transport.close();
    },
  };
}
