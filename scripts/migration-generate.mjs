// npm run migration:generate -- <Name>
// Generates a MySQL migration from the difference between the entities and the schema that the
// existing migrations build. Uses a scratch database on the server of MIGRATION_DATABASE_URL
// (default: the local MariaDB), so it never touches real data. Review the file before committing.
import { execFileSync } from 'node:child_process';
import mysql from 'mysql2/promise';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const base = new URL(
  process.env.MIGRATION_DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/bp_migration_scratch',
);
const database = base.pathname.slice(1);
const admin = await mysql.createConnection({
  host: base.hostname,
  port: Number(base.port || 3306),
  user: decodeURIComponent(base.username),
  password: decodeURIComponent(base.password),
});
await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
await admin.query(
  `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
);
await admin.end();

const env = {
  ...process.env,
  DATABASE_URL: base.href,
  JWT_SECRET: 'x'.repeat(32),
  DEMO_DATA: 'false',
};
const cli = ['-r', './scripts/swc-register.js', 'node_modules/typeorm/cli.js'];
const ds = ['-d', 'server/database/data-source.ts'];
execFileSync('node', [...cli, 'migration:run', ...ds], { env, stdio: 'inherit' });
try {
  execFileSync('node', [...cli, 'migration:generate', `migrations/${name}`, ...ds], {
    env,
    stdio: 'inherit',
  });
} catch {
  console.error('No migration generated (see above).');
  process.exit(1);
}
execFileSync('npx', ['prettier', '--write', 'migrations'], { stdio: 'inherit' });

// utf8mb4 everywhere: new tables carry the character set themselves rather than inheriting the
// database's default, which a production server may have set to something else.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
for (const file of readdirSync('migrations').filter((f) => f.endsWith(`-${name}.ts`))) {
  const path = `migrations/${file}`;
  const text = readFileSync(path, 'utf8').replace(
    /ENGINE=InnoDB(?! DEFAULT CHARSET)/g,
    'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
  );
  writeFileSync(path, text);
}
