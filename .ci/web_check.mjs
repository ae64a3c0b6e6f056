// The web build in headless Chromium, as a user meets it: the page loads and draws the start
// screen; an assessment started and answered by keyboard is kept in the browser and survives a
// reload; "Save as…" downloads it; the page opens again with the network gone.
// Then the same folder opened as files, without a server (a USB stick).
// Usage: node web_check.mjs URL OUT_DIR WEB_DIR   (puppeteer-core, Debian's chromium). Exit 1 on
// failure.
import fs from "node:fs";
import puppeteer from "puppeteer-core";

const [url, out, webDir] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fail = (why) => { console.error("web check: " + why); process.exit(1); };

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  // WebGL 2 on the CPU (SwiftShader): no GPU on CI machines.
  args: ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader"],
});

async function open(context) {
  const page = await context.newPage();
  // A Spanish-speaking user: the app takes the browser's language.
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, "language", { get: () => "es-ES" });
    Object.defineProperty(navigator, "languages", { get: () => ["es-ES", "es"] });
  });
  page.on("pageerror", (e) => console.error("page error: " + e.message));
  page.on("console", (m) => { if (m.type() === "error") console.error("console: " + m.text()); });
  await page.setViewport({ width: 1366, height: 768 });
  return page;
}

// Loaded, drawn and answering keys: the loading text is gone once the app's first frame is up.
async function ready(page) {
  await page.waitForFunction(() => !document.getElementById("loading"), { timeout: 60000 });
  await sleep(500);
  await page.focus("#pilares");
}

async function keys(page, list) {
  for (const k of list) { await page.keyboard.press(k); await sleep(120); }
  await sleep(400);
}

const tabs = (n) => Array(n).fill("Tab");
const kept = (page) => page.evaluate(() =>
  Object.entries(localStorage).filter(([k]) => k.startsWith("pilares:file:") && k.endsWith(".ron")));
const levels = (text) => [...text.matchAll(/level: (\d)/g)].map((m) => Number(m[1]));

// 1. Interactive time from a local server, three fresh visits (nothing cached).
const times = [];
for (let i = 0; i < 3; i++) {
  const context = await browser.createBrowserContext();
  const page = await open(context);
  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => !document.getElementById("loading"), { timeout: 60000 });
  times.push((Date.now() - started) / 1000);
  await context.close();
}
console.log("interactive (s): " + times.map((t) => t.toFixed(2)).join(", "));

// 2. The start screen, and an assessment answered by keyboard alone.
const context = await browser.createBrowserContext();
const page = await open(context);
const cdp = await page.createCDPSession();
await cdp.send("Page.setDownloadBehavior", { behavior: "allow", downloadPath: out });
await page.goto(url, { waitUntil: "load" });
await ready(page);
await page.screenshot({ path: out + "/web-start-es.png" });
// Tab to "Comenzar una nueva evaluación" (after the language and size controls), Enter; Tab to
// the "Preguntas" tab, Enter; 3 answers the first question.
await keys(page, [...tabs(9), "Enter"]);
if ((await kept(page)).length !== 1) fail("a new assessment is not kept in the browser's storage");
await keys(page, ["Tab", "Tab", "Enter", "3"]);
let files = await kept(page);
if (files.length !== 1 || levels(files[0][1]).join() !== "3") {
  fail("the level typed is not in the kept assessment: " + JSON.stringify(files));
}
await page.screenshot({ path: out + "/web-question-es.png" });

// 3. A reload: the assessment is offered back ("Recuperar") with its answer, and goes on.
await page.reload({ waitUntil: "load" });
await ready(page);
await page.screenshot({ path: out + "/web-reloaded-es.png" });
files = await kept(page);
if (files.length !== 1 || levels(files[0][1]).join() !== "3") fail("the answer did not survive the reload");
await keys(page, [...tabs(9), "Enter"]);
await keys(page, ["Tab", "Tab", "Enter", "Escape", "ArrowRight", "4"]);
files = await kept(page);
const after = levels(files[0][1]).sort().join();
if (after !== "3,4") fail("after the reload the assessment should hold levels 3 and 4, not " + after);
console.log("kept across a reload: " + files[0][0].replace("pilares:file:", "") + ", levels " + after);

