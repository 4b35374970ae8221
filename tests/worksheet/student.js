#!/usr/bin/env node
/*
 * student.js FACTLENS: the worksheet in headless Chromium (Debian's, through
 * puppeteer-core; nothing is downloaded), used by a scripted student with
 * the keyboard only.
 *
 * 1. Labels mode, on examples/commentary.txt with the built-in rules: the
 *    right answers are read from `factlens -f json`, so the test follows the
 *    rules as they change.  The student types a name, answers every sentence
 *    by Tab, arrow keys and Space (some right, some wrong, one left out),
 *    checks, and the score, the verdict of each sentence, the summary and the
 *    underlined cues are asserted; axe-core runs inside the page before and
 *    after checking (0 violations); the answers are saved (the download goes
 *    to a temporary directory) and `factlens --grade` on the saved file must
 *    give the same score; printed to PDF, the answers must not show; "Try
 *    again" clears everything.  The page must fetch nothing, fit a phone's
 *    width and 200% zoom, and work as a printable sheet without JavaScript.
 * 2. Cues mode, on a fixed text with the small rule set of tests/e2e/rules
 *    (exact labels and deciding cues): the student marks words with arrow
 *    keys and Space; found, missed and stray words are asserted, in the page
 *    and in `factlens --grade`.
 *
 * Ends with "N passed, N failed".
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const puppeteer = require("puppeteer-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"),
  "utf8");

const root = path.resolve(__dirname, "../..");
const bin = path.resolve(process.argv[2] || path.join(root, "factlens"));
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "factlens-ws-"));
let passed = 0, failed = 0;

function ok(cond, what) {
  if (cond) {
    passed++;
  } else {
    failed++;
    console.log("worksheet: FAIL: " + what);
  }
}

function factlens(args, input) {
  return execFileSync(bin, args, { cwd: root, encoding: "utf8",
    input: input });
}

/* factlens --grade, which exits 2 when it refuses a file: keep stdout. */
function grade(args) {
  try {
    return { status: 0, out: factlens(["--grade"].concat(args)) };
  } catch (e) {
    return { status: e.status, out: String(e.stdout) };
  }
}

const LABELS = ["sourced", "speculation", "opinion", "claim", "other"];

async function press(page, key, times) {
  for (let i = 0; i < (times === undefined ? 1 : times); i++)
    await page.keyboard.press(key);
}

/* Tab until the element matching sel has the focus (keyboard only). */
async function tabTo(page, sel, limit) {
  for (let i = 0; i < (limit || 400); i++) {
    if (await page.evaluate((s) => document.activeElement &&
        document.activeElement.matches(s), sel))
      return true;
    await page.keyboard.press("Tab");
  }
  return false;
}

async function axe(page, when) {
  await page.addScriptTag({ content: axeSource });
  const r = await page.evaluate(async () => {
    const res = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a",
        "wcag21aa", "best-practice"] } });
    return { violations: res.violations.map((v) => v.id + ": " +
      v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")),
      passes: res.passes.length };
  });
  ok(r.violations.length === 0, "axe " + when + ": " +
    r.violations.join("; "));
  console.log("worksheet: axe-core " + when + ": " + r.violations.length +
    " violations, " + r.passes + " rules passed");
}

