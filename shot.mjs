import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [w, h] = (process.argv[3] || '1280x720').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: w, height: h } });
page.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
await page.goto('http://127.0.0.1:4173/#' + process.argv[2]);
await page.waitForTimeout(800);
for (const k of (process.argv[5] || '').split(',').filter(Boolean)) { await page.keyboard.press(k); await page.waitForTimeout(200); }
await page.screenshot({ path: process.argv[4] || '/tmp/shot.png', fullPage: process.argv[6] === 'full' });
await browser.close();
