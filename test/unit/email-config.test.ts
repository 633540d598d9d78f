import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('bounce receiver settings', () => {
  it('are off by default and listen on 127.0.0.1 when a port is given', () => {
    expect(loadConfig({})).toMatchObject({ bounceSmtpPort: undefined, bounceSmtpHost: '127.0.0.1' });
    expect(
      loadConfig({ TOUCHPOINT_BOUNCE_SMTP_PORT: '2525', TOUCHPOINT_BOUNCE_SMTP_HOST: '0.0.0.0' }),
    ).toMatchObject({ bounceSmtpPort: 2525, bounceSmtpHost: '0.0.0.0' });
  });

  it('name the variable of a wrong value', () => {
    expect(() => loadConfig({ TOUCHPOINT_BOUNCE_SMTP_PORT: 'smtp' })).toThrow(
      /Invalid setting TOUCHPOINT_BOUNCE_SMTP_PORT/,
    );
  });
});