async function waitFile(dir, ms) {
  for (let t = 0; t < ms; t += 100) {
    const f = fs.readdirSync(dir).filter((n) => n.endsWith(".json"));
    if (f.length) return path.join(dir, f[0]);
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

function hasPdftotext() {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch (e) {
    return false;
  }
}

/* No horizontal scrolling at this width; the pickers sit under the text
   when the screen is narrow. */
async function fits(page, width, what) {
  await page.setViewport({ width: width, height: 800 });
  const r = await page.evaluate(() => {
    const q = document.querySelector(".q");
    const st = q.querySelector(".st").getBoundingClientRect();
    const pick = q.querySelector(".pick").getBoundingClientRect();
    return { over: document.documentElement.scrollWidth - innerWidth,
      stacked: pick.top >= st.bottom - 1 };
  });
  ok(r.over <= 0, what + ": " + r.over + "px of horizontal scrolling");
  if (width < 500) ok(r.stacked, what + ": the picker is not under the text");
}

async function labelsMode(browser) {
  const text = "examples/commentary.txt";
  const html = path.join(tmp, "commentary.html");
  fs.writeFileSync(html, factlens(["-f", "worksheet", "--title",
    "The Harbour Bridge", text]));
  const sents = factlens(["-f", "json", text]).trim().split("\n")
    .map((l) => JSON.parse(l)).filter((o) => o.type === "sentence");
  const page = await browser.newPage();
  const fetched = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("file://") && !r.url().startsWith("blob:"))
      fetched.push(r.url());
  });
  const downloads = path.join(tmp, "downloads");
  fs.mkdirSync(downloads);
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow",
    downloadPath: downloads });
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto("file://" + html);
  ok(await page.evaluate(() => document.querySelectorAll(".q").length) ===
    sents.length, "one question per sentence");
  await axe(page, "before checking");

  /* The student: a name, then each sentence's label by keyboard.  Every
     third answer is wrong, the fifth sentence is left out. */
  ok(await tabTo(page, "#student"), "Tab reaches the name field");
  await page.keyboard.type("Ada Lovelace");
  let right = 0;
  const expect = {};
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i], want = LABELS.indexOf(s.label);
    ok(await tabTo(page, `input[name="s${s.index + 1}"]`, 4),
      "Tab reaches the picker of sentence " + (s.index + 1));
    if (i === 4) continue;
    const pick = i % 3 === 1 ? (want + 1) % 5 : want;
    if (pick === 0) await press(page, "Space");
    else await press(page, "ArrowRight", pick);
    if (pick === want) right++;
    expect[s.index + 1] = LABELS[pick];
    const got = await page.evaluate((n) => {
      const r = document.querySelector(`input[name="s${n}"]:checked`);
      return r && r.value;
    }, s.index + 1);
    ok(got === LABELS[pick], `sentence ${s.index + 1}: chose ${got}, ` +
      `meant ${LABELS[pick]}`);
  }
  const focusRing = await page.evaluate(() => getComputedStyle(
    document.activeElement.closest("label")).outlineStyle);
  ok(focusRing !== "none", "the focused label shows a focus ring");

  /* Check my answers. */
  ok(await tabTo(page, "#check"), "Tab reaches Check my answers");
  await press(page, "Enter");
  const n = sents.length, pctText = Math.round(100 * right / n);
  const res = await page.evaluate(() => ({
    score: document.getElementById("score").textContent,
    found: [...document.querySelectorAll("#found li")].map((l) =>
      l.textContent),
    focus: document.activeElement.id,
    qs: [...document.querySelectorAll(".q")].map((q) => ({
      n: q.dataset.n, cls: q.className,
      res: q.querySelector(".res").textContent,
      fb: getComputedStyle(q.querySelector(".fb")).display,
      says: q.querySelector(".fb .tag").textContent })),
    underlined: [...document.querySelectorAll(".tx .cue")].map((c) =>
      getComputedStyle(c).textDecorationLine) }));
  ok(res.score === `You got ${right} of ${n} right (${pctText}%).`,
    "score: " + res.score);
  ok(res.focus === "result", "the result gets the focus");
  for (const q of res.qs) {
    const s = sents[q.n - 1], chose = expect[q.n];
    const good = chose === s.label;
    ok(q.fb !== "none", `sentence ${q.n}: feedback shown`);
    ok(q.says === s.label, `sentence ${q.n}: factlens label ${q.says}`);
    ok(q.cls.includes(good ? "right" : "wrong"), `sentence ${q.n}: class`);
    ok(good ? q.res.startsWith("\u2713 Right") : chose ?
      q.res.includes("you chose " + chose) : q.res.includes("Not answered"),
    `sentence ${q.n}: verdict '${q.res}'`);
  }
  ok(res.underlined.length > 0 && res.underlined.every((d) =>
    d === "underline" || d === "none"), "cue words are marked");
  ok(res.underlined.filter((d) => d === "underline").length > 0,
    "cue words are underlined");
  for (const l of ["speculation", "sourced"]) {
    const of = sents.filter((s) => s.label === l);
    if (!of.length) continue;
    const got = of.filter((s) => expect[s.index + 1] === l).length;
    ok(res.found.includes(`You found ${got} of ${of.length} ${l} sentence` +
      (of.length === 1 ? "." : "s.")), "summary for " + l + ": " +
      res.found.join(" | "));
  }
  await axe(page, "after checking");

  /* Save my answers; grade the file. */
  ok(await tabTo(page, "#save"), "Tab reaches Save my answers");
  await press(page, "Enter");
  const saved = await waitFile(downloads, 10000);
  ok(saved !== null, "the answers file is downloaded");
  if (saved) {
    const a = JSON.parse(fs.readFileSync(saved, "utf8"));
    const fp = await page.evaluate(() => document.body.dataset.fp);
    ok(a.format === "factlens-answers" && a.version === 1 &&
      a.student === "Ada Lovelace" && a.fingerprint === fp &&
      a.mode === "labels" && a.answers.length === n, "answers file fields");
    ok(a.answers[4].label === null && a.answers[0].label === expect[1],
      "answers file labels");
    const g = grade(["-f", "json", saved, text]);
    const o = JSON.parse(g.out.split("\n")[0]);
    ok(g.status === 0 && o.right === right && o.sentences === n,
      `factlens --grade: ${o.right} of ${o.sentences}, page ${right}`);
    const t = grade([saved, text]);
    ok(t.out.includes(`Ada Lovelace: ${right} of ${n} right`),
      "factlens --grade text: " + t.out.split("\n")[0]);
  }

  /* Printed, after checking: the sentences and tick boxes, no answers. */
  await page.emulateMediaType("print");
  const print = await page.evaluate(() => ({
    fb: [...document.querySelectorAll(".fb")].every((e) =>
      getComputedStyle(e).display === "none"),
    result: getComputedStyle(document.getElementById("result")).display,
    actions: getComputedStyle(document.getElementById("actions")).display,
    cue: getComputedStyle(document.querySelector(".tx .cue"))
      .textDecorationLine,
    box: getComputedStyle(document.querySelector(".pick input")).appearance
  }));
  ok(print.fb && print.result === "none" && print.actions === "none",
    "print hides the feedback, the score and the buttons");
  ok(print.cue === "none", "print does not underline the cues");
  ok(print.box === "none", "print draws tick boxes");
  await page.emulateMediaType(null);
  for (const format of ["A4", "Letter"]) {
    const pdf = path.join(tmp, `sheet-${format}.pdf`);
    await page.pdf({ path: pdf, format: format, printBackground: true });
    ok(fs.readFileSync(pdf).subarray(0, 5).toString() === "%PDF-",
      format + ": a PDF");
    if (hasPdftotext()) {
      const t = execFileSync("pdftotext", ["-layout", pdf, "-"],
        { encoding: "utf8" });
      ok(t.includes("Harbour Bridge") && t.includes("speculation"),
        format + ": the PDF has the text and the labels to tick");
      ok(!t.includes("factlens says") && !t.includes("You got") &&
        !t.includes("Check my answers") && !t.includes("decided the label"),
        format + ": the PDF shows no answer");
      const width = Math.max(...t.split("\n").map((l) => l.length));
      ok(width < 130, format + ": lines fit the page");
    }
  }
  console.log("worksheet: PDF text check " + (hasPdftotext() ?
    "with pdftotext" : "skipped (no pdftotext; print styles checked)"));

  /* Try again. */
  ok(await tabTo(page, "#again"), "Tab reaches Try again");
  await press(page, "Enter");
  const cleared = await page.evaluate(() => ({
    checked: document.querySelectorAll("input:checked").length,
    fb: [...document.querySelectorAll(".fb")].every((e) => e.hidden),
    result: document.getElementById("result").hidden,
    show: document.body.classList.contains("show") }));
  ok(cleared.checked === 0 && cleared.fb && cleared.result && !cleared.show,
    "Try again clears the answers");

  /* A phone, and 200% zoom of a 1280-pixel window. */
  await fits(page, 360, "phone width");
  await fits(page, 640, "200% zoom");
  ok(fetched.length === 0, "nothing fetched: " + fetched.join(" "));
  await page.screenshot({ path: path.join(tmp, "after.png") });
  await page.close();

  /* Without JavaScript: a printable worksheet, answers hidden. */
  const nojs = await browser.newPage();
  await nojs.setJavaScriptEnabled(false);
  await nojs.goto("file://" + html);
  const plain = await nojs.evaluate(() => ({
    fb: [...document.querySelectorAll(".fb")].every((e) =>
      getComputedStyle(e).display === "none"),
    actions: getComputedStyle(document.getElementById("actions")).display,
    radios: document.querySelectorAll(".pick input").length,
    cue: getComputedStyle(document.querySelector(".tx .cue"))
      .textDecorationLine }));
  ok(plain.fb && plain.actions === "none" && plain.cue === "none",
    "without JavaScript: no answers, no buttons");
  ok(plain.radios === 5 * n, "without JavaScript: a tick-box row each");
  await nojs.close();
}

