// Keeps Pilares's files in the browser once loaded, so the page opens and works offline.
// The cache's name changes with each build (.ci/web writes it), so a new release replaces the
// old files whole.
const CACHE = "pilares-VERSION";
const FILES = ["./", "./index.html", "./pilares.js", "./pilares_bg.wasm", "./icon.png"];
// On a link this slow, the kept copy opens rather than a page that hangs.
const PATIENCE_MS = 4000;

self.addEventListener("install", (event) => {
  // Fetched anew ({cache: "reload"}), never from the browser's HTTP cache: the kept files are
  // all of one build.
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// The network first (a new release is seen at once); the kept copy when the network fails,
// answers with an error, or takes too long. Only good answers replace the kept copy.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  const kept = () => caches.match(event.request, { ignoreSearch: true });
  const network = fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  });
  const patience = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS));
  event.respondWith(
    Promise.race([network.catch(() => null), patience.then(() => null)])
      .then((response) => (response && response.ok ? response : kept()))
      .then((response) => response || network)
  );
});
