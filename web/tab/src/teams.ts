export type Theme = 'default' | 'dark' | 'contrast';

/** What the page needs from its host: Teams, or a plain browser / the Agents Playground (local mode). */
export interface Host {
  inTeams: boolean;
  theme: Theme;
  onThemeChange(handler: (theme: Theme) => void): void;
  /** A Teams SSO token for the bot's API; undefined outside Teams. */
  token(): Promise<string | undefined>;
}

const INITIALIZE_TIMEOUT_MS = 5000;

function themeOf(value: string | undefined): Theme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/** Outside Teams: the theme from ?theme= (tests, screenshots), else the system's light or dark. */
function browserHost(): Host {
  const asked = new URLSearchParams(location.search).get('theme') ?? undefined;
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return { inTeams: false, theme: asked ? themeOf(asked) : dark ? 'dark' : 'default', onThemeChange: () => undefined, token: async () => undefined };
}

/**
 * Connects to Teams with the Teams JavaScript library. A page that is not framed (a plain browser)
 * is not in Teams, and does not even load the library (which fetches Teams' list of origins from
 * Microsoft's CDN as it loads); a framed page whose host does not answer in time is treated as a
 * browser too, so the page still works in local mode.
 */
export async function connectHost(): Promise<Host> {
  if (window.parent === window && !window.opener) return browserHost();
  const { app, authentication } = await import('@microsoft/teams-js');
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('Teams did not answer')), INITIALIZE_TIMEOUT_MS)),
    ]);
  } catch {
    return browserHost();
  }
  const context = await app.getContext();
  return {
    inTeams: true,
    theme: themeOf(context.app.theme),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme))),
    token: () => authentication.getAuthToken(),
  };
}