/* Cues mode with the fixed rules: 1 speculation (may), 2 sourced
   (Officials said), 3 claim. */
async function cuesMode(browser) {
  const text = path.join(tmp, "pier.txt");
  fs.writeFileSync(text, "The pier may open in spring.\n\n" +
    "Officials said the ferry might stop. The cafe closed last year.\n");
  const rules = path.join(root, "tests/e2e/rules");
  const html = path.join(tmp, "pier.html");
  fs.writeFileSync(html, factlens(["-r", rules, "--worksheet=cues", text]));
  const page = await browser.newPage();
  const downloads = path.join(tmp, "downloads-cues");
  fs.mkdirSync(downloads);
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow",
    downloadPath: downloads });
  await page.goto("file://" + html);
  await tabTo(page, "#student");
  await page.keyboard.type("Bo");
  /* 1: mark "may" (word 3), choose speculation: right, cue found. */
  ok(await tabTo(page, "#x1 .w", 3), "Tab reaches the words of sentence 1");
  await press(page, "ArrowRight", 2);
  await press(page, "Space");
  await press(page, "Tab");
  await press(page, "ArrowRight", 1);
  /* 2: mark "ferry" (word 4, no cue), choose claim: wrong, cue missed. */
  ok(await tabTo(page, "#x2 .w", 3), "Tab reaches the words of sentence 2");
  await press(page, "End");
  await press(page, "Home");
  await press(page, "ArrowRight", 3);
  await press(page, "Enter");
  await press(page, "Tab");
  await press(page, "ArrowRight", 3);
  /* 3: no word, choose claim: right. */
  ok(await tabTo(page, 'input[name="s3"]', 3), "Tab reaches sentence 3");
  await press(page, "ArrowRight", 3);
  const marked = await page.evaluate(() => [...document.querySelectorAll(
    '.w[aria-pressed="true"]')].map((w) => w.textContent));
  ok(marked.join(" ") === "may ferry", "marked words: " + marked.join(" "));
  await axe(page, "cues mode");
  ok(await tabTo(page, "#check"), "Tab reaches Check (cues)");
  await press(page, "Enter");
  const r = await page.evaluate(() => ({
    score: document.getElementById("score").textContent,
    found: [...document.querySelectorAll("#found li")].map((l) =>
      l.textContent),
    hit: [...document.querySelectorAll(".w.hit")].map((w) => w.textContent),
    miss: [...document.querySelectorAll(".w.miss")].map((w) => w.textContent),
    extra: [...document.querySelectorAll(".w.extra")].map((w) =>
      w.textContent),
    cs: [...document.querySelectorAll(".cs")].map((c) => c.textContent)
      .filter((t) => t) }));
  ok(r.score === "You got 2 of 3 right (67%).", "cues score: " + r.score);
  ok(r.found.includes("You found 1 of 2 cues that decided a label.") &&
    r.found.includes("1 word you marked is not a cue."),
  "cues summary: " + r.found.join(" | "));
  ok(r.hit.join() === "may" && r.miss.join() === "Officials,said" &&
    r.extra.join() === "ferry", `words: hit ${r.hit} miss ${r.miss} ` +
    `extra ${r.extra}`);
  ok(r.cs.join("|") === " \u2713 You found it.| \u2717 You missed it.",
    "cue verdicts: " + r.cs.join("|"));
  await axe(page, "cues mode, checked");
  ok(await tabTo(page, "#save"), "Tab reaches Save (cues)");
  await press(page, "Enter");
  const saved = await waitFile(downloads, 10000);
  ok(saved !== null, "cues: the answers file is downloaded");
  if (saved) {
    const a = JSON.parse(fs.readFileSync(saved, "utf8"));
    ok(a.mode === "cues" && JSON.stringify(a.answers.map((x) => x.words)) ===
      "[[3],[4],[]]", "cues: the words in the answers file");
    const g = grade(["-r", rules, saved, text]);
    ok(g.status === 0 && g.out.includes("Bo: 2 of 3 right (67%); deciding " +
      "cues found: 1 of 2") && g.out.includes("cues missed: sentence 2 " +
      "'Officials said' (attribution)") &&
      g.out.includes("1 marked word is not a cue"),
    "cues: factlens --grade: " + g.out);
  }
  await page.close();
}

(async () => {
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromium, headless: true,
      userDataDir: path.join(tmp, "profile"),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"] });
    await labelsMode(browser);
    await cuesMode(browser);
  } catch (e) {
    failed++;
    console.log("worksheet: FAIL: " + (e && e.stack || e));
  } finally {
    if (browser) await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
