/**
 * `npm run dev:playground`: the bot (`npm start`, port 3978) and the Microsoft 365 Agents Playground
 * (http://localhost:56150) together, offline, with the mock Teams context of .m365agentsplayground.yml.
 * The playground's team channel is passed to the bot as SUPPORT_CHANNEL_ID, so cases land there.
 * Ctrl-C stops both.
 */
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { loadEnvFile } from './package';
import { ROOT, botEnv, readPlaygroundContext, startPlayground, startProcess, stopProcess } from './playground-lib';

async function main(): Promise<void> {
  const testtool = loadEnvFile('testtool');
  const botPort = Number(process.env.PORT ?? testtool.BOT_PORT ?? 3978);
  const playgroundPort = Number(process.env.TEAMSAPPTESTER_PORT ?? testtool.TEAMSAPPTESTER_PORT ?? 56150);
  const context = readPlaygroundContext();

  const env = botEnv({
    port: botPort,
    dataDir: process.env.DATA_DIR ?? path.join(ROOT, 'data', 'playground'),
    supportChannelId: context.supportChannel.id,
    now: process.env.BOT_NOW,
  });
  console.log(`starting the bot on port ${botPort} (support channel: ${context.teamName} > ${context.supportChannel.name})`);
  // Detached: `npm start` runs a shell and node; a group lets Ctrl-C stop all of them by one id.
  const bot = await startProcess('bot (npm start)', 'npm', ['start'], { env, ready: /"msg":"bot started"/, timeoutMs: 180_000, detached: true });
  bot.child.stdout?.pipe(process.stdout);
  bot.child.stderr?.pipe(process.stderr);

  const playground = await startPlayground({
    port: playgroundPort,
    botEndpoint: `http://127.0.0.1:${botPort}/api/messages`,
    logFile: path.join(ROOT, 'devTools', 'm365agentsplayground.log'),
  }).catch(async (error: unknown) => {
    await stopProcess(bot.child, { group: true });
    throw error;
  });
  console.log(`\nAgents Playground: http://localhost:${playground.port}  (Ctrl-C stops the bot and the playground)\n`);

  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // The playground does not always exit when its stdin closes: stop it by pid.
    await Promise.all([stopProcess(playground.child), stopProcess(bot.child, { group: true })]);
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  const onExit = (name: string) => (child: ChildProcess) =>
    child.once('exit', (code) => {
      if (stopping) return;
      console.error(`${name} stopped (code ${code}); stopping the rest`);
      void stopAll(1);
    });
  onExit('bot')(bot.child);
  onExit('playground')(playground.child);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
