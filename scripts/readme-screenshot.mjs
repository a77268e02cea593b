// Regenerates docs/storybook.png, the README's picture of the Storybook:
// `npm run build-storybook && node scripts/readme-screenshot.mjs`.
import { launchChromium, serveStorybook } from './storybook-static.mjs';

const server = await serveStorybook();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
await page.goto(`${server.base}/?path=/story/choicepoint-choicepoint--with-body-sensation`);
const story = page.frameLocator('#storybook-preview-iframe');
await story.getByRole('radio', { name: 'Compassion' }).click();
await story.getByText(/^You noticed it\./).waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: 'docs/storybook.png' });
await browser.close();
server.close();
console.log('docs/storybook.png');
