/** Sends alarm notifications: a webhook (POST JSON) and, when SMTP is configured, an e-mail (nodemailer, loaded lazily). */
import type { Alarm, AlarmSeverity, NotificationSettings } from '@zhizao/contract';
import type { TelemetryLogger } from '../connectors/connector-driver.ts';

const SEVERITY_RANK: Record<AlarmSeverity, number> = { info: 0, warning: 1, critical: 2 };

interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}
interface Nodemailer {
  createTransport(options: object): MailTransport;
}

/** Why and what to send. */
export type AlarmEventKind = 'raised' | 'acknowledged' | 'cleared';

/** Delivers notifications; failures are logged, never thrown (an unreachable webhook must not stop alarms). */
export class Notifier {
  private transport: { key: string; mail: MailTransport } | undefined;

  constructor(
    private readonly log: TelemetryLogger,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** Sends `alarm` to every configured channel when its severity is high enough. */
  async notify(settings: NotificationSettings, event: AlarmEventKind, alarm: Alarm): Promise<void> {
    if (SEVERITY_RANK[alarm.severity] < SEVERITY_RANK[settings.minSeverity]) return;
    const jobs: Promise<void>[] = [];
    if (settings.webhookUrl !== null) jobs.push(this.webhook(settings.webhookUrl, event, alarm));
    if (settings.smtp !== null && event === 'raised') jobs.push(this.mail(settings.smtp, alarm));
    await Promise.all(jobs);
  }

  private async webhook(url: string, event: AlarmEventKind, alarm: Alarm): Promise<void> {
    try {
      const response = await this.fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ event, alarm }),
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok)
        this.log.warn({ url, status: response.status }, 'alarm webhook answered with an error');
    } catch (error) {
      this.log.warn({ url, error: String(error) }, 'alarm webhook failed');
    }
  }

  private async mail(smtp: NonNullable<NotificationSettings['smtp']>, alarm: Alarm): Promise<void> {
    try {
      const key = JSON.stringify(smtp);
      if (this.transport?.key !== key) {
        // nodemailer ships no type declarations; a computed specifier keeps tsc from demanding them.
        const specifier = 'nodemailer';
        const nodemailer = ((await import(specifier)) as { default: Nodemailer }).default;
        const auth = smtp.user === undefined ? {} : { auth: { user: smtp.user, pass: smtp.password ?? '' } };
        this.transport = {
          key,
          mail: nodemailer.createTransport({
            host: smtp.host,
            port: smtp.port,
            secure: smtp.secure,
            ...auth,
          }),
        };
      }
      await this.transport.mail.sendMail({
        from: smtp.from,
        to: smtp.to.join(', '),
        subject: `[zhizao ${alarm.severity}] ${alarm.name}`,
        text: `${alarm.message}\n\n告警 / alarm: ${alarm.name}\n设备 / machine: ${alarm.machine ?? '-'}\n时间 / time: ${new Date(alarm.raisedAt).toISOString()}`,
      });
    } catch (error) {
      this.log.warn({ host: smtp.host, error: String(error) }, 'alarm e-mail failed');
    }
  }
}