// 4. "Guardar como…" (Tab from the view's start: Datos, Preguntas, Resultados, Plan, Guardar):
// the file is downloaded, and from then on kept in the page under its own name.
await keys(page, ["Escape", ...tabs(5)]);
await page.screenshot({ path: out + "/web-save-as-es.png" });
await keys(page, ["Enter"]);
await sleep(1500);
await page.screenshot({ path: out + "/web-saved-es.png" });
const downloaded = fs.readdirSync(out).filter((f) => f.endsWith(".ron"));
if (downloaded.length !== 1) fail("Save as downloaded no .ron file: " + fs.readdirSync(out).join(", "));
const text = fs.readFileSync(out + "/" + downloaded[0], "utf8");
if (levels(text).sort().join() !== "3,4") fail("the downloaded file lacks the answers");
console.log("downloaded: " + downloaded[0]);
// "Descargar" (after Plan, now that the assessment has a file) downloads it again as it is.
await keys(page, ["Escape", ...tabs(5)]);
await page.screenshot({ path: out + "/web-download-es.png" });
fs.renameSync(out + "/" + downloaded[0], out + "/saved-as.ron.txt");
await keys(page, ["Enter"]);
await sleep(1500);
const again = fs.readdirSync(out).filter((f) => f.endsWith(".ron"));
if (again.length !== 1) fail("Download gave no copy: " + fs.readdirSync(out).join(", "));
console.log("downloaded again: " + again[0]);

// 5. Every export is a download: the Results view's buttons, clicked (at 1366×768, scrolled to
// the bottom, they sit in one row).
await keys(page, ["Escape", ...tabs(3), "Enter"]);
await page.mouse.move(700, 400);
await page.mouse.wheel({ deltaY: 3000 });
await sleep(800);
await page.screenshot({ path: out + "/web-results-exports-es.png" });
const exports = [[340, "html"], [480, "csv"], [615, "xlsx"], [740, "svg"]];
for (const [x] of exports) { await page.mouse.click(x, 652); await sleep(1200); }
for (const [, ext] of exports) {
  const got = fs.readdirSync(out).filter((f) => f.endsWith("." + ext));
  if (got.length !== 1 || fs.statSync(out + "/" + got[0]).size < 200) fail("no " + ext + " download: " + fs.readdirSync(out).join(", "));
  console.log("exported: " + got[0] + " (" + fs.statSync(out + "/" + got[0]).size + " bytes)");
}
const report = fs.readFileSync(out + "/" + fs.readdirSync(out).find((f) => f.endsWith(".html")), "utf8");
if (!report.includes("Autoevaluación") || !report.includes("lang=\"es\"")) fail("the report is not the assessment's, in Spanish");
const svg = fs.readFileSync(out + "/" + fs.readdirSync(out).find((f) => f.endsWith(".svg")), "utf8");
if (!svg.includes("<svg") || !svg.includes("TIC")) fail("the chart is not an SVG with the pillars");

// 6. Another tab opens Pilares: it takes over; this tab's next change is refused aloud and
// never written over what the other tab keeps.
const before = await kept(page);
const other = await context.newPage();
await other.goto(url, { waitUntil: "load" });
await other.waitForFunction(() => !document.getElementById("loading"), { timeout: 60000 });
await page.bringToFront();
await page.focus("#pilares");
await keys(page, ["Escape", ...tabs(2), "Enter", "1"]);
await page.screenshot({ path: out + "/web-other-tab-es.png" });
const afterTakeover = await kept(page);
if (JSON.stringify(afterTakeover) !== JSON.stringify(before)) {
  fail("the tab taken over still wrote the kept files");
}
console.log("another tab took over: this tab's change was refused, nothing written over");
await other.close();

// 7. Offline: once loaded, the page opens again with the network gone (sw.js).
await page.evaluate(() => navigator.serviceWorker.ready);
await page.reload({ waitUntil: "load" });
await ready(page);
await page.setOfflineMode(true);
await page.reload({ waitUntil: "load" });
await ready(page);
await page.screenshot({ path: out + "/web-offline-es.png" });
console.log("offline reload: drawn");

// 8. From a folder, without a server (index.html double-clicked on a USB stick).
const folder = await browser.createBrowserContext();
const local = await open(folder);
const opened = Date.now();
await local.goto("file://" + webDir + "/index.html", { waitUntil: "load" });
await ready(local);
console.log("from a folder (file://): interactive in " + ((Date.now() - opened) / 1000).toFixed(2) + " s");
await local.screenshot({ path: out + "/web-file-es.png" });
await keys(local, [...tabs(9), "Enter"]);
await keys(local, ["Tab", "Tab", "Enter", "2"]);
const localFiles = await kept(local);
if (localFiles.length !== 1 || levels(localFiles[0][1]).join() !== "2") {
  fail("opened from a folder, the answer is not kept: " + JSON.stringify(localFiles.map(([k]) => k)));
}
console.log("from a folder: answered by keyboard and kept");
await browser.close();
