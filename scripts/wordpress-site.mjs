// A private, throwaway WordPress for the plugin's tests: Debian's WordPress 6.1 copied to a
// temporary directory, MariaDB on a private socket (no network port) and PHP's built-in
// server on a free loopback port. stop() ends each process it started, by its id, and
// removes the directory; an exit handler does the same if the tests die first.
//   node scripts/wordpress-site.mjs   starts one (install the plugin zip in wp-admin), until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const WORDPRESS = '/usr/share/wordpress';
const TEST_SCRIPTS = fileURLToPath(new URL('../test/wordpress/', import.meta.url));

/** The Debian packages the site needs. */
export const WORDPRESS_PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];

/** The packages of WORDPRESS_PACKAGES that are not installed, by what they provide. */
export function missingWordPressPackages() {
  const php = spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
  const found = {
    wordpress: existsSync(join(WORDPRESS, 'wp-settings.php')),
    'wordpress-theme-twentytwentythree': existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree/theme.json')),
    'mariadb-server': existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db'),
    'php-cli': !php.error,
    'php-mysql': !php.error && php.status === 0,
  };
  return WORDPRESS_PACKAGES.filter((name) => !found[name]);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.error}):\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** run() without blocking, so the database is set up while WordPress is copied. */
function runInBackground(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (errors += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (${code}):\n${errors}`))));
  });
}

/** Resolves when `text` appears on the process's stderr; rejects if it exits first. */
function waitForOutput(child, text, name) {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk) => {
      output += chunk;
      if (output.includes(text)) {
        child.stderr.off('data', read);
        child.off('exit', exited);
        resolve();
      }
    };
    const exited = (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    child.stderr.setEncoding('utf8').on('data', read);
    child.once('exit', exited);
  });
}

/** Ends a process group this module started, and waits for its leader to exit. */
function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  return exited;
}

function wpConfig({ socket, url, directory }) {
  const key = () => randomBytes(32).toString('hex');
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${salts.map((name) => `define( '${name}', '${key()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${directory}/debug.log' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Memory (/dev/shm) when there is one: on a busy disk, mariadb-install-db took 7.5 s there
 * against 3.6 s in memory, and removing the copied WordPress 6.5 s against 0.3 s.
 */
function scratchDirectory() {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/**
 * Starts a WordPress with an admin and an author (password in `password`), without the
 * plugin. Returns { url, password, directory, php(script, args, input), stop() }.
 */
export async function startWordPress() {
  const directory = mkdtempSync(join(scratchDirectory(), 'lede-wordpress-'));
  const site = join(directory, 'site');
  const socket = join(directory, 'mariadb.sock');
  const processes = [];
  const stopAll = async () => {
    await Promise.all(processes.map(stopProcess));
    await runInBackground('rm', ['-rf', directory]);
  };
  const onExit = () => {
    for (const child of processes) {
      try {
        if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
    spawnSync('rm', ['-rf', directory]);
  };
  // The servers run in process groups of their own, so a Ctrl+C does not reach them: end them here.
  const onSignal = (signal) => {
    onExit();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const watch = (on) => {
    process[on ? 'once' : 'off']('exit', onExit);
    for (const signal of ['SIGINT', 'SIGTERM']) process[on ? 'once' : 'off'](signal, onSignal);
  };
  watch(true);
  try {
    const user = userInfo().username;
    // Copied, not linked: Debian's symlinks into /usr/share/javascript are relative, and
    // WordPress must load this wp-config.php, not Debian's.
    const copied = cp(WORDPRESS, site, { recursive: true, dereference: true, filter: (path) => !/\/wp-content\/languages$|^\/usr\/share\/wordpress\/wp-config\.php$/.test(path) });
    copied.catch(() => {}); // awaited below; this only keeps an early failure elsewhere from leaving it unhandled
    await runInBackground('mariadb-install-db', ['--no-defaults', `--datadir=${join(directory, 'db')}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db']);
    const mariadb = spawn(
      '/usr/sbin/mariadbd',
      ['--no-defaults', `--datadir=${join(directory, 'db')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(directory, 'mariadbd.pid')}`, `--user=${user}`, '--innodb-buffer-pool-size=32M', '--innodb-buffer-pool-dump-at-shutdown=0', '--innodb-fast-shutdown=2', '--skip-log-bin'],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    processes.push(mariadb);
    const databaseReady = waitForOutput(mariadb, 'ready for connections', 'mariadbd');

    await copied;
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ socket, url, directory }));
    for (const script of ['install.php', 'posts.php']) copyFileSync(join(TEST_SCRIPTS, script), join(site, `lede-test-${script}`));
    await databaseReady;

    const password = randomBytes(12).toString('base64url');
    const env = { ...process.env, LEDE_WP_SOCKET: socket, LEDE_WP_PASSWORD: password, LEDE_WP_URL: url };
    run('php', ['lede-test-install.php'], { cwd: site, env });

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      detached: true,
      env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    processes.push(server);
    await waitForOutput(server, 'started', 'php -S');
    server.stderr.resume();

    return {
      url,
      password,
      directory,
      site,
      /** Runs one of test/wordpress/*.php inside the site; returns its output. */
      php: (script, args = [], input = '') => run('php', [`lede-test-${script}`, ...args], { cwd: site, env, input }),
      stop: async () => {
        watch(false);
        await stopAll();
      },
    };
  } catch (error) {
    watch(false);
    await stopAll();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startWordPress();
  console.log(`WordPress at ${site.url}/wp-admin/ (admin or author, password ${site.password}). Ctrl+C stops it.`);
}
