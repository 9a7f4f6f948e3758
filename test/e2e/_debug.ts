import { startApp } from './harness';
const app = await startApp();
app.page.on('console', (m) => console.log('console', m.type(), m.text()));
await app.page.goto(app.server.url + '#/oversikt');
await app.page.waitForTimeout(15000);
console.log(await app.page.getByTestId('engine-status').textContent());
console.log(app.requests, app.errors);
await app.page.screenshot({ path: '/tmp/shot.png' });
await app.close();
