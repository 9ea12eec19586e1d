import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, freePort, readPlaygroundContext, startBuiltBot, startPlayground, stopProcess, type PlaygroundContext, type Started } from '../../../scripts/playground-lib';

/** The built bot and the Agents Playground, on free ports, with a throw-away data directory. */
export interface Stack {
  playgroundUrl: string;
  context: PlaygroundContext;
  bot: Started;
  playground: Started;
  stop(): Promise<void>;
}

/** Compiles src/ to lib/ (what `npm start` runs), so the browser sees the current code. */
export function buildBot(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
}

export async function startStack(options: { now: string }): Promise<Stack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'playground-e2e-'));
  const context = readPlaygroundContext();
  const botPort = await freePort();
  const bot = await startBuiltBot({ port: botPort, dataDir: path.join(dir, 'data'), supportChannelId: context.supportChannel.id, now: options.now });
  try {
    const playground = await startPlayground({
      port: await freePort(),
      botEndpoint: `http://127.0.0.1:${botPort}/api/messages`,
      logFile: path.join(dir, 'playground.log'),
    });
    return {
      playgroundUrl: `http://127.0.0.1:${playground.port}/`,
      context,
      bot,
      playground,
      stop: async () => {
        await Promise.all([stopProcess(playground.child), stopProcess(bot.child)]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopProcess(bot.child);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
