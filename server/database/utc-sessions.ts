import * as mysql2 from 'mysql2';

/**
 * mysql2 as TypeORM loads it, except that every new connection first sets its session to UTC.
 * Timestamps are read and written as UTC (`timezone: 'Z'`), and the database fills createdAt /
 * updatedAt with its own CURRENT_TIMESTAMP, which follows the session's zone: without this, a
 * server running in Asia/Shanghai would store them eight hours off.
 */
export const UTC_SESSION = "SET time_zone = '+00:00'";

interface ConnectionEvents {
  on(event: 'connection', listener: (connection: mysql2.PoolConnection) => void): unknown;
}

function utcSessions<P extends ConnectionEvents>(pool: P): P {
  // Queued ahead of anything the connection is then asked to do.
  pool.on('connection', (connection) => connection.query(UTC_SESSION, () => undefined));
  return pool;
}

export const utcMysql2 = {
  ...mysql2,
  createPool(config: mysql2.PoolOptions) {
    return utcSessions(mysql2.createPool(config));
  },
  createPoolCluster(config?: mysql2.PoolClusterOptions) {
    const cluster = mysql2.createPoolCluster(config);
    const add = cluster.add.bind(cluster) as (id: string, config: mysql2.PoolOptions) => void;
    const node = (id: string) =>
      (
        cluster as unknown as { _getNode?(id: string): { pool: ConnectionEvents } | null }
      )._getNode?.(id);
    cluster.add = ((id: string, options: mysql2.PoolOptions) => {
      add(id, options);
      const pool = node(id)?.pool;
      if (!pool) throw new Error('mysql2 PoolCluster: cannot reach the pool of a node');
      utcSessions(pool);
    }) as typeof cluster.add;
    return cluster;
  },
};
