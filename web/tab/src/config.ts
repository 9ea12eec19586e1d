import { app, pages } from '@microsoft/teams-js';

/**
 * The configuration page of the channel tab: there is nothing to choose, so Save is allowed at
 * once and points the tab at the queue.
 */
async function configure(): Promise<void> {
  const { lang, strings } = (await (await fetch('/api/tab/strings')).json()) as { lang: string; strings: Record<string, string> };
  document.documentElement.lang = lang;
  document.getElementById('heading')!.textContent = strings['tab.config.heading'] ?? '';
  document.getElementById('text')!.textContent = strings['tab.config.text'] ?? '';
  await app.initialize();
  pages.config.registerOnSaveHandler((save) => {
    const contentUrl = `${location.origin}/tab/index.html?view=queue`;
    pages.config
      .setConfig({ entityId: 'support-cases', contentUrl, websiteUrl: contentUrl, suggestedDisplayName: strings['tab.config.heading'] ?? 'Support cases' })
      .then(() => save.notifySuccess(), (error: unknown) => save.notifyFailure(String(error)));
  });
  pages.config.setValidityState(true);
}

void configure();
