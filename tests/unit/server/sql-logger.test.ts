import { RedactingSqlLogger, REDACTED, redactParameter } from '../../../server/database/sql-logger';

const HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$3Fa1/LekvtPLHbc5ea/7EQ$VIZa+FNZMO1TgL0oNqvWk3pdhGLf5i5bcYPbqNWdNyw';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjEsInR2IjowfQ.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';

describe('SQL log without secrets', () => {
  it('redacts password hashes and tokens among the parameters, and nothing else', () => {
    expect(redactParameter(HASH)).toBe(REDACTED);
    expect(redactParameter(JWT)).toBe(REDACTED);
    for (const plain of ['unit', '社区工作者培训', '10.00', 42, null, '$argon', 'eyJ.not'])
      expect(redactParameter(plain)).toBe(plain);
  });

  it('prints every statement at verbose, its parameters redacted', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    try {
      const logger = new RedactingSqlLogger('all');
      logger.logQuery('INSERT INTO `users`(`username`, `passwordHash`) VALUES (?, ?)', [
        'clerk1',
        HASH,
      ]);
      logger.logQuery('SELECT 1 WHERE ? = ?', [JWT, 'x']);
    } finally {
      spy.mockRestore();
    }
    // Without colours (a terminal or CI=true makes the logger add them).
    // eslint-disable-next-line no-control-regex
    const out = lines.join('\n').replace(/\x1b\[[0-9;]*m/g, '');
    expect(out).toContain('INSERT INTO `users`');
    expect(out).toContain('clerk1');
    expect(out).toContain(REDACTED);
    expect(out).not.toContain('$argon2');
    expect(out).not.toContain(JWT);
  });
});
