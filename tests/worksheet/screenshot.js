#!/usr/bin/env node
/*
 * screenshot.js WORKSHEET.html BEFORE.png AFTER.png: pictures of a worksheet
 * for the README, in headless Chromium: as it opens, then after a student
 * has answered (every fourth answer wrong, the words of cues mode left
 * alone) and pressed "Check my answers".
 */
"use strict";
const os = require("os");
const fs = require("fs");
const path = require("path");
const puppeteer = require("puppeteer-core");

(async () => {
  const [page_, before, after] = process.argv.slice(2);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "factlens-shot-"));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true, userDataDir: path.join(tmp, "profile"),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--hide-scrollbars"] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 1100 });
    await page.goto("file://" + path.resolve(page_));
    await page.screenshot({ path: before });
    await page.type("#student", "Ada Lovelace");
    await page.evaluate(() => {
      document.querySelectorAll(".q").forEach((q, i) => {
        const radios = q.querySelectorAll("input");
        let k = [...radios].findIndex((r) => r.value === q.dataset.a);
        if (i % 4 === 2) k = (k + 1) % radios.length;
        radios[k].checked = true;
      });
      document.getElementById("check").click();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: after });
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
})();
