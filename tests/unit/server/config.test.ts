import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../server/config/config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'bp-config-'));

describe('configuration', () => {
  it('runs embedded with demo data and a generated secret when nothing is set', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      mode: 'embedded',
      port: 3000,
      demoData: true,
      databaseUrl: null,
      jwtExpiresIn: 28800,
      logLevel: 'log',
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('switches to production with DATABASE_URL, with demo data off unless asked', () => {
    const config = loadConfig({
      DATABASE_URL: 'mysql://u:p@db:3306/budget',
      REDIS_URL: 'redis://r:6379',
      JWT_SECRET: 's'.repeat(32),
    });
    expect(config).toMatchObject({ mode: 'production', demoData: false });
    expect(
      loadConfig({
        DATABASE_URL: 'mysql://u:p@db:3306/budget',
        JWT_SECRET: 's'.repeat(32),
        DEMO_DATA: 'true',
      }).demoData,
    ).toBe(true);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://db/budget' }, /JWT_SECRET is required/],
    [
      { DATABASE_URL: 'postgres://db/budget', JWT_SECRET: 's'.repeat(32) },
      /DATABASE_URL must start with mysql:\/\//,
    ],
    [{ DATABASE_URL: 'mysql://db:3306', JWT_SECRET: 's'.repeat(32) }, /must name a database/],
    [{ REDIS_URL: 'redis://r:6379' }, /REDIS_URL is set but DATABASE_URL is not/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ JWT_EXPIRES_IN: '5x' }, /JWT_EXPIRES_IN must be a duration/],
    [{ JWT_EXPIRES_IN: '10s' }, /between 1 minute and 30 days/],
    [{ JWT_SECRET: 'short' }, /at least 32 characters/],
    [{ FILES_RETENTION_DAYS: '0' }, /FILES_RETENTION_DAYS must be between/],
    [{ FILES_RETENTION_DAYS: 'a week' }, /FILES_RETENTION_DAYS must be a whole number/],
  ])('stops with a message naming the variable for %j', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('never puts the secret in an error message', () => {
    try {
      loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: 'tooShortSecretValue' });
    } catch (error) {
      expect((error as Error).message).not.toContain('tooShortSecretValue');
    }
    expect.assertions(1);
  });

  it('reads the token lifetime in minutes, hours or days', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_EXPIRES_IN: '90m' }).jwtExpiresIn).toBe(5400);
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_EXPIRES_IN: '2d' }).jwtExpiresIn).toBe(172800);
  });
});
