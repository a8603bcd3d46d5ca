// Debian's Chromium as every browser run here launches it: CHROMIUM_PATH (default /usr/bin/chromium) and the flags a
// sandboxed CI machine needs. Shared by playwright.config.ts and the browser benchmarks.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
}
